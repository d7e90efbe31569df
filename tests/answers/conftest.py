"""Fixtures for bot.answers tests: one real store built from data/documents into a temp SQLite file."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from bot.answers import Query, Reply, answer
from bot.config import documents_dir
from bot.store import KnowledgeStore, open_store

Ask = Callable[..., Reply]


def build_store(db_file: Path) -> str:
    """Ingest the sample documents into a fresh SQLite file; returns its URL."""
    from bot.ingest import ingest

    url = f"sqlite:///{db_file}"
    st = open_store(url)
    try:
        ingest(st, [documents_dir()], progress=False)
    finally:
        st.close()
    return url


@pytest.fixture(scope="session")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """URL of a store holding the four sample documents."""
    return build_store(tmp_path_factory.mktemp("answers-store") / "knowledge.db")


@pytest.fixture(scope="session")
def store(store_url: str) -> Iterator[KnowledgeStore]:
    """The opened store, shared by the session."""
    st = open_store(store_url)
    yield st
    st.close()


@pytest.fixture
def ask(store: KnowledgeStore) -> Ask:
    """ask(intent, text, [(entity, value), ...], slots) -> Reply."""

    def _ask(intent: str, text: str = "", entities: Sequence[tuple[str, str]] = (),
             slots: dict | None = None) -> Reply:
        query = Query(intent=intent, text=text,
                      entities=[{"entity": e, "value": v} for e, v in entities], slots=dict(slots or {}))
        return answer(store, query)

    return _ask
