"""Scope cases added with the real-question work: the user's own figure, regions, comparisons with a
side the documents lack."""

from __future__ import annotations

import re

import pytest

from bot.answers.subject import topic_named
from bot.language.asks import compared_sides, entities, priced


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

    text = "how much do electricians get paid"
    query = Query(intent="ask_benefits", text=text,
                  entities=[{"entity": "pay", "value": "pay", "text": text, "start": 0, "end": len(text)}])
    assert backstop_intent("ask_benefits", query, topic_named(query.text)) == "ask_salary"
    leave = "how many days annual leave do you get"  # "annual" is no pay word here
    query = Query(intent="ask_benefits", text=leave,
                  entities=[{"entity": "pay", "value": "rate", "text": "annual", "start": 14, "end": 20}])
    assert backstop_intent("ask_benefits", query, topic_named(query.text)) == "ask_benefits"
    from bot.language import asks

    [pay] = [e for e in asks.entities(leave) if e["entity"] == "pay"]
    assert pay["value"] == "rate"
    query = Query(intent="ask_benefits", text="is there a pension or other benefits")
    assert backstop_intent("ask_benefits", query, topic_named(query.text)) == "ask_benefits"



def test_a_question_naming_no_role_goes_to_the_one_role_whose_documents_discuss_it(tmp_path):
    from bot.core.types import Query
    from bot.dispatch import answer
    from tests.support.stores import open_built_store

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "welder.txt").write_text("Welder\n\nBenefits\n\n• Company pension with a 5% employer "
                                      "contribution\n• 23 days annual leave\n", encoding="utf-8")
    (pages / "baker.txt").write_text("Baker\n\nBenefits\n\n• Free bread every day\n\nDuties\n\n"
                                     "• Bake bread\n", encoding="utf-8")
    store = open_built_store(tmp_path / "k.db", [pages])
    try:
        r = answer(store, Query(intent="ask_benefits", text="is there a pension with the job"))
        assert r.kind == "answer" and r.roles == ["Welder"] and "You named no role" in r.text
        assert "5%" in r.text and r.sources
        r = answer(store, Query(intent="ask_benefits", text="what benefits do you get"))
        assert r.kind == "clarify" and "Baker and Welder" in r.text
        r = answer(store, Query(intent="ask_benefits", text="is there a gym membership"))
        assert r.kind == "not_covered" and "None of my documents discuss" in r.text
    finally:
        store.close()


def test_context_sentences_are_not_the_subject():
    from bot.answers.subject import subject_terms
    from bot.core.types import Query

    text = "do nurses work nights? single mum of 2, trying to figure out if its doable"
    assert subject_terms(Query(intent="ask_hours", text=text)) == ["nurse", "night"]
    text = "33 and done with hospitality. how long to become a nurse?"
    assert "hospitality" not in subject_terms(Query(intent="ask_education", text=text))


def test_a_skill_gap_reading_without_stated_skills_but_with_pay_is_salary():
    from bot.core.types import Query
    from bot.dispatch import backstop_intent

    text = "got an offer for 150k as a backend dev in austin, is that decent or am i getting lowballed"
    query = Query(intent="ask_skill_gap", text=text, entities=[
        {"entity": "amount", "value": 150000, "text": "150k", "start": 17, "end": 21},
        {"entity": "role", "value": "Backend Software Engineer", "text": "backend dev",
         "start": 27, "end": 38}])
    assert backstop_intent("ask_skill_gap", query, topic_named(query.text)) == "ask_salary"


@pytest.mark.parametrize(("text", "intent"), [
    ("qualified accountant going back after mat leave. is part time actually a thing in accountancy",
     "nlu_fallback"),  # no skills stated and no readiness asked: the question's own words decide
    ("what am i missing to become an accountant", "ask_skill_gap"),
    ("am i good enough for accounting", "ask_skill_gap"),
])
def test_a_skill_gap_reading_needs_stated_skills_or_a_readiness_question(text, intent):
    from bot.core.types import Query
    from bot.dispatch import backstop_intent

    query = Query(intent="ask_skill_gap", text=text)
    assert backstop_intent("ask_skill_gap", query, topic_named(text)) == intent


