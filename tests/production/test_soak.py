"""A small soak through REST: 10 concurrent conversations x 5 turns against the shared bot, 0 errors,
every turn answered correctly (bench/soak_bench.py runs the 50 x 20 version)."""

from __future__ import annotations

import asyncio
import uuid

import aiohttp

from bot.launcher import Stack
from tests.production.clients import RestResult, rest_say, tree_rss_mb

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
