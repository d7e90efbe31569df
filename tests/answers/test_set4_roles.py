"""Roles and pay rows on set 4's pages (development data), through the store-built entity ruler and
the answer layer, with the intent given: clipped words and initialisms name a role, a bare occupation
names the one store role that is a kind of it, and a question naming a pay-table row gets that row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy

from bot.core.types import Query, Reply
from bot.dispatch import answer
from bot.nlp.mentions import RolePhrases, message_entities
from bot.nlp.spacy_model import build_spacy_model
from bot.store import KnowledgeStore
from tests.support.stores import PROJECT_ROOT, open_built_store

SET4 = PROJECT_ROOT / "tests" / "fixtures" / "set4"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[KnowledgeStore, Any, RolePhrases]]:
    work: Path = tmp_path_factory.mktemp("set4")
    store = open_built_store(work / "knowledge.db", [SET4])
    nlp = spacy.load(build_spacy_model(store, work / "spacy_model"))
    phrases = RolePhrases.from_patterns(list(nlp.get_pipe("entity_ruler").patterns))  # type: ignore[attr-defined]
    yield store, nlp, phrases
    store.close()


def _ask(corpus: tuple[KnowledgeStore, Any, RolePhrases], intent: str, text: str) -> Reply:
    store, nlp, phrases = corpus
    return answer(store, Query(intent=intent, text=text, entities=message_entities(nlp(text), phrases)))


def _roles(corpus: tuple[KnowledgeStore, Any, RolePhrases], text: str) -> list[str]:
    _, nlp, phrases = corpus
    return [str(e["value"]) for e in message_entities(nlp(text), phrases) if e["entity"] == "role"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("how much do vet techs make an hour", "Veterinary Technician"),  # clipped, over the lexicon's "vet"
        ("pharm tech pay", "Registered Pharmacy Technician"),
        ("grad QS starting salary?", "Quantity Surveyor"),  # the role's initialism, in capitals
        ("what does a soc worker do", "Social Worker"),
    ],
)
def test_clipped_words_and_initialisms_name_a_role(corpus: Any, text: str, role: str) -> None:
    assert _roles(corpus, text) == [role]


def test_a_lowercase_initialism_is_no_role(corpus: Any) -> None:
    assert _roles(corpus, "qs about pay") == []


def test_a_bare_occupation_names_the_store_role_that_is_a_kind_of_it(corpus: Any) -> None:
    assert _ask(corpus, "ask_related_roles", "what other jobs are related to being a pilot").roles == [
        "Commercial Pilot"]
    surveyor = _ask(corpus, "ask_salary", "what does a surveyor earn")  # a quantity surveyor is no surveyor
    assert surveyor.kind == "clarify" and "Did you mean Quantity Surveyor?" in surveyor.text


def test_a_question_naming_a_pay_row_gets_that_row(corpus: Any) -> None:
    reply = _ask(corpus, "ask_salary", "first officer salary at a regional airline?")
    assert reply.roles == ["Commercial Pilot"] and reply.kind == "answer"
    assert "$90K" in reply.text and "$140K" in reply.text and "$160K" not in reply.text
    assert "(NZD)" in reply.text  # the page's own country decides its "$"


def test_words_pointing_at_a_job_advert_name_its_role(corpus: Any) -> None:
    reply = _ask(corpus, "ask_skills", "what skills r they looking for")  # the store's one job advert
    assert reply.roles == ["Registered Pharmacy Technician"] and "attention to detail" in reply.text


def test_a_facet_that_never_uses_the_asked_word_is_led_by_sentences_that_do(corpus: Any) -> None:
    reply = _ask(corpus, "ask_tools", "what kind of equipment do vet technicians use")
    assert reply.text.startswith("About") and "centrifuges" in reply.text.split("\n")[1]


def test_a_duties_question_with_a_setting_gets_the_duties_first(corpus: Any) -> None:
    reply = _ask(corpus, "ask_duties", "what does a vet tech actually do all day at the clinic")
    assert reply.text.startswith("What a Veterinary Technician does") and "anesthesia" in reply.text
    assert "clinic" in reply.text.split("Also, about", 1)[-1]  # what the pages say of the clinic, after


def test_an_unplaced_pay_question_naming_a_pay_row_gets_that_row(corpus: Any) -> None:
    reply = _ask(corpus, "nlu_fallback", "what do captains on international flights get paid")
    assert reply.topic == "salary" and "$220K" in reply.text and "$160K" not in reply.text
