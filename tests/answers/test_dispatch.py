"""Every intent gets a Reply; factual replies name their source; advice intents are delegated."""

from __future__ import annotations

import importlib

import pytest

from bot.core.types import Reply
from bot.store import KnowledgeStore

FACTUAL = {
    "ask_overview": "tell me about backend engineers", "ask_duties": "what do they do",
    "ask_skills": "what skills", "ask_education": "how do I become one",
    "ask_certification": "certifications", "ask_projects_courses": "projects and courses",
    "ask_salary": "how much do they earn", "compare_salary": "which city pays most",
    "ask_tools": "what tools", "ask_role_types": "what types", "ask_locations": "where are the jobs",
    "ask_outlook": "job outlook", "ask_career_growth": "career growth", "ask_challenges": "challenges",
    "followup_place": "and in Berlin?", "followup_role": "what about senior ones?",
}


@pytest.mark.parametrize("intent", sorted(FACTUAL))
def test_factual_intents_name_a_source(ask, intent):
    entities = [("place", "Berlin")] if intent == "followup_place" else [("role", "backend engineer")]
    if intent == "followup_role":
        entities = []
    r = ask(intent, FACTUAL[intent], entities, {"role": "Backend Software Engineer", "topic": "salary"})
    assert isinstance(r, Reply)
    assert r.sources, r.text
    assert r.text.rstrip().splitlines()[-1] == "Source: " + "; ".join(r.sources)
    assert r.buttons
    assert r.slots.get("topic")


@pytest.mark.parametrize("intent", ["greet", "goodbye", "thanks", "help", "out_of_scope", "nlu_fallback"])
def test_other_intents_answer(ask, intent):
    assert ask(intent, "hello there").text


def test_role_defaults_to_the_only_base_role(ask):
    r = ask("ask_tools", "what tools do I need?")
    assert r.slots["role"] == "Backend Software Engineer"


@pytest.mark.parametrize("intent", ["tell_skills", "ask_skill_gap", "forget_skills"])
def test_advice_intents_are_delegated(ask, intent):
    r = ask(intent, "I know Python and MySQL", [("skill", "Python"), ("skill", "MySQL")],
            {"role": "Backend Software Engineer"})
    try:
        advice = importlib.import_module("bot.advice")
        has_advice = hasattr(advice, "answer_advice")
    except ImportError:
        has_advice = False
    if has_advice:
        assert "not available yet" not in r.text
    else:
        assert "not available yet" in r.text


def test_education_with_skills_goes_to_advice(ask):
    r = ask("ask_education", "what do I need to become a senior backend engineer?",
            [("role", "senior backend engineer")], {"skills": ["Python"]})
    advice = importlib.import_module("bot.advice")
    if not hasattr(advice, "answer_advice"):
        assert "not available yet" in r.text
    else:
        assert "not available yet" not in r.text


def test_followup_swaps_to_what_the_entity_is(store: KnowledgeStore) -> None:
    """The classifier cannot tell "what about Berlin?" from "what about seniors?"; the entity decides."""
    from bot.core.types import Query
    from bot.dispatch import answer

    slots = {"role": "Backend Software Engineer", "topic": "salary", "place": "London"}
    place = answer(store, Query(intent="followup_role", text="what about Berlin?",
                                entities=[{"entity": "place", "value": "Berlin"}], slots=slots))
    assert "€92,000" in place.text
    role = answer(store, Query(intent="followup_place", text="what about senior backend engineers?",
                               entities=[{"entity": "role", "value": "senior backend engineers"}],
                               slots={"role": "Backend Software Engineer", "topic": "salary"}))
    assert "$120,000" in role.text


def test_unknown_role_with_a_place_mentions_the_place(store: KnowledgeStore) -> None:
    from bot.core.types import Query
    from bot.dispatch import answer
    from bot.language import asks

    text = "what do nurses earn in Madrid"
    reply = answer(store, Query(intent="ask_salary", text=text,
                                entities=[{"entity": "role", "value": "nurses"},
                                          {"entity": "place", "value": "Madrid"}, *asks.entities(text)]))
    assert "no data about nurses" in reply.text and "Madrid" in reply.text


def test_followup_with_nothing_to_follow_is_not_answered_with_figures(store: KnowledgeStore) -> None:
    """"what about it?" as a first message has no topic, role or place: no salary list, an honest reply."""
    from bot.core.types import Query
    from bot.dispatch import answer

    reply = answer(store, Query(intent="followup_place", text="what about it?"))
    assert "$" not in reply.text and reply.buttons
