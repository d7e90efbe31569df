"""Salary answers: figures, scopes, comparisons, rankings, countries, follow-ups, honesty."""

from __future__ import annotations

import re

import pytest

from tests.support.numbers import numbers_in

BACKEND = "Backend Software Engineer"
SENIOR = "Senior Backend Software Engineer"


def source_named(reply) -> bool:
    return bool(reply.sources) and reply.text.rstrip().splitlines()[-1].startswith("Source: ")


def test_backend_average_us(ask):
    r = ask("ask_salary", "What do backend engineers earn?", [("role", "backend engineers")])
    assert "$110,000 (USD)" in r.text
    assert "average" in r.text and "in the United States" in r.text and "per year" in r.text
    # the senior average is shown too, labelled with its role
    assert f"{SENIOR}, average in the United States: $120,000 (USD) per year" in r.text
    assert r.slots["role"] == BACKEND and r.slots["topic"] == "salary"
    assert source_named(r)
    assert "Backend software engineer jobs & Careers" in r.sources[0]


def test_followup_senior_from_slots(ask):
    first = ask("ask_salary", "What do backend engineers earn?", [("role", "backend engineers")])
    r = ask("followup_role", "what about senior ones?", [], first.slots)
    assert r.slots["role"] == SENIOR
    assert r.text.startswith(f"Salary figures for {SENIOR}")
    assert f"{SENIOR}, average in the United States: $120,000 (USD) per year" in r.text
    assert any("Senior" in s for s in r.sources)


def test_senior_direct(ask):
    r = ask("ask_salary", "How much do senior backend engineers make?",
            [("role", "senior backend engineers")])
    assert r.slots["role"] == SENIOR
    assert "$120,000 (USD)" in r.text


def test_london_median_and_followup_paris(ask):
    r = ask("ask_salary", "What is the salary in London?", [("place", "London")])
    assert "£95,000 (GBP)" in r.text
    assert "median" in r.text and "in London" in r.text and "per year" in r.text
    assert r.slots["place"] == "London" and r.slots["topic"] == "salary"
    assert source_named(r)
    r2 = ask("followup_place", "and in Paris?", [("place", "Paris")], r.slots)
    assert "€64,500 (EUR)" in r2.text and "in Paris" in r2.text
    assert "£95,000" not in r2.text
    assert r2.slots["place"] == "Paris"


def test_tel_aviv_and_bangalore_alias(ask):
    r = ask("ask_salary", "salary in Tel Aviv", [("place", "Tel Aviv")])
    assert "₪442,000 (ILS)" in r.text
    r = ask("ask_salary", "salary in Bangalore", [("place", "Bangalore")])
    assert "₹2,034,000 (INR)" in r.text and "Bengaluru" in r.text


def test_india_lists_its_cities(ask):
    r = ask("ask_salary", "How much do backend engineers earn in India?",
            [("role", "backend engineers"), ("place", "India")])
    assert "Bengaluru" in r.text and "₹2,034,000 (INR)" in r.text
    assert "Delhi" in r.text and "₹2,200,000 (INR)" in r.text
    assert "London" not in r.text
    chart = r.custom["chart"]
    assert chart["currency"] == "INR" and chart["symbol"] == "₹" and chart["statistic"] == "median"
    assert {b["label"]: b["value"] for b in chart["bars"]} == {"Bengaluru": 2034000, "Delhi": 2200000}
    assert chart["source"] in r.sources


def test_china_and_germany(ask):
    r = ask("ask_salary", "salaries in China", [("place", "China")])
    assert "Beijing" in r.text and "Shanghai" in r.text and "¥488,000" in r.text
    r = ask("ask_salary", "salaries in Germany", [("place", "Germany")])
    assert "Berlin" in r.text and "€92,000 (EUR)" in r.text


