"""Fixtures for bot.answers tests: one real store built from data/documents into a temp SQLite file."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest

from bot.core.types import Query, Reply
from bot.dispatch import answer
from bot.language import asks
from bot.store import KnowledgeStore, open_store
from tests.support.stores import build_store

Ask = Callable[..., Reply]


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
    """ask(intent, text, [(entity, value), ...], slots) -> Reply. The level, currency, ranking and pay
    entities the NLU component derives from the text (bot.language.asks) are added, as Rasa would."""

    def _ask(intent: str, text: str = "", entities: Sequence[tuple[str, str]] = (),
             slots: dict | None = None) -> Reply:
        given = [{"entity": e, "value": v} for e, v in entities]
        query = Query(intent=intent, text=text, entities=given + asks.entities(text), slots=dict(slots or {}))
        return answer(store, query)

    return _ask
