"""The skill taxonomy (bot/data/skills.yml): one category scheme for every occupation, aliases, forms.

Used by ingestion (categories of listed terms, head nouns, names picked out of running text), by
bot.advice (canonical names, categories, a pure-Python matcher for document facts) and by the NLU
builder (`skill_forms`: phrases and exact-case tokens for an EntityRuler; `bot.language.claims`
then judges ambiguous one-token forms and whether the user claims the skill). The matcher for plain
text is bot.language.skill_matcher. No spaCy here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bot.language.data import table


@dataclass(frozen=True)
class Category:
    """One category of the scheme: its checklist title and group, named-ness and head nouns."""

    name: str
    title: str
    group: str
    named: bool
    heads: tuple[str, ...]


@dataclass(frozen=True)
class Skill:
    """A taxonomy entry (see the header of skills.yml)."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()  # as written ("Golang", "k8s")
    cased: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    ambiguous: bool = False
    generic: bool = False


@dataclass
class SkillForm:
    """How to recognise one canonical skill in text (for an EntityRuler or bot.language.skill_matcher).

    `phrases` match case-insensitively (lowercase), `cased` only in exact case, `context` (lowercase)
    only where `claims.ambiguous_ok` accepts them; `ambiguous` marks a name that is also a common word.
    `category` is the taxonomy's ("" for a store term the taxonomy does not know).
    """

    name: str
    phrases: list[str] = field(default_factory=list)
    cased: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    ambiguous: bool = False
    category: str = ""
    generic: bool = False


