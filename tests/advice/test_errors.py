"""Store errors reach the caller (the action turns them into "temporarily unavailable"); no cached failure."""

from __future__ import annotations

from typing import Any

import pytest

from bot.advice import answer_advice
from bot.advice.requirements import role_requirements
from bot.advice.vocabulary import vocabulary
from bot.core.types import Query
from bot.store import KnowledgeStore

from .conftest import BACKEND


class FlakyStore:
    """A store whose facts() and terms() fail while `failing` is set; generation() is settable."""

    def __init__(self, inner: KnowledgeStore) -> None:
        self.inner = inner
        self.failing = True
        self.gen = "g1"

    def generation(self) -> str:
        return self.gen

    def facts(self, role: str, facet: str) -> list[Any]:
        if self.failing:
            raise RuntimeError("database is locked")
        return self.inner.facts(role, facet)

    def terms(self, role: str | None = None) -> list[Any]:
        if self.failing:
            raise RuntimeError("database is locked")
        return self.inner.terms(role)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def test_a_store_error_propagates_and_is_not_cached(advice_store: KnowledgeStore) -> None:
    store = FlakyStore(advice_store)
    with pytest.raises(RuntimeError):
        role_requirements(store, BACKEND)
    with pytest.raises(RuntimeError):
        answer_advice(store, Query("ask_skill_gap", "what am I missing?", [], {"skills": ["Python"]}))
    store.failing = False
    assert any(r.category == "languages" for r in role_requirements(store, BACKEND))
    reply = answer_advice(store, Query("ask_skill_gap", "what am I missing?", [], {"skills": ["Python"]}))
    assert reply.custom is not None and reply.kind == "answer"


def test_cache_is_per_store_and_generation(advice_store: KnowledgeStore) -> None:
    store = FlakyStore(advice_store)
    store.failing = False
    first = vocabulary(store)
    assert vocabulary(store) is first
    store.gen = "g2"
    assert vocabulary(store) is not first
    assert vocabulary(advice_store) is not vocabulary(store)
