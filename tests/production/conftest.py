"""Fixtures for the production suite: a private PostgreSQL cluster and Redis server for the session,
a knowledge store ingested into PostgreSQL, and helpers to start extra bot stacks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import config
from bot.launcher import Stack
from bot.processes import free_port
from tests.support.pg import PostgresServer, require_postgres
from tests.support.redis import RedisServer, redis_available

LOG_DIR = config.build_dir() / "test-logs"


def require_model() -> None:
    """Fail when no trained model exists (`make test` builds it first; by hand: `make model`)."""
    if not list((config.PROJECT_ROOT / "models").glob("*.tar.gz")):
        pytest.fail("no trained model in models/: run `make model`")


def ingest(database_url: str) -> None:
    """Build the knowledge store at `database_url` from data/documents (`python -m bot ingest`)."""
    env = {**os.environ, "DATABASE_URL": database_url}
    subprocess.run(
        [sys.executable, "-m", "bot", "ingest"], cwd=config.PROJECT_ROOT, env=env, check=True,
        capture_output=True, timeout=300,
    )


def make_stack(env: dict[str, str], **kwargs: object) -> Stack:
    """A Stack on free loopback ports that logs to build/test-logs."""
    return Stack(
        rasa_port=free_port(), action_port=free_port(), env=env, log_dir=LOG_DIR,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A private PostgreSQL cluster on loopback for the whole session."""
    require_postgres()
    with PostgresServer("knowledge") as server:
        yield server


@pytest.fixture()
def pg_running(pg_server: PostgresServer) -> Iterator[PostgresServer]:
    """The session cluster, guaranteed to be running again after the test."""
    yield pg_server
    if not pg_server.running:
        pg_server.start()


@pytest.fixture(scope="session")
def pg_knowledge_url(pg_server: PostgresServer) -> str:
    """URL of a knowledge store in PostgreSQL, ingested from data/documents."""
    url = pg_server.url("knowledge")
    ingest(url)
    return url


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A private Redis server on loopback for the whole session."""
    if not redis_available():
        pytest.fail("redis-server is not installed: run `make sysdeps` (apt-get install redis-server)")
    with RedisServer() as server:
        yield server


@pytest.fixture(scope="session")
def sqlite_knowledge_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """URL of a private SQLite knowledge store, ingested from data/documents."""
    path: Path = tmp_path_factory.mktemp("knowledge") / "knowledge.db"
    url = f"sqlite:///{path}"
    ingest(url)
    return url
