"""Passage search for free questions, with the documented relevance threshold; help and small talk."""

from __future__ import annotations

import pytest

from bot.answers.fallback import MIN_SCORE, best_passage


@pytest.mark.parametrize("question, expected", [
    ("do back-end engineers need to know operating systems?", "Operating systems"),
    ("Do I need to know computer hardware?", "Computer hardware"),
    ("is it important to write unit tests?", "unit and integration tests"),
    ("do I need a master's degree?", "master's degree or PhD"),
    ("should I learn data structures and algorithms?", "Data structures and algorithms"),
    ("how many courses are there?", "Online courses"),
])
def test_relevant_passage_is_shown(ask, question, expected):
    for intent in ("out_of_scope", "nlu_fallback"):
        r = ask(intent, question)
        assert r.text.startswith("Here is the closest passage I found")
        assert expected.lower() in r.text.lower()
        assert r.text.rstrip().splitlines()[-1].startswith("Source: ") and r.sources


def test_operating_systems_finds_skills_passage(store):
    hit = best_passage(store, "do back-end engineers need to know operating systems?")
    assert hit is not None and hit.score >= MIN_SCORE
    assert hit.heading == "Skills" and "Operating systems" in hit.text
    assert hit.source.title == "Software Engineer - Backend"


@pytest.mark.parametrize("question", [
    "what's the weather in Paris tomorrow?",
    "can you recommend a good pizza place?",
    "who won the football world cup?",
    "tell me a joke about engineers",
    "what about the job market in europe",  # shares only "job market" with one passage
    "what is a good laptop for coding?",
    "do you like music?",
    "what's your name?",
    "do I need to know java?",  # top BM25 hit is the Challenges list ("the need to ..."): not shown
])
def test_irrelevant_question_gets_honest_answer(ask, store, question):
    assert best_passage(store, question) is None
    r = ask("out_of_scope", question)
    assert r.text.startswith("Sorry, I don't know the answer to that")
    assert "Source:" not in r.text
    assert {b["title"] for b in r.buttons} >= {"Skills", "Salary"}


def test_help(ask):
    r = ask("help", "what can you do?")
    assert "salaries" in r.text and "skills" in r.text
    assert "Backend Software Engineer" in r.text
    assert len(r.buttons) >= 4 and all(b["payload"].endswith("?") for b in r.buttons)


@pytest.mark.parametrize("intent", ["greet", "goodbye", "thanks"])
def test_smalltalk(ask, intent):
    assert ask(intent, "hi").text
