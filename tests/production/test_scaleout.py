"""Two Rasa replicas on loopback sharing a PostgreSQL tracker store and a Redis lock store, with one
action server and the knowledge store in PostgreSQL: one conversation can hop between replicas, and
concurrent turns of one conversation on both replicas are serialised (none lost, none duplicated).
The replicas run with Rasa's HTTP API on, so the token check is tested here too."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import aiohttp
import pytest
import redis

from bot.launcher import Stack
from tests.production.clients import RestResult, event_types, rest_say, user_texts
from tests.production.conftest import make_stack, require_model
from tests.support.chat import reply_text, rest_send
from tests.support.pg import PostgresServer
from tests.support.redis import RedisServer

API_TOKEN = "scaleout-test-token"  # a throw-away token for this private test cluster
CITY_FIGURES = {
    "New York": "214,000", "San Francisco": "172,000", "Austin": "149,000", "Toronto": "119,000",
    "Paris": "64,500", "Berlin": "92,000", "Tel Aviv": "442,000", "Beijing": "410,000",
    "Shanghai": "488,000", "Delhi": "2,200,000",
}


@pytest.fixture(scope="module")
def tracker_url(pg_server: PostgresServer) -> str:
    return pg_server.create_database("tracker")


@pytest.fixture(scope="module")
def replicas(
    pg_knowledge_url: str, tracker_url: str, redis_server: RedisServer
) -> Iterator[tuple[Stack, Stack]]:
    """Replica A (with the action server) and replica B (using A's action server)."""
    require_model()
    env = {
        "DATABASE_URL": pg_knowledge_url,
        "TRACKER_STORE_URL": tracker_url,
        "REDIS_URL": redis_server.url,
        "RASA_API_TOKEN": API_TOKEN,
        # ten turns of one conversation queue on its lock; on a loaded machine the last ones wait
        # longer than the 10 s turn limit, which this test is not about
        "BOT_TURN_TIMEOUT_SECONDS": "120",
    }
    first = make_stack(env, enable_api=True, channels=("rest",))
    first.start_actions()
    second = make_stack(env, enable_api=True, channels=("rest",), action_url=first.action_url)
    try:
        with ThreadPoolExecutor(2) as pool:  # both replicas boot at once
            for future in [pool.submit(first.start_rasa), pool.submit(second.start_rasa)]:
                future.result()
        yield first, second
    finally:
        second.stop()
        first.stop()


def test_conversation_hops_between_replicas(replicas: tuple[Stack, Stack], tracker_url: str) -> None:
    first, second = replicas
    sender = f"hop-{uuid.uuid4().hex[:8]}"
    turns = [
        (first, "How much do backend engineers earn in London?", "95,000"),
        (second, "and in Paris?", "64,500"),
        (first, "and in Berlin?", "92,000"),
        (second, "What skills does a backend engineer need?", "Source:"),
        (first, "and in Toronto?", "119,000"),
    ]
    for replica, message, expected in turns:
        text = reply_text(rest_send(replica.rasa_url, sender, message))
        assert expected in text, f"{replica.rasa_port} {message!r}: {text}"
    assert user_texts(tracker_url, sender) == [message for _, message, _ in turns]


async def concurrent_turns(replicas: tuple[Stack, Stack], sender: str) -> list[tuple[str, RestResult]]:
    first, second = replicas
    async with aiohttp.ClientSession() as session:
        opening = await rest_say(session, first.rasa_url, sender,
                                 "How much do backend engineers earn in London?")
        assert "95,000" in opening.text
        jobs = [
            rest_say(session, (first, second)[i % 2].rasa_url, sender, f"and in {city}?", timeout=120)
            for i, city in enumerate(CITY_FIGURES)
        ]
        results = await asyncio.gather(*jobs)
    return list(zip(CITY_FIGURES, results, strict=False))


def test_concurrent_turns_on_both_replicas_are_serialised(
    replicas: tuple[Stack, Stack], tracker_url: str, redis_server: RedisServer
) -> None:
    sender = f"race-{uuid.uuid4().hex[:8]}"
    locks_before = redis.Redis.from_url(redis_server.url).info("commandstats")
    results = asyncio.run(concurrent_turns(replicas, sender))
    for city, result in results:
        assert result.status == 200, (city, result.status)
        assert CITY_FIGURES[city] in result.text and city in result.text, (city, result.text)

    texts = user_texts(tracker_url, sender)
    expected = {f"and in {city}?" for city in CITY_FIGURES}
    assert len(texts) == 1 + len(CITY_FIGURES), texts
    assert sorted(texts[1:]) == sorted(expected), "lost or duplicated turns"

    # Serialised: every user turn is answered (bot events) before the next user turn is stored.
    kinds = [k for k in event_types(tracker_url, sender) if k in ("user", "bot")]
    assert kinds[0] == "user" and kinds[-1] == "bot"
    for previous, current in zip(kinds, kinds[1:], strict=False):
        assert not (previous == "user" and current == "user"), f"interleaved turns: {kinds}"

    # The locks went through Redis.
    stats = redis.Redis.from_url(redis_server.url).info("commandstats")
    calls = sum(v.get("calls", 0) for k, v in stats.items() if k.startswith("cmdstat_"))
    before = sum(v.get("calls", 0) for k, v in locks_before.items() if k.startswith("cmdstat_"))
    assert calls > before, "the Redis lock store was not used"


def api_get(url: str, token: str | None) -> int:
    if token is not None:
        url += f"?token={token}"
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            json.loads(response.read())
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_http_api_needs_the_token(replicas: tuple[Stack, Stack]) -> None:
    first, second = replicas
    sender = f"api-{uuid.uuid4().hex[:8]}"
    rest_send(first.rasa_url, sender, "hello")
    for replica in (first, second):
        url = f"{replica.rasa_url}/conversations/{sender}/tracker"
        assert api_get(url, None) == 401
        assert api_get(url, "wrong-token") == 401
        assert api_get(url, API_TOKEN) == 200
