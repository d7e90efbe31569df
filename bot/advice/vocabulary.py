"""The skill vocabulary of a store: every store term (store.terms()) plus the taxonomy (bot.language.skills).

A term the store knows is always recognised, even if the taxonomy has never heard of it; the taxonomy adds
aliases, a default category and skills no document mentions (so the bot can say so). `vocabulary(store)` is
cached per store object and generation. `skill_patterns(store)` exports EntityRuler patterns for the NLU
builder. No spaCy here: document facts are read with the pure-Python `SkillMatcher`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.advice.cache import PerStore
from bot.core.protocol import Store
from bot.language.skill_matcher import Found, SkillMatcher
from bot.language.skills import (
    SkillForm,
    bare,
    category_of_label,
    norm_key,
    skill_forms,
    taxonomy,
)

SKILL = "skill"

# Checklist groups, in display order, and their titles (each category of the scheme has a group).
GROUPS: tuple[str, ...] = ("languages", "databases", "cloud", "tools", "practices", "technical_skills",
                           "knowledge", "certifications", "soft_skills", "other")
GROUP_TITLES: dict[str, str] = {
    "languages": "Languages", "databases": "Databases", "cloud": "Cloud", "tools": "Tools and frameworks",
    "practices": "Practices and methods", "technical_skills": "Clinical and technical skills",
    "knowledge": "Knowledge", "certifications": "Licences and certifications", "soft_skills": "Soft skills",
    "other": "Other skills",
}


def group_of(category: str) -> str:
    """The checklist group of a category ("frameworks" -> "tools")."""
    cat = taxonomy().categories.get(category)
    return cat.group if cat is not None and cat.group in GROUP_TITLES else "other"


@dataclass
class VocabEntry:
    """A canonical skill with its forms, category and where the store's documents name it."""

    form: SkillForm
    category: str
    in_store: bool = False
    store_roles: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)  # titles of the documents naming it

    @property
    def name(self) -> str:
        """Canonical name."""
        return self.form.name

    @property
    def generic(self) -> bool:
        """A family word ("Databases"), satisfied by any skill of its category."""
        return self.form.generic

    @property
    def group(self) -> str:
        """Checklist group."""
        return group_of(self.category)


class Vocabulary:
    """Canonical skills keyed by name, a lowercase form index and a matcher for document text."""

    def __init__(self, forms: list[SkillForm]) -> None:
        self.entries: dict[str, VocabEntry] = {}
        self._index: dict[str, str] = {}
        for form in forms:
            self.entries[form.name] = VocabEntry(form, form.category or "other")
            for key in (*form.phrases, *(c.lower() for c in form.cased), *form.context):
                self._index.setdefault(key, form.name)
        for form in forms:
            self._index.setdefault(norm_key(form.name), form.name)
        self.matcher = SkillMatcher(forms)

    def canonical(self, value: str) -> str | None:
        """Canonical name for a surface form ("Postgres" -> "PostgreSQL"), the taxonomy's rules included."""
        key = norm_key(value).strip(" .,;:!?")
        if not key:
            return None
        for variant in (key, bare(key)):
            if variant in self._index:
                return self._index[variant]
        name = taxonomy().canonical(value)
        return name if name in self.entries else None

    def get(self, name: str) -> VocabEntry | None:
        """The entry of a canonical name."""
        return self.entries.get(name)

    def category(self, name: str) -> str:
        """Category of a canonical name ("other" when unknown)."""
        entry = self.entries.get(name)
        return entry.category if entry else "other"

    def generic(self, name: str) -> bool:
        """True for a family word."""
        entry = self.entries.get(name)
        return bool(entry and entry.generic)

    def find(self, text: str) -> list[Found]:
        """Skill mentions in a document text (family words included), in order."""
        return self.matcher.find(text)


def _merge_category(store_label: str, taxonomy_category: str) -> str:
    """The store's category wins (the documents are the evidence), unless it is vague or the taxonomy knows
    the skill as a concept (a head noun such as "operating systems" does not make knowledge a product)."""
    mapped = category_of_label(store_label)
    if mapped is None:
        return taxonomy_category
    category = taxonomy().categories.get(taxonomy_category)
    concept = category is not None and not category.named
    return taxonomy_category if concept and taxonomy_category != "other" else mapped


def build_vocabulary(store: Store) -> Vocabulary:
    """Taxonomy entries plus every store term (kept under its own name when the taxonomy lacks it)."""
    terms = store.terms()
    vocab = Vocabulary(skill_forms([t.name for t in terms], generic=True))
    for term in terms:
        name = vocab.canonical(" ".join(str(term.name).split()))
        entry = vocab.entries.get(name) if name else None
        if entry is None:
            continue
        if not entry.in_store:
            entry.category = _merge_category(term.category, entry.category)
        entry.in_store = True
        if term.role:
            entry.store_roles.add(str(term.role))
        title = term.source.title if term.source else ""
        if title and title not in entry.sources:
            entry.sources.append(title)
    return vocab


_VOCABULARIES: PerStore[Vocabulary] = PerStore(lambda store, _key: build_vocabulary(store), size=8)


def vocabulary(store: Store) -> Vocabulary:
    """The store's vocabulary, cached per store object and generation (never a failure)."""
    return _VOCABULARIES.get(store)


def _patterns(form: SkillForm) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"label": SKILL, "pattern": p, "id": form.name}
                                 for p in sorted(form.phrases)]
    out += [{"label": SKILL, "pattern": [{"ORTH": c}], "id": form.name} for c in sorted(form.cased)]
    return out


def skill_patterns(store: Store) -> list[dict[str, Any]]:
    """spaCy EntityRuler patterns (label "skill", id = canonical name) for the NLU builder.

    Phrase patterns are lowercase (matched on LOWER); ambiguous names ("Go", "C", "Swift", "Spring") are
    exact-case ORTH token patterns only, so "how do I go about it" never yields a skill entity. Family
    words and context-only forms are left out (`bot.language.skills.skill_forms` has them all).
    """
    forms = skill_forms([t.name for t in store.terms()])
    return [p for form in forms for p in _patterns(form)]
