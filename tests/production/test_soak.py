"""A small soak through REST: 10 concurrent conversations x 5 turns against the shared bot, 0 errors,
every turn answered correctly (bench/soak_bench.py runs the 50 x 20 version); and one long
conversation, longer than the tracker's in-memory window, across a Rasa restart."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import aiohttp

from bench.soak_bench import SCRIPT as SOAK_SCRIPT
from bot.launcher import Stack
from tests.production.clients import RestResult, rest_say, tree_rss_mb, user_texts
from tests.production.conftest import make_stack

CONVERSATIONS = 10
SCRIPT = [
    ("Hi", ""),
    ("How much do backend engineers earn in London?", "95,000"),
    ("and in Paris?", "64,500"),
    ("What skills does a backend engineer need?", "Source:"),
    ("thanks", ""),
]


async def conversation(session: aiohttp.ClientSession, rasa_url: str) -> list[tuple[str, RestResult]]:
    sender = f"soak-{uuid.uuid4().hex[:10]}"
    return [(expected, await rest_say(session, rasa_url, sender, message)) for message, expected in SCRIPT]


async def soak(rasa_url: str) -> list[tuple[str, RestResult]]:
    async with aiohttp.ClientSession() as session:
        runs = await asyncio.gather(*(conversation(session, rasa_url) for _ in range(CONVERSATIONS)))
    return [turn for run in runs for turn in run]


def test_small_soak_has_no_errors(bot_stack: Stack) -> None:
    assert bot_stack.rasa is not None
    rss_before = tree_rss_mb(bot_stack.rasa.pid)
    turns = asyncio.run(soak(bot_stack.rasa_url))
    assert len(turns) == CONVERSATIONS * len(SCRIPT)
    errors = [(r.status, str(r.body)[:100]) for _, r in turns if r.status != 200 or not r.body]
    assert not errors, f"{len(errors)} errors: {errors[:5]}"
    wrong = [(expected, r.text[:120]) for expected, r in turns if expected not in r.text]
    assert not wrong, f"{len(wrong)} wrong answers: {wrong[:5]}"
    slowest = max(r.seconds for _, r in turns)
    assert slowest < 30, f"slowest turn {slowest:.1f} s"
    assert bot_stack.rasa.poll() is None
    assert tree_rss_mb(bot_stack.rasa.pid) < rss_before * 1.5 + 50


LONG_CYCLE = SOAK_SCRIPT  # the soak benchmark's conversation: one list of turns and expected answers
GAP = "what am I missing for a backend role?"


async def long_conversation(rasa_url: str, sender: str, turns: list[tuple[str, str]]) -> list[str]:
    """Say every turn in order; return the wrong answers (expected text missing)."""
    wrong = []
    async with aiohttp.ClientSession() as session:
        for message, expected in turns:
            result = await rest_say(session, rasa_url, sender, message)
            if result.status != 200 or expected not in result.text:
                wrong.append(f"{message!r} -> {result.status} {result.text[:120]!r}")
    return wrong


def test_long_conversation_keeps_context_and_every_event(sqlite_knowledge_url: str, tmp_path: Path) -> None:
    """42 turns (about 330 events, six times the tracker's in-memory window), then a Rasa restart:
    the skills told at turn 1 and the follow-ups still work, and SQL holds every user message once."""
    tracker_url = f"sqlite:///{tmp_path / 'tracker.db'}"
    stack = make_stack({"DATABASE_URL": sqlite_knowledge_url, "TRACKER_STORE_URL": tracker_url})
    sender = f"long-{uuid.uuid4().hex[:8]}"
    turns = [("I know Python and SQL", "Python"), *(LONG_CYCLE * 4), (GAP, "Python")]
    after_restart = [("and in Paris?", "64,500"), (GAP, "Python")]
    with stack:
        wrong = asyncio.run(long_conversation(stack.rasa_url, sender, turns))
        assert not wrong, wrong
        stack.stop_rasa()
        stack.start_rasa()
        wrong = asyncio.run(long_conversation(stack.rasa_url, sender, after_restart))
        assert not wrong, wrong
    assert user_texts(tracker_url, sender) == [m for m, _ in turns + after_restart]
