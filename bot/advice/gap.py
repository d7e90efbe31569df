"""The skill gap between what a user knows and what the documents ask of a role, plus next steps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot import facets
from bot.advice.requirements import Requirement, role_requirements
from bot.advice.vocabulary import GROUPS, Vocabulary, group_of, vocabulary
from bot.core.protocol import Store

_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_EXPERIENCE_RE = re.compile(r"\b(years?|proven|extensive)\b[^.]*\bexperience\b|\bexperience\b[^.]*\byears?\b",
                            re.I)
_BULLET_SPLIT_RE = re.compile(r"\s*(?:\n|•|\u2022|^\s*[-*]\s+)\s*")
MAX_LEARN = 3
NOT_LEARNABLE = ("soft_skills", "knowledge", "other")
_EDUCATION_CUES = (
    re.compile(r"\bdegree\b", re.I), re.compile(r"\b(internships?|personal projects?)\b", re.I),
)
LEARN_ORDER: tuple[str, ...] = (
    "languages", "databases", "frameworks", "cloud", "tools", "platforms", "practices", "testing",
    "technical_skills", "certifications", "knowledge",
)
_VERB = {"practices": "Practise", "testing": "Practise", "technical_skills": "Practise",
         "certifications": "Get"}


@dataclass
class Item:
    """A requirement checked against the user's skills."""

    requirement: Requirement
    matched: list[str] = field(default_factory=list)

    @property
    def group(self) -> str:
        """Display group of the requirement."""
        return group_of(self.requirement.category)


@dataclass
class Step:
    """One next step: what to do, of which kind, and the document it comes from."""

    kind: str  # learn | education | experience | project | course | certification
    text: str
    source: str


@dataclass
class Gap:
    """Have / missing requirements, unmatched user skills, experience asked for, next steps, sources."""

    role: str
    skills: list[str]
    have: list[Item]
    missing: list[Item]
    elsewhere: dict[str, list[str]]  # user skill -> other roles whose documents list it
    unmentioned: list[str]  # user skills no document mentions for this role
    experience: list[Step]
    next_steps: list[Step]
    sources: list[str]

    def missing_by_group(self) -> dict[str, list[Item]]:
        """Missing items per display group, in GROUPS order (every group present)."""
        out: dict[str, list[Item]] = {g: [] for g in GROUPS}
        for item in self.missing:
            out[item.group].append(item)
        return out


def sentences(text: str) -> list[str]:
    """Sentences (and bullet items) of a fact text."""
    out: list[str] = []
    for part in _BULLET_SPLIT_RE.split(text):
        out += [s.strip() for s in _SENTENCE_RE.split(part) if s.strip()]
    return out


def _match(req: Requirement, skills: list[str], vocab: Vocabulary) -> list[str]:
    """The user's skills that are terms of the requirement; a bare family word ("Database management")
    is covered by any skill of its category."""
    options = set(req.specific(vocab))
    if options:
        return [s for s in skills if s in options]
    return [s for s in skills if vocab.category(s) == req.category and not _is_generic(vocab, s)]


def _is_generic(vocab: Vocabulary, name: str) -> bool:
    entry = vocab.get(name)
    return bool(entry and entry.generic)


def _role_chain(store: Store, role: str) -> list[str]:
    """The role and its parent (base) role, for facets a senior page does not cover."""
    chain = [role]
    for ref in store.roles():
        if ref.name == role and ref.parent and ref.parent not in chain:
            chain.append(ref.parent)
    return chain


def _first_facts(store: Store, chain: list[str], facet: str) -> list[Any]:
    for role in chain:
        found = store.facts(role, facet)
        if found:
            return found
    return []


def experience_lines(store: Store, role: str) -> list[Step]:
    """Sentences asking for (years of / proven) experience, from how-to-become and qualifications facts."""
    out: list[Step] = []
    for facet in (facets.HOW_TO_BECOME, facets.QUALIFICATIONS, facets.EDUCATION):
        for fact in store.facts(role, facet):
            for sent in sentences(fact.text):
                if _EXPERIENCE_RE.search(sent) and all(s.text != sent for s in out):
                    out.append(Step("experience", sent, fact.source.title))
    return out


