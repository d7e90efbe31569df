"""Fixtures for store tests: the sample store (SQLite) and a private PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.config import PROJECT_ROOT
from bot.ingest import ingest
from bot.store import KnowledgeStore, open_store
from tests.support.pg import PostgresServer, require_postgres

DOCS = PROJECT_ROOT / "data" / "documents"
FIXTURE_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "documents"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    """The four sample documents and the fixture page, ingested once (read-only for tests)."""
    db = tmp_path_factory.mktemp("kb") / "knowledge.db"
    store = open_store(f"sqlite:///{db}")
    ingest(store, [DOCS, FIXTURE_DOCS], progress=False)
    yield store
    store.close()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of an empty database in a throw-away PostgreSQL cluster (tests/support/pg.py).

    C collation, so text ordering matches SQLite's byte order."""
    require_postgres()
    with PostgresServer("store", locale="C") as server:
        yield server.url()