def norm_key(text: str) -> str:
    """Lookup key: NFKC, lowercased, unified dashes/quotes, collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return " ".join(text.lower().split())


_MODIFIERS_RE = re.compile(
    r"^(?:(?:strong|excellent|good|solid|deep|great|basic|advanced|proven|sound|proficiency in|"
    r"experience with|experience in|knowledge of|familiarity with|understanding of|the ability to|"
    r"ability to|to be able to|to be)\s+)+")
_NOT_SOFT = frozenset({"technical", "computer", "programming", "coding", "it", "digital", "maths", "math",
                       "language", "clinical", "mechanical", "engineering", "software", "design"})
_VAGUE_LABELS = frozenset({"data", "infrastructure", "technology", "technologie", "misc", "general", "other"})
_LABEL_WORDS: tuple[tuple[str, str], ...] = (
    ("soft", "soft_skills"), ("personal", "soft_skills"), ("trait", "soft_skills"),
    ("quality", "soft_skills"),
    ("version", "tools"), ("vcs", "tools"), ("lang", "languages"), ("database", "databases"),
    ("db", "databases"), ("storage", "databases"), ("cloud", "cloud"), ("framework", "frameworks"),
    ("librar", "frameworks"), ("platform", "platforms"), ("test", "testing"), ("practice", "practices"),
    ("method", "practices"), ("api", "practices"), ("concept", "knowledge"), ("foundation", "knowledge"),
    ("knowledge", "knowledge"), ("clinical", "technical_skills"), ("technical", "technical_skills"),
    ("certif", "certifications"), ("licen", "certifications"), ("tool", "tools"), ("devops", "tools"),
    ("equipment", "tools"),
)


def bare(key: str) -> str:
    """"strong communication skills" -> "communication": without modifiers and a trailing "skills"."""
    stripped = _MODIFIERS_RE.sub("", key)
    return re.sub(r"\s+skills?$", "", stripped) or key


class Taxonomy:
    """The loaded skills.yml: categories, entries and a lowercase index of every form."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.categories: dict[str, Category] = {
            name: Category(name, str(c["title"]), str(c["group"]), bool(c.get("named")),
                           tuple(norm_key(h) for h in c.get("heads") or ()))
            for name, c in (data.get("categories") or {}).items()}
        self.skills: dict[str, Skill] = {}
        self._index: dict[str, str] = {}
        self._written: dict[str, str] = {}
        for raw in data.get("terms") or ():
            self._add(raw)
        self.heads = sorted(((h, c.name) for c in self.categories.values() for h in c.heads),
                            key=lambda hc: -len(hc[0]))
        self.soft_heads = frozenset(norm_key(w) for w in data.get("soft_skill_heads") or ())
        self.soft_words = frozenset(norm_key(w) for w in data.get("soft_skill_words") or ())
        self.not_skills = frozenset(norm_key(str(w)) for w in data.get("not_skills") or ())

    def _add(self, raw: dict[str, Any]) -> None:
        skill = Skill(name=str(raw["name"]), category=str(raw.get("category", "other")),
                      aliases=tuple(str(a) for a in raw.get("aliases") or ()),
                      cased=tuple(str(c) for c in raw.get("cased") or ()),
                      context=tuple(norm_key(str(c)) for c in raw.get("context") or ()),
                      ambiguous=bool(raw.get("ambiguous", False)), generic=bool(raw.get("generic", False)))
        if skill.category not in self.categories:
            raise ValueError(f"skills.yml: unknown category {skill.category!r} for {skill.name!r}")
        self.skills[skill.name] = skill
        for form in (*skill.aliases, *(c for c in skill.cased), *skill.context, skill.name):
            self._index.setdefault(norm_key(form), skill.name)
        for form in (skill.name, *skill.aliases):
            if form != form.lower() or form == skill.name:
                self._written.setdefault(norm_key(form), form)

    def get(self, name: str) -> Skill | None:
        """The entry of a canonical name."""
        return self.skills.get(name)

    def canonical(self, text: str) -> str | None:
        """Canonical name of a surface form ("Postgres" -> "PostgreSQL", "Version Control (Git)" -> "Git",
        "strong communication skills" -> "Communication", "multimeters" -> "Multimeter"); None if unknown."""
        key = norm_key(text).strip(" .,;:!?")
        if not key:
            return None
        for variant in (key, bare(key), re.sub(r"(?<=[a-z])e?s$", "", key)):
            if variant in self._index:
                return self._index[variant]
        match = re.fullmatch(r"(.+?)\s*\((.+)\)", key)
        if match:
            for part in (match.group(2).strip(), match.group(1).strip()):
                if part in self._index:
                    return self._index[part]
        return None

    def category(self, name: str) -> str | None:
        """Category of a known skill (by any of its forms), else None."""
        canonical = self.canonical(name)
        return self.skills[canonical].category if canonical else None

    def named_category(self, text: str) -> str | None:
        """Category of `text` when it is a proper name of the taxonomy (a named category's entry)."""
        cat = self.category(text)
        return cat if cat and self.categories[cat].named else None

    def written(self, text: str) -> str:
        """How the taxonomy writes a form ("golang" -> "Golang", "mysql" -> "MySQL"); else `text`."""
        return self._written.get(norm_key(text), text)

    def head_category(self, head: str) -> str | None:
        """Category named by an inline list's head phrase ("Version control systems" -> "tools")."""
        h = norm_key(head)
        for noun, cat in self.heads:
            if h == noun or h.endswith(" " + noun) or h.endswith("-" + noun):
                return cat
        return None

    def soft_skill_like(self, text: str) -> bool:
        """True for a phrase naming a personal quality ("Critical-thinking skills", "Compassion")."""
        words = re.split(r"[\s-]+", norm_key(text).strip(" .,;:"))
        if not words or any(w in _NOT_SOFT for w in words):
            return False
        return words[-1] in self.soft_heads or any(w in self.soft_words for w in words)

    def scan_names(self) -> list[str]:
        """Forms of named entries that may be picked out of running text, exactly as written."""
        out: list[str] = []
        for skill in self.skills.values():
            if skill.generic or not self.categories[skill.category].named:
                continue
            if not skill.ambiguous:
                out.append(skill.name)
            out += [a for a in skill.aliases if a != a.lower()]
        return out


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The taxonomy of bot/data/skills.yml, loaded once."""
    return Taxonomy(table("skills"))


def category_of_label(label: str | None) -> str | None:
    """The scheme's category for a store category label ("language", "Databases", "apis"); None if vague."""
    low = (label or "").strip().lower().replace("-", "_").replace(" ", "_")
    if not low or low.rstrip("s") in _VAGUE_LABELS or low in _VAGUE_LABELS:
        return None
    if low in taxonomy().categories and low != "other":
        return low
    for word, category in _LABEL_WORDS:
        if word in low:
            return category
    return None


def _form_of(skill: Skill) -> SkillForm:
    phrases = {norm_key(a) for a in skill.aliases}
    if not skill.ambiguous:
        phrases.add(norm_key(skill.name))
    return SkillForm(skill.name, sorted(phrases), sorted(skill.cased), sorted(skill.context),
                     skill.ambiguous, skill.category, skill.generic)


def skill_forms(store_term_names: Iterable[str], *, generic: bool = False) -> list[SkillForm]:
    """Every taxonomy skill plus every store term the taxonomy has never heard of (the store is the source
    of truth), by canonical name. Family words ("Databases") only with `generic=True`."""
    tax = taxonomy()
    forms = {name: _form_of(s) for name, s in tax.skills.items() if generic or not s.generic}
    for raw in store_term_names:
        name = " ".join(str(raw).split())
        if not name:
            continue
        key = norm_key(name)
        canonical = tax.canonical(name)
        if canonical is not None:
            form = forms.get(canonical)
            blocked = {c.lower() for c in form.cased} | set(form.context) if form else set()
            if form is not None and key not in form.phrases and key not in blocked and len(key) > 2:
                form.phrases.append(key)
            continue
        if any(key in f.phrases or key in {c.lower() for c in f.cased} for f in forms.values()):
            continue
        short = len(name) <= 2
        forms[name] = SkillForm(name, [] if short else [key], [name] if short else [], [], short)
    return [forms[n] for n in sorted(forms)]
