"""allowed_numbers: every number of the store, normalised; replies never contain other numbers."""

from __future__ import annotations

import pytest

from tests.support.numbers import allowed_numbers, invented_numbers, normalise, numbers_in


def test_normalise():
    assert normalise("2,034,000") == "2034000"
    assert normalise("20,34,000") == "2034000"
    assert normalise("64,500.00") == "64500"
    assert normalise("007") == "7"
    assert numbers_in("£95,000 (GBP) and ₹2,200,000, top 5; 2016 - 2024") == {
        "95000", "2200000", "5", "2016", "2024"}


def test_allowed_numbers_hold_the_store_figures(store):
    allowed = allowed_numbers(store)
    for n in ("110000", "120000", "214000", "95000", "64500", "442000", "2034000", "2200000", "5"):
        assert n in allowed
    assert "123456" not in allowed


TURNS = [
    ("ask_salary", "What do backend engineers earn?", [("role", "backend engineers")]),
    ("ask_salary", "What do juniors earn?", []),
    ("ask_salary", "salary in India", [("place", "India")]),
    ("ask_salary", "salary in Sydney", [("place", "Sydney")]),
    ("compare_salary", "Which city pays most?", []),
    ("compare_salary", "London vs Paris", [("place", "London"), ("place", "Paris")]),
    ("ask_overview", "tell me about backend engineers", [("role", "backend engineers")]),
    ("ask_skills", "skills?", [("role", "senior backend engineer")]),
    ("ask_challenges", "challenges?", [("role", "senior backend engineer")]),
    ("help", "help", []),
    ("out_of_scope", "do back-end engineers need to know operating systems?", []),
]


@pytest.mark.parametrize("intent, text, entities", TURNS)
def test_replies_invent_no_numbers(ask, store, intent, text, entities):
    reply = ask(intent, text, entities)
    assert invented_numbers(reply.text, allowed_numbers(store)) == set()
