"""Advice for roles that are not software: clinical skills, licences, physical tools, soft-skill bullets."""

from __future__ import annotations

from bot.advice.extract import mentions
from bot.advice.requirements import role_requirements
from bot.advice.vocabulary import vocabulary
from bot.store import KnowledgeStore

from .conftest import ELECTRICIAN, NURSE, asker, checklist


def test_nurse_requirements_are_categorised(occupations_store: KnowledgeStore) -> None:
    reqs = {r.label: r.category for r in role_requirements(occupations_store, NURSE)}
    assert reqs["Clinical skills such as patient assessment, wound care and medication administration"] \
        == "technical_skills"
    assert reqs["Anatomy"] == "knowledge" and reqs["NCLEX-RN"] == "certifications"
    assert reqs["Empathy"] == "soft_skills" and reqs["Physical stamina"] == "soft_skills"
    terms = {t.name: t.category for t in occupations_store.terms(NURSE)}
    assert terms["Critical-thinking skills"] == "soft_skills" and terms["Compassion"] == "soft_skills"


def test_nurse_gap(occupations_store: KnowledgeStore) -> None:
    ask = asker(occupations_store)
    reply = ask("ask_skill_gap", "I have experience with wound care and I'm certified in CPR. What am I "
                "missing to become a registered nurse?")
    data = checklist(reply)
    assert data["role"] == NURSE and data["skills"] == ["Wound care", "CPR"]
    assert ("✅ Clinical skills such as patient assessment, wound care and medication administration"
            " — you have Wound care") in reply.text
    assert {"technical_skills", "knowledge", "certifications", "soft_skills"} <= set(data["missing"])
    assert [r["label"] for r in data["missing"]["certifications"]] == ["NCLEX-RN"]
    assert data["not_in_documents"] == ["CPR"]
    assert "Registered nurse jobs & Careers" in reply.sources


def test_electrician_tools_and_licence(occupations_store: KnowledgeStore) -> None:
    ask = asker(occupations_store)
    reply = ask("ask_skill_gap", "I've used a multimeter and I know the building regulations; what do I need "
                "to become an electrician?")
    data = checklist(reply)
    assert data["role"] == ELECTRICIAN
    matched = {m for item in data["have"] for m in item["matched"]}
    assert matched == {"Multimeter", "Building regulations"}
    assert any(r["label"] == "Journeyman electrician licence" for r in data["missing"]["certifications"])


def test_ordinary_words_in_documents_need_a_list(advice_store: KnowledgeStore) -> None:
    vocab = vocabulary(advice_store)
    assert mentions(vocab, "You can find out more about becoming a plumber from Go Construct.") == []
    assert [m.name for m in mentions(vocab, "GCSEs at grades 9 to 4 (A* to C) in maths")] == ["Mathematics"]
    assert [m.name for m in mentions(vocab, "Languages such as Go, Rust or C")] == ["Go", "Rust", "C"]
    assert [m.name for m in mentions(vocab, "Python, Go and Java")] == ["Python", "Go", "Java"]


def test_licences_in_certification_facts_are_requirements(occupations_store: KnowledgeStore) -> None:
    ask = asker(occupations_store)
    reply = ask("ask_skill_gap", "I passed the NCLEX-RN; what am I missing to become a registered nurse?")
    data = checklist(reply)
    assert data["skills"] == ["NCLEX-RN"] and data["not_in_documents"] == []
    assert any(item["matched"] == ["NCLEX-RN"] for item in data["have"])
