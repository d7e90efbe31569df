"""Scope cases added with the real-question work: the user's own figure, regions, comparisons with a
side the documents lack."""

from __future__ import annotations

import re

from bot.language.asks import compared_sides


def test_own_figure_is_set_beside_the_documents_figure(ask):
    r = ask("ask_salary", "I make £60k as a backend dev in London, am I underpaid?",
            [("role", "Backend Software Engineer"), ("place", "London")])
    assert "Your £60k is below the median figure of £95,000 (GBP)" in r.text
    assert r.kind == "answer" and r.sources


def test_bare_k_figure_takes_the_currency_of_the_figures_shown(ask):
    r = ask("ask_salary", "got an offer for 150k in austin as a backend engineer, is that decent",
            [("role", "Backend Software Engineer"), ("place", "Austin")])
    assert "Your 150k is close to the median figure of $149,000 (USD)" in r.text


def test_region_shows_its_cities_and_names_where_figures_are(ask):
    r = ask("ask_salary", "backend salary in texas", [("role", "backend"), ("place", "Texas")])
    assert "no figure for Texas as a whole" in r.text and "Austin" in r.text and r.kind == "answer"
    r = ask("ask_salary", "backend salary in ohio", [("role", "backend"), ("place", "Ohio")])
    assert r.kind == "not_covered" and "no salary figure for Backend Software Engineer in Ohio" in r.text
    assert not re.search(r"\d", r.text)


def test_a_comparison_with_an_uncovered_side_is_honest(ask):
    r = ask("compare_salary", "backend vs frontend which pays more", [("role", "backend")])
    assert r.kind == "not_covered" and "don't cover frontend" in r.text and "$" not in r.text


def test_compared_sides():
    text = "should I become an electrician or a plumber, I'm 19"
    sides, between = compared_sides(text)
    assert [text[a:b] for a, b in sides] == ["electrician", "plumber"] and between == "or"
    assert compared_sides("what skills do nurses need") == ([], "")


def test_a_pay_question_about_someone_unnamed_is_not_answered_with_another_role(ask):
    r = ask("ask_salary", "how much do nannies make in london", [("place", "London")])
    assert r.kind == "not_covered" and "nanny" in r.text


def test_a_topic_intent_without_its_words_yields_to_the_named_topic():
    from bot.core.types import Query
    from bot.dispatch import backstop_intent

    query = Query(intent="ask_benefits", text="how much do electricians get paid")
    assert backstop_intent("ask_benefits", query) == "ask_salary"
    query = Query(intent="ask_benefits", text="is there a pension or other benefits")
    assert backstop_intent("ask_benefits", query) == "ask_benefits"
