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
