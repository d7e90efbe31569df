"""The skill vocabulary: every term in the store (store.terms()) plus the lexicon's aliases and extras.

A term the store knows is always recognised, even if the lexicon has never heard of it; the lexicon only
adds aliases, a default category and technologies the documents never mention (so the bot can say so).
`skill_patterns(store)` exports spaCy EntityRuler patterns (label "skill", id = canonical name) for the
NLU builder; `pipeline(store)` is the cached in-process blank("en") + EntityRuler used by bot.advice.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any

from bot.advice.lexicon import GROUP_OF, LexEntry, load_lexicon, norm_key, store_category

SKILL = "skill"


@dataclass
class VocabEntry:
    """A canonical skill with everything needed to recognise and classify it."""

    name: str
    category: str
    aliases: set[str] = field(default_factory=set)  # lowercase phrases
    cased: set[str] = field(default_factory=set)  # exact-case single tokens
    context: set[str] = field(default_factory=set)  # lowercase forms needing skill context
    ambiguous: bool = False
    generic: bool = False
    in_store: bool = False
    store_roles: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)  # titles of the documents naming it

    @property
    def group(self) -> str:
        """Display group ("tools" for frameworks and version control)."""
        return GROUP_OF.get(self.category, "other")


class Vocabulary:
    """Canonical skills keyed by name, with a lowercase alias index."""

    def __init__(self) -> None:
        self.entries: dict[str, VocabEntry] = {}
        self._index: dict[str, str] = {}

    def add(self, entry: VocabEntry) -> None:
        """Register an entry and index its name and forms."""
        self.entries[entry.name] = entry
        self._index_entry(entry)

    def _index_entry(self, entry: VocabEntry) -> None:
        keys = {*entry.aliases, *(c.lower() for c in entry.cased), *entry.context}
        if not entry.ambiguous:
            keys.add(norm_key(entry.name))
        for k in keys:
            self._index.setdefault(k, entry.name)
        self._index.setdefault(norm_key(entry.name), entry.name)

    def canonical(self, value: str) -> str | None:
        """Canonical name for a surface form ("Postgres" -> "PostgreSQL"); handles "Version Control (Git)"."""
        key = norm_key(value).strip(" .,;:!?")
        if not key:
            return None
        for variant in (key, _bare(key)):
            if variant in self._index:
                return self._index[variant]
        match = re.fullmatch(r"(.+?)\s*\((.+)\)", key)
        if match:
            for part in (match.group(2), match.group(1)):
                if part.strip() in self._index:
                    return self._index[part.strip()]
        return None

    def get(self, name: str) -> VocabEntry | None:
        """The entry for a canonical name."""
        return self.entries.get(name)

    def category(self, name: str) -> str:
        """Fine category of a canonical name ("other" when unknown)."""
        entry = self.entries.get(name)
        return entry.category if entry else "other"


_MODIFIERS_RE = re.compile(
    r"^(?:(?:strong|excellent|good|solid|deep|great|basic|advanced|proven|proficiency in|experience with|"
    r"knowledge of|familiarity with|understanding of)\s+)+"
)


def _bare(key: str) -> str:
    """"strong communication skills" -> "communication": without modifiers and a trailing "skills"."""
    bare = _MODIFIERS_RE.sub("", key)
    return re.sub(r"\s+skills?$", "", bare) or key


def _from_lexicon(lex: LexEntry) -> VocabEntry:
    return VocabEntry(
        name=lex.name, category=lex.category, aliases=set(lex.aliases), cased=set(lex.cased),
        context=set(lex.context), ambiguous=lex.ambiguous, generic=lex.generic,
    )


def _merge_category(store_label: str, lexicon_category: str) -> str:
    """The store's category wins, unless it only says less than the lexicon (same display group)."""
    mapped = store_category(store_label)
    if mapped is None or GROUP_OF.get(mapped) == GROUP_OF.get(lexicon_category):
        return lexicon_category
    return mapped


