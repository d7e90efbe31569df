"""Skill recognition: store vocabulary, taxonomy aliases, ambiguous names in context, entity values.

The text goes through the NLU stand-in (tests/advice/nlu.py) and the entities through bot.advice.extract."""

from __future__ import annotations

import pytest

from bot.store import KnowledgeStore

from .conftest import BACKEND
from .nlu import roles_in, skills_in


@pytest.mark.parametrize(("text", "expected"), [
    ("I know Python and MySQL", ["Python", "MySQL"]),
    ("I've used Django, Git and a bit of AWS", ["Django", "Git", "AWS"]),
    ("I'm a frontend developer, mostly JavaScript", ["JavaScript"]),
    ("I also know Postgres", ["PostgreSQL"]),
    ("JS and GCP", ["JavaScript", "Google Cloud"]),
    ("some golang, node and k8s", ["Go", "Node.js", "Kubernetes"]),
    ("I know C++, C# and Java", ["C++", "C#", "Java"]),
    ("Spring Boot and REST", ["Spring", "RESTful APIs"]),
])
def test_aliases_map_to_canonical_names(advice_store: KnowledgeStore, text: str, expected: list[str]) -> None:
    assert skills_in(advice_store, text, []) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("how do I go about it?", []),
    ("Go ahead and tell me", []),
    ("I want to go to the US", []),
    ("Let's go!", []),
    ("Should I go with Java?", ["Java"]),
    ("I know Go", ["Go"]),
    ("Go and Python", ["Go", "Python"]),
    ("I know go and python", ["Go", "Python"]),
    ("I write Go every day", ["Go"]),
    ("this Spring I learned Rust", ["Rust"]),
    ("the rest of my skills are MySQL", ["MySQL"]),
])
def test_ambiguous_short_names_need_context(
    advice_store: KnowledgeStore, text: str, expected: list[str]
) -> None:
    assert skills_in(advice_store, text, []) == expected


def test_negated_skills_are_not_taken(advice_store: KnowledgeStore) -> None:
    assert skills_in(advice_store, "I don't know Java but I know Ruby", []) == ["Ruby"]


def test_entity_values_are_mapped_through_aliases(advice_store: KnowledgeStore) -> None:
    entities = [{"entity": "skill", "value": "Postgres"}, {"entity": "skill", "value": "golang"},
                {"entity": "role", "value": "backend developer"}]
    assert skills_in(advice_store, "", entities) == ["PostgreSQL", "Go"]


def test_a_stray_verb_entity_is_dropped_when_the_text_says_otherwise(advice_store: KnowledgeStore) -> None:
    entities = [{"entity": "skill", "value": "go"}]
    assert skills_in(advice_store, "how do I go about it", entities) == []


def test_technologies_no_document_mentions_are_recognised(advice_store: KnowledgeStore) -> None:
    assert "Docker" not in {t.name for t in advice_store.terms()}
    assert skills_in(advice_store, "I use Docker and Kubernetes", []) == ["Docker", "Kubernetes"]


def test_store_terms_unknown_to_the_lexicon_are_recognised(extended_store: KnowledgeStore) -> None:
    assert "Quarkflow" in {t.name for t in extended_store.terms()}
    assert skills_in(extended_store, "I know quarkflow and Dagster", []) == ["Quarkflow", "Dagster"]


def test_roles_are_found_in_text(advice_store: KnowledgeStore) -> None:
    assert roles_in(advice_store, "what do I need to become a backend engineer?") == [BACKEND]