def test_the_role_of_the_question_wins_over_the_role_of_the_context(store):
    from bot.answers.context import resolve_roles
    from bot.core.types import Query

    text = "senior backend engineer for 6 yrs, burnt out. is a backend engineer job less stressful?"
    ents = [{"entity": "role", "value": "Senior Backend Software Engineer", "start": 0, "end": 23},
            {"entity": "role", "value": "Backend Software Engineer", "start": 58, "end": 74}]
    found, _, _ = resolve_roles(store, Query(intent="ask_challenges", text=text, entities=ents))
    assert [r.name for r in found] == ["Backend Software Engineer"]


def test_misspelt_topic_words_and_one_letter_role_typos():
    from bot.answers.subject import subject_terms, topic_named, topic_words
    from bot.core.types import Query

    assert topic_named("how long is a plumbing apprenticship") == "education"
    text = "how long is a plumbing apprenticship"
    assert subject_terms(Query(intent="ask_education", text=text), topic_words("education")) == ["plumb"]


def test_a_lexicon_occupation_takes_the_modifier_right_before_it(tmp_path):
    import shutil

    from bot.answers.context import resolve_roles
    from bot.core.types import Query
    from tests.support.stores import CORPUS_DOCS, open_built_store

    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(CORPUS_DOCS / "primary-school-teacher.md", pages)
    store = open_built_store(tmp_path / "k.db", [pages])
    try:
        text = "can i do a PGCE to become a primary teacher"
        ents = [{"entity": "role", "value": "unknown:teacher", "text": "teacher", "start": 36, "end": 43}]
        found, unknown, _ = resolve_roles(store, Query(intent="ask_education", text=text, entities=ents))
        assert [r.name for r in found] == ["Primary School Teacher"] and not unknown
    finally:
        store.close()


def test_chat_shorthand_is_written_out():
    from bot.language.text import words

    assert words("how many yrs exp, 3 hrs a wk?") == ["how", "many", "years", "experience", "3", "hours",
                                                      "a", "week"]


def test_a_skill_asked_about_is_the_subject_but_a_stated_one_is_not():
    from bot.answers.subject import subject_terms, topic_words
    from bot.core.types import Query

    asked = [{"entity": "skill", "value": "Docker", "text": "docker", "start": 24, "end": 30}]
    q = Query(intent="ask_tools", text="do backend engineers use docker", entities=asked)
    assert "docker" in subject_terms(q, topic_words("tools"))
    known = [{**asked[0], "start": 7, "end": 13, "claim": "known"}]
    q = Query(intent="ask_skill_gap", text="i know docker, what am i missing", entities=known)
    assert "docker" not in subject_terms(q, topic_words("skills"))


def test_a_ranking_by_state_is_honest_when_there_are_no_state_figures(ask):
    r = ask("compare_salary", "which state pays backend engineers the best", [("role", "backend")])
    assert r.kind == "not_covered" and "no salary figures by state" in r.text


def test_top_and_bottom_end_ask_for_the_percentiles():
    from bot.language.statistics import asked_statistic

    assert asked_statistic("top end pay for a paramedic") == "p90"
    assert asked_statistic("bottom end of the scale for nurses") == "p10"


def test_a_clipped_role_word_is_no_subject(ask):
    r = ask("ask_salary", "backend eng salary in bengaluru? roughly, median-ish",
            [("role", "Backend Software Engineer"), ("place", "Bengaluru")])
    assert r.kind == "answer" and "don't discuss" not in r.text and "₹2,034,000" in r.text


def test_junior_pay_without_a_starting_figure_gives_what_the_page_says(tmp_path):
    from bot.core.types import Query
    from bot.dispatch import answer
    from bot.language import asks
    from tests.support.stores import CORPUS_DOCS, open_built_store

    store = open_built_store(tmp_path / "knowledge.db", [CORPUS_DOCS / "electricians.txt"])
    text = "how much do apprentice electricians make when they start?"
    r = answer(store, Query(intent="ask_salary", text=text,
                            entities=[{"entity": "role", "value": "Electrician"}, *asks.entities(text)]))
    store.close()
    assert r.kind == "answer" and "between 30 and 50 percent" in r.text
    assert "no salary figure for junior Electricians" in r.text  # and it says what it lacks


def test_a_pay_trend_is_not_a_figure(ask):
    r = ask("compare_salary", "are backend salaries going up or down this year", [("role", "backend")])
    assert r.kind == "not_covered" and "don't discuss trend" in r.text


