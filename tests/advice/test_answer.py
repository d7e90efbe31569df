"""answer_advice through Query objects: tell / accumulate / forget skills, skill gap, senior readiness."""

from __future__ import annotations

from bot.advice import INTENTS, answer_advice
from bot.core.types import Query
from bot.store import KnowledgeStore

from .conftest import BACKEND, SENIOR, Ask, checklist


def _last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


def test_intents() -> None:
    assert set(INTENTS) == {"tell_skills", "ask_skill_gap", "forget_skills", "ask_education"}


def test_tell_skills_sets_the_slot_and_confirms(ask: Ask) -> None:
    reply = ask("tell_skills", "I know Python and MySQL")
    assert reply.slots["skills"] == ["Python", "MySQL"]
    assert "Python and MySQL" in reply.text
    assert f"for {BACKEND} and {SENIOR}" in reply.text
    assert _last_line(reply.text).startswith("Source: ")
    assert any("missing" in b["payload"].lower() for b in reply.buttons)


def test_skills_accumulate_across_turns(ask: Ask) -> None:
    first = ask("tell_skills", "I know Python and MySQL")
    second = ask("tell_skills", "I've used Django, Git and a bit of AWS", skills=first.slots["skills"])
    third = ask("tell_skills", "I also know Postgres", skills=second.slots["skills"])
    assert third.slots["skills"] == ["Python", "MySQL", "Django", "Git", "AWS", "PostgreSQL"]
    gap = ask("ask_skill_gap", "what am I missing?", skills=third.slots["skills"])
    have = {m for item in checklist(gap)["have"] for m in item["matched"]}
    assert {"Python", "MySQL", "Django", "Git", "AWS"} <= have


def test_tell_skills_acknowledges_unknown_technology(ask: Ask) -> None:
    reply = ask("tell_skills", "I use Docker and Python")
    assert reply.slots["skills"] == ["Docker", "Python"]
    assert "None of the career documents mention Docker" in reply.text


def test_tell_skills_with_nothing_recognised(ask: Ask) -> None:
    reply = ask("tell_skills", "how do I go about it?", skills=["Python"])
    assert reply.slots["skills"] == ["Python"]
    assert "couldn't pick out a skill" in reply.text


def test_forget_clears_the_slot(ask: Ask) -> None:
    reply = ask("forget_skills", "forget my skills", skills=["Python", "MySQL"])
    assert reply.slots == {"skills": []}
    assert "Python and MySQL" in reply.text


def test_skill_gap_reply_is_a_sourced_checklist(ask: Ask) -> None:
    reply = ask("ask_skill_gap", "what do I need to become a backend engineer?",
                entities=[("role", "backend engineer")], skills=["Python", "MySQL", "Docker"])
    text = reply.text
    assert "✅ Programming languages such as Java, Python, or Ruby — you have Python" in text
    assert "✅ Databases such as MySQL or MongoDB — you have MySQL" in text
    assert "⬜ Cloud platforms such as AWS or Google Cloud" in text
    assert "⬜ Frameworks such as Spring or Django" in text
    assert "The documents don't mention Docker for this role." in text
    assert "Developing a simple web application" in text
    assert _last_line(text) == "Source: " + "; ".join(reply.sources)
    assert "Backend software engineer jobs & Careers" in reply.sources
    assert reply.slots["role"] == BACKEND
    data = checklist(reply)
    assert data["role"] == BACKEND and data["skills"] == ["Python", "MySQL", "Docker"]
    assert set(data["missing"]) >= {"languages", "databases", "cloud", "tools", "practices", "soft_skills"}
    assert data["missing"]["cloud"][0]["options"] == ["AWS", "Google Cloud"]
    assert data["not_in_documents"] == ["Docker"]
    assert {"kind", "text", "source"} <= set(data["next_steps"][0])
    assert data["covered"] == len(data["have"])


def test_ready_for_senior(ask: Ask) -> None:
    reply = ask("ask_skill_gap", "am I ready for a senior backend role?", skills=["Python", "MySQL"])
    assert checklist(reply)["role"] == SENIOR
    assert "several years of experience in software development" in reply.text
    assert "Certification: Pursuing certification in relevant technologies" in reply.text
    assert "Senior back-end software engineer jobs & Careers" in reply.sources


def test_role_from_slot_and_default_base_role(ask: Ask) -> None:
    from_slot = ask("ask_skill_gap", "what am I missing?", skills=["Java"], role=SENIOR)
    assert checklist(from_slot)["role"] == SENIOR
    default = ask("ask_skill_gap", "what should I learn next?", skills=["Java"])
    assert checklist(default)["role"] == BACKEND


def test_skills_stated_in_the_question_are_used(ask: Ask) -> None:
    reply = ask("ask_skill_gap", "I know Go and Postgres, what am I missing?")
    assert reply.slots["skills"] == ["Go", "PostgreSQL"]
    assert "you have Go" in reply.text and "you have PostgreSQL" in reply.text
    learn = ask("ask_skill_gap", "should I learn Docker next?", skills=["Python"])
    assert "skills" not in learn.slots


def test_no_skills_yet_lists_requirements_and_invites(ask: Ask) -> None:
    reply = ask("ask_skill_gap", "what am I missing?")
    assert "Tell me what you already know" in reply.text
    assert "Cloud platforms such as AWS or Google Cloud" in reply.text
    assert _last_line(reply.text).startswith("Source: ")
    assert reply.custom is None


def test_unknown_role_offers_known_roles(ask: Ask) -> None:
    reply = ask("ask_skill_gap", "what do I need to become a nurse?", entities=[("role", "nurse")],
                skills=["Python"])
    assert "don't have career documents about nurse" in reply.text
    assert {b["title"] for b in reply.buttons} == {BACKEND, SENIOR}


def test_ask_education_with_skills_gives_the_gap(ask: Ask) -> None:
    reply = ask("ask_education", "what do I need to become a backend engineer?", skills=["Python"])
    assert checklist(reply)["role"] == BACKEND
    assert "Education: " in reply.text


def test_several_base_roles_ask_which_role(extended_store: KnowledgeStore) -> None:
    query = Query("ask_skill_gap", "what am I missing?", [], {"skills": ["Python"]})
    reply = answer_advice(extended_store, query)
    assert reply.text == "Which role should I compare your skills with?"
    assert "Data Engineer" in {b["title"] for b in reply.buttons}
