"""Fixtures for ingestion tests: a store holding the four sample documents plus the fixture page."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import KnowledgeStore, open_store
from tests.support.stores import DOCS


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
