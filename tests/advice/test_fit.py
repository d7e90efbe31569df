"""answer_fit: every role ranked by overlap between the user's skills and the role's terms."""

from __future__ import annotations

from bot.advice import answer_fit
from bot.store import KnowledgeStore

from .conftest import BACKEND, ELECTRICIAN, NURSE, SENIOR, asker


def test_roles_ranked_by_overlap_with_sources(occupations_store: KnowledgeStore) -> None:
    ask = asker(occupations_store, answer_fit)
    reply = ask("ask_role_fit", "which jobs fit my skills?", skills=["Python", "MySQL", "Azure"])
    assert (reply.kind, reply.topic) == ("answer", "role_fit")
    assert reply.roles[:2] == [SENIOR, BACKEND]
    lines = reply.text.splitlines()
    assert lines[1].startswith(f"• {SENIOR}: you have Python, MySQL and Azure")
    assert "missing e.g." in lines[1]
    assert lines[-1] == "Source: " + "; ".join(reply.sources)
    assert "Senior back-end software engineer jobs & Careers" in reply.sources


def test_skills_stated_in_the_question_count(occupations_store: KnowledgeStore) -> None:
    ask = asker(occupations_store, answer_fit)
    reply = ask("ask_role_fit", "I'm good at patient assessment and wound care, which roles fit me?")
    assert reply.slots["skills"] == ["Patient assessment", "Wound care"]
    assert reply.roles[0] == NURSE
    assert ELECTRICIAN not in reply.roles  # no overlap: not listed while some roles match


def test_no_skills_yet_asks_what_they_know(occupations_store: KnowledgeStore) -> None:
    reply = asker(occupations_store, answer_fit)("ask_role_fit", "which roles fit my skills?")
    assert (reply.kind, reply.topic) == ("clarify", "role_fit")
    assert "Tell me what you already know" in reply.text
