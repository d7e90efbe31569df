"""Fixtures for the rasa_sdk action tests: a real SQLite store and a clean per-test action state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import documents_dir


@pytest.fixture(scope="session")
def actions_store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store built from the sample documents into a temp SQLite file."""
    from bot.ingest import ingest
    from bot.store import open_store

    db: Path = tmp_path_factory.mktemp("actions-store") / "knowledge.db"
    url = f"sqlite:///{db}"
    st = open_store(url)
    try:
        ingest(st, [documents_dir()], progress=False)
    finally:
        st.close()
    return url


@pytest.fixture
def action_env(actions_store_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """DATABASE_URL points at the test store; the action's cached store is reset around the test."""
    import actions.actions as mod

    monkeypatch.setenv("DATABASE_URL", actions_store_url)
    mod.reset_store()
    yield actions_store_url
    mod.reset_store()
