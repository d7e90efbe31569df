"""spaCy EntityRuler token patterns for roles, places and skills (spaCy's tokenizer when installed)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

# Short aliases that are also everyday words: matched case-sensitively ("US" but not "tell us").
COMMON_WORDS = frozenset(
    [
        "us",
        "la",
        "it",
        "in",
        "me",
        "hi",
        "ok",
        "or",
        "am",
        "an",
        "as",
        "at",
        "be",
        "do",
        "go",
        "he",
        "if",
        "is",
        "my",
        "no",
        "of",
        "on",
        "so",
        "to",
        "up",
        "we",
        "ca",
        "de",
        "id",
        "co",
        "ma",
        "pa",
        "ne",
        "sc",
        "ri",
        "oh",
        "al",
        "ga",
        "mo",
        "nc",
        "nh",
        "nj",
        "nm",
        "ok",
    ]
)


@lru_cache(maxsize=1)
def _tokenizer() -> Callable[[str], list[str]]:
    """spaCy's English tokenizer (blank pipeline, no model download); a regex fallback without spaCy."""
    try:
        import spacy  # noqa: PLC0415 - optional and heavy, only needed when building patterns

        nlp = spacy.blank("en")
        return lambda text: [t.text for t in nlp.tokenizer(text)]
    except ImportError:  # pragma: no cover - spaCy is part of the project environment
        return lambda text: text.split()


def tokens(text: str) -> list[str]:
    """Tokens of a phrase as spaCy's English tokenizer splits it."""
    return [t for t in _tokenizer()(text) if t.strip()]


def _pattern(label: str, ident: str, phrase: str) -> dict[str, Any] | None:
    toks = tokens(phrase)
    if not toks:
        return None
    if re.sub(r"[^A-Za-z]", "", phrase).lower() in COMMON_WORDS:
        # "US", "LA": case-sensitive so "tell us" or "la" do not match.
        return {"label": label, "pattern": [{"ORTH": t} for t in toks], "id": ident}
    return {"label": label, "pattern": [{"LOWER": t.lower()} for t in toks], "id": ident}


def _build(label: str, items: Iterable[tuple[str, Sequence[str]]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for ident, phrases in items:
        for phrase in phrases:
            pat = _pattern(label, ident, phrase)
            if pat is None:
                continue
            sig = repr((pat["pattern"], ident))
            if sig not in seen:
                seen.add(sig)
                out.append(pat)
    return out


def entity_patterns(
    roles: Iterable[tuple[str, Sequence[str]]], places: Iterable[tuple[str, Sequence[str]]]
) -> list[dict[str, Any]]:
    """Role and place patterns; each role/place contributes its canonical name and aliases."""
    return _build("role", roles) + _build("place", places)


def skill_patterns(names: Iterable[str]) -> list[dict[str, Any]]:
    """Skill patterns, one per term name."""
    return _build("skill", ((n, (n,)) for n in names))
