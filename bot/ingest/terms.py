"""Skill/technology terms: inline lists ("databases such as MySQL or MongoDB"), short bullets, a lexicon."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "terms.yml"
_MARKER_RE = re.compile(r"\b(?:such as|like|including|e\.g\.,?|for example,?)\s+", re.I)
_BOUNDARY = {
    "include",
    "includes",
    "including",
    "in",
    "of",
    "with",
    "and",
    "or",
    "use",
    "uses",
    "using",
    "knowledge",
    "experience",
    "expertise",
    "proficiency",
    "familiarity",
    "understanding",
    "are",
    "is",
    "the",
    "as",
    "to",
    "for",
    "on",
    "have",
    "has",
    "about",
}
_FILLER = re.compile(r"^(?:and|or|and/or|also|other|various|many|the)\s+|\s+(?:etc\.?|and more)$", re.I)
_DROP_ITEMS = {"similar", "others", "more", "etc", "etc.", "many more", "the like", "other", "others."}
# Lexicon names too ambiguous to find in running text (kept for lists and bullets).
_AMBIGUOUS = {
    "R",
    "C",
    "Go",
    "Spring",
    "Express",
    "Chef",
    "Puppet",
    "Slack",
    "Phoenix",
    "Gin",
    "Julia",
    "Apache",
    "Excel",
    "Windows",
    "Dart",
    "Oracle",
    "Swift",
    "Rust",
    "APIs",
    "REST",
    "Web Services",
    "Spark",
    "Looker",
}


@lru_cache(maxsize=1)
def _data() -> tuple[list[tuple[str, str]], dict[str, str], re.Pattern[str]]:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    heads = sorted(
        ((h.lower(), cat) for cat, hs in raw["head_nouns"].items() for h in hs), key=lambda x: -len(x[0])
    )
    lexicon = {str(name).lower(): cat for cat, names in raw["lexicon"].items() for name in names}
    names = sorted(
        (str(n) for ns in raw["lexicon"].values() for n in ns if str(n) not in _AMBIGUOUS),
        key=len,
        reverse=True,
    )
    scan = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w+#])")
    return heads, lexicon, scan


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    return {str(n).lower(): str(n) for ns in raw["lexicon"].values() for n in ns}


def head_category(head: str) -> str | None:
    """Category named by an inline list's head phrase ("Version control systems" -> "tools")."""
    h = re.sub(r"\s+", " ", head.lower().strip())
    for noun, cat in _data()[0]:
        if h == noun or h.endswith(" " + noun) or h.endswith("-" + noun):
            return cat
    return None


def lexicon_category(name: str) -> str | None:
    """Category of a known technology name."""
    return _data()[1].get(name.lower().strip())


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


def _normalise(item: str, category: str | None) -> list[tuple[str, str]]:
    m = re.match(r"^(.*?)\s*\(([^)]+)\)$", item)
    if m:
        outer, inner = m.group(1).strip(), m.group(2).strip()
        cat = head_category(outer)
        if cat:
            return [(i, lexicon_category(i) or cat) for i in _split_items(inner)]
        item = outer
    if not item or not (item[0].isupper() or item[0] in ".#+" or item[0].isdigit() or lexicon_category(item)):
        return []
    name = _canonical_names().get(item.lower(), item)
    return [(name, category or lexicon_category(name) or "other")]


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


def short_bullet_terms(item: str) -> list[tuple[str, str]]:
    """A bullet of at most four words naming a skill ("Node.js", "Unit Testing", "Version Control (Git)")."""
    s = item.strip().rstrip(".")
    if len(s.split()) > 4 or not s[:1].isupper() and not lexicon_category(s):
        return []
    return _normalise(s, None) if not head_category(s) or "(" in s else [(s, head_category(s) or "other")]


def lexicon_terms(text: str) -> list[tuple[str, str]]:
    """Known technology names mentioned anywhere in a text."""
    _, lexicon, scan = _data()
    return [(m.group(1), lexicon[m.group(1).lower()]) for m in scan.finditer(text)]


def extract_terms(text: str, bullet: bool) -> list[tuple[str, str]]:
    """All terms of a skills/tools/qualifications fact, first mention first, deduplicated by name."""
    found = inline_terms(text)
    if bullet and not found:
        found = short_bullet_terms(text)
    found += lexicon_terms(text)
    seen: set[str] = set()
    out = []
    for name, cat in found:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append((name, cat))
    return out
