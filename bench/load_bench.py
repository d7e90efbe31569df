"""Load benchmark: closed-loop REST conversations against our bot and against the stock `rasa init` bot.

    .venv/bin/python bench/load_bench.py [--users 1,10,50] [--duration 20] [--no-stock]

For each concurrency level, N users each hold 5-turn conversations back to back for `duration`
seconds; we print requests/s and p50/p95/p99 latency. The same is measured for the stock bot that
`rasa init --no-prompt` creates (trained once, cached under build/bench-cache/rasa-<version>/), plus
cold start (launch to first answer) and Rasa server memory (VmRSS of the process tree), then the
ratios. Targets at 10 users: throughput >= 2x stock, p95 <= 0.5x stock.
Our bot runs as `make run` starts it (Stack, default channels, SQLite tracker store).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import config  # noqa: E402
from bot.launcher import BIN, Stack, free_port, stop_process, wait_http  # noqa: E402

OUR_SCRIPT = [
    "Hi",
    "How much do backend engineers earn in London?",
    "and in Paris?",
    "What skills does a backend engineer need?",
    "thanks",
]
STOCK_SCRIPT = ["hello", "I am sad", "yes", "are you a bot?", "bye"]
TARGET_RPS_RATIO = 2.0
TARGET_P95_RATIO = 0.5


@dataclass
class Level:
    """Figures for one concurrency level."""

    users: int
    requests: int
    errors: int
    seconds: float
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float


@dataclass
class BotFigures:
    """Everything measured for one bot."""

    name: str
    cold_start_s: float = 0.0
    rss_idle_mb: float = 0.0
    rss_after_mb: float = 0.0
    levels: list[Level] = field(default_factory=list)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of `values`; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[rank]


def tree_rss_mb(pid: int) -> float:
    """VmRSS of a process and its descendants (from /proc), in MB."""
    total_kb, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        total_kb += sum(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
        for task in Path(f"/proc/{current}/task").glob("*"):
            with contextlib.suppress(OSError):
                todo += [int(c) for c in (task / "children").read_text().split()]
    return total_kb / 1024


async def say(
    session: aiohttp.ClientSession, url: str, sender: str, message: str, timeout: float = 120.0
) -> tuple[bool, float, str]:
    """One REST turn: (ok, seconds, reply text). ok = HTTP 200 with at least one bot message."""
    started = time.monotonic()
    text = ""
    try:
        async with session.post(
            f"{url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message},
            timeout=aiohttp.ClientTimeout(total=timeout),
        ) as response:
            body = await response.json(content_type=None)
            ok = response.status == 200 and isinstance(body, list) and len(body) > 0
            if ok:
                text = "\n".join(str(m.get("text", "")) for m in body)
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        ok = False
    return ok, time.monotonic() - started, text


async def closed_loop(url: str, script: Sequence[str], users: int, duration: float) -> Level:
    """`users` concurrent users, each running conversations back to back until `duration` ends."""
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + duration

    async def user(session: aiohttp.ClientSession) -> None:
        nonlocal errors
        while time.monotonic() < deadline:
            sender = f"bench-{uuid.uuid4().hex[:12]}"
            for message in script:
                if time.monotonic() >= deadline:
                    return
                ok, seconds, _ = await say(session, url, sender, message)
                latencies.append(seconds)
                errors += 0 if ok else 1

    started = time.monotonic()
    connector = aiohttp.TCPConnector(limit=max(100, users * 2))
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(user(session) for _ in range(users)))
    elapsed = time.monotonic() - started
    ms = [x * 1000 for x in latencies]
    return Level(
        users,
        len(latencies),
        errors,
        round(elapsed, 1),
        round(len(latencies) / elapsed, 2),
        round(percentile(ms, 50), 1),
        round(percentile(ms, 95), 1),
        round(percentile(ms, 99), 1),
    )


def first_answer(url: str, message: str, timeout: float = 300) -> None:
    """Block until the bot answers `message` through REST."""
    deadline = time.monotonic() + timeout
    body = json.dumps({"sender": f"cold-{uuid.uuid4().hex[:8]}", "message": message}).encode()
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(
                f"{url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=60) as response:
                if json.loads(response.read()):
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} gave no first answer within {timeout:.0f} s")


def run_levels(
    figures: BotFigures, url: str, script: Sequence[str], users: Sequence[int], duration: float
) -> None:
    asyncio.run(closed_loop(url, script, 2, 3))  # warm-up, not measured
    for count in users:
        level = asyncio.run(closed_loop(url, script, count, duration))
        figures.levels.append(level)
        print(
            f"  {figures.name:5s} {count:3d} users: {level.rps:7.2f} req/s  p50 {level.p50_ms:7.1f} ms  "
            f"p95 {level.p95_ms:7.1f} ms  p99 {level.p99_ms:7.1f} ms  "
            f"errors {level.errors}/{level.requests}",
            flush=True,
        )


def measure_ours(users: Sequence[int], duration: float) -> BotFigures:
    """Our bot, started as `make run` starts it (Stack with the default channels)."""
    figures = BotFigures("ours")
    with tempfile.TemporaryDirectory(prefix="bench-ours-") as tmp:
        stack = Stack(
            rasa_port=free_port(),
            action_port=free_port(),
            env={"TRACKER_STORE_URL": f"sqlite:///{tmp}/tracker.db"},
            log_dir=config.build_dir() / "bench-logs",
        )
        started = time.monotonic()
        with stack:
            first_answer(stack.rasa_url, OUR_SCRIPT[1])
            figures.cold_start_s = round(time.monotonic() - started, 1)
            assert stack.rasa is not None
            figures.rss_idle_mb = round(tree_rss_mb(stack.rasa.pid), 1)
            print(
                f"  ours  cold start {figures.cold_start_s} s, Rasa RSS {figures.rss_idle_mb} MB", flush=True
            )
            run_levels(figures, stack.rasa_url, OUR_SCRIPT, users, duration)
            figures.rss_after_mb = round(tree_rss_mb(stack.rasa.pid), 1)
    return figures


def stock_bot_dir() -> Path:
    """The stock `rasa init --no-prompt` project with its trained model, built once and cached."""
    cache = config.build_dir() / "bench-cache" / f"rasa-{version('rasa')}"
    project = cache / "stock"
    if list((project / "models").glob("*.tar.gz")):
        return project
    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / "stock.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    print("  training the stock `rasa init` bot once (about 75 s)...", flush=True)
    subprocess.run(
        [str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(partial)],
        cwd=cache,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        timeout=1800,
    )
    shutil.rmtree(project, ignore_errors=True)
    partial.rename(project)
    return project


def measure_stock(users: Sequence[int], duration: float) -> BotFigures:
    """The stock bot: `rasa run --connector rest` in its project directory."""
    figures = BotFigures("stock")
    project = stock_bot_dir()
    model = sorted((project / "models").glob("*.tar.gz"))[-1]
    port = free_port()
    cmd = [
        str(BIN / "rasa"),
        "run",
        "--model",
        str(model),
        "--port",
        str(port),
        "--interface",
        "127.0.0.1",
        "--connector",
        "rest",
        "--credentials",
        str(project / "credentials.yml"),
    ]
    url = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,  # noqa: S603
        start_new_session=True,
        env={**os.environ},
    )
    try:
        wait_http(f"{url}/webhooks/rest/", 300, proc)
        first_answer(url, STOCK_SCRIPT[1])
        figures.cold_start_s = round(time.monotonic() - started, 1)
        figures.rss_idle_mb = round(tree_rss_mb(proc.pid), 1)
        print(f"  stock cold start {figures.cold_start_s} s, Rasa RSS {figures.rss_idle_mb} MB", flush=True)
        run_levels(figures, url, STOCK_SCRIPT, users, duration)
        figures.rss_after_mb = round(tree_rss_mb(proc.pid), 1)
    finally:
        stop_process(proc)
    return figures


def report(ours: BotFigures, stock: BotFigures | None) -> dict[str, float]:
    """Print the comparison table; return the ratios."""
    print("\n| bot | users | req/s | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|")
    for figures in [f for f in (ours, stock) if f is not None]:
        for lv in figures.levels:
            print(
                f"| {figures.name} | {lv.users} | {lv.rps} | {lv.p50_ms} | {lv.p95_ms} | {lv.p99_ms} | "
                f"{lv.errors}/{lv.requests} |"
            )
    if stock is None:
        return {}
    ratios = {
        "cold_start": ours.cold_start_s / stock.cold_start_s,
        "rss": ours.rss_idle_mb / stock.rss_idle_mb,
    }
    by_users = {lv.users: lv for lv in stock.levels}
    for lv in ours.levels:
        base = by_users.get(lv.users)
        if base and base.rps and base.p95_ms:
            ratios[f"rps@{lv.users}"] = lv.rps / base.rps
            ratios[f"p95@{lv.users}"] = lv.p95_ms / base.p95_ms
    print(
        f"\ncold start: ours {ours.cold_start_s} s vs stock {stock.cold_start_s} s "
        f"(x{ratios['cold_start']:.2f})"
    )
    print(
        f"Rasa RSS:   ours {ours.rss_idle_mb} MB vs stock {stock.rss_idle_mb} MB (x{ratios['rss']:.2f}); "
        f"after load ours {ours.rss_after_mb} MB, stock {stock.rss_after_mb} MB"
    )
    for key, value in ratios.items():
        if key.startswith(("rps@", "p95@")):
            print(f"{key:8s} ours/stock = {value:.2f}")
    if "rps@10" in ratios:
        ok_rps = ratios["rps@10"] >= TARGET_RPS_RATIO
        ok_p95 = ratios["p95@10"] <= TARGET_P95_RATIO
        print(
            f"targets at 10 users: throughput >= {TARGET_RPS_RATIO}x stock: "
            f"{'met' if ok_rps else 'MISSED'}; "
            f"p95 <= {TARGET_P95_RATIO}x stock: {'met' if ok_p95 else 'MISSED'}"
        )
    return ratios


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", default="1,10,50", help="comma-separated concurrency levels")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per level")
    parser.add_argument("--no-stock", action="store_true", help="skip the stock-bot baseline")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    users = [int(u) for u in args.users.split(",") if u.strip()]
    print(f"Load benchmark: {users} users, {args.duration:.0f} s per level", flush=True)
    ours = measure_ours(users, args.duration)
    stock = None if args.no_stock else measure_stock(users, args.duration)
    ratios = report(ours, stock)
    if args.json:
        data = {"ours": asdict(ours), "stock": asdict(stock) if stock else None, "ratios": ratios}
        args.json.write_text(json.dumps(data, indent=2))
    errors = sum(lv.errors for lv in ours.levels)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
