"""Currencies: ISO codes, symbols and the words users type for them (bot/data/currencies.yml)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.data import table
from bot.language.text import non_overlapping


@lru_cache(maxsize=1)
def symbols() -> dict[str, str]:
    """Written symbol -> ISO code assumed when no place decides ("$" -> USD, "£" -> GBP)."""
    return {str(k): str(v) for k, v in table("currencies")["symbols"].items()}


@lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    """ISO codes recognised when written out ("EUR 60,000")."""
    return frozenset(table("currencies")["codes"])


@lru_cache(maxsize=1)
def written_after() -> frozenset[str]:
    """Symbols also written after the figure ("64.500 €", "5 000 zł")."""
    return frozenset(table("currencies")["after"])


@lru_cache(maxsize=1)
def _word_res() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for code, words in table("currencies")["words"].items():
        alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        out.append((str(code), re.compile(rf"\b(?:{alts})\b", re.I)))
    return out


def mentions(text: str) -> list[tuple[str, int, int]]:
    """(ISO code, start, end) for every currency a message names by word or symbol, longest words first
    ("canadian dollars" is CAD, not USD)."""
    found: list[tuple[str, int, int]] = []
    for code, rx in _word_res():
        found.extend((code, m.start(), m.end()) for m in rx.finditer(text))
    for sym, code in symbols().items():
        if len(sym) == 1:  # a letter ("R" for rand) only before a figure: "R350 000", not "RD"
            written = rf"\b{sym}(?=\d)" if sym.isalpha() else re.escape(sym)
            found.extend((code, m.start(), m.end()) for m in re.finditer(written, text))
    return non_overlapping(found)


def requested(text: str) -> str | None:
    """ISO code of the first currency a message names ("in euros" -> EUR), if any."""
    found = mentions(text)
    return found[0][0] if found else None
