"""Terms of any occupation's page: headed lists, soft-skill bullets, named skills in running text."""

from __future__ import annotations

import pytest

from bot.ingest.terms import extract_terms, inline_terms


def test_lowercase_items_of_a_headed_list() -> None:
    text = "They use hand tools such as conduit benders, wire strippers and screwdrivers."
    assert inline_terms(text) == [("conduit benders", "tools"), ("Wire strippers", "tools"),
                                  ("screwdrivers", "tools")]


@pytest.mark.parametrize(("bullet", "expected"), [
    ("Critical-thinking skills", [("Critical-thinking skills", "soft_skills")]),
    ("Compassion", [("Compassion", "soft_skills")]),
    ("Physical stamina", [("Physical stamina", "soft_skills")]),
    ("problem-solving skills", [("problem-solving skills", "soft_skills")]),
    ("Technical skills", [("Technical skills", "technical_skills")]),
    ("NCLEX-RN", [("NCLEX-RN", "certifications")]),
])
def test_soft_skill_and_licence_bullets(bullet: str, expected: list[tuple[str, str]]) -> None:
    assert extract_terms(bullet, bullet=True) == expected


def test_page_furniture_is_not_a_term() -> None:
    for bullet in ("Yes", "No", "LinkedIn", "What you'll do", "More information"):
        assert extract_terms(bullet, bullet=True) == [], bullet


def test_a_bullet_takes_its_sections_kind() -> None:
    assert extract_terms("Infusion pump", bullet=True, facet="tools") == [("Infusion pump", "tools")]
    assert extract_terms("Infusion pump", bullet=True) == [("Infusion pump", "other")]


def test_named_skills_in_running_text() -> None:
    text = "Most accountants qualify with ACCA or CIMA and use Excel and QuickBooks every day."
    assert extract_terms(text, bullet=False) == [("ACCA", "certifications"), ("CIMA", "certifications"),
                                                 ("QuickBooks", "tools")]
    # a name in brackets that repeats a listed term adds nothing
    assert extract_terms("development tools such as Integrated Development Environments (IDEs)",
                         bullet=False) == [("Integrated Development Environments", "tools")]
