"""spaCy EntityRuler token patterns for roles, places and skills from the store's names (spaCy tokenizer)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, Protocol

from bot.language import levels
from bot.language.inflect import plural
from bot.language.skills import skill_forms
from bot.language.words import common_short_words, stopwords
from bot.store.roles import initialism
from bot.store.types import Term


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
    if re.sub(r"[^A-Za-z]", "", phrase).lower() in common_short_words():
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


def skill_patterns(store: NameSource) -> list[dict[str, Any]]:
    """Skill patterns (id = canonical name) for the taxonomy's skills and every term of the store that is
    not a role's name.

    Phrases are lowercase (matched on LOWER); ambiguous names ("Go", "C", "Swift", "Spring") are exact-case
    ORTH patterns only, judged in context by the NLU component; family words are left out.
    """
    out: list[dict[str, Any]] = []
    names = {a.lower() for _, aliases in store.entity_names()["role"] for a in aliases}
    terms = [t.name for t in store.terms() if t.name.lower() not in names]  # "Machinists": a role, no skill
    for form in skill_forms(terms):
        out += _build("skill", [(form.name, sorted(form.phrases))])
        out += [{"label": "skill", "pattern": [{"ORTH": c}], "id": form.name} for c in sorted(form.cased)]
    return out


class NameSource(Protocol):
    """What the patterns are built from: the store's role and place names and its terms."""

    def entity_names(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]: ...

    def terms(self, role: str | None = None) -> list[Term]: ...


def initialism_patterns(roles: Iterable[tuple[str, Sequence[str]]],
                        places: Iterable[tuple[str, Sequence[str]]]) -> list[dict[str, Any]]:
    """A role's initialism written in capitals ("QS", "QSs" for "Quantity Surveyor"), when only one of
    the store's roles has it and it is no place, alias or everyday short word ("CA", "IT")."""
    names = [(ident, {a.lower() for a in aliases} | {ident.lower()}) for ident, aliases in roles]
    taken = {a.lower() for _, aliases in places for a in aliases} | {a for _, al in names for a in al}
    owners: dict[str, list[str]] = {}
    for ident, _ in names:
        acronym = initialism(ident)
        if acronym and len(acronym) <= 4:
            owners.setdefault(acronym, []).append(ident)
    out = [{"label": "role", "pattern": [{"ORTH": {"IN": [acr, f"{acr}s"]}}], "id": idents[0]}
           for acr, idents in sorted(owners.items())
           if len(idents) == 1 and acr.lower() not in taken and acr.lower() not in common_short_words()
           and acr.lower() not in stopwords()]
    return out + [pat for ident, aliases in names for pat in _short_modifier_patterns(ident, aliases)]


def _short_modifier_patterns(ident: str, aliases: set[str]) -> list[dict[str, Any]]:
    """ "OT assistant" for "Occupational Therapy Assistant", "HD mechanics" for "Heavy Diesel Mechanic":
    the modifiers' initialism, in any case, before the head noun (two or more modifier words; never a
    level word, "sr engineer" is a senior one, nor a stopword)."""
    parts = ident.split()
    short = initialism(" ".join(parts[:-1])) if len(parts) >= 3 else None
    if not short or levels.mentions(short) or short.lower() in stopwords() or \
            f"{short.lower()} {parts[-1].lower()}" in aliases:
        return []
    heads = sorted({parts[-1].lower(), plural(parts[-1]).lower()})
    return [{"label": "role", "pattern": [{"LOWER": short.lower()}, {"LOWER": head}], "id": ident}
            for head in heads]


def store_patterns(store: NameSource) -> list[dict[str, Any]]:
    """Role and place patterns for the store's names and aliases ("id" = the canonical name), and the
    roles' initialisms."""
    names = store.entity_names()
    roles, places = names.get("role", []), names.get("place", [])
    return entity_patterns(roles, places) + initialism_patterns(roles, places)
