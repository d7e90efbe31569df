"""Set 10's pages (development data) through the store-built entity ruler and the answer layer, with the
intent given: a two-role title's own figures, states ranked, an advert's pay in its town, a row naming
the place asked about, rand figures, benefits said outside a benefits section, role names as no skills."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.ruled import RuledCorpus, ruled_corpus
from tests.support.stores import SET10_DOCS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuledCorpus]:
    yield from ruled_corpus(tmp_path_factory, "set10", [SET10_DOCS])


@pytest.mark.parametrize(
    ("intent", "text", "shown", "hidden"),
    [
        ("ask_salary", "what do the top 10% of machinists earn?", ["$77,520"], ["$89,260"]),
        ("compare_salary", "best paying state for tool and die makers?", ["Washington", "$74,120"],
         ["$35.63", "$66,940"]),
        ("ask_salary", "hourly rate for the ndt tech job in rotterdam?", ["€24.50", "€31.00"], []),
        ("ask_salary", "tube driver salary? london underground", ["£67,000"], []),
        ("ask_salary", "pharmacist salary south africa per month", ["R48,500"], []),
        ("ask_benefits", "do train drivers get free travel", ["free or discounted rail travel"], []),
    ],
)
def test_questions_get_what_the_pages_say(corpus: RuledCorpus, intent: str, text: str, shown: list[str],
                                          hidden: list[str]) -> None:
    corpus.answers(intent, text, shown, hidden)


def test_an_advert_has_no_figure_for_another_town(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_salary", "ndt tech pay in amsterdam")
    assert reply.kind == "not_covered" and "Amsterdam" in reply.text


def test_a_role_name_is_no_skill(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_salary", "do machinists earn more in ohio")
    assert "Machinist" in reply.roles


def test_the_role_a_user_wants_to_be_is_what_a_skill_gap_asks_about(corpus: RuledCorpus) -> None:
    from bot.advice.roles import choose_role
    from bot.core.types import Query

    text = "what should i learn if i want to be a frontend dev? the machinists at my work cant agree"
    query = Query(intent="ask_skill_gap", text=text, entities=[
                      {"entity": "role", "value": "unknown:frontend developer", "start": 41, "end": 53},
                      {"entity": "role", "value": "Machinist", "start": 58, "end": 68}])
    assert choose_role(corpus.store, query) == (None, "frontend developer")
