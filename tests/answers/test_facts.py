"""Facet answers: exact document facts, sources per document, senior fallbacks, follow-ups."""

from __future__ import annotations

import re

BACKEND = "Backend Software Engineer"
SENIOR = "Senior Backend Software Engineer"
CAREERS = "Backend software engineer jobs & Careers"

TOP5 = [
    "Proficiency in programming languages such as Java, Python, or Ruby",
    "Experience with databases such as MySQL or MongoDB",
    "Knowledge of software architecture and design patterns",
    "Experience with cloud platforms such as AWS or Google Cloud",
    "Strong problem-solving and analytical skills",
]


def ends_with_source(reply) -> bool:
    last = reply.text.rstrip().splitlines()[-1]
    return last.startswith("Source: ") and all(title in last for title in reply.sources) and reply.sources


def test_top_skills(ask):
    r = ask("ask_skills", "What skills does a backend engineer need?", [("role", "backend engineer")])
    for item in TOP5:
        assert item in r.text
    assert "Operating systems" in r.text  # the career guide's Skills list, labelled with its document
    assert ends_with_source(r) and len(r.sources) >= 2
    assert r.slots == {"role": BACKEND, "topic": "skills"}


def test_senior_top_skills(ask):
    r = ask("ask_skills", "skills for senior backend engineers", [("role", "senior backend engineers")])
    assert "Experience in developing RESTful APIs and web services" in r.text
    assert r.slots["role"] == SENIOR and ends_with_source(r)


def test_soft_skills(ask):
    r = ask("ask_skills", "What personality traits do backend engineers have?",
            [("role", "backend engineers")])
    for trait in ("Analytical", "Detail-oriented", "Team players"):
        assert trait in r.text
    assert ends_with_source(r)


def test_tools(ask):
    r = ask("ask_tools", "What tools do backend engineers use?", [("role", "backend engineers")])
    assert "Version control systems such as Git or SVN" in r.text
    assert "Frameworks such as Spring or Django" in r.text
    assert CAREERS in r.sources and ends_with_source(r)


def test_tools_senior_then_become_one(ask):
    r = ask("ask_tools", "What tools do senior backend engineers use?",
            [("role", "senior backend engineers")])
    assert "Jira or Trello" in r.text and r.slots["role"] == SENIOR
    r2 = ask("ask_education", "how do I become one?", [], r.slots)
    assert r2.slots["role"] == SENIOR
    assert "bachelor's degree in computer science, software engineering, or a related field" in r2.text
    assert ends_with_source(r2)


def test_education(ask):
    r = ask("ask_education", "What degree do I need to be a backend engineer?",
            [("role", "backend engineer")])
    assert "bachelor's degree" in r.text
    assert "master's degree or PhD" in r.text
    assert ends_with_source(r) and len(r.sources) >= 2


def test_certification(ask):
    r = ask("ask_certification", "Do senior backend engineers need certification?",
            [("role", "senior backend engineers")])
    assert "Pursuing certification in relevant technologies can also help you stand out" in r.text
    assert ends_with_source(r)


def test_certification_base_role_borrows_labelled(ask):
    r = ask("ask_certification", "Which certifications help a backend engineer?",
            [("role", "backend engineer")])
    assert "don't cover certifications" in r.text
    assert SENIOR in r.text and "certification in relevant technologies" in r.text


def test_projects_and_courses(ask):
    r = ask("ask_projects_courses", "What projects or courses help?", [("role", "backend engineer")])
    assert "Contributing to an open-source project" in r.text
    assert "Online courses" in r.text
    assert ends_with_source(r)


def test_role_types(ask):
    r = ask("ask_role_types", "What types of backend engineers are there?", [("role", "backend engineers")])
    for kind in ("DevOps engineers", "Data engineers", "Backend architects"):
        assert kind in r.text
    assert ends_with_source(r)


def test_top_cities(ask):
    r = ask("ask_locations", "Where are the most backend jobs?", [("role", "backend")])
    for city in ("San Francisco", "Seattle", "Chicago"):
        assert city in r.text
    assert ends_with_source(r)


def test_outlook(ask):
    r = ask("ask_outlook", "What is the job outlook?", [("role", "backend engineer")])
    assert "faster than average" in r.text and ends_with_source(r)


def test_career_growth(ask):
    r = ask("ask_career_growth", "How can I grow?", [("role", "backend engineer")])
    assert "software architects" in r.text and ends_with_source(r)


def test_challenges(ask):
    r = ask("ask_challenges", "What are the challenges?", [("role", "backend engineer")])
    assert "keep up with the latest technologies" in r.text and ends_with_source(r)


def test_senior_challenges_borrow_base_role_clearly_labelled(ask):
    r = ask("ask_challenges", "challenges for senior backend engineers",
            [("role", "senior backend engineers")])
    assert f"The documents about {SENIOR} don't cover challenges" in r.text
    assert f"{BACKEND} (the base role)" in r.text
    assert "keep up with the latest technologies" in r.text
    assert r.slots["role"] == SENIOR and ends_with_source(r)


def test_duties(ask):
    r = ask("ask_duties", "What does a backend engineer do?", [("role", "backend engineer")])
    assert "Debugging and fixing software defects" in r.text
    assert ends_with_source(r)


def test_overview(ask):
    r = ask("ask_overview", "Tell me about backend engineers", [("role", "backend engineers")])
    assert "server-side" in r.text
    assert TOP5[0] in r.text
    assert "$110,000 (USD)" in r.text
    assert ends_with_source(r)


def test_unknown_role(ask):
    for value in ("nurse", "unknown:nurse"):
        r = ask("ask_skills", "What skills does a nurse need?", [("role", value)])
        assert r.text.startswith("I have no data about nurses")
        assert BACKEND in r.text and not re.search(r"\d", r.text)
        assert any(BACKEND in b["title"] for b in r.buttons)


def test_an_unknown_role_asked_about_beside_a_known_one(ask):
    """The occupation with no document comes first, so it is what is asked: an honest reply, with the
    known role's section marked as the closest; named second, it is only a contrast."""
    r = ask("ask_skills", "what skills do nurses need that backend engineers dont",
            [("role", "unknown:nurse"), ("role", "backend engineer")])
    assert r.kind == "not_covered" and r.text.startswith("I have no data about nurses")
    assert "Closest, about Backend Software Engineer" in r.text and r.sources
    r = ask("ask_skills", "what skills do backend engineers need that nurses dont",
            [("role", "backend engineer"), ("role", "unknown:nurse")])
    assert r.kind == "answer" and not r.text.startswith("I have no data")


def test_role_from_slot_and_topic_followup(ask):
    first = ask("ask_skills", "skills of a backend engineer", [("role", "backend engineer")])
    r = ask("followup_role", "and for seniors?", [], first.slots)
    assert r.slots == {"role": SENIOR, "topic": "skills"}
    assert "Expertise in programming languages such as Java, Python, C++, or Ruby" in r.text


def test_buttons_are_questions(ask):
    r = ask("ask_tools", "tools?", [("role", "backend engineer")])
    assert r.buttons and all(b["payload"].endswith("?") for b in r.buttons)
