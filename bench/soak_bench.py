"""Soak benchmark: many concurrent multi-turn conversations against the bot as `make run` starts it.

    .venv/bin/python bench/soak_bench.py [--conversations 50] [--turns 20]

Each conversation cycles through a realistic script (salary follow-ups, skills, tools, education)
for `turns` turns; all conversations run at once. Prints errors, wrong answers, p50/p95/p99 and the
Rasa server memory (VmRSS of its process tree) before and after; fails (exit 1) on any error or
on memory growth of 10 % or more.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import first_answer, percentile, say, tree_rss_mb  # noqa: E402
from bench.load_bench import OUR_SCRIPT  # noqa: E402
from bot import config  # noqa: E402
from bot.launcher import Stack  # noqa: E402
from bot.processes import free_port  # noqa: E402

SCRIPT = [
    ("How much do backend engineers earn in London?", "95,000"),
    ("and in Paris?", "64,500"),
    ("and in Berlin?", "92,000"),
    ("What skills does a backend engineer need?", "Source:"),
    ("and in New York?", "214,000"),
    ("What tools do backend engineers use?", "Source:"),
    ("and in Toronto?", "119,000"),
    ("How do I become a backend engineer?", "Source:"),
    ("and in Austin?", "149,000"),
    ("thanks", ""),
]
MAX_GROWTH = 0.10


async def conversation(
    session: aiohttp.ClientSession, url: str, turns: int
) -> list[tuple[bool, bool, float]]:
    """One conversation: (http ok, expected text present, seconds) per turn."""
    sender = f"soak-{uuid.uuid4().hex[:12]}"
    out = []
    for turn in range(turns):
        message, expected = SCRIPT[turn % len(SCRIPT)]
        ok, seconds, text = await say(session, url, sender, message, timeout=300)
        out.append((ok, expected in text, seconds))
    return out


async def soak(url: str, conversations: int, turns: int) -> list[tuple[bool, bool, float]]:
    connector = aiohttp.TCPConnector(limit=conversations * 2)
    async with aiohttp.ClientSession(connector=connector) as session:
        runs = await asyncio.gather(*(conversation(session, url, turns) for _ in range(conversations)))
    return [turn for run in runs for turn in run]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--turns", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        stack = Stack(
            rasa_port=free_port(),
            action_port=free_port(),
            env={"TRACKER_STORE_URL": f"sqlite:///{tmp}/tracker.db"},
            log_dir=config.build_dir() / "bench-logs",
        )
        with stack:
            assert stack.rasa is not None
            first_answer(stack.rasa_url, OUR_SCRIPT[1])
            asyncio.run(soak(stack.rasa_url, 5, 4))  # warm-up: first-use allocations are not growth
            before = tree_rss_mb(stack.rasa.pid)
            started = time.monotonic()
            turns = asyncio.run(soak(stack.rasa_url, args.conversations, args.turns))
            elapsed = time.monotonic() - started
            after = tree_rss_mb(stack.rasa.pid)
            alive = stack.rasa.poll() is None
    errors = sum(1 for ok, _, _ in turns if not ok)
    wrong = sum(1 for ok, right, _ in turns if ok and not right)
    ms = [s * 1000 for _, _, s in turns]
    growth = (after - before) / before if before else 0.0
    print(
        f"Soak: {args.conversations} conversations x {args.turns} turns = {len(turns)} requests "
        f"in {elapsed:.1f} s ({len(turns) / elapsed:.1f} req/s)"
    )
    print(f"errors {errors}, wrong answers {wrong}, server alive: {alive}")
    print(
        f"latency p50 {percentile(ms, 50):.0f} ms, p95 {percentile(ms, 95):.0f} ms, "
        f"p99 {percentile(ms, 99):.0f} ms, max {max(ms):.0f} ms"
    )
    print(
        f"Rasa RSS before {before:.0f} MB, after {after:.0f} MB, growth {growth * 100:.1f} % "
        f"(limit {MAX_GROWTH * 100:.0f} %)"
    )
    return 0 if errors == 0 and wrong == 0 and alive and growth < MAX_GROWTH else 1


if __name__ == "__main__":
    sys.exit(main())
