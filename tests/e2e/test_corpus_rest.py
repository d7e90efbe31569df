"""Pages of many genres and formats, asked through REST with the bot running as `make run` starts it.

The store holds the four given pages plus the fixture corpus (tests/fixtures/documents). Rasa runs in
its own working directory whose build/spacy_model is that store's entity ruler (config.yml names the
ruler relative to the working directory), so the trained model serves the corpus without retraining,
as it serves a page dropped into data/documents after `make run` rebuilds the ruler.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.launcher import Stack
from bot.nlp.spacy_model import build_spacy_model
from bot.processes import free_port
from bot.store import open_store
from tests.support.chat import check_reply, new_sender, reply_text, rest_send
from tests.support.numbers import document_numbers, numbers_in
from tests.support.stores import CORPUS_DOCS, DOCS, build_store

HERE = Path(__file__).parent
QUESTIONS: list[dict[str, Any]] = yaml.safe_load((HERE / "corpus_questions.yml").read_text())["questions"]

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def corpus_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Action server and Rasa (REST only) over a store of the corpus, on free loopback ports."""
    work = tmp_path_factory.mktemp("corpus_stack")
    url = build_store(work / "knowledge.db", [DOCS, CORPUS_DOCS])
    store = open_store(url)
    try:
        build_spacy_model(store, work / "build" / "spacy_model")
    finally:
        store.close()
    env = {"DATABASE_URL": url, "TRACKER_STORE_URL": f"sqlite:///{work / 'tracker.db'}"}
    stack = Stack(rasa_port=free_port(), action_port=free_port(), env=env, channels=("rest",), workdir=work,
                  log_dir=work / "logs")
    with stack:
        yield stack


@pytest.fixture(scope="module")
def corpus_numbers() -> set[str]:
    """Numbers in the raw corpus files (an independent reader) and in the questions."""
    return document_numbers([DOCS, CORPUS_DOCS]) | {n for c in QUESTIONS for n in numbers_in(c["q"])}


@pytest.mark.parametrize("case", QUESTIONS, ids=[c["q"][:60] for c in QUESTIONS])
def test_corpus_question(corpus_stack: Stack, corpus_numbers: set[str], case: dict[str, Any]) -> None:
    messages = rest_send(corpus_stack.rasa_url, new_sender("corpus"), case["q"])
    assert messages, f"{case['q']!r}: the bot said nothing"
    check_reply(reply_text(messages), case, corpus_numbers)
