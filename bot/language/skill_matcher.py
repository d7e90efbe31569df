"""A pure-Python matcher for skills in text, by the taxonomy's forms (bot.language.skills.skill_forms):
token n-gram lookups, longest phrase first, ambiguous one-token forms judged by bot.language.claims."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.language.claims import Token, ambiguous_ok, tokenize
from bot.language.skills import SkillForm


@dataclass(frozen=True)
class Found:
    """A skill found in a text: canonical name and the span as written."""

    name: str
    start: int
    end: int
    text: str


def _fold(text: str) -> str:
    """Lowercase with unified dashes and apostrophes, keeping every character's offset."""
    folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return re.sub(r"[\u2010-\u2015\u2212]", "-", folded).replace("\u2019", "'")


def phrase_key(text: str) -> str:
    """Tokens of a lowercase phrase joined by spaces ("CI/CD" -> "ci / cd"), as the matcher compares them."""
    return " ".join(t.text for t in tokenize(_fold(text)))


class SkillMatcher:
    """Finds skills in a text by their forms: longest phrase first, then exact-case and context tokens,
    ambiguous one-token forms judged by `claims.ambiguous_ok`. Token n-gram lookups, no regex per form."""

    def __init__(self, forms: Iterable[SkillForm]) -> None:
        self.forms: dict[str, SkillForm] = {}
        self._phrases: dict[str, str] = {}
        self._cased: dict[str, str] = {}
        self._context: dict[str, str] = {}
        for form in forms:
            self.forms[form.name] = form
            for p in form.phrases:
                self._phrases.setdefault(phrase_key(p), form.name)
            for c in form.cased:
                self._cased.setdefault(c, form.name)
            for c in form.context:
                self._context.setdefault(c, form.name)
        self._longest = max((k.count(" ") + 1 for k in self._phrases), default=1)

    def _at(self, text: str, toks: list[Token], low: list[str], i: int) -> tuple[int, str] | None:
        """(number of tokens, name) of the longest form starting at token i."""
        for size in range(min(self._longest, len(toks) - i), 0, -1):
            name = self._phrases.get(" ".join(low[i:i + size]))
            if name:
                return size, name
        written = text[toks[i].start:toks[i].end]
        name = self._cased.get(written) or self._context.get(low[i])
        return (1, name) if name else None

    def find(self, text: str) -> list[Found]:
        """Skill mentions in `text`, in order, without overlaps."""
        if not text:
            return []
        toks = tokenize(_fold(text))
        low = [t.text for t in toks]
        chosen: list[tuple[int, int, str]] = []
        i = 0
        while i < len(toks):
            hit = self._at(text, toks, low, i)
            if hit is None:
                i += 1
                continue
            size, name = hit
            chosen.append((toks[i].start, toks[i + size - 1].end, name))
            i += size
        spans = [(s, e) for s, e, _ in chosen]
        return [Found(n, s, e, text[s:e]) for s, e, n in chosen
                if ambiguous_ok(text, s, e, self.forms[n], spans)]
