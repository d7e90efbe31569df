"""Set 7's pages (development data) through the store-built entity ruler and the answer layer, with the
intent given: a plain question per hour gets the median, a grade names its pay row, a bare occupation
names the first of one page's kinds, an experience row of a space-aligned table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.ruled import RuledCorpus, ruled_corpus
from tests.support.stores import SET7_DOCS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuledCorpus]:
    yield from ruled_corpus(tmp_path_factory, "set7", [SET7_DOCS])


@pytest.mark.parametrize(
    ("text", "shown", "hidden"),
    [
        ("how much do speech therapists make an hour", ["$45.87"], ["$63.71", "$30.84"]),  # the median
        ("slp salary per yr in the us?", ["$95,410"], ["$64,140", "$45.87"]),  # the page's one country
        ("band 6 radiographer pay?", ["£38,682", "£46,580"], ["£31,049"]),  # a grade names its row
        ("entry level court reporter pay?", ["$48,000", "$62,000"], ["$95,000"]),
        ("how much does a clinical midwifery consultant get paid", ["$2,700"], ["$2,260", "no data"]),
        ("how much do court reporters w/ 10+ yrs make", ["$95,000"], ["$48,000"]),  # years name the row
        ("sign on bonus?? how does it get paid out", ["$3,000", "90 days"], ["Which role"]),  # one page
    ],
)
def test_pay_questions_get_the_asked_figures(corpus: RuledCorpus, text: str, shown: list[str],
                                             hidden: list[str]) -> None:
    corpus.answers("ask_salary", text, shown, hidden)


def test_a_bare_occupation_names_the_first_of_one_pages_kinds(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_salary", "newly qualified radiographer salary")
    assert reply.roles == ["Diagnostic Radiographer"]


def test_a_question_the_page_asks_itself_gets_its_answer(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_career_growth", "can court reporters work from home")  # taken for another topic
    assert reply.kind == "answer" and "Zoom" in reply.text, reply.text


@pytest.mark.parametrize(
    ("intent", "text", "shown"),
    [
        ("nlu_fallback", "is EPA 608 required for this position", "EPA Section 608"),  # names the advert
        ("ask_salary", "hourly rate for speech paths in texas?", "$42.77"),  # the role the figures chose
    ],
)
def test_words_naming_the_advert_or_the_role_are_no_subject(corpus: RuledCorpus, intent: str, text: str,
                                                            shown: str) -> None:
    reply = corpus.ask(intent, text)
    assert reply.kind == "answer" and shown in reply.text, reply.text


def test_the_second_kinds_duties_come_from_its_own_list(corpus: RuledCorpus) -> None:
    """ "As a therapeutic radiographer, you'll:" heads that kind's duties; "day to day" leads with no
    sentence about open days."""
    reply = corpus.ask("ask_duties", "what does a therapeutic radiographer actually do day to day")
    assert "linear accelerators" in reply.text and "open days" not in reply.text


def test_extra_money_is_no_salary_unless_named(corpus: RuledCorpus) -> None:
    """The advert's bonus, allowances and life insurance are not its pay; asked for, they are shown
    with the sentence that says how they are paid."""
    pay = corpus.ask("ask_salary", "how much does the hvac service technician job pay")
    assert "$27.50" in pay.text and "$50,000" not in pay.text and "$3,000" not in pay.text
    bonus = corpus.ask("ask_salary", "sign on bonus?? how does it get paid out")
    assert "$3,000" in bonus.text and "90 days" in bonus.text and "per year" not in bonus.text
