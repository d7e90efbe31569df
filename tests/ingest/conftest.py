"""Fixtures for ingestion tests: a store holding the four sample documents plus the fixture page."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.ingest import ingest
from bot.store import KnowledgeStore, open_store

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


@pytest.fixture()
def docs_copy(tmp_path: Path) -> Path:
    """A writable copy of the sample documents directory."""
    target = tmp_path / "documents"
    shutil.copytree(DOCS, target)
    for f in target.iterdir():
        f.chmod(0o644)
    return target


@pytest.fixture()
def fresh_store(tmp_path: Path) -> Iterator[KnowledgeStore]:
    """An empty SQLite store in a temp dir."""
    store = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    yield store
    store.close()
