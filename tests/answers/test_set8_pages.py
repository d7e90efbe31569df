"""Set 8's pages (development data) through the store-built entity ruler and the answer layer, with the
intent given: a level with the page's one country, senior figures from an experienced row, other names
of a role cited from its page, a city table's columns, the top 10%."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.ruled import RuledCorpus, ruled_corpus
from tests.support.stores import SET8_DOCS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuledCorpus]:
    yield from ruled_corpus(tmp_path_factory, "set8", [SET8_DOCS])


@pytest.mark.parametrize(
    ("text", "shown", "hidden"),
    [
        ("graduate optometrist salary ireland", ["€42,000"], ["€62,000"]),  # the country adds nothing
        ("senior optometrist pay", ["€62,000"], ["€42,000"]),  # no senior page: the experienced row
        ("librarian salary in seattle per hour", ["$41.59"], ["$86,500 (USD) per hour"]),
        ("what do the top 10% of librarians earn", ["$101,970"], ["$40,480"]),
        ("landscape architect salary uk", ["£24,000", "£55,000"], []),  # the summary box, by column
    ],
)
def test_pay_questions_get_the_asked_figures(corpus: RuledCorpus, text: str, shown: list[str],
                                             hidden: list[str]) -> None:
    corpus.answers("ask_salary", text, shown, hidden)


def test_other_names_of_a_role_come_from_its_page(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_role_types", "what other job titles do librarians go by")
    assert "information specialist" in reply.text and reply.sources == ["Librarian"]


def test_a_two_role_title_with_a_collective_part(corpus: RuledCorpus) -> None:
    names = {r.name for r in corpus.store.roles()}
    assert {"Police Officer", "Detective"} <= names


def test_a_long_passage_shows_the_lines_that_hold_the_subject(corpus: RuledCorpus) -> None:
    """ "is there a tool allowance", naming no role: the one line of the benefits list that says so."""
    reply = corpus.ask("nlu_fallback", "is there a tool allowance")
    assert "$1,100" in reply.text and "Callback pay" not in reply.text and reply.sources


def test_a_topic_the_words_name_overrides_one_they_dont(corpus: RuledCorpus) -> None:
    """Taken for benefits, "hrs per week" names hours and no benefits word: the hours answer."""
    reply = corpus.ask("ask_benefits", "hrs per week for a landscape architect?")
    assert reply.topic == "hours" and "37 to 39" in reply.text
