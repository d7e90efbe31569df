"""A new career page dropped next to the samples is answered with no code change."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import documents_dir
from bot.core.types import Query, Reply
from bot.dispatch import answer
from bot.language import asks
from bot.store import KnowledgeStore, open_store

PAGE = """Data scientist jobs & Careers




WHAT IS A DATA SCIENTIST JOB?

A data scientist job involves collecting, analysing and interpreting large data sets for better decisions.

TOP 5 SKILLS FOR THIS POSITION

  • Proficiency in Python or R
  • Experience with SQL databases
  • Knowledge of statistics and machine learning
  • Data visualisation with Tableau or Matplotlib
  • Strong communication skills

AVERAGE SALARY

The average salary for a data scientist in the United States is around $125,000 per year.
"""


@pytest.fixture(scope="module")
def store2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    from bot.ingest import ingest

    docs: Path = tmp_path_factory.mktemp("docs")
    for f in documents_dir().glob("*.txt"):
        shutil.copy(f, docs / f.name)
    (docs / "data-scientist-careers.txt").write_text(PAGE, encoding="utf-8")
    st = open_store(f"sqlite:///{tmp_path_factory.mktemp('db2') / 'k.db'}")
    ingest(st, [docs], progress=False)
    yield st
    st.close()


def ask(st: KnowledgeStore, intent: str, text: str, entities: list[tuple[str, str]]) -> Reply:
    """One turn, with the level/currency/ranking/pay entities NLU derives from the text ."""
    given = [{"entity": e, "value": v} for e, v in entities]
    return answer(st, Query(intent, text, given + asks.entities(text), {}))


def test_new_role_skills_and_salary(store2: KnowledgeStore) -> None:
    r = ask(store2, "ask_skills", "what skills does a data scientist need?", [("role", "data scientist")])
    assert "Knowledge of statistics and machine learning" in r.text
    assert r.sources == ["Data scientist jobs & Careers"] and r.slots["role"] == "Data Scientist"
    r = ask(store2, "compare_salary", "data scientist vs backend engineer pay",
            [("role", "data scientist"), ("role", "backend engineer")])
    assert "$125,000 (USD)" in r.text and "$110,000 (USD)" in r.text


def test_missing_facet_of_new_role_is_honest(store2: KnowledgeStore) -> None:
    r = ask(store2, "ask_challenges", "challenges for data scientists", [("role", "data scientists")])
    assert "don't cover challenges" in r.text and "Source:" not in r.text


def test_no_role_with_several_roles_asks_which(store2: KnowledgeStore) -> None:
    r = ask(store2, "ask_tools", "what tools do I need?", [])
    assert r.text.startswith("Which role do you mean?") and "Data Scientist" in r.text
    assert {b["title"] for b in r.buttons} >= {"Data Scientist", "Backend Software Engineer"}


def test_city_ranking_names_the_role(store2: KnowledgeStore) -> None:
    r = ask(store2, "compare_salary", "which city pays most?", [])
    assert "New York pays the most for a Backend Software Engineer" in r.text
