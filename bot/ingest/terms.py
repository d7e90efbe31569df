"""Skill terms of a document: inline lists ("databases such as MySQL or MongoDB"), short bullets, and
named skills of the taxonomy (bot.language.skills) mentioned anywhere.

The document is the evidence: an inline list's head noun decides its items' category, a short bullet in a
skills or qualities section becomes a term even when the taxonomy has never heard of it (soft skills by
their head word, "Critical-thinking skills", or a soft-skill word, "Compassion"; else the section's kind),
and only proper names (a named category's entries) are picked out of running text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot import facets as fc
from bot.language.skills import norm_key, taxonomy


def _wordset(words: str) -> frozenset[str]:
    """A set of whitespace-separated words."""
    return frozenset(words.split())


_MARKER_RE = re.compile(r"\b(?:such as|like|including|e\.g\.,?|for example,?)\s+", re.I)
_BOUNDARY = _wordset("""include includes including in of with and or use uses using knowledge experience
    expertise proficiency familiarity understanding are is the as to for on have has about""")
_FILLER = re.compile(r"^(?:and|or|and/or|also|other|various|many|the)\s+|\s+(?:etc\.?|and more)$", re.I)
_FUNCTION_WORDS = _wordset("and or nor the a an of to in on for with as etc other others more")
_ADDRESSED_RE = re.compile(r"\b(?:you|your|you'll|you're|yours)\b|\?$", re.I)
_DROP_ITEMS = {"similar", "others", "more", "etc", "etc.", "many more", "the like", "other", "others."}
# The category a bullet of a section takes when nothing else says (by the section's facet).
_FACET_CATEGORY = {fc.TOOLS: "tools", fc.PERSONALITY: "soft_skills", fc.CERTIFICATION: "certifications"}


@lru_cache(maxsize=1)
def _scan() -> re.Pattern[str]:
    names = sorted(set(taxonomy().scan_names()), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w+#])")


def head_category(head: str) -> str | None:
    """Category named by an inline list's head phrase ("Version control systems" -> "tools")."""
    return taxonomy().head_category(head)


def lexicon_category(name: str) -> str | None:
    """Category of a named skill of the taxonomy ("Node.js" -> "languages"); None for concepts."""
    return taxonomy().named_category(name.strip())


def _head_before(prefix: str) -> tuple[str, int]:
    """Head phrase right before a list marker and its start offset in `prefix`."""
    tokens = list(re.finditer(r"[\w\-/+.#']+|[,;:(]", prefix))
    start = len(prefix)
    words: list[str] = []
    for tok in reversed(tokens):
        t = tok.group(0)
        if t in ",;:(" or t.lower() in _BOUNDARY or len(words) >= 5:
            break
        words.insert(0, t)
        start = tok.start()
    return " ".join(words), start


def _split_items(span: str) -> list[str]:
    span = re.split(r"[.;:!?](?:\s|$)", span, maxsplit=1)[0]
    parts = re.split(r",\s*(?![^()]*\))|\s+(?:and|or|and/or)\s+(?![^()]*\))", span)
    out = []
    for p in parts:
        p = _FILLER.sub("", p.strip(" ,.")).strip(" ,.")
        if p and p.lower() not in _DROP_ITEMS and len(p.split()) <= 5:
            out.append(p)
    return out


def _known(item: str, named: bool = False) -> bool:
    """True for a taxonomy skill (with `named`, only a proper name that is not a family word)."""
    tax = taxonomy()
    canonical = tax.canonical(item)
    skill = tax.get(canonical) if canonical else None
    return skill is not None and (not named or (tax.named_category(item) is not None and not skill.generic))


def _normalise(item: str, category: str | None, fallback: str | None = None,
               bullet: bool = False) -> list[tuple[str, str]]:
    m = re.match(r"^(.*?)\s*\(([^)]+)\)$", item)
    if m:
        outer, inner = m.group(1).strip(), m.group(2).strip()
        cat = head_category(outer)
        if cat:
            return [(taxonomy().written(i), lexicon_category(i) or cat) for i in _split_items(inner)]
        item = outer
    # lowercase items of a headed list count too ("hand tools such as conduit benders")
    listed = category is not None and len(item.split()) <= 3 and item.lower() not in _FUNCTION_WORDS
    written_as_name = item[:1].isupper() or item[:1] in ".#+" or item[:1].isdigit()
    if not item or not (written_as_name or _known(item, not bullet) or listed):
        return []
    name = taxonomy().written(item)
    return [(name, category or lexicon_category(name) or fallback or "other")]


def inline_terms(text: str) -> list[tuple[str, str]]:
    """(name, category) for items of "X such as A, B, or C" lists; category from X's head noun."""
    markers = list(_MARKER_RE.finditer(text))
    heads = [_head_before(text[: m.start()]) for m in markers]
    out: list[tuple[str, str]] = []
    for i, m in enumerate(markers):
        end = heads[i + 1][1] if i + 1 < len(markers) else len(text)
        cat = head_category(heads[i][0])
        for item in _split_items(text[m.end() : end]):
            out.extend(_normalise(item, cat))
    return out


def short_bullet_terms(item: str, facet: str | None = None) -> list[tuple[str, str]]:
    """A bullet of at most four words naming a skill ("Node.js", "Unit Testing", "Version Control (Git)",
    "Physical stamina"); `facet` is the section's facet, whose kind categorises what nothing else does."""
    s = item.strip().rstrip(".")
    tax = taxonomy()
    if norm_key(s) in tax.not_skills or _ADDRESSED_RE.search(s):
        return []  # page furniture ("Yes", "LinkedIn") or a line addressed to the reader
    soft = tax.soft_skill_like(s) and lexicon_category(s) is None
    if len(s.split()) > 4 or not s[:1].isupper() and not _known(s) and not soft:
        return []
    head = head_category(s)
    if head and "(" not in s:
        return [(s, head)]
    fallback = "soft_skills" if soft else _FACET_CATEGORY.get(facet or "")
    if soft and not s[:1].isupper():
        return [(s, "soft_skills")]
    return _normalise(s, None, fallback, bullet=True)


def lexicon_terms(text: str) -> list[tuple[str, str]]:
    """Named skills of the taxonomy mentioned anywhere in a text, as written."""
    tax = taxonomy()
    return [(m.group(1), tax.named_category(m.group(1)) or "other") for m in _scan().finditer(text)]


def extract_terms(text: str, bullet: bool, facet: str | None = None) -> list[tuple[str, str]]:
    """All terms of a skills/tools/qualifications fact, first mention first, deduplicated by name."""
    found = inline_terms(text)
    if bullet and not found:
        found = short_bullet_terms(text, facet)
    tax = taxonomy()
    listed = {tax.canonical(name) or name.lower() for name, _ in found}
    # a name in running text that only repeats a listed term ("... Environments (IDEs)") adds nothing
    found += [(n, c) for n, c in lexicon_terms(text) if (tax.canonical(n) or n.lower()) not in listed]
    seen: set[str] = set()
    out = []
    for name, cat in found:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append((name, cat))
    return out