def test_compare_london_paris_side_by_side(ask):
    r = ask("compare_salary", "Compare salaries in London and Paris",
            [("place", "London"), ("place", "Paris")])
    lines = r.text.splitlines()
    london = next(i for i, line in enumerate(lines) if "London" in line and "£95,000 (GBP)" in line)
    assert "Paris" in lines[london + 1] and "€64,500 (EUR)" in lines[london + 1]
    # aligned columns: the figures start at the same position
    assert lines[london].index("£") == lines[london + 1].index("€")
    assert "convert" in r.text
    charts = r.custom["charts"]
    assert [c["currency"] for c in charts] == ["GBP", "EUR"]
    assert all(len(c["bars"]) == 1 for c in charts)


def test_compare_with_slot_place(ask):
    first = ask("ask_salary", "salary in London", [("place", "London")])
    r = ask("compare_salary", "compare with Berlin", [("place", "Berlin")], first.slots)
    assert "£95,000 (GBP)" in r.text and "€92,000 (EUR)" in r.text


def test_compare_two_roles(ask):
    r = ask("compare_salary", "compare backend and senior backend engineer salaries",
            [("role", "backend"), ("role", "senior backend engineer")])
    assert "side by side" in r.text
    row_b = next(line for line in r.text.splitlines() if line.strip().startswith(BACKEND))
    row_s = next(line for line in r.text.splitlines() if line.strip().startswith(SENIOR))
    assert "$110,000 (USD)" in row_b and "$120,000 (USD)" in row_s
    bars = {b["label"]: b["value"] for b in r.custom["chart"]["bars"]}
    assert bars == {BACKEND: 110000, SENIOR: 120000}


def test_which_city_pays_most(ask):
    r = ask("compare_salary", "Which city pays the most?")
    assert r.text.startswith("Comparing only cities paid in USD: New York pays the most")
    assert "$214,000 (USD)" in r.text
    assert "not converted" in r.text
    chart = r.custom["chart"]
    assert chart["currency"] == "USD"
    assert chart["bars"][0] == {"label": "New York", "value": 214000}
    assert all(b["label"] not in ("London", "Paris") for b in chart["bars"])


def test_which_city_pays_most_in_euros(ask):
    r = ask("compare_salary", "Which city pays most in euros?")
    assert r.text.startswith("Comparing only cities paid in EUR: Berlin pays the most")


def test_juniors_get_no_invented_figure(ask):
    r = ask("ask_salary", "What do juniors earn?")
    assert "no salary figure for junior" in r.text
    assert "$110,000 (USD)" in r.text and "$120,000 (USD)" in r.text
    assert numbers_in(r.text) <= {"110000", "120000"}


def test_no_currency_conversion(ask):
    r = ask("ask_salary", "What is the London salary in dollars?", [("place", "London")])
    assert "£95,000 (GBP)" in r.text
    assert "no exchange rates" in r.text
    assert "$" not in r.text


def test_unknown_place_has_no_number(ask):
    r = ask("ask_salary", "What is the salary in Sydney?", [("place", "Sydney")])
    assert "The documents give no salary figure for" in r.text
    assert not re.search(r"\d", r.text)
    assert "London" in r.text and "New York" in r.text  # the places that are known
    assert r.custom is None


def test_unresolvable_place(ask):
    r = ask("ask_salary", "salary in Atlantis", [("place", "Atlantis")])
    assert "no salary figure for" in r.text and not re.search(r"\d", r.text)


def test_unknown_role_salary(ask):
    r = ask("ask_salary", "What do nurses earn?", [("role", "nurses")])
    assert "I have no data about nurses" in r.text
    assert BACKEND in r.text and not re.search(r"\d", r.text)


def test_senior_in_city_falls_back_to_base_role_labelled(ask):
    r = ask("ask_salary", "senior backend engineer salary in London",
            [("role", "senior backend engineer"), ("place", "London")])
    assert f"no city figures for {SENIOR}" in r.text
    assert "£95,000 (GBP)" in r.text and "base role" in r.text


def test_salary_buttons(ask):
    r = ask("ask_salary", "salary in London", [("place", "London")])
    titles = [b["title"] for b in r.buttons]
    assert "Compare with another city" in titles and "Skills for this role" in titles
    assert all(b["payload"].endswith("?") for b in r.buttons)


