"""Fixtures for bot.advice tests: real stores built by the ingestion API into temp SQLite files."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bot.advice import answer_advice
from bot.core.types import Query, Reply
from bot.store import KnowledgeStore
from tests.support.stores import DOCS, open_built_store

from .nlu import nlu_entities

BACKEND = "Backend Software Engineer"
SENIOR = "Senior Backend Software Engineer"

# A career page the lexicon knows nothing about (Quarkflow is not in skills.yml).
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

# Pages of other occupations: clinical skills, licences, physical tools, soft-skill bullets.
NURSE_PAGE = """Registered nurse jobs & Careers




WHAT IS A REGISTERED NURSE JOB?

A registered nurse assesses patients, gives medication and coordinates care with doctors and families.

TOP 5 SKILLS FOR THIS POSITION

  • Clinical skills such as patient assessment, wound care and medication administration
  • Knowledge of anatomy and pharmacology
  • Critical-thinking skills
  • Compassion
  • Physical stamina

WHAT ARE THE TYPICAL TOOLS

Nurses typically use a variety of tools, including:
  • Electronic health records such as Epic
  • Medical equipment such as stethoscopes and infusion pumps

HOW TO BECOME A REGISTERED NURSE

To become a registered nurse, you need a bachelor's degree in nursing.
Every registered nurse must pass the NCLEX-RN exam and hold a state licence.
"""

ELECTRICIAN_PAGE = """Electrician jobs & Careers




WHAT IS AN ELECTRICIAN JOB?

An electrician installs, maintains and repairs electrical wiring in homes and businesses.

TOP 5 SKILLS FOR THIS POSITION

  • Knowledge of building regulations
  • Hand tools such as conduit benders, wire strippers and multimeters
  • Blueprint reading
  • Attention to detail
  • Physical stamina

HOW TO BECOME AN ELECTRICIAN

Most electricians learn the trade in an apprenticeship of four or five years and then need
a journeyman licence.
"""

NURSE = "Registered Nurse"
ELECTRICIAN = "Electrician"

Ask = Callable[..., Reply]
Answer = Callable[[Any, Query], Reply]


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


@pytest.fixture(scope="session")
def occupations_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    """The sample documents plus a registered nurse's and an electrician's page."""
    root = tmp_path_factory.mktemp("advice-occupations")
    docs = root / "documents"
    docs.mkdir()
    (docs / "registered-nurse-careers.txt").write_text(NURSE_PAGE, encoding="utf-8")
    (docs / "electrician-careers.txt").write_text(ELECTRICIAN_PAGE, encoding="utf-8")
    store = open_built_store(root / "knowledge.db", [DOCS, docs])
    yield store
    store.close()


def asker(store: Any, answer: Answer = answer_advice) -> Ask:
    """ask(intent, text, skills=[...], entities=[(entity, value)], role=None) -> Reply via `answer`.

    The text's entities come from the NLU stand-in (tests/advice/nlu.py); `entities` replace those of
    their type.
    """

    def _ask(intent: str, text: str = "", skills: list[str] | None = None,
             entities: list[tuple[str, str]] | None = None, **slots: Any) -> Reply:
        all_slots: dict[str, Any] = {k: v for k, v in slots.items() if v is not None}
        if skills is not None:
            all_slots["skills"] = list(skills)
        given = [{"entity": e, "value": v} for e, v in entities or []]
        kinds = {e["entity"] for e in given}
        ents = [e for e in nlu_entities(store, text) if e["entity"] not in kinds] + given
        return answer(store, Query(intent=intent, text=text, entities=ents, slots=all_slots))

    return _ask


@pytest.fixture
def ask(advice_store: KnowledgeStore) -> Ask:
    """`asker` on the sample documents' store."""
    return asker(advice_store)
