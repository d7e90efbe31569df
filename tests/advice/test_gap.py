"""Gap logic: requirement groups from the store's facts against a user's skills."""

from __future__ import annotations

from bot.advice.gap import Gap, compute_gap
from bot.advice.requirements import role_requirements
from bot.advice.vocabulary import vocabulary
from bot.facets import ALL_FACETS
from bot.store import KnowledgeStore

from .conftest import BACKEND, SENIOR


def _missing_options(gap: Gap, group: str, store: KnowledgeStore) -> list[set[str]]:
    vocab = vocabulary(store)
    return [set(item.requirement.specific(vocab)) for item in gap.missing_by_group()[group]]


def _titles(store: KnowledgeStore) -> set[str]:
    """Titles of every document in the store (via its facts)."""
    return {f.source.title for r in store.roles() for facet in ALL_FACETS for f in store.facts(r.name, facet)}


def test_alternatives_of_one_fact_form_one_requirement(advice_store: KnowledgeStore) -> None:
    reqs = role_requirements(advice_store, BACKEND)
    languages = [r for r in reqs if r.category == "languages"]
    assert len(languages) == 1
    assert languages[0].label == "Programming languages such as Java, Python, or Ruby"
    # the job description's bullets and the FAQ lists widen the same requirement
    assert {"Java", "Python", "Ruby", "Node.js", "C++", "Go", "PHP", "Scala"} <= set(languages[0].options)
    soft = {r.label for r in reqs if r.category == "soft_skills"}
    assert {"Problem-solving", "Analytical skills", "Communication", "Teamwork"} <= soft


def test_python_mysql_user_against_backend(advice_store: KnowledgeStore) -> None:
    gap = compute_gap(advice_store, BACKEND, ["Python", "MySQL"])
    have = {item.group: item for item in gap.have}
    assert have["languages"].matched == ["Python"]
    assert have["databases"].matched == ["MySQL"]
    assert not gap.missing_by_group()["languages"] and not gap.missing_by_group()["databases"]
    assert {"AWS", "Google Cloud"} in _missing_options(gap, "cloud", advice_store)
    tools = _missing_options(gap, "tools", advice_store)
    assert any({"Spring", "Django"} <= opts for opts in tools)
    assert any("Git" in opts for opts in tools)
    practices = {item.requirement.label for item in gap.missing_by_group()["practices"]}
    assert {"RESTful APIs", "Unit testing", "Integration testing"} <= practices
    assert gap.unmentioned == [] and gap.elsewhere == {}
    assert gap.sources and set(gap.sources) <= _titles(advice_store)


def test_any_listed_alternative_satisfies_a_requirement(advice_store: KnowledgeStore) -> None:
    gap = compute_gap(advice_store, BACKEND, ["Ruby", "MongoDB", "Google Cloud", "SVN", "Django"])
    covered = {item.group for item in gap.have}
    assert {"languages", "databases", "cloud", "tools"} <= covered
    assert not gap.missing_by_group()["cloud"]
    assert not any({"Git", "SVN"} & opts for opts in _missing_options(gap, "tools", advice_store))


def test_senior_gap_asks_for_experience(advice_store: KnowledgeStore) -> None:
    gap = compute_gap(advice_store, SENIOR, ["Python", "MySQL"])
    assert any("several years of experience in software development, particularly in back-end development"
               in step.text for step in gap.experience)
    assert {"AWS", "Azure"} in _missing_options(gap, "cloud", advice_store)
    certification = [s for s in gap.next_steps if s.kind == "certification"]
    assert certification and "certification in relevant technologies" in certification[0].text
    assert certification[0].source == "Senior back-end software engineer jobs & Careers"


def test_next_steps_come_from_the_documents(advice_store: KnowledgeStore) -> None:
    gap = compute_gap(advice_store, BACKEND, ["Python", "MySQL"])
    projects = [s.text for s in gap.next_steps if s.kind == "project"]
    assert "Developing a simple web application" in projects
    assert "Contributing to an open-source project" in projects
    assert any(s.kind == "education" and "bachelor's degree" in s.text for s in gap.next_steps)
    assert any(s.kind == "course" and "Online courses" in s.text for s in gap.next_steps)
    learn = [s.text for s in gap.next_steps if s.kind == "learn"]
    assert "Learn AWS or Google Cloud" in learn and "Learn Spring or Django" in learn
    project_facts = {f.text: f.source.title for f in advice_store.facts(BACKEND, "projects")}
    for step in gap.next_steps:
        if step.kind == "project":
            assert project_facts[step.text] == step.source


def test_senior_uses_base_role_projects(advice_store: KnowledgeStore) -> None:
    assert not advice_store.facts(SENIOR, "projects")
    gap = compute_gap(advice_store, SENIOR, ["Python"])
    assert "Developing a simple web application" in [s.text for s in gap.next_steps if s.kind == "project"]


def test_unknown_technology_is_reported_without_judgement(advice_store: KnowledgeStore) -> None:
    gap = compute_gap(advice_store, BACKEND, ["Python", "Docker"])
    assert gap.unmentioned == ["Docker"]
    assert all("Docker" not in item.matched for item in gap.have)


def test_skill_listed_only_for_another_role(advice_store: KnowledgeStore) -> None:
    gap = compute_gap(advice_store, BACKEND, ["Azure"])
    assert gap.elsewhere == {"Azure": [SENIOR]}


def test_new_document_requirements(extended_store: KnowledgeStore) -> None:
    gap = compute_gap(extended_store, "Data Engineer", ["Python", "Quarkflow"])
    matched = {m for item in gap.have for m in item.matched}
    assert matched == {"Python", "Quarkflow"}
    assert any({"Airflow", "Dagster"} <= set(item.requirement.options) for item in gap.missing)
