"""Pay rows a question names on the development pages (tests/fixtures/documents), with the intent
given: rows named by a word only their label has, and the rows of a pay-by-industry table when the
question asks which industry or setting pays most."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.ruled import RuledCorpus, ruled_corpus
from tests.support.stores import CORPUS_DOCS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuledCorpus]:
    yield from ruled_corpus(tmp_path_factory, "pay_rows", [CORPUS_DOCS])


def test_rows_named_by_a_word_only_their_label_has(corpus: RuledCorpus) -> None:
    reply = corpus.ask("compare_salary", "do electricians in government earn more than in construction")
    assert reply.kind == "answer" and "$76,590" in reply.text and "$58,380" in reply.text
    assert "$68,620" not in reply.text  # manufacturing: not asked


def test_a_county_employer_is_no_question_by_county(corpus: RuledCorpus) -> None:
    reply = corpus.ask("compare_salary", "offers from the county health dept and a big hospital. do "
                                         "government nurses make more than hospital ones, median wise?")
    assert reply.kind == "answer" and "$100,770" in reply.text and "$96,830" in reply.text


def test_which_industry_pays_most_gets_the_industry_rows_ranked(corpus: RuledCorpus) -> None:
    reply = corpus.ask("compare_salary", "which industries pay data scientists the most")
    assert reply.kind == "answer", reply.text
    first, second = reply.text.index("$128,240"), reply.text.index("$121,480")
    assert first < second and "Total, all occupations" not in reply.text


@pytest.mark.parametrize(
    ("text", "shown", "hidden"),
    [
        ("inner london UPS range?", "£38,766", "£36,745"),  # the teachers' "Inner London" row, not a city
        ("how much do data engineers make in amsterdam", "€68,500", "don't discuss"),
    ],
)
def test_a_pay_row_named_with_its_place(corpus: RuledCorpus, text: str, shown: str, hidden: str) -> None:
    reply = corpus.ask("followup_place", text)
    assert reply.kind == "answer" and shown in reply.text and hidden not in reply.text, reply.text


def test_a_place_alone_names_no_pay_row(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_salary", "headteacher salary england?")  # "England (excluding London)": no
    assert reply.kind == "not_covered" and "headteacher" in reply.text


def test_an_everyday_word_shaped_like_an_occupation_is_no_misspelt_role(corpus: RuledCorpus) -> None:
    roles = [e for e in corpus.entities("i enjoy explaining numbers to people. what jobs would fit me?")
             if e.get("entity") == "role"]
    assert roles == []  # "numbers" is no typo of "plumbers" (nor of any role)