def test_seniority_words_as_role_entities(ask):
    first = ask("ask_salary", "salary for backend engineers", [("role", "backend engineers")])
    for value in ("senior ones", "seniors", "senior engineers"):
        r = ask("followup_role", f"what about {value}?", [("role", value)], first.slots)
        assert r.slots["role"] == SENIOR and "$120,000 (USD)" in r.text


def test_generic_role_word_uses_the_only_base_role(ask):
    r = ask("ask_salary", "What do software engineers earn?", [("role", "software engineers")])
    assert r.slots["role"] == BACKEND and "$110,000 (USD)" in r.text


def test_junior_role_entity(ask):
    r = ask("ask_salary", "what do junior backend engineers earn?", [("role", "backend engineers")])
    assert "no salary figure for junior" in r.text and r.slots["role"] == BACKEND


@pytest.mark.parametrize("text", ["senior vs regular backend pay",
                                  "whats the pay gap between senior and normal"])
def test_compare_levels_side_by_side(ask, text):
    r = ask("compare_salary", text)
    row_b = next(line for line in r.text.splitlines() if line.strip().startswith(BACKEND))
    row_s = next(line for line in r.text.splitlines() if line.strip().startswith(SENIOR))
    assert "$110,000 (USD)" in row_b and "$120,000 (USD)" in row_s
    assert r.custom["chart"]["statistic"] == "average"


def test_seniors_vs_juniors_is_honest(ask):
    r = ask("compare_salary", "how much more do seniors make than juniors")
    assert "no salary figure for junior" in r.text
    assert numbers_in(r.text) <= {"110000", "120000"}


@pytest.mark.parametrize("text, first", [
    ("rank cities by salary", "New York"), ("biggest salary?", "New York"),
    ("which place pays the least", "Austin"), ("salaries by city", "New York"),
])
def test_city_rankings(ask, text, first):
    r = ask("compare_salary", text)
    assert r.text.startswith(f"Comparing only cities paid in USD: {first} pays the")
    assert r.custom["chart"]["bars"][0]["label"] == first


def test_unknown_role_in_comparison(ask):
    r = ask("compare_salary", "data engineer vs backend engineer salary",
            [("role", "data engineer"), ("role", "backend engineer")])
    assert "I have no data about data engineers" in r.text and "$110,000 (USD)" in r.text


def test_compare_two_unknown_places(ask):
    r = ask("compare_salary", "compare pay in Madrid and Sydney", [("place", "Madrid"), ("place", "Sydney")])
    assert "no salary figure for Madrid and Sydney" in r.text and not re.search(r"\d", r.text)


def test_juniors_in_london(ask):
    r = ask("ask_salary", "what do juniors make in London", [("place", "London")])
    assert "no salary figure for junior" in r.text and "£95,000 (GBP)" in r.text


def test_us_or_uk(ask):
    r = ask("compare_salary", "where are salaries higher, US or UK", [("place", "US"), ("place", "UK")])
    assert "New York" in r.text and "London" in r.text and "£95,000 (GBP)" in r.text
    assert [c["currency"] for c in r.custom["charts"]] == ["USD", "GBP"]


def test_senior_in_the_us(ask):
    r = ask("ask_salary", "what do senior back-end software engineers earn in the US",
            [("role", "senior back-end software engineers"), ("place", "US")])
    assert f"{SENIOR}, average in the United States: $120,000 (USD) per year" in r.text
    assert f"no city figures for {SENIOR}" in r.text and "New York" in r.text


def test_senior_followup_after_city_shows_base_city_and_own_average(ask):
    first = ask("ask_salary", "salary in London", [("place", "London")])
    r = ask("followup_role", "what about senior ones?", [], first.slots)
    assert f"no city figures for {SENIOR}" in r.text
    assert "£95,000 (GBP)" in r.text and "$120,000 (USD)" in r.text
    assert r.slots == {"topic": "salary", "role": SENIOR, "place": "London"}


@pytest.mark.parametrize("text", ["and the regular ones?", "what about non-senior"])
def test_followup_back_to_base_role(ask, text):
    r = ask("followup_role", text, [], {"role": SENIOR, "topic": "salary"})
    assert r.slots["role"] == BACKEND and "$110,000 (USD)" in r.text
