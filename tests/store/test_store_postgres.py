"""The same store code works on PostgreSQL: ingest, query, idempotent re-ingest, rejected files, checksum."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest import IngestError, ingest
from bot.store import KnowledgeStore, open_store
from tests.support.stores import DOCS, FIXTURE_DOCS


def test_postgres_round_trip(postgres_url: str, sample_store: KnowledgeStore, tmp_path: Path) -> None:
    store = open_store(postgres_url)
    try:
        summary = ingest(store, [DOCS, FIXTURE_DOCS], progress=False)
        assert len(summary.added) == 5 and summary.roles == 3
        assert store.checksum() == sample_store.checksum(), "PostgreSQL and SQLite hold the same contents"
        backend = store.resolve_role("back-end dev")
        assert backend is not None and backend.name == "Backend Software Engineer"
        london = store.salaries(backend.name, place="London")
        assert [(s.amount, s.currency, s.symbol) for s in london] == [(95_000, "GBP", "£")]
        avg = [s for s in store.salaries(backend.name) if s.statistic == "average"]
        assert [(s.amount, s.scope) for s in avg] == [(110_000, "in the United States")]
        assert [p.name for p in store.cities_in("India")] == [p.name for p in sample_store.cities_in("India")]
        assert store.facts(backend.name, "tools") == sample_store.facts(backend.name, "tools")
        assert store.terms() == sample_store.terms()
        hits = store.search_passages("bachelor degree computer science", role=backend.name)
        assert hits == sample_store.search_passages("bachelor degree computer science", role=backend.name)
        before = store.checksum()
        assert len(ingest(store, [DOCS, FIXTURE_DOCS], progress=False).unchanged) == 5
        assert store.checksum() == before
        bad = tmp_path / "bad.txt"
        bad.write_bytes(b"\xff\xfe\x00binary")
        with pytest.raises(IngestError):
            ingest(store, [DOCS, bad], progress=False)
        assert store.checksum() == before
    finally:
        store.close()
