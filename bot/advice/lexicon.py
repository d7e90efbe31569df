"""The technology lexicon (bot/data/tech_lexicon.yml): aliases and default categories, loaded once."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_FILE = Path(__file__).resolve().parent.parent / "data" / "tech_lexicon.yml"

# Fine categories (the lexicon's and, after mapping, the store's) and the display groups they roll up into.
CATEGORIES: tuple[str, ...] = (
    "languages", "databases", "cloud", "frameworks", "version_control", "tools", "practices",
    "foundations", "soft_skills", "other",
)
GROUP_OF: dict[str, str] = {
    "languages": "languages", "databases": "databases", "cloud": "cloud", "frameworks": "tools",
    "version_control": "tools", "tools": "tools", "practices": "practices", "foundations": "foundations",
    "soft_skills": "soft_skills", "other": "other",
}
GROUPS: tuple[str, ...] = ("languages", "databases", "cloud", "tools", "practices", "foundations",
                           "soft_skills", "other")
GROUP_TITLES: dict[str, str] = {
    "languages": "Languages", "databases": "Databases", "cloud": "Cloud", "tools": "Tools and frameworks",
    "practices": "Practices", "foundations": "Computer-science foundations", "soft_skills": "Soft skills",
    "other": "Other skills",
}

# How store category labels (whatever the ingester calls them) map to fine categories.
_STORE_CATEGORY_WORDS: tuple[tuple[str, str], ...] = (
    ("soft", "soft_skills"), ("personal", "soft_skills"), ("trait", "soft_skills"),
    ("version", "version_control"), ("vcs", "version_control"), ("source_control", "version_control"),
    ("lang", "languages"), ("database", "databases"), ("db", "databases"), ("storage", "databases"),
    ("cloud", "cloud"), ("framework", "frameworks"), ("librar", "frameworks"),
    ("practice", "practices"), ("testing", "practices"), ("method", "practices"),
    ("api", "practices"),
    ("concept", "foundations"), ("foundation", "foundations"), ("knowledge", "foundations"),
    ("tool", "tools"), ("devops", "tools"), ("technolog", "tools"),
)

_VAGUE = {"platform", "data", "infrastructure", "technology", "technologie"}


@dataclass(frozen=True)
class LexEntry:
    """One lexicon entry (see the header of tech_lexicon.yml for the fields)."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    ambiguous: bool = False
    generic: bool = False


def norm_key(text: str) -> str:
    """Lookup key: NFKC, lowercased, unified dashes/quotes, collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return " ".join(text.lower().split())


def store_category(label: str | None, vague: bool = False) -> str | None:
    """Fine category for a store category label ("language", "Databases", "cloud_platform"...), if any.

    Vague labels ("platforms", "data", "other") give None unless `vague` is set (then "tools" / None).
    """
    low = (label or "").strip().lower().replace("-", "_").replace(" ", "_")
    if not low or low in ("other", "misc", "general"):
        return None
    if low.rstrip("s") in _VAGUE:
        return "tools" if vague else None
    if low in CATEGORIES and low != "other":
        return low
    for word, category in _STORE_CATEGORY_WORDS:
        if word in low:
            return category
    return None


def _entry(raw: dict[str, Any]) -> LexEntry:
    category = str(raw.get("category", "other"))
    if category not in CATEGORIES:
        raise ValueError(f"tech lexicon: unknown category {category!r} for {raw.get('name')!r}")
    return LexEntry(
        name=str(raw["name"]),
        category=category,
        aliases=tuple(norm_key(str(a)) for a in raw.get("aliases") or ()),
        cased=tuple(str(c) for c in raw.get("cased") or ()),
        context=tuple(norm_key(str(c)) for c in raw.get("context") or ()),
        ambiguous=bool(raw.get("ambiguous", False)),
        generic=bool(raw.get("generic", False)),
    )


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> tuple[LexEntry, ...]:
    """All lexicon entries, in file order."""
    import yaml

    data = yaml.safe_load(Path(path or LEXICON_FILE).read_text(encoding="utf-8")) or {}
    return tuple(_entry(raw) for raw in data.get("terms") or ())
