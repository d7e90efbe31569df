"""Shared fixtures: one running bot (action server + Rasa with every channel) and a fake Slack API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot import config
from bot.launcher import Stack
from bot.processes import free_port
from bot.store import KnowledgeStore
from tests.support.fake_slack import FakeSlack
from tests.support.stores import DOCS, FIXTURE_DOCS, open_built_store

SLACK_TOKEN = "xoxb-test"  # not a real token: the fake Slack API accepts anything
SLACK_SIGNING_SECRET = "test-secret"


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlack]:
    """A fake Slack Web API on loopback recording chat.postMessage."""
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def bot_stack(fake_slack: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The bot as `make run` starts it (all channels), on free loopback ports, for the whole session."""
    tracker = tmp_path_factory.mktemp("tracker") / "tracker.db"
    env = {
        "SLACK_TOKEN": SLACK_TOKEN,
        "SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET,
        "SLACK_API_BASE_URL": fake_slack.url,
        "TRACKER_STORE_URL": f"sqlite:///{tracker}",
        "DATABASE_URL": config.database_url(),
    }
    stack = Stack(
        rasa_port=free_port(), action_port=free_port(), env=env,
        log_dir=config.build_dir() / "test-logs",
    )
    with stack:
        yield stack


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    """The four sample documents and the fixture page, ingested once (read-only for tests)."""
    store = open_built_store(tmp_path_factory.mktemp("kb") / "knowledge.db", [DOCS, FIXTURE_DOCS])
    yield store
    store.close()
