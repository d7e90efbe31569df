"""The user's skills from the turn's NLU entities, and skill mentions in document facts.

The user's text is not parsed again here: skills come only from the Query's "skill" entities, whose
"role" says whether the user claims them ("known"), denies them ("unknown"), wishes for them ("wanted")
or merely mentions them (absent). Entity values are mapped to canonical names through the vocabulary,
and an ambiguous one-token form ("go") is checked at its offsets with `claims.ambiguous_ok`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.advice.vocabulary import SKILL, Vocabulary
from bot.core.types import Query
from bot.language.claims import KNOWN, UNKNOWN, WANTED, ambiguous_ok
from bot.language.skill_matcher import Found


@dataclass(frozen=True)
class SkillClaim:
    """A skill the user mentioned: canonical name, claim ("known" | "unknown" | "wanted" | None), words."""

    name: str
    claim: str | None
    text: str


def _span(query: Query, ent: dict[str, Any], written: str) -> tuple[int, int] | None:
    """The entity's character span: its offsets, else where its words occur in the text."""
    start, end = ent.get("start"), ent.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(query.text):
        return start, end
    if not written or not query.text:
        return None
    m = re.search(rf"(?<![\w.]){re.escape(written)}(?![\w+#])", query.text, re.I)
    return m.span() if m else None


def _spans(query: Query) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for ent in query.of(SKILL):
        span = _span(query, ent, str(ent.get("text") or ent.get("value") or ""))
        if span is not None:
            spans.append(span)
    return spans


def skill_claims(vocab: Vocabulary, query: Query) -> list[SkillClaim]:
    """The turn's skill entities as canonical names with their claims, in message order, one per name.

    Family words ("databases") are skipped; an ambiguous form the text shows to be an ordinary word
    ("how do I go about it") is dropped. A name the vocabulary does not know is kept as written.
    """
    out: list[SkillClaim] = []
    spans = _spans(query)
    for ent in query.of(SKILL):
        value = str(ent.get("value") or "").strip()
        written = str(ent.get("text") or value)
        if not value:
            continue
        name = vocab.canonical(value) or vocab.canonical(written)
        entry = vocab.get(name) if name else None
        if entry is not None and entry.generic:
            continue
        span = _span(query, ent, written)
        if entry is not None and span is not None:
            start, end = span
            if not ambiguous_ok(query.text, start, end, entry.form, spans):
                continue
        claim = ent.get("claim")  # set by bot.nlp.mentions
        claim = claim if claim in (KNOWN, UNKNOWN, WANTED) else None
        canonical = entry.name if entry is not None else value
        if all(c.name != canonical for c in out):
            out.append(SkillClaim(canonical, claim, written))
    return out


def claimed(claims: list[SkillClaim], claim: str) -> list[str]:
    """Names with the given claim."""
    return [c.name for c in claims if c.claim == claim]


@dataclass(frozen=True)
class Mention:
    """A recognised skill in a document text: canonical name, character span and the span's text."""

    name: str
    start: int
    end: int
    text: str
    label: str = SKILL


_LIST_GAP_RE = re.compile(r"^[\s,/&()]*(?:(?:and|or|and/or|as well as|plus)\s+)?$", re.I)
_LIST_INTRO_RE = re.compile(r"\b(?:such as|like|including|e\.g\.,?)\s*$", re.I)


def _word_like(vocab: Vocabulary, found: Found) -> bool:
    """True for a one-token form that is also an ordinary word ("Go", "C", "Spring", "node")."""
    entry = vocab.get(found.name)
    if entry is None:
        return False
    form = entry.form
    return (found.text in form.cased and form.ambiguous) or found.text.lower() in form.context


def _in_a_list(text: str, found: list[Found], i: int, vocab: Vocabulary) -> bool:
    """True when mention i is an item of a list that names a safe skill or follows "such as"."""
    lo = hi = i
    while lo > 0 and _LIST_GAP_RE.match(text[found[lo - 1].end:found[lo].start]):
        lo -= 1
    while hi + 1 < len(found) and _LIST_GAP_RE.match(text[found[hi].end:found[hi + 1].start]):
        hi += 1
    run = found[lo:hi + 1]
    return any(not _word_like(vocab, f) for f in run) or bool(_LIST_INTRO_RE.search(text[:run[0].start]))


def mentions(vocab: Vocabulary, text: str) -> list[Mention]:
    """Skill mentions in a document fact (family words included), in order.

    Documents are not chatty, so an ordinary-word form ("Go Construct", "grades A* to C") counts only
    as an item of a list of skills or after "such as".
    """
    if not text or not text.strip():
        return []
    found: list[Found] = vocab.find(text)
    return [Mention(f.name, f.start, f.end, f.text) for i, f in enumerate(found)
            if not _word_like(vocab, f) or _in_a_list(text, found, i, vocab)]
