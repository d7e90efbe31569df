"""Fixtures for bot.advice tests: real stores built by the ingestion API into temp SQLite files."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bot.advice import answer_advice
from bot.answers.types import Query, Reply
from bot.store import KnowledgeStore
from tests.support.stores import DOCS, open_built_store

BACKEND = "Backend Software Engineer"
SENIOR = "Senior Backend Software Engineer"

# A career page the lexicon knows nothing about (Quarkflow, Dagster are not in tech_lexicon.yml).
NEW_PAGE = """Data engineer jobs & Careers




WHAT IS A DATA ENGINEER JOB?

A data engineer builds and maintains the pipelines that move data between systems.

TOP 5 SKILLS FOR THIS POSITION

  • Proficiency in programming languages such as Python or Scala
  • Experience with stream processors such as Flink or Quarkflow
  • Strong communication skills

HOW TO BECOME A DATA ENGINEER

To become a data engineer, you typically need a bachelor's degree in computer science or a related field.

WHAT ARE THE TYPICAL TOOLS

Data engineers typically use a variety of tools, including:
  • Orchestrators such as Airflow or Dagster
  • Version control systems such as Git
"""

Ask = Callable[..., Reply]


def checklist(reply: Reply) -> dict[str, Any]:
    """The structured checklist payload of a gap answer."""
    assert reply.custom is not None, reply.text
    data: dict[str, Any] = reply.custom["checklist"]
    return data


@pytest.fixture(scope="session")
def advice_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    """The four sample documents, ingested once into a temp SQLite file (read-only for tests)."""
    store = open_built_store(tmp_path_factory.mktemp("advice-kb") / "knowledge.db", [DOCS])
    yield store
    store.close()


@pytest.fixture(scope="session")
def extended_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    """The sample documents plus a new Data Engineer page (brings its own vocabulary)."""
    root = tmp_path_factory.mktemp("advice-docs")
    docs = root / "documents"
    shutil.copytree(DOCS, docs)
    for f in docs.iterdir():
        f.chmod(0o644)
    (docs / "data-engineer-careers.txt").write_text(NEW_PAGE, encoding="utf-8")
    store = open_built_store(root / "knowledge.db", [docs])
    yield store
    store.close()


@pytest.fixture
def ask(advice_store: KnowledgeStore) -> Ask:
    """ask(intent, text, skills=[...], entities=[(entity, value)], role=None) -> Reply via answer_advice."""

    def _ask(intent: str, text: str = "", skills: list[str] | None = None,
             entities: list[tuple[str, str]] | None = None, **slots: Any) -> Reply:
        all_slots: dict[str, Any] = {k: v for k, v in slots.items() if v is not None}
        if skills is not None:
            all_slots["skills"] = list(skills)
        ents = [{"entity": e, "value": v} for e, v in entities or []]
        query = Query(intent=intent, text=text, entities=ents, slots=all_slots)
        return answer_advice(advice_store, query)

    return _ask
