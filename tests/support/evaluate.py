"""Ask a corpus questions as the running bot would answer them, and score the replies.

`CorpusBot` builds a store and its entity-ruler pipeline from a set of documents, classifies each
question's intent with the trained Rasa model (the same NLU the bot runs; its own spaCy pipeline only
matters for entities, which come from the corpus's ruler through bot.nlp.mentions, as in production)
and answers through bot.dispatch. Scoring is by the reply's structure (kind, topic, roles) and, for
page questions, by substrings of the page's own text.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.answers.facts import TOPIC_FACETS
from bot.core.types import Query, Reply
from bot.dispatch import answer
from bot.nlp.mentions import RolePhrases, message_entities
from bot.nlp.spacy_model import build_spacy_model
from bot.store import KnowledgeStore
from tests.support.numbers import numbers_in
from tests.support.stores import open_built_store

SLOTS = ("role", "place", "topic", "skills")
FACET_TOPIC = {facet: topic for topic, facets in TOPIC_FACETS.items() for facet in facets}
EQUIVALENT = {"skills": {"skills", "certification", "tools"}, "tools": {"tools", "skills"},
              "education": {"education", "certification"},
              "certification": {"certification", "education"}, "career_growth": {"career_growth", "outlook"},
              "overview": {"overview", "duties"}, "duties": {"duties", "overview"},
              "skill_gap": {"skill_gap", "education"}}


def _topic_of(reply: Reply) -> str:
    return FACET_TOPIC.get(reply.topic, reply.topic)


class CorpusBot:
    """The answer layer over a corpus, with the trained NLU model classifying intents."""

    def __init__(self, docs: Iterable[Path], workdir: Path, model: Path, agent: Any = None) -> None:
        """`agent`: an already loaded Rasa agent of `model` to share (intents do not depend on the corpus)."""
        import spacy
        from rasa.core.agent import Agent
        from rasa.utils.common import configure_logging_and_warnings

        configure_logging_and_warnings(logging.WARNING)
        self.store: KnowledgeStore = open_built_store(workdir / "knowledge.db", list(docs))
        self.nlp = spacy.load(build_spacy_model(self.store, workdir / "spacy_model"))
        ruler = self.nlp.get_pipe("entity_ruler")
        self.phrases = RolePhrases.from_patterns(list(ruler.patterns))  # type: ignore[attr-defined]
        self.agent = agent if agent is not None else Agent.load(str(model))

    def intent(self, text: str) -> str:
        """The trained model's intent (after the fallback threshold) for a message."""
        parsed: dict[str, Any] = asyncio.run(self.agent.parse_message(text))
        return str((parsed.get("intent") or {}).get("name") or "nlu_fallback")

    def ask(self, text: str, slots: dict[str, Any] | None = None) -> Reply:
        """The reply to one message in a conversation whose slots are `slots`."""
        query = Query(intent=self.intent(text), text=text,
                      entities=message_entities(self.nlp(text), self.phrases), slots=dict(slots or {}))
        return answer(self.store, query)

    def close(self) -> None:
        """Close the store."""
        self.store.close()


@dataclass
class Score:
    """Counts of reply verdicts, with the failures for reading."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, verdict: str, question: str, why: str = "") -> None:
        """Record one question's verdict ("correct", "honest" or "wrong"/"misrouted")."""
        self.counts[verdict] += 1
        if verdict not in ("correct",):
            self.failures.append((verdict, question, why))

    @property
    def total(self) -> int:
        """Questions scored."""
        return sum(self.counts.values())

    def share(self, verdict: str) -> float:
        """Share of one verdict."""
        return self.counts[verdict] / self.total if self.total else 0.0

    def line(self, name: str) -> str:
        """A printable summary line."""
        parts = ", ".join(f"{k} {self.share(k):.0%} ({self.counts[k]})" for k in sorted(self.counts))
        return f"{name}: {self.total} questions: {parts}"


def _contains(reply: str, fragment: str) -> bool:
    """The fragment is in the reply; a fragment with figures ("$65,000 and $80,000") counts when each of
    its figures is (the bot shows figures one by one, with their currency)."""
    if fragment.casefold() in reply.casefold():
        return True
    if not re.search(r"[$£€₹¥₪]\s?\d", fragment):
        return False
    return numbers_in(fragment) <= numbers_in(reply)


def page_verdict(reply: Reply, case: dict[str, Any]) -> tuple[str, str]:
    """A page question: covered ones need every `expect` fragment and a cited answer; uncovered ones an
    honest not-covered reply."""
    text = reply.text.casefold()
    if case.get("covered", True) is False:
        if reply.kind in ("not_covered", "clarify"):
            return "correct", ""
        return "wrong", f"answered ({reply.kind}/{reply.topic}) what the page does not cover"
    missing = [e for e in case.get("expect") or [] if not _contains(reply.text, e)]
    present = [a for a in case.get("absent") or [] if a.casefold() in text]
    if reply.kind == "answer" and not missing and not present:
        return "correct", ""
    if reply.kind in ("not_covered", "clarify"):
        return "honest", f"said not covered; missing {missing}"
    return "wrong", f"missing {missing}, present {present}"


def forum_verdict(reply: Reply, case: dict[str, Any]) -> tuple[str, str]:
    """A forum question: "answer" ones need the right topic and role; "not_covered" an honest reply."""
    honest = reply.kind in ("not_covered", "clarify")
    if case.get("expect") == "not_covered":
        return ("correct", "") if honest or reply.kind == "smalltalk" else (
            "misrouted", f"answered {reply.topic} for {reply.roles}")
    if honest:
        return "honest", f"said not covered ({reply.topic})"
    want_topic = str(case.get("topic") or "")
    got_topic = _topic_of(reply)
    topic_ok = got_topic in EQUIVALENT.get(want_topic, {want_topic}) or reply.topic == want_topic
    role = case.get("role")
    if want_topic == "compare_roles":  # a comparison answers on some facet, for two roles or more
        topic_ok = len(reply.roles) >= 2
    role_ok = not role or role in reply.roles or (not reply.roles and reply.kind == "answer")
    if topic_ok and role_ok and (reply.sources or want_topic in ("tell_skills",)):
        return "correct", ""
    return "misrouted", f"wanted {want_topic}/{role}, got {got_topic}/{reply.roles}"


def load_pages(path: Path) -> dict[str, dict[str, Any]]:
    """The `pages:` mapping of a page-questions file."""
    return dict(yaml.safe_load(path.read_text(encoding="utf-8"))["pages"])


def load_forum(path: Path) -> list[dict[str, Any]]:
    """The `questions:` list of a forum-questions file."""
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["questions"])


def score_pages(bot: CorpusBot, pages: dict[str, dict[str, Any]]) -> Score:
    """Every page question, each in a fresh conversation."""
    score = Score()
    for _page, spec in pages.items():
        for case in spec["questions"]:
            verdict, why = page_verdict(bot.ask(case["q"]), case)
            score.add(verdict, case["q"], why)
    return score


def score_forum(bot: CorpusBot, cases: list[dict[str, Any]]) -> Score:
    """Every forum question, each in a fresh conversation."""
    score = Score()
    for case in cases:
        verdict, why = forum_verdict(bot.ask(case["q"]), case)
        score.add(verdict, case["q"], why)
    return score
