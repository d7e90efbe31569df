"""The action against a real PostgreSQL that goes down and comes back.

A throw-away cluster from tests/support/pg.py (the same `PostgresServer.stop()`/`start()` the
production resilience test uses): loopback, free port, temp dir, removed at the end.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import UNAVAILABLE, ActionAnswer
from bot.config import documents_dir
from bot.ingest import ingest
from bot.language import asks
from bot.store import open_store
from tests.support.pg import PostgresServer, require_postgres


@pytest.fixture(scope="module")
def pg_server() -> Iterator[PostgresServer]:
    """A private cluster holding a knowledge store ingested from data/documents."""
    require_postgres()
    with PostgresServer("knowledge") as server:
        st = open_store(server.url())
        try:
            ingest(st, [documents_dir()], progress=False)
        finally:
            st.close()
        yield server


def knowledge_url(server: PostgresServer) -> str:
    """The store's URL; connect_timeout keeps the outage answer quick."""
    return f"{server.url()}?connect_timeout=3"


def ask_london(action: ActionAnswer) -> str:
    tr = Tracker("pg-user", {}, latest_message={"intent": {"name": "ask_salary", "confidence": 1.0},
                                                "entities": [{"entity": "place", "value": "London"},
                                                             *asks.entities("salary in London")],
                                                "text": "salary in London"},
                 events=[], paused=False, followup_action=None, active_loop={}, latest_action_name=None)
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tr, {}))
    return str(dispatcher.messages[0]["text"])


def test_postgres_down_then_back(pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", knowledge_url(pg_server))
    action = ActionAnswer()  # one action server process across the outage
    try:
        assert "£95,000 (GBP)" in ask_london(action)
        pg_server.stop()
        assert ask_london(action) == UNAVAILABLE
        pg_server.start()
        assert "£95,000 (GBP)" in ask_london(action)
    finally:
        action.reset_store()
