"""Shared pieces of the REST benchmarks: one turn, closed-loop users, percentiles, process memory."""

from __future__ import annotations

import asyncio
import json
import random
import time
import urllib.request
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import aiohttp
import psutil

# The channels' apology when the action server cannot be reached or a turn takes too long.
APOLOGY = "Sorry, I can't reach my knowledge service right now"

# A user's conversation: (random generator, number of turns) -> messages.
ConversationMaker = Callable[[random.Random, int], list[str]]


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


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of `values`; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[rank]


def tree_rss_mb(*pids: int) -> float:
    """RSS of the given processes and all their descendants (psutil), in MB."""
    seen: dict[int, int] = {}
    for pid in pids:
        try:
            root = psutil.Process(pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            continue
        for proc in procs:
            try:
                seen[proc.pid] = proc.memory_info().rss
            except psutil.NoSuchProcess:
                continue
    return sum(seen.values()) / 2**20


async def say(
    session: aiohttp.ClientSession, url: str, sender: str, message: str, timeout: float = 120.0
) -> tuple[bool, float, str]:
    """One REST turn: (ok, seconds, reply text). ok = HTTP 200, a bot message, and no apology."""
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
                ok = APOLOGY not in text
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        ok = False
    return ok, time.monotonic() - started, text


async def closed_loop(
    url: str, make: ConversationMaker, turns: int, users: int, duration: float, seed: int = 1
) -> Level:
    """`users` concurrent users, each holding `turns`-turn conversations back to back for `duration` s.

    Each user has its own seeded generator, so two runs (and two bots) see the same traffic shape.
    """
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + duration

    async def user(session: aiohttp.ClientSession, rng: random.Random) -> None:
        nonlocal errors
        while time.monotonic() < deadline:
            sender = f"bench-{uuid.uuid4().hex[:12]}"
            for message in make(rng, turns):
                if time.monotonic() >= deadline:
                    return
                ok, seconds, _ = await say(session, url, sender, message)
                latencies.append(seconds)
                errors += 0 if ok else 1

    started = time.monotonic()
    connector = aiohttp.TCPConnector(limit=max(100, users * 2))
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(user(session, random.Random(seed * 1000 + i)) for i in range(users)))
    elapsed = time.monotonic() - started
    ms = [x * 1000 for x in latencies]
    return Level(
        users, len(latencies), errors, round(elapsed, 1), round(len(latencies) / elapsed, 2),
        round(percentile(ms, 50), 1), round(percentile(ms, 95), 1), round(percentile(ms, 99), 1),
    )


def first_answer(url: str, message: str, timeout: float = 300, sender: str | None = None) -> float:
    """Block until the bot answers `message` through REST; return that request's seconds."""
    deadline = time.monotonic() + timeout
    body = json.dumps({"sender": sender or f"cold-{uuid.uuid4().hex[:8]}", "message": message}).encode()
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            request = urllib.request.Request(
                f"{url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=60) as response:
                if json.loads(response.read()):
                    return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} gave no first answer within {timeout:.0f} s")
