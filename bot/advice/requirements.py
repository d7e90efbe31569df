"""What the documents ask of a role, as requirement groups built from the store's facts.

"Programming languages such as Java, Python, or Ruby" is one requirement with three alternatives; the
job description's bullets "Python", "Ruby" fold into it; "problem-solving and analytical skills" are two
requirements. Groups of the same category that share a term are merged across facts and documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot import facets
from bot.advice.cache import PerStore
from bot.advice.extract import Mention, mentions
from bot.advice.vocabulary import SKILL, Vocabulary, vocabulary
from bot.core.protocol import Store

# Facets whose terms are requirements, in label-priority order; FAQ only widens existing requirements.
REQUIREMENT_FACETS: tuple[str, ...] = (
    facets.TOP_SKILLS, facets.QUALIFICATIONS, facets.SKILLS, facets.TOOLS, facets.HOW_TO_BECOME,
    facets.PERSONALITY, facets.CERTIFICATION,
)
WIDENING_FACETS: tuple[str, ...] = (facets.FAQ,)

_SEP_RE = re.compile(r"^[ \t]*[,/&]?[ \t]*(?:(?:and/or|and|or|as well as|plus|&)[ \t]+)?$", re.I)
_HEAD_RE = re.compile(r"^[ \t]*(?:[\w-]+[ \t]+){0,2}?(?:such as|like|including|e\.g\.,?|for example,?)[ \t]*$"
                      r"|^[ \t]*\([ \t]*$", re.I)
_INTRO_RE = re.compile(r"((?:[A-Za-z][\w-]*[ \t]+){1,3}(?:such as|like|including|e\.g\.,?)[ \t]*)$", re.I)
_OR_RE = re.compile(r"\bor\b|/", re.I)
_INTRO_STOP = {"in", "with", "of", "and", "as", "have", "the", "for", "to", "using", "use"}


@dataclass
class Requirement:
    """One thing a role asks for: alternatives (any one satisfies it), its category, label and sources."""

    category: str
    options: list[str]
    label: str
    sources: list[str] = field(default_factory=list)
    facet: str = ""
    weight: int = 0  # label quality: 2 = "X such as A, B", 1 = a list, 0 = a single term
    size: int = 1  # number of alternatives the label names
    candidates: list[tuple[int, frozenset[str], int, str]] = field(default_factory=list)

    def specific(self, vocab: Vocabulary) -> list[str]:
        """The options that are concrete technologies (not family words such as "Databases")."""
        return [o for o in self.options if not _generic(vocab, o)]

    def generic(self, vocab: Vocabulary) -> bool:
        """True when a family word is among the options ("any database counts")."""
        return any(_generic(vocab, o) for o in self.options)


def _generic(vocab: Vocabulary, name: str) -> bool:
    entry = vocab.get(name)
    return bool(entry and entry.generic)


def _label_from(text: str, start: int, end: int, with_intro: bool) -> str:
    if with_intro:
        intro = _INTRO_RE.search(text[:start])
        if intro:
            words = intro.group(1).split()
            while words and words[0].lower() in _INTRO_STOP:
                words.pop(0)
            if words:
                start = start - len(intro.group(1)) + intro.group(1).find(words[0])
    if text[end:end + 1] == ")" and "(" in text[start:end]:
        end += 1
    label = " ".join(text[start:end].split())
    return label[:1].upper() + label[1:]


def _runs(text: str, skills: list[Mention]) -> list[tuple[list[Mention], bool]]:
    """Consecutive mentions joined only by list separators (or a "X such as" head) -> (run, has_head)."""
    runs: list[tuple[list[Mention], bool]] = []
    current: list[Mention] = []
    head = False
    for m in skills:
        if current:
            between = text[current[-1].end:m.start]
            if _SEP_RE.match(between):
                current.append(m)
                continue
            if len(current) == 1 and _HEAD_RE.match(between):
                current.append(m)
                head = True
                continue
            if _HEAD_RE.match(between) and current:
                runs.append((current[:-1], head))
                current, head = [current[-1], m], True
                continue
            runs.append((current, head))
        current, head = [m], False
    if current:
        runs.append((current, head))
    return [r for r in runs if r[0]]


def _run_categories(run: list[Mention], vocab: Vocabulary) -> list[str]:
    """Categories of a run's members; an unknown ("other") member takes its neighbour's category."""
    cats = [vocab.category(m.name) for m in run]
    known = [(i, c) for i, c in enumerate(cats) if c != "other"]
    if not known:
        return cats
    return [c if c != "other" else min(known, key=lambda kc: (abs(kc[0] - i), kc[0]))[1]
            for i, c in enumerate(cats)]


def fact_requirements(text: str, found: list[Mention], vocab: Vocabulary, title: str,
                      facet: str) -> list[Requirement]:
    """Requirement groups of one fact text."""
    skills = [m for m in found if m.label == SKILL and vocab.get(m.name) is not None]
    out: list[Requirement] = []
    for run, has_head in _runs(text, skills):
        by_cat: dict[str, list[Mention]] = {}
        for m, category in zip(run, _run_categories(run, vocab), strict=True):
            by_cat.setdefault(category, []).append(m)
        for category, members in by_cat.items():
            start, end = members[0].start, members[-1].end
            span = text[start:end]
            intro = bool(_INTRO_RE.search(text[:start])) and not has_head
            names = list(dict.fromkeys(m.name for m in members))
            alternatives = has_head or intro or bool(_OR_RE.search(span))
            if alternatives and len(names) > 1 or (len(names) == 1 and (has_head or intro)):
                weight = 2 if (has_head or intro) else 1
                label = _label_from(text, start, end, intro)
                out.append(Requirement(category, names, label, [title], facet, weight, len(names)))
            else:
                out += [Requirement(category, [n], n, [title], facet, 0) for n in names]
    return out


def _overlaps(a: Requirement, b: Requirement, vocab: Vocabulary) -> bool:
    if a.category != b.category:
        return False
    sa, sb = set(a.specific(vocab)), set(b.specific(vocab))
    if sa & sb:
        return True
    # a bare family word ("Databases") joins any requirement of its category
    return (not sa and a.generic(vocab)) or (not sb and b.generic(vocab))


def _candidates(req: Requirement) -> list[tuple[int, frozenset[str], int, str]]:
    return req.candidates or [(req.weight, frozenset(req.options[:req.size]), req.size, req.label)]


def _pick_label(req: Requirement) -> None:
    """Best label: a "X such as ..." phrase, then the list the documents repeat most, then the longest."""
    cands = _candidates(req)
    freq: dict[frozenset[str], int] = {}
    for _, opts, _, _ in cands:
        freq[opts] = freq.get(opts, 0) + 1
    best = max(enumerate(cands), key=lambda ic: (ic[1][0], freq[ic[1][1]], ic[1][2], -ic[0]))[1]
    req.weight, req.size, req.label = best[0], best[2], best[3]


def _merge(into: Requirement, other: Requirement) -> None:
    for o in other.options:
        if o not in into.options:
            into.options.append(o)
    for s in other.sources:
        if s not in into.sources:
            into.sources.append(s)
    into.candidates = _candidates(into) + _candidates(other)


def merge_requirements(
    reqs: list[Requirement], vocab: Vocabulary, widening: list[Requirement]
) -> list[Requirement]:
    """Merge overlapping groups (connected components) and widen them with FAQ alternatives."""
    merged: list[Requirement] = []
    for req in reqs:
        hits = [m for m in merged if _overlaps(m, req, vocab)]
        if not hits:
            merged.append(Requirement(req.category, list(req.options), req.label, list(req.sources),
                                      req.facet, req.weight, req.size, _candidates(req)))
            continue
        target = hits[0]
        _merge(target, req)
        for extra in hits[1:]:
            _merge(target, extra)
            merged.remove(extra)
    for req in widening:
        for target in merged:
            if set(target.specific(vocab)) & set(req.specific(vocab)) and target.category == req.category:
                for o in req.specific(vocab):
                    if o not in target.options:
                        target.options.append(o)
                for s in req.sources:
                    if s not in target.sources:
                        target.sources.append(s)
    for req in merged:
        _pick_label(req)
        if req.weight == 0 and len(req.options) > 1:
            req.label = _label_for_options(req, vocab)
    return merged


def _label_for_options(req: Requirement, vocab: Vocabulary) -> str:
    names = req.specific(vocab) or req.options
    if len(names) <= 2:
        return " or ".join(names)
    return ", ".join(names[:-1]) + ", or " + names[-1]


def role_requirements(store: Store, role: str) -> list[Requirement]:
    """All requirement groups for `role` (canonical name), in document/facet order.

    Cached per store object and generation; a store error propagates and nothing is cached.
    """
    cached = _REQUIREMENTS.get(store, role)
    return [Requirement(r.category, list(r.options), r.label, list(r.sources), r.facet, r.weight, r.size,
                        list(r.candidates)) for r in cached]


def _build_requirements(store: Store, role: str) -> list[Requirement]:
    vocab = vocabulary(store)
    raw: list[Requirement] = []
    widening: list[Requirement] = []
    for facet in (*REQUIREMENT_FACETS, *WIDENING_FACETS):
        for fact in store.facts(role, facet):
            found = mentions(vocab, fact.text)
            reqs = fact_requirements(fact.text, found, vocab, fact.source.title, facet)
            seen = {o for r in reqs for o in r.options}
            for term in getattr(fact, "terms", ()) or ():
                name = vocab.canonical(str(term))
                if name and name not in seen and str(term).lower() in fact.text.lower():
                    reqs.append(Requirement(vocab.category(name), [name], name, [fact.source.title], facet))
                    seen.add(name)
            (widening if facet in WIDENING_FACETS else raw).extend(reqs)
    return merge_requirements(raw, vocab, widening)


_REQUIREMENTS: PerStore[list[Requirement]] = PerStore(
    lambda store, role: _build_requirements(store, str(role)))