def _bullets(facts_: list[Any]) -> list[tuple[str, str]]:
    """Short list items of project/course facts (intros ending with ":" dropped)."""
    items: list[tuple[str, str]] = []
    for fact in facts_:
        for sent in sentences(fact.text):
            if sent.endswith(":") or len(sent.split()) > 14:
                continue
            items.append((sent.rstrip("."), fact.source.title))
    return items


def either(names: list[str]) -> str:
    """"A", "A or B", "A, B or C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def _first_sentence(
    store: Store, chain: list[str], facet_list: tuple[str, ...], cue: re.Pattern[str]
) -> Step | None:
    """The first sentence matching `cue` in the role's (or its base role's) facts of the given facets."""
    for role in chain:
        for facet in facet_list:
            for fact in store.facts(role, facet):
                for sent in sentences(fact.text):
                    if cue.search(sent):
                        return Step("education", sent, fact.source.title)
    return None


def next_steps(store: Store, role: str, missing: list[Item], vocab: Vocabulary) -> list[Step]:
    """Learn-what's-missing steps, then education, projects, courses and certification from the documents."""
    chain = _role_chain(store, role)
    steps: list[Step] = []
    order = {c: i for i, c in enumerate(LEARN_ORDER)}
    learnable = [it for it in missing if it.requirement.category not in NOT_LEARNABLE]
    for item in sorted(learnable, key=lambda it: order.get(it.requirement.category, 99))[:MAX_LEARN]:
        req = item.requirement
        opts = req.specific(vocab) or req.options
        verb = _VERB.get(req.category, "Learn")
        steps.append(Step("learn", f"{verb} {either(opts[:4])}", req.sources[0] if req.sources else ""))
    for cue in _EDUCATION_CUES:
        step = _first_sentence(store, chain, (facets.EDUCATION, facets.HOW_TO_BECOME), cue)
        if step is not None:
            steps.append(step)
    for text, title in _bullets(_first_facts(store, chain, facets.PROJECTS)):
        steps.append(Step("project", text, title))
    for fact in _first_facts(store, chain, facets.COURSES)[:1]:
        first = sentences(fact.text)
        if first:
            steps.append(Step("course", first[0], fact.source.title))
    cert: list[Step] = []
    for facet in (facets.CERTIFICATION, facets.HOW_TO_BECOME):
        for fact in store.facts(role, facet):
            for sent in sentences(fact.text):
                if (facet == facets.CERTIFICATION or "certif" in sent.lower()) and \
                        all(c.text != sent for c in cert):
                    cert.append(Step("certification", sent, fact.source.title))
    return steps + cert


def compute_gap(store: Store, role: str, skills: list[str]) -> Gap:
    """Check `skills` (canonical names) against everything the documents list for `role`."""
    vocab = vocabulary(store)
    have: list[Item] = []
    missing: list[Item] = []
    used: set[str] = set()
    for req in role_requirements(store, role):
        hit = _match(req, skills, vocab)
        (have if hit else missing).append(Item(req, hit))
        used.update(hit)
    elsewhere: dict[str, list[str]] = {}
    unmentioned: list[str] = []
    for skill in skills:
        if skill in used:
            continue
        entry = vocab.get(skill)
        others = sorted(r for r in (entry.store_roles if entry else set()) if r != role)
        if others:
            elsewhere[skill] = others
        elif not entry or role not in entry.store_roles:
            unmentioned.append(skill)
    experience = experience_lines(store, role)
    steps = next_steps(store, role, missing, vocab)
    sources: list[str] = []
    for title in [*(t for it in have + missing for t in it.requirement.sources),
                  *(s.source for s in experience + steps)]:
        if title and title not in sources:
            sources.append(title)
    return Gap(role, list(skills), have, missing, elsewhere, unmentioned, experience, steps, sources)
