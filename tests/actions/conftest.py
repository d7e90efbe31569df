"""Fixtures for the rasa_sdk action tests: a real SQLite store and a clean per-test action state."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.stores import build_store


@pytest.fixture(scope="session")
def actions_store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store built from the sample documents into a temp SQLite file."""
    return build_store(tmp_path_factory.mktemp("actions-store") / "knowledge.db")


@pytest.fixture
def action_env(actions_store_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """DATABASE_URL points at the test store (each ActionAnswer opens its own store from it)."""
    monkeypatch.setenv("DATABASE_URL", actions_store_url)
    yield actions_store_url
