"""Skills are recorded only from self-statements; negated ones are acknowledged, wishes never recorded."""

from __future__ import annotations

from bot.advice import answer_advice
from bot.core.types import Query
from bot.store import KnowledgeStore

from .conftest import BACKEND, Ask, checklist


def test_a_question_naming_a_technology_records_nothing(ask: Ask) -> None:
    reply = ask("ask_skill_gap", "Can't land a Python internship, any advice?")
    assert "skills" not in reply.slots
    assert "Got it" not in reply.text
    told = ask("tell_skills", "Can't land a Python internship, any advice?", skills=["Java"])
    assert told.slots["skills"] == ["Java"] and "Got it" not in told.text


def test_used_skills_in_a_question_are_recorded_and_answered(ask: Ask) -> None:
    reply = ask("ask_skill_gap", "I've used Terraform and Java; what should I learn next for backend?")
    assert reply.slots["skills"] == ["Terraform", "Java"]
    assert reply.slots["role"] == BACKEND and reply.kind == "answer" and reply.topic == "skill_gap"
    assert "you have Java" in reply.text
    assert "The documents don't mention Terraform for this role." in reply.text
    assert checklist(reply)["not_in_documents"] == ["Terraform"]


def test_negated_skills_are_acknowledged_not_recorded(ask: Ask) -> None:
    reply = ask("tell_skills", "I don't know Docker", skills=["Python"])
    assert reply.slots["skills"] == ["Python"]
    assert "don't know Docker" in reply.text and "Got it" not in reply.text
    assert reply.kind == "ack" and reply.topic == "tell_skills"
    mixed = ask("tell_skills", "I know Java but not Spring")
    assert mixed.slots["skills"] == ["Java"]
    assert "Got it: Java." in mixed.text and "don't know Spring" in mixed.text


def test_wishes_and_hedges_are_not_recorded(ask: Ask) -> None:
    for text in ("I'm thinking of learning Go", "should I learn Rust or Kotlin?", "I want to pick up Docker"):
        reply = ask("tell_skills", text, skills=["Python"])
        assert reply.slots["skills"] == ["Python"], text
        assert "Got it" not in reply.text, text
    gap = ask("ask_skill_gap", "Should I learn Rust or Kotlin for backend work?", skills=["Python"])
    assert "skills" not in gap.slots
    assert "Rust: not in my documents for this role." in gap.text


def test_a_list_shares_its_claim(ask: Ask) -> None:
    reply = ask("tell_skills", "I know Java, SQL and Docker")
    assert reply.slots["skills"] == ["Java", "SQL", "Docker"]


def test_plain_mentions_by_hand_are_not_recorded(advice_store: KnowledgeStore) -> None:
    ents = [{"entity": "skill", "value": "Python", "text": "Python", "start": 4, "end": 10}]
    reply = answer_advice(advice_store, Query("tell_skills", "Is Python used for backend?", ents))
    assert reply.slots["skills"] == [] and "Got it" not in reply.text
    claimed_ = [{**ents[0], "claim": "known"}]  # the key bot.nlp.mentions uses
    assert answer_advice(advice_store, Query("tell_skills", "I know Python", claimed_)).slots["skills"] == \
        ["Python"]
    known = [{**ents[0], "claim": "known"}]
    told = answer_advice(advice_store, Query("tell_skills", "I know Python", known, {"skills": ["Go"]}))
    assert told.slots["skills"] == ["Go", "Python"]


def test_every_reply_has_a_kind_and_topic(ask: Ask) -> None:
    cases = [
        (ask("tell_skills", "I know Python"), "answer", "tell_skills"),
        (ask("tell_skills", "I use Terraform"), "ack", "tell_skills"),
        (ask("forget_skills", "forget my skills", skills=["Python"]), "ack", "tell_skills"),
        (ask("ask_skill_gap", "what am I missing?"), "answer", "skill_gap"),
        (ask("ask_skill_gap", "what am I missing?", skills=["Python"]), "answer", "skill_gap"),
        (ask("ask_skill_gap", "what do I need to become a nurse?", entities=[("role", "unknown:nurse")],
             skills=["Python"]), "not_covered", "skill_gap"),
    ]
    for reply, kind, topic in cases:
        assert (reply.kind, reply.topic) == (kind, topic), reply.text
