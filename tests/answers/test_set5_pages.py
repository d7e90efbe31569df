"""Set 5's pages (development data) through the store-built entity ruler and the answer layer, with the
intent given: a job advert's own title and pay package, Indian and South African figures, a city row,
a section named by the question's word, a term only one role's page uses, the advert's own lines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.ruled import RuledCorpus, ruled_corpus
from tests.support.stores import SET5_DOCS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuledCorpus]:
    yield from ruled_corpus(tmp_path_factory, "set5", [SET5_DOCS])


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("what do OT assistants earn", "Occupational Therapy Assistant"),  # the modifiers' initialism
        ("yearly package for the diesel mech role", "Heavy Diesel Mechanic"),  # clipped, "heavy" left out
        ("do HD fitters work nights", "Heavy Diesel Mechanic"),  # the title's parenthetical name
    ],
)
def test_short_names_of_set5_roles(corpus: RuledCorpus, text: str, role: str) -> None:
    assert corpus.roles(text) == [role]


@pytest.mark.parametrize(
    ("intent", "text", "shown"),
    [
        ("ask_salary", "roughly whats the yearly package for the diesel mech role", ["$145,000", "$165,000"]),
        ("compare_salary", "hr manager salary in bangalore", ["₹11,40,000"]),
        ("ask_salary", "how much do actuarial students earn in south africa", ["R350 000", "R550 000"]),
        ("ask_education", "can u become a firefighter thru an apprenticeship", ["Operational Firefighter"]),
        ("nlu_fallback", "any firefighter apprenticeships near telford", ["£25,920"]),
        ("ask_overview", "what is FASSA", ["Fellow of the Actuarial Society"]),
        ("out_of_scope", "when do applications close", ["12 January 2027"]),
        ("ask_hours", "what are the working hours for HR managers", ["9 to 10 hours"]),  # in a pay snapshot
    ],
)
def test_set5_questions_get_the_page_lines(corpus: RuledCorpus, intent: str, text: str,
                                           shown: list[str]) -> None:
    reply = corpus.ask(intent, text)
    assert reply.kind == "answer" and all(s in reply.text for s in shown), reply.text


def test_a_passage_sharing_only_the_role_word_answers_nothing(corpus: RuledCorpus) -> None:
    """ "fees for an MBA in HR": the HR page's snapshot names MBA and HR, not fees."""
    reply = corpus.ask("ask_salary", "how much are the fees for an mba in hr")
    assert reply.kind == "not_covered" and "₹" not in reply.text


def test_the_sides_of_an_or_name_a_pay_row(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_salary", "how much does a senior hr manager or hr head make")
    assert "₹18,00,000" in reply.text and "₹8,00,000" not in reply.text, reply.text

