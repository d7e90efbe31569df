"""Load benchmark: closed-loop REST conversations against our bot and the stock `rasa init` bot.

    .venv/bin/python -m bench.load_bench [--mode realistic|script] [--users 1,10,50] [--duration 30]
                                         [--turns 50] [--no-stock] [--json FILE]

Mode `realistic` (the default): every user holds conversations of `--turns` turns (default 50)
drawn from the question mix in bench/conversations.py (about 80 % knowledge questions reaching the
action server: salaries by city, country and level, follow-ups, skills, tools, education,
comparisons; skill-gap turns; off-topic; small talk), one after the other, for `--duration`
seconds per level. Mode `script`: the old 5-turn script (two turns of which are small talk).

Both bots run in the same run: ours as `make run` starts it (Stack: action server + Rasa with the
default channels, SQLite tracker store), the stock bot (cached under build/bench-cache/) with
`rasa run --connector rest`. Printed: req/s and p50/p95/p99 per level; cold start (launch to first
answer); the first skill-gap turn against a warm one; memory after the load (RSS with children:
our Rasa + action server, against the stock Rasa process); the ratios and the targets.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    ConversationMaker,
    Level,
    closed_loop,
    first_answer,
    percentile,
    say,
    tree_rss_mb,
)
from bench.conversations import conversation, stock_conversation  # noqa: E402
from bench.stock_bot import stock_bot_dir, stock_server  # noqa: E402
from bot import config  # noqa: E402
from bot.launcher import Stack  # noqa: E402
from bot.processes import free_port  # noqa: E402

__all__ = ["OUR_SCRIPT", "first_answer", "percentile", "say", "tree_rss_mb"]

OUR_SCRIPT = [
    "Hi",
    "How much do backend engineers earn in London?",
    "and in Paris?",
    "What skills does a backend engineer need?",
    "thanks",
]
STOCK_SCRIPT = ["hello", "I am sad", "yes", "are you a bot?", "bye"]
SKILL_GAP = "I know Python and SQL, what am I missing for a backend role?"
TARGETS = {"rps@10": 2.0, "p95@10": 0.5, "cold_start": 0.6, "rss": 0.8, "skill_gap": 2.0}


@dataclass
class BotFigures:
    """Everything measured for one bot."""

    name: str
    cold_start_s: float = 0.0
    rss_idle_mb: float = 0.0
    rss_after_mb: float = 0.0
    first_skill_gap_ms: float = 0.0
    warm_skill_gap_ms: float = 0.0
    levels: list[Level] = field(default_factory=list)


def scripted(script: Sequence[str]) -> ConversationMaker:
    """A conversation maker that always returns `script` (the `--mode script` users)."""
    return lambda _rng, _turns: list(script)


def run_levels(figures: BotFigures, url: str, make: ConversationMaker, args: argparse.Namespace) -> None:
    """Warm up (not measured), then one closed loop per concurrency level."""
    asyncio.run(closed_loop(url, make, args.turns, 2, 3, seed=99))
    for count in args.user_levels:
        level = asyncio.run(closed_loop(url, make, args.turns, count, args.duration))
        figures.levels.append(level)
        print(
            f"  {figures.name:5s} {count:3d} users: {level.rps:7.2f} req/s  p50 {level.p50_ms:7.1f} ms  "
            f"p95 {level.p95_ms:7.1f} ms  p99 {level.p99_ms:7.1f} ms  errors {level.errors}/{level.requests}",
            flush=True,
        )


def skill_gap_turns(url: str, warm: int = 5) -> tuple[float, float]:
    """(first skill-gap turn ms, median of `warm` later ones), each in a new conversation."""
    first = first_answer(url, SKILL_GAP) * 1000
    later = [first_answer(url, SKILL_GAP) * 1000 for _ in range(warm)]
    return round(first, 1), round(statistics.median(later), 1)


def measure_ours(args: argparse.Namespace) -> BotFigures:
    """Our bot, started as `make run` starts it (Stack with the default channels)."""
    figures = BotFigures("ours")
    make = scripted(OUR_SCRIPT) if args.mode == "script" else conversation
    with tempfile.TemporaryDirectory(prefix="bench-ours-") as tmp:
        stack = Stack(
            rasa_port=free_port(), action_port=free_port(),
            env={"TRACKER_STORE_URL": f"sqlite:///{tmp}/tracker.db"},
            log_dir=config.build_dir() / "bench-logs",
        )
        started = time.monotonic()
        with stack:
            first_answer(stack.rasa_url, OUR_SCRIPT[1])
            figures.cold_start_s = round(time.monotonic() - started, 1)
            assert stack.rasa is not None and stack.actions is not None
            pids = (stack.rasa.pid, stack.actions.pid)
            figures.first_skill_gap_ms, figures.warm_skill_gap_ms = skill_gap_turns(stack.rasa_url)
            figures.rss_idle_mb = round(tree_rss_mb(*pids), 1)
            print(
                f"  ours  cold start {figures.cold_start_s} s; first skill-gap turn "
                f"{figures.first_skill_gap_ms} ms, warm {figures.warm_skill_gap_ms} ms; "
                f"Rasa + action server RSS {figures.rss_idle_mb} MB",
                flush=True,
            )
            run_levels(figures, stack.rasa_url, make, args)
            figures.rss_after_mb = round(tree_rss_mb(*pids), 1)
            print(
                f"  ours  after the load: Rasa {tree_rss_mb(stack.rasa.pid):.0f} MB + action server "
                f"{tree_rss_mb(stack.actions.pid):.0f} MB = {figures.rss_after_mb} MB",
                flush=True,
            )
    return figures


def measure_stock(args: argparse.Namespace) -> BotFigures:
    """The stock bot, with conversations of the same length from its own intents."""
    figures = BotFigures("stock")
    make = scripted(STOCK_SCRIPT) if args.mode == "script" else stock_conversation
    stock_bot_dir()  # a one-off training is not part of its cold start
    started = time.monotonic()
    with stock_server() as (proc, url):
        first_answer(url, STOCK_SCRIPT[1])
        figures.cold_start_s = round(time.monotonic() - started, 1)
        figures.rss_idle_mb = round(tree_rss_mb(proc.pid), 1)
        print(f"  stock cold start {figures.cold_start_s} s, Rasa RSS {figures.rss_idle_mb} MB", flush=True)
        run_levels(figures, url, make, args)
        figures.rss_after_mb = round(tree_rss_mb(proc.pid), 1)
        print(f"  stock after the load: Rasa {figures.rss_after_mb} MB", flush=True)
    return figures


def ratios_of(ours: BotFigures, stock: BotFigures | None) -> dict[str, float]:
    """ours/stock per level and overall, plus the skill-gap ratio (ours only)."""
    ratios = {"skill_gap": ours.first_skill_gap_ms / max(ours.warm_skill_gap_ms, 0.1)}
    if stock is None:
        return ratios
    ratios["cold_start"] = ours.cold_start_s / stock.cold_start_s
    ratios["rss"] = ours.rss_after_mb / stock.rss_after_mb
    by_users = {lv.users: lv for lv in stock.levels}
    for lv in ours.levels:
        base = by_users.get(lv.users)
        if base and base.rps and base.p95_ms:
            ratios[f"rps@{lv.users}"] = lv.rps / base.rps
            ratios[f"p95@{lv.users}"] = lv.p95_ms / base.p95_ms
    return ratios


def report(ours: BotFigures, stock: BotFigures | None, mode: str) -> dict[str, float]:
    """Print the comparison tables; return the ratios."""
    print(f"\nmode {mode}\n| bot | users | req/s | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|")
    for figures in [f for f in (ours, stock) if f is not None]:
        for lv in figures.levels:
            print(f"| {figures.name} | {lv.users} | {lv.rps} | {lv.p50_ms} | {lv.p95_ms} | {lv.p99_ms} | "
                  f"{lv.errors}/{lv.requests} |")
    ratios = ratios_of(ours, stock)
    print(f"\nfirst skill-gap turn {ours.first_skill_gap_ms} ms vs warm {ours.warm_skill_gap_ms} ms "
          f"(x{ratios['skill_gap']:.2f})")
    if stock is not None:
        print(f"cold start: ours {ours.cold_start_s} s vs stock {stock.cold_start_s} s "
              f"(x{ratios['cold_start']:.2f})")
        print(f"RSS after the load: ours (Rasa + action server) {ours.rss_after_mb} MB vs stock Rasa "
              f"{stock.rss_after_mb} MB (x{ratios['rss']:.2f}); "
              f"idle {ours.rss_idle_mb} vs {stock.rss_idle_mb} MB")
        for key, value in ratios.items():
            if key.startswith(("rps@", "p95@")):
                print(f"{key:8s} ours/stock = {value:.2f}")
    for key, target in TARGETS.items():
        if key in ratios:
            met = ratios[key] >= target if key.startswith("rps") else ratios[key] <= target
            sign = ">=" if key.startswith("rps") else "<="
            print(f"target {key} {sign} {target}x: {ratios[key]:.2f}x {'met' if met else 'MISSED'}")
    return ratios


def main(argv: Sequence[str] | None = None) -> int:
    """Measure both bots; print the figures; exit 1 if our bot had errors."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mode", choices=["realistic", "script"], default="realistic")
    parser.add_argument("--users", default="1,10,50", help="comma-separated concurrency levels")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds per level")
    parser.add_argument("--turns", type=int, default=50, help="turns per conversation (realistic mode)")
    parser.add_argument("--no-stock", action="store_true", help="skip the stock-bot baseline")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    args.user_levels = [int(u) for u in args.users.split(",") if u.strip()]
    random.seed(1)
    print(f"Load benchmark ({args.mode}): {args.user_levels} users, {args.duration:.0f} s per level",
          flush=True)
    ours = measure_ours(args)
    stock = None if args.no_stock else measure_stock(args)
    ratios = report(ours, stock, args.mode)
    if args.json:
        data = {"mode": args.mode, "ours": asdict(ours), "stock": asdict(stock) if stock else None,
                "ratios": ratios}
        args.json.write_text(json.dumps(data, indent=2))
    return 1 if sum(lv.errors for lv in ours.levels) else 0


if __name__ == "__main__":
    sys.exit(main())
