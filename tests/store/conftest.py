"""Fixtures for store tests: the sample store (SQLite) and a private PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.pg import PostgresServer, require_postgres


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of an empty database in a throw-away PostgreSQL cluster (tests/support/pg.py).

    C collation, so text ordering matches SQLite's byte order."""
    require_postgres()
    with PostgresServer("store", locale="C") as server:
        yield server.url()
