"""Set 9's pages (development data) through the store-built entity ruler and the answer layer, with the
intent given: hourly tables shown per hour, senior figures from the sentence that says who earns them,
another occupation's figure labelled, pay asked in so many words, a band's pay points."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.ruled import RuledCorpus, ruled_corpus
from tests.support.stores import SET9_DOCS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuledCorpus]:
    yield from ruled_corpus(tmp_path_factory, "set9", [SET9_DOCS])


@pytest.mark.parametrize(
    ("intent", "text", "shown", "hidden"),
    [
        ("ask_salary", "interpreter pay in nunavut", ["$43.27 (CAD) per hour"], ["per year"]),
        ("compare_salary", "senior audiologist salary", ["$95,000", "$120,000"], ["$70,000", "$26"]),
        ("ask_salary", "how much do audiometrists make", ["Audiometrists", "$26"], ["$95,000"]),
        ("ask_education", "what do apprentice odps get paid while training", ["£24,937"], ["£24,000"]),
        ("ask_salary", "crane op pay", ["$52.80"], ["$3,800", "$1,500"]),
    ],
)
def test_pay_questions_get_the_asked_figures(corpus: RuledCorpus, intent: str, text: str, shown: list[str],
                                             hidden: list[str]) -> None:
    corpus.answers(intent, text, shown, hidden)


def test_a_title_scoped_to_a_country_names_its_two_roles(corpus: RuledCorpus) -> None:
    names = {r.name for r in corpus.store.roles()}
    assert {"Interpreter", "Translator"} <= names


def test_an_average_asked_where_the_pages_give_a_median(tmp_path_factory: pytest.TempPathFactory) -> None:
    from tests.support.stores import CORPUS_DOCS

    for corpus in ruled_corpus(tmp_path_factory, "electricians", [CORPUS_DOCS / "electricians.txt"]):
        reply = corpus.answers("ask_salary", "what do electricians make per hour on average", ["$29.98"],
                               ["$62,350"])
        assert "median, not an average" in reply.text
