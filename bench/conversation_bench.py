"""Conversation-length benchmark: does turn 200 of a conversation cost what turn 10 does?

    .venv/bin/python -m bench.conversation_bench [--turns 200] [--repeats 3]

One user at a time holds a conversation of `turns` turns through REST against the bot as `make run`
starts it. The messages cycle through ten varied turns (salary by city, follow-ups, skills, tools,
education, a comparison, a skill-gap question, small talk), so every 10-turn bucket holds the same
mix. Each conversation is repeated `repeats` times with new senders, and turn k's latency is the
median over the repeats. Prints the median latency per bucket (1-10, 6-15, ..., 191-200) and the
ratio of the last bucket to the first (target <= 1.2x).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import first_answer, say  # noqa: E402
from bot import config  # noqa: E402
from bot.launcher import Stack  # noqa: E402
from bot.processes import free_port  # noqa: E402

CYCLE = [
    "How much do backend engineers earn in London?",
    "and in Berlin?",
    "What skills does a backend engineer need?",
    "what about senior ones?",
    "What tools do backend engineers use?",
    "I know Python and SQL, what am I missing?",
    "Compare backend engineer salaries in Paris and Toronto",
    "How do I become a backend engineer?",
    "what's the weather like today?",
    "thanks",
]
TARGET_RATIO = 1.2


async def one_conversation(url: str, turns: int) -> list[float]:
    """Seconds per turn of one conversation (raises on a failed turn)."""
    sender = f"len-{uuid.uuid4().hex[:12]}"
    out: list[float] = []
    async with aiohttp.ClientSession() as session:
        for k in range(turns):
            ok, seconds, _ = await say(session, url, sender, CYCLE[k % len(CYCLE)])
            if not ok:
                raise RuntimeError(f"turn {k + 1} failed")
            out.append(seconds)
    return out


def buckets(per_turn_ms: Sequence[float], width: int = 10, step: int = 5) -> list[tuple[int, int, float]]:
    """(first turn, last turn, median ms) for windows 1-10, 6-15, ... (1-based, inclusive)."""
    out = []
    for start in range(0, len(per_turn_ms) - width + 1, step):
        out.append((start + 1, start + width, statistics.median(per_turn_ms[start:start + width])))
    return out


def measure(url: str, turns: int, repeats: int) -> list[float]:
    """Median ms of turn k over `repeats` conversations."""
    asyncio.run(one_conversation(url, len(CYCLE)))  # warm-up: first-use costs are not turn 1's
    runs = [asyncio.run(one_conversation(url, turns)) for _ in range(repeats)]
    return [statistics.median(run[k] for run in runs) * 1000 for k in range(turns)]


def report(per_turn_ms: Sequence[float]) -> float:
    """Print the buckets; return last bucket / first bucket."""
    rows = buckets(per_turn_ms)
    print("| turns | median ms |\n| --- | --- |")
    for first, last, ms in rows:
        print(f"| {first}-{last} | {ms:.1f} |")
    ratio = rows[-1][2] / rows[0][2]
    second = rows[-1][2] / rows[1][2] if len(rows) > 1 else ratio
    print(
        f"turns {rows[-1][0]}-{rows[-1][1]} / turns 1-10 = {ratio:.2f}x, / turns 6-15 = {second:.2f}x "
        f"(target <= {TARGET_RATIO}x: {'met' if ratio <= TARGET_RATIO else 'MISSED'})"
    )
    return ratio


def main(argv: Sequence[str] | None = None) -> int:
    """Start the bot, run the conversations, print the per-bucket latencies."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--url", help="an already running bot (default: start one)")
    args = parser.parse_args(argv)
    print(f"Conversation-length benchmark: {args.repeats} x {args.turns} turns, one user", flush=True)
    if args.url:
        per_turn = measure(args.url, args.turns, args.repeats)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-len-") as tmp:
            stack = Stack(
                rasa_port=free_port(), action_port=free_port(),
                env={"TRACKER_STORE_URL": f"sqlite:///{tmp}/tracker.db"},
                log_dir=config.build_dir() / "bench-logs",
            )
            with stack:
                first_answer(stack.rasa_url, CYCLE[0])
                per_turn = measure(stack.rasa_url, args.turns, args.repeats)
    ratio = report(per_turn)
    return 0 if ratio > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
