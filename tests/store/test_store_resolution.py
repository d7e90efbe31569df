"""Role and place resolution, aliases and entity patterns."""

from __future__ import annotations

import pytest

from bot.nlp.patterns import skill_patterns, store_patterns
from bot.store import KnowledgeStore

BACKEND = "Backend Software Engineer"
SENIOR = "Senior Backend Software Engineer"


@pytest.mark.parametrize(
    ("mention", "role"),
    [
        ("Software Engineer - Backend", BACKEND),
        ("backend software engineer", BACKEND),
        ("back-end developer", BACKEND),
        ("backend dev", BACKEND),
        ("back-end dev", BACKEND),
        ("backend devs", BACKEND),
        ("Back End Engineers", BACKEND),
        ("backend engineer", BACKEND),
        ("What does a backend developer do?", BACKEND),
        ("software engineer backend", BACKEND),
        ("Senior back-end software engineer", SENIOR),
        ("senior backend engineers", SENIOR),
        ("sr. backend dev", SENIOR),
        ("am I ready to be a senior back end developer?", SENIOR),
    ],
)
def test_resolve_role(sample_store: KnowledgeStore, mention: str, role: str) -> None:
    ref = sample_store.resolve_role(mention)
    assert ref is not None and ref.name == role


@pytest.mark.parametrize("mention", ["", "   ", "astronaut", "frontend developer", "hello there"])
def test_unknown_role(sample_store: KnowledgeStore, mention: str) -> None:
    assert sample_store.resolve_role(mention) is None


def test_role_aliases_and_parent(sample_store: KnowledgeStore) -> None:
    roles = {r.name: r for r in sample_store.roles()}
    assert {
        "software engineer - backend",
        "backend software engineer",
        "back-end developer",
        "backend dev",
        "backend engineer",
    } <= set(roles[BACKEND].aliases)
    assert {"senior back-end software engineer", "senior backend developer", "sr backend engineer"} <= set(
        roles[SENIOR].aliases
    )
    assert roles[SENIOR].parent == BACKEND and roles[SENIOR].slug == "senior-backend-software-engineer"


@pytest.mark.parametrize(
    ("mention", "name", "country"),
    [
        ("NYC", "New York", "United States"),
        ("New York City", "New York", "United States"),
        ("New York, NY", "New York", "United States"),
        ("new york", "New York", "United States"),
        ("SF", "San Francisco", "United States"),
        ("San Francisco, CA", "San Francisco", "United States"),
        ("Bangalore", "Bengaluru", "India"),
        ("Bengaluru", "Bengaluru", "India"),
        ("Bengalaru", "Bengaluru", "India"),
        ("Seattle, WA", "Seattle", "United States"),
        ("Austin, Texas", "Austin", "United States"),
        ("in London", "London", "United Kingdom"),
        ("salary in nyc", "New York", "United States"),
        ("what about Tel Aviv?", "Tel Aviv", "Israel"),
        ("Londn", "London", "United Kingdom"),
        ("Amsterdm", "Amsterdam", "Netherlands"),
        ("Sydney", "Sydney", "Australia"),
        ("Dublin", "Dublin", "Ireland"),
        ("Tokyo", "Tokyo", "Japan"),
    ],
)
def test_resolve_city(sample_store: KnowledgeStore, mention: str, name: str, country: str) -> None:
    ref = sample_store.resolve_place(mention)
    assert ref is not None and (ref.name, ref.kind, ref.country) == (name, "city", country)


@pytest.mark.parametrize(
    ("mention", "name", "code"),
    [
        ("India", "India", "IN"),
        ("USA", "United States", "US"),
        ("the US", "United States", "US"),
        ("America", "United States", "US"),
        ("UK", "United Kingdom", "GB"),
        ("Britain", "United Kingdom", "GB"),
        ("England", "United Kingdom", "GB"),
        ("Germany", "Germany", "DE"),
    ],
)
def test_resolve_country(sample_store: KnowledgeStore, mention: str, name: str, code: str) -> None:
    ref = sample_store.resolve_place(mention)
    assert ref is not None and (ref.name, ref.kind, ref.country_code) == (name, "country", code)


def test_has_data_and_cities_in(sample_store: KnowledgeStore) -> None:
    mentions = ("NYC", "Melbourne", "India")
    flags = {t: getattr(sample_store.resolve_place(t), "has_data", None) for t in mentions}
    assert flags == {"NYC": True, "Melbourne": False, "India": True}
    assert [p.name for p in sample_store.cities_in("India")] == ["Bengaluru", "Delhi"]
    assert [p.name for p in sample_store.cities_in("USA")] == ["New York", "San Francisco", "Austin"]
    assert [p.name for p in sample_store.cities_in("United Kingdom")] == ["London"]
    assert sample_store.cities_in("Brazil") == []
    every = {p.name for p in sample_store.places(with_data=False)}
    assert {"Sydney", "Melbourne", "Madrid", "Amsterdam", "Dublin", "India", "United States"} <= every
    assert len([p for p in sample_store.places(with_data=False) if p.kind == "city"]) >= 150


def test_no_place_in_plain_words(sample_store: KnowledgeStore) -> None:
    assert sample_store.resolve_place("can you tell us more") is None
    assert sample_store.resolve_place("is it good in la la land") is None
    assert sample_store.resolve_place("what skills do I need") is None
    for word in ("hello", "python", "salary", "backend", "Mars"):
        assert sample_store.resolve_place(word) is None, word


def test_entity_patterns(sample_store: KnowledgeStore) -> None:
    patterns = store_patterns(sample_store)
    assert {p["label"] for p in patterns} == {"role", "place"}

    def ids(label: str, *tokens: str) -> set[str]:
        return {
            p["id"]
            for p in patterns
            if p["label"] == label and [next(iter(t.values())) for t in p["pattern"]] == list(tokens)
        }

    assert ids("role", "backend", "dev") == {BACKEND}
    assert ids("role", "back", "-", "end", "developer") == {BACKEND}
    assert ids("role", "senior", "backend", "engineers") == {SENIOR}
    assert ids("role", "data", "engineer") == {"Data Engineer"}
    assert ids("place", "nyc") == {"New York"} and ids("place", "bangalore") == {"Bengaluru"}
    assert ids("place", "sydney") == {"Sydney"}
    us = [
        p
        for p in patterns
        if p["id"] == "United States" and len(p["pattern"]) == 1 and p["pattern"][0].get("ORTH") == "US"
    ]
    assert us, "short capitalised aliases are case-sensitive (ORTH) so 'tell us' does not match"
    lower = [p for p in patterns if "LOWER" in p["pattern"][0]]
    assert all(t["LOWER"] == t["LOWER"].lower() for p in lower for t in p["pattern"])
    skills = skill_patterns(sample_store)
    assert {"label": "skill", "pattern": [{"LOWER": "mysql"}], "id": "MySQL"} in skills
