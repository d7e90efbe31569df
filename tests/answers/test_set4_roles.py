"""Roles and pay rows on set 4's pages (development data), through the store-built entity ruler and
the answer layer, with the intent given: clipped words and initialisms name a role, a bare occupation
names the one store role that is a kind of it, and a question naming a pay-table row gets that row."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.ruled import RuledCorpus, ruled_corpus
from tests.support.stores import SET4_DOCS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuledCorpus]:
    yield from ruled_corpus(tmp_path_factory, "set4", [SET4_DOCS])


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("how much do vet techs make an hour", "Veterinary Technician"),  # clipped, over the lexicon's "vet"
        ("pharm tech pay", "Registered Pharmacy Technician"),
        ("grad QS starting salary?", "Quantity Surveyor"),  # the role's initialism, in capitals
        ("what does a soc worker do", "Social Worker"),
    ],
)
def test_clipped_words_and_initialisms_name_a_role(corpus: RuledCorpus, text: str, role: str) -> None:
    assert corpus.roles(text) == [role]


def test_a_lowercase_initialism_is_no_role(corpus: RuledCorpus) -> None:
    assert corpus.roles("qs about pay") == []


def test_a_bare_occupation_names_the_store_role_that_is_a_kind_of_it(corpus: RuledCorpus) -> None:
    assert corpus.ask("ask_related_roles", "what other jobs are related to being a pilot").roles == [
        "Commercial Pilot"]
    surveyor = corpus.ask("ask_salary", "what does a surveyor earn")  # a quantity surveyor is no surveyor
    assert surveyor.kind == "clarify" and "Did you mean Quantity Surveyor?" in surveyor.text


def test_a_question_naming_a_pay_row_gets_that_row(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_salary", "first officer salary at a regional airline?")
    assert reply.roles == ["Commercial Pilot"] and reply.kind == "answer"
    assert "$90K" in reply.text and "$140K" in reply.text and "$160K" not in reply.text
    assert "(NZD)" in reply.text  # the page's own country decides its "$"


def test_words_pointing_at_a_job_advert_name_its_role(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_skills", "what skills r they looking for")  # the store's one job advert
    assert reply.roles == ["Registered Pharmacy Technician"] and "attention to detail" in reply.text


def test_a_facet_that_never_uses_the_asked_word_is_led_by_sentences_that_do(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_tools", "what kind of equipment do vet technicians use")
    assert reply.text.startswith("About") and "centrifuges" in reply.text.split("\n")[1]


def test_a_duties_question_with_a_setting_gets_the_duties_first(corpus: RuledCorpus) -> None:
    reply = corpus.ask("ask_duties", "what does a vet tech actually do all day at the clinic")
    assert reply.text.startswith("What a Veterinary Technician does") and "anesthesia" in reply.text
    assert "clinic" in reply.text.split("Also, about", 1)[-1]  # what the pages say of the clinic, after


def test_an_unplaced_pay_question_naming_a_pay_row_gets_that_row(corpus: RuledCorpus) -> None:
    reply = corpus.ask("nlu_fallback", "what do captains on international flights get paid")
    assert reply.topic == "salary" and "$220K" in reply.text and "$160K" not in reply.text
