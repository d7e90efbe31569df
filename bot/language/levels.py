"""Seniority levels and their order (junior < mid < senior < lead), from bot/data/language.yml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.language.data import table
from bot.language.text import non_overlapping

JUNIOR, MID, SENIOR, LEAD = "junior", "mid", "senior", "lead"

# Years of experience, which say a level as level words do: "3 yrs", "10+ years", "5-9 yrs exp", "2 yoe".
YEARS_OF_EXPERIENCE = (r"\d+\s*(?:[-–]\s*\d+\s*|\+\s*)?(?:yrs?|years?|yoe)\b"
                       r"(?:\s+(?:of\s+)?(?:exp|experience)\b)?")


@dataclass(frozen=True)
class Level:
    """One seniority level: its name, rank, title words and question words."""

    name: str
    rank: int
    title: tuple[str, ...]
    words: tuple[str, ...]


@lru_cache(maxsize=1)
def levels() -> tuple[Level, ...]:
    """The levels in order."""
    rows = table("language")["levels"]
    return tuple(Level(r["level"], i, tuple(r["title"]), tuple(r["words"])) for i, r in enumerate(rows))


@lru_cache(maxsize=1)
def _word_re() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for lvl in levels():
        alts = "|".join(re.escape(w) for w in sorted(lvl.words, key=len, reverse=True))
        out.append((lvl.name, re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)))
    return out


def rank(name: str) -> int:
    """Order of a level ("junior" 0 ... "lead" 3); unknown names rank as mid."""
    return next((lvl.rank for lvl in levels() if lvl.name == name), 1)


def title_level(name: str) -> tuple[str | None, str]:
    """(level, rest) of a role title: "Senior Backend Engineer" -> ("senior", "Backend Engineer")."""
    words = name.split()
    if len(words) > 1:
        first = words[0].lower()
        for lvl in levels():
            if first in lvl.title or first.rstrip(".") in lvl.title:
                return lvl.name, " ".join(words[1:])
    return None, name


def mentions(text: str) -> list[tuple[str, int, int]]:
    """(level, start, end) for every seniority word in a message, in order."""
    return non_overlapping([(name, m.start(), m.end()) for name, rx in _word_re() for m in rx.finditer(text)])


def level_of(text: str) -> str | None:
    """The first seniority level a message names, if any."""
    found = mentions(text)
    return found[0][0] if found else None


def junior_words() -> list[str]:
    """The words that mark the junior level, in titles and in questions ("apprentice", "graduate")."""
    junior = next(lv for lv in levels() if lv.name == JUNIOR)
    return list(dict.fromkeys(w for w in (*junior.title, *junior.words) if " " not in w))