def test_sides_the_documents_cannot_tell_apart_are_named(ask):
    r = ask("ask_salary", "how much do senior backend engineers make at startups vs big tech",
            [("role", "Senior Backend Software Engineer")])
    assert r.kind == "not_covered" and "don't compare startups and big tech" in r.text and "$" not in r.text


def test_skills_compared_with_or_are_the_subject():
    from bot.answers.subject import subject_terms
    from bot.core.types import Query

    text = "Should I learn Rust or Kotlin for backend?"
    ents = [{"entity": "side", "value": "learn Rust", "start": 9, "end": 19, "between": "or"},
            {"entity": "skill", "value": "Rust", "start": 15, "end": 19, "claim": "wanted"},
            {"entity": "skill", "value": "Kotlin", "start": 23, "end": 29, "claim": "wanted"},
            {"entity": "side", "value": "Kotlin", "start": 23, "end": 29, "between": "or"}]
    assert {"rust", "kotlin"} <= set(subject_terms(Query(intent="ask_skills", text=text, entities=ents)))
    plain = "do seniors use jira or is that just for PMs"
    side = [{"entity": "side", "value": "is that", "start": 24, "end": 31, "between": "or"}]
    assert "that" not in subject_terms(Query(intent="ask_tools", text=plain, entities=side))


def test_money_in_a_cost_question_is_a_price():
    """ "worth the money", "fees", "cost": its figures are prices, not the user's pay."""
    found = entities("which bootcamp is actually worth the money? looking at a few 15k ones")
    assert priced("how much are the fees, like $9k?") and not priced("is 60k a good salary")
    assert not [e for e in found if e["entity"] in ("pay", "amount")]
    assert [e for e in entities("got an offer for 60k, is that a good salary") if e["entity"] == "amount"]


def test_rare_words_are_the_subject_an_answer_must_cover() -> None:
    from bot.answers.subject import required

    leave = "parental leave on the tidewater posting?"
    assert required(["parental", "tidewater", "post"], leave, "benefits") == ["parental", "tidewater"]
    assert required(["cost"], "how much does nursing school cost", "education") == ["cost"]
    asked = "would plumbing be a terrible choice for me? whats the working environment actually like"
    assert required(["terrible", "choice"], asked, "work_environment") == []
    assert required(["cry", "car", "normal"], "is it normal to cry in the car after every shift", "hours") \
        == ["cry", "car", "normal"]


def test_a_topic_word_is_asked_only_as_the_thing_asked() -> None:
    from bot.answers.subject import asks_topic

    assert asks_topic("how many hours a week do primary teachers really work", "hours")
    assert asks_topic("are there any certs that actually help", "certification")
    assert asks_topic("are 12 hour shifts standard for hospital nurses?", "hours")  # a compound of the topic
    assert not asks_topic("is it normal to cry in the car after every shift", "hours")
    assert not asks_topic("interview questions for 2 yrs experience", "skills")
    assert not asks_topic("is full stack better than backend", "tools")


def test_levels_compared_are_no_unknown_side() -> None:
    from bot.answers.context import uncompared_sides
    from bot.core.types import Query

    text = "how much do plumbers earn starting out vs once youve been at it a while"
    query = Query(intent="ask_salary", text=text, entities=[
        {"entity": "level", "value": "junior", "start": 25, "end": 37},
        {"entity": "side", "value": "earn starting out", "start": 20, "end": 37, "between": "vs"},
        {"entity": "side", "value": "once youve", "start": 41, "end": 51, "between": "vs"}])
    assert uncompared_sides(query) == []


def test_an_aside_after_or_and_what_a_question_points_back_to() -> None:
    from bot.answers.subject import subject_terms
    from bot.core.types import Query

    def subject(text: str) -> list[str]:
        return subject_terms(Query(intent="ask_benefits", text=text, entities=entities(text)))

    assert {"meal", "allowance", "travel"} <= set(subject("do scaffolders get a travel or meal allowance"))
    assert "myth" not in subject("do night shifts pay more or is that a myth")  # an aside
    pointed = subject("head asked me to be maths lead. do you get paid extra for that or is it the same")
    assert {"math", "lead"} <= set(pointed)


def test_statistics_compared_are_no_unknown_side() -> None:
    from bot.answers.context import uncompared_sides
    from bot.core.types import Query

    text = "whats the realistic low end vs the top end for nurse pay"
    assert uncompared_sides(Query(intent="ask_salary", text=text, entities=entities(text))) == []
