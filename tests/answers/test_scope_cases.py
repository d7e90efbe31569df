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
