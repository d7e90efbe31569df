"""Recognise skills (and role mentions) in user text and in document facts with the store's vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.advice.vocabulary import SKILL, Pipeline, pipeline
from bot.answers.format import unique

# Words after which a lowercase ambiguous form ("go", "rust", "node") is a technology, not a verb/noun.
_SKILL_VERBS = {
    "know", "knows", "knew", "use", "used", "using", "uses", "learn", "learned", "learnt", "learning",
    "studied", "study", "studying", "code", "coded", "coding", "program", "programmed", "programming",
    "write", "wrote", "written", "writing", "like", "love", "prefer", "mostly", "also", "tried", "master",
    "mastered", "with", "in", "about", "of", "familiar", "experienced", "worked", "work", "built", "build",
}
_CONJ = {"and", "or", ",", "/", "&", "plus"}
# Words after "go" (or a sentence-initial "Go") that make it a verb.
_PARTICLES = {
    "to", "about", "ahead", "for", "through", "back", "on", "into", "there", "further", "over", "from",
    "up", "out", "home", "away", "get", "with", "by", "beyond", "deeper", "is", "was", "does", "do", "will",
    "can", "should", "would", "are", "the", "a", "an", "this", "that", "it", "me", "you", "we", "i",
}
_SEASON_PREV = {"this", "next", "last", "early", "late", "until", "since", "by", "every"}
_SENT_END = {".", "!", "?", ":", ";", "\n"}
_NEGATIONS = {"n't", "not", "never", "no", "nothing", "without"}
_CLAUSE_BREAK = {".", "!", "?", ";", "but", "however", "though", "although"}


@dataclass(frozen=True)
class Mention:
    """A recognised term in a text: canonical name, character span and the span's text."""

    name: str
    start: int
    end: int
    text: str
    label: str = SKILL


def _is_initial(doc: Any, i: int) -> bool:
    return i == 0 or doc[i - 1].text in _SENT_END or doc[i - 1].text.strip() == "" or doc[i - 1].is_quote


def _next_lower(doc: Any, i: int) -> str:
    return doc[i].lower_ if i < len(doc) else ""


def _ambiguous_ok(doc: Any, span: Any, entry: Any, starts: set[int]) -> bool:
    """Context rules for one-token ambiguous forms: lowercase needs skill context, initial caps a list."""
    i = span.start
    token = doc[i]
    nxt = _next_lower(doc, i + 1)
    nxt_is_break = nxt == "" or nxt in _CONJ or nxt in _SENT_END or nxt in {")", "(", "-", "?"}
    prev = doc[i - 1].lower_ if i > 0 else ""
    if token.text in entry.cased:
        if entry.name == "Spring" and prev in _SEASON_PREV:
            return False
        if _is_initial(doc, i) and entry.ambiguous:
            return nxt_is_break
        return nxt not in _PARTICLES or nxt in _CONJ
    # lowercase context form ("go", "node", "rust")
    if nxt in _PARTICLES:
        return False
    if prev in _SKILL_VERBS and (nxt_is_break or nxt in {"and", "or", "but", "too", "as", "a"}):
        return True
    next_skill = i + 2 < len(doc) and nxt in _CONJ and (i + 2) in starts
    prev_skill = i >= 2 and prev in _CONJ and any(s < i - 1 for s in starts)
    return bool((next_skill or prev_skill) and nxt_is_break)


def _negated(doc: Any, i: int) -> bool:
    """True when a negation precedes token i in the same clause (within six tokens)."""
    for j in range(i - 1, max(-1, i - 7), -1):
        low = doc[j].lower_
        if low in _CLAUSE_BREAK:
            return False
        if low in _NEGATIONS:
            return True
    return False


def _scan(pipe: Pipeline, text: str, *, drop_negated: bool) -> list[Mention]:
    doc = pipe.nlp(text)
    ents = list(doc.ents)
    starts = {e.start for e in ents if e.label_ == SKILL}
    found: list[Mention] = []
    for ent in ents:
        if ent.label_ != SKILL:
            if ent.label_ == "role":
                found.append(Mention(ent.ent_id_ or ent.text, ent.start_char, ent.end_char, ent.text, "role"))
            continue
        entry = pipe.vocab.get(ent.ent_id_) if ent.ent_id_ else None
        if entry is None:
            continue
        single = len(ent) == 1
        if single and (ent.text in entry.cased or ent.text.lower() in entry.context) and \
                (entry.ambiguous or ent.text.lower() in entry.context) and \
                not _ambiguous_ok(doc, ent, entry, starts):
            continue
        if drop_negated and _negated(doc, ent.start):
            continue
        found.append(Mention(entry.name, ent.start_char, ent.end_char, ent.text))
    return found


def mentions(store: Any, text: str, *, user: bool = True) -> list[Mention]:
    """Skill mentions (and role mentions, label "role") in `text`, in order.

    `user=True` reads a user's message: family words ("programming languages") are skipped and negated
    mentions ("I don't know Java") dropped. `user=False` reads document facts and keeps family words.
    """
    if not text or not text.strip():
        return []
    pipe = pipeline(store)
    found = _scan(pipe, text, drop_negated=user)
    if user:
        found = [m for m in found if m.label != SKILL or not pipe.vocab.entries[m.name].generic]
    return found


def skills_in(store: Any, text: str, entities: list[dict[str, Any]] | None = None) -> list[str]:
    """Canonical skill names from "skill" entity values (mapped through aliases) and from the raw text.

    With text available, ambiguous names ("Go", "Spring") count only when the in-process matcher accepts
    them in context, so a stray entity for the verb "go" is ignored.
    """
    pipe = pipeline(store)
    from_text = [m.name for m in mentions(store, text or "", user=True) if m.label == SKILL]
    from_entities: list[str] = []
    for ent in entities or []:
        if ent.get("entity") != SKILL:
            continue
        name = pipe.vocab.canonical(str(ent.get("value") or ""))
        entry = pipe.vocab.get(name) if name else None
        if entry is None or entry.generic:
            continue
        if text and text.strip() and (entry.ambiguous or entry.context) and name not in from_text:
            continue
        from_entities.append(entry.name)
    return unique([*from_text, *from_entities])


def roles_in(store: Any, text: str) -> list[str]:
    """Role ids (canonical names) the store's role patterns find in `text`."""
    return unique(m.name for m in mentions(store, text, user=False) if m.label == "role")
