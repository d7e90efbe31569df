"""A store built from fixture pages with its own entity ruler, for answer-layer tests with the intent
given (no Rasa): `RuledCorpus.ask(intent, text)` and `RuledCorpus.roles(text)`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import spacy

from bot.core.types import Query, Reply
from bot.dispatch import answer
from bot.nlp.mentions import RolePhrases, message_entities
from bot.nlp.spacy_model import build_spacy_model
from tests.support.stores import open_built_store


class RuledCorpus:
    """The store of `docs` (a temp SQLite file under `work`) and the spaCy model built from it."""

    def __init__(self, work: Path, docs: Sequence[Path]) -> None:
        self.store = open_built_store(work / "knowledge.db", docs)
        self.nlp: Any = spacy.load(build_spacy_model(self.store, work / "spacy_model"))
        ruler: Any = self.nlp.get_pipe("entity_ruler")
        self.phrases = RolePhrases.from_patterns(list(ruler.patterns))

    def entities(self, text: str) -> list[dict[str, Any]]:
        return message_entities(self.nlp(text), self.phrases)

    def ask(self, intent: str, text: str) -> Reply:
        return answer(self.store, Query(intent=intent, text=text, entities=self.entities(text)))

    def answers(self, intent: str, text: str, shown: Sequence[str], hidden: Sequence[str] = ()) -> Reply:
        """Ask, and check that the reply is an answer showing every `shown` and no `hidden` fragment."""
        reply = self.ask(intent, text)
        assert reply.kind == "answer", reply.text
        assert all(s in reply.text for s in shown) and not any(h in reply.text for h in hidden), reply.text
        return reply

    def roles(self, text: str) -> list[str]:
        return [str(e["value"]) for e in self.entities(text) if e["entity"] == "role"]

    def close(self) -> None:
        self.store.close()


def ruled_corpus(factory: pytest.TempPathFactory, name: str, docs: Sequence[Path]) -> Iterator[RuledCorpus]:
    """A module fixture's body: the corpus of `docs` in a temp folder, closed afterwards."""
    ruled = RuledCorpus(factory.mktemp(name), docs)
    yield ruled
    ruled.close()