def build_vocabulary(store: Any) -> Vocabulary:
    """Lexicon entries plus every store term (kept under its own name when the lexicon lacks it)."""
    vocab = Vocabulary()
    for lex in load_lexicon():
        vocab.add(_from_lexicon(lex))
    for term in store.terms():
        name = " ".join(str(term.name).split())
        if not name:
            continue
        known = vocab.canonical(name)
        if known is not None:
            entry = vocab.entries[known]
            if not entry.in_store:
                entry.category = _merge_category(term.category, entry.category)
        else:
            short = len(name) <= 2
            entry = VocabEntry(
                name=name, category=store_category(term.category, vague=True) or "other",
                aliases=set() if short else {norm_key(name)}, cased={name} if short else set(),
                ambiguous=short,
            )
            vocab.add(entry)
        entry.in_store = True
        if getattr(term, "role", None):
            entry.store_roles.add(str(term.role))
        title = getattr(getattr(term, "source", None), "title", "")
        if title and title not in entry.sources:
            entry.sources.append(title)
    return vocab


def _entry_patterns(entry: VocabEntry, with_context: bool) -> list[dict[str, Any]]:
    phrases = set(entry.aliases)
    if not entry.ambiguous:
        phrases.add(norm_key(entry.name))
    if with_context:
        phrases |= entry.context
    out: list[dict[str, Any]] = [{"label": SKILL, "pattern": p, "id": entry.name} for p in sorted(phrases)]
    out += [{"label": SKILL, "pattern": [{"ORTH": c}], "id": entry.name} for c in sorted(entry.cased)]
    return out


def vocabulary_patterns(vocab: Vocabulary, *, with_context: bool, with_generic: bool) -> list[dict[str, Any]]:
    """EntityRuler patterns for a vocabulary (deterministic order)."""
    out: list[dict[str, Any]] = []
    for name in sorted(vocab.entries):
        entry = vocab.entries[name]
        if entry.generic and not with_generic:
            continue
        out += _entry_patterns(entry, with_context)
    return out


def skill_patterns(store: Any) -> list[dict[str, Any]]:
    """spaCy EntityRuler patterns (label "skill", id = canonical term) for the NLU builder.

    Phrase patterns are lowercase (matched on LOWER); ambiguous names ("Go", "C", "Swift", "Spring") are
    exact-case ORTH token patterns only, so "how do I go about it" never yields a skill entity.
    """
    return vocabulary_patterns(build_vocabulary(store), with_context=False, with_generic=False)


@dataclass
class Pipeline:
    """A store's vocabulary with its in-process spaCy matcher (skills, generics and store roles)."""

    vocab: Vocabulary
    nlp: Any


_CACHE: dict[str, Pipeline] = {}
_LOCK = threading.Lock()


def store_key(store: Any) -> str:
    """Cache key for a store's contents: its generation token when it has one (cheap), else checksum()."""
    generation = getattr(store, "generation", None)
    if callable(generation):
        try:
            token = str(generation())
            if token:
                return f"gen:{token}"
        except Exception:  # noqa: BLE001 - fall back to the contract's checksum()
            pass
    return f"sha:{store.checksum()}"


def pipeline(store: Any) -> Pipeline:
    """Cached (per store checksum) vocabulary + blank("en") EntityRuler; no downloads."""
    key = store_key(store)
    with _LOCK:
        cached = _CACHE.get(key)
    if cached is not None:
        return cached
    import spacy

    vocab = build_vocabulary(store)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    patterns = vocabulary_patterns(vocab, with_context=True, with_generic=True)
    try:
        role_patterns = [p for p in store.entity_patterns() if p.get("label") == "role"]
    except Exception:  # noqa: BLE001 - roles are a convenience here; skills must still work
        role_patterns = []
    for p in role_patterns:
        pat = p.get("pattern")
        patterns.append({**p, "pattern": norm_key(pat) if isinstance(pat, str) else pat})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    built = Pipeline(vocab=vocab, nlp=nlp)
    with _LOCK:
        if len(_CACHE) >= 8:
            _CACHE.clear()
        _CACHE[key] = built
    return built
