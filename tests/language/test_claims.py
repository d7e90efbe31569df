"""claim_of and ambiguous_ok: self-statements, negation, wishes, clause breaks, questions; "go" the verb."""

from __future__ import annotations

import pytest

from bot.language.claims import ambiguous_ok, claim_of
from bot.language.skills import SkillForm


def _claims(text: str, *skills: str) -> list[str | None]:
    spans = []
    for skill in skills:
        i = text.index(skill)
        spans.append((i, i + len(skill)))
    return [claim_of(text, s, e, spans) for s, e in spans]


@pytest.mark.parametrize(("text", "skills", "expected"), [
    ("I know Java, SQL and Docker", ["Java", "SQL", "Docker"], ["known"] * 3),
    ("I've used Django, Git and a bit of AWS", ["Django", "Git", "AWS"], ["known"] * 3),
    ("my stack is Django and Postgres", ["Django", "Postgres"], ["known"] * 2),
    ("I'm good at SQL", ["SQL"], ["known"]),
    ("I work with React", ["React"], ["known"]),
    ("i can code in ruby, thats about it", ["ruby"], ["known"]),
    ("I have 3 years of Java experience", ["Java"], ["known"]),
    ("I'm a frontend developer, mostly JavaScript", ["JavaScript"], ["known"]),
    ("Python, SQL and some Docker", ["Python", "SQL", "Docker"], ["known"] * 3),
    ("Comfortable with SQL and Docker", ["SQL", "Docker"], ["known"] * 2),
    ("Used Kubernetes at my last job", ["Kubernetes"], ["known"]),
    ("I have my NCLEX-RN and I hold a CPA", ["NCLEX-RN", "CPA"], ["known"] * 2),
    ("I have a question about Python", ["Python"], [None]),
    ("I don't know Docker", ["Docker"], ["unknown"]),
    ("I lack AWS experience", ["AWS"], ["unknown"]),
    ("I haven't touched Docker", ["Docker"], ["unknown"]),
    ("no experience with AWS", ["AWS"], ["unknown"]),
    ("I have never used AWS or Azure", ["AWS", "Azure"], ["unknown"] * 2),
    ("I know Java but not Spring", ["Java", "Spring"], ["known", "unknown"]),
    ("I don't know Java but I know Ruby", ["Java", "Ruby"], ["unknown", "known"]),
    ("thinking of learning Go", ["Go"], ["wanted"]),
    ("should I learn Rust or Kotlin", ["Rust", "Kotlin"], ["wanted"] * 2),
    ("I want to pick up Docker", ["Docker"], ["wanted"]),
    ("I know Python and want to learn Go", ["Python", "Go"], ["known", "wanted"]),
    ("I've used Terraform and Java; what should I learn next for backend?", ["Terraform", "Java"],
     ["known"] * 2),
    ("Can't land a Python internship, any advice?", ["Python"], [None]),
    ("is Go dying?", ["Go"], [None]),
    ("Is Node.js used for backend?", ["Node.js"], [None]),
    ("Is backend mostly Java?", ["Java"], [None]),
    ("mid level backend, 3 yrs, Java, mostly internal tools", ["Java"], ["known"]),  # forum shorthand
    ("is Python worth it after 5 years", ["Python"], [None]),
    ("5-9 yrs exp in Java", ["Java"], ["known"]),  # a range of years, as levels.YEARS_OF_EXPERIENCE reads it
    ("I'm a nurse, mostly Epic and Cerner", ["Epic", "Cerner"], ["known"] * 2),  # any occupation, not a list
    ("I'm a welder, mostly with MIG", ["MIG"], ["known"]),
    ("I'm a bit lost with Docker", ["Docker"], [None]),  # "bit" is no occupation
])
def test_claims(text: str, skills: list[str], expected: list[str | None]) -> None:
    assert _claims(text, *skills) == expected


GO = SkillForm("Go", ["golang"], ["Go"], ["go"], True)
SPRING = SkillForm("Spring", ["spring boot"], ["Spring"], ["spring"], True)
PYTHON = SkillForm("Python", ["python"])


@pytest.mark.parametrize(("text", "word", "form", "ok"), [
    ("how do I go about it?", "go", GO, False),
    ("Go ahead and tell me", "Go", GO, False),
    ("Let's go!", "go", GO, False),
    ("I know Go", "Go", GO, True),
    ("Go and Python", "Go", GO, True),
    ("I know go and python", "go", GO, True),
    ("I write Go every day", "Go", GO, True),
    ("this Spring I learned Rust", "Spring", SPRING, False),
    ("I use Spring and Java", "Spring", SPRING, True),
    ("python", "python", PYTHON, True),
])
def test_ambiguous_forms(text: str, word: str, form: SkillForm, ok: bool) -> None:
    start = text.index(word)
    spans = [(text.index("python"), text.index("python") + 6)] if "python" in text else []
    assert ambiguous_ok(text, start, start + len(word), form, spans) is ok
