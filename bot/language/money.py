"""Money amounts as written ("$110,000", "£40k", "€55k", "₹12 lakh", "₹9,20,000", "R350 000"), for documents
and messages alike."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.language import currency

_NUM = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # Indian grouping: "9,20,000"
        r"|\d{1,3}(?:[,.\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_RAND = (r"(?<![\w$])R(?=\d{1,3}(?:[ \u202f,]\d{3})+\b|\d+(?:\.\d+)?\s?(?:million|mn|k)\b"  # "R350 000",
         r"|\d+(?:\.\d+)?\s?(?:[-–]|to)\s?R\d"  # "R48,500", "R1.1 million", "R480 - R550",
         r"|\d+(?:\.\d+)?\s?(?:an?|per|/)\s?(?:hour|hr|day|shift|week|month|year)\b)")  # "R450 a day"
_MULT = r"(?:\s*(?P<mult>k\b|K\b|million\b|mn\b|M\b|lakhs?\b|LPA\b|crores?\b))?"  # LPA: lakh a year


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _money_re() -> re.Pattern[str]:
    """Amounts with any symbol or ISO code of bot/data/currencies.yml: a symbol with letters ("RM",
    "Rs.", "KSh") only as a word of its own right before the figure, the lone "R" only in rand's ways."""
    forms = set(currency.symbols())
    signs = _alternation(f for f in forms if not any(c.isalpha() for c in f))
    lettered = _alternation(f for f in forms if any(c.isalpha() for c in f) and f != "R")
    codes = _alternation(currency.codes())
    after = _alternation(currency.written_after())
    return re.compile(
        rf"(?P<sym>(?<![\w$])(?:{lettered})(?=\s?\d)|{signs}|{_RAND}|(?<!\w)(?:{codes})\s?)\s?"
        rf"(?P<num>{_NUM}){_MULT}"
        rf"|(?P<num2>{_NUM})\s?(?P<sym2>(?:{after}|{codes})(?!\w))"
    )


MONEY_RE = _money_re()
@lru_cache(maxsize=64)
def _range_end(symbol: str) -> re.Pattern[str]:
    """A range's upper end after its lower one, bare or in the same symbol ("- 50k", "- ₹1.8 LPA")."""
    return re.compile(rf"\s?(?:[-–—]|to)\s?(?P<rsym>{re.escape(symbol)}\s?)?(?P<num>{_NUM}){_MULT}"
                      r"(?![\d%]|\s?(?:%|per ?cent|percent))")



_MULTIPLIERS = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "million": 1_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "lpa": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
@dataclass(frozen=True)
class Money:
    """An amount as written: symbol or ISO code, integer amount, and its span."""

    symbol: str
    amount: int
    start: int
    end: int
    written: str = ""  # as the text has it ("$45.00", "£22,000")


def parse_amount(num: str, mult: str | None = None) -> int:
    """ "110,000" -> 110000, "64.500" -> 64500, "1.2" + "million" -> 1200000, "110" + "k" -> 110000."""
    num = num.replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}", num):
        value = float(re.sub(r"[.,]", "", num))
    else:
        value = float(num.replace(",", ""))
    if mult:
        value *= _MULTIPLIERS.get(mult.lower(), 1)
    return int(round(value))


def find_money(text: str) -> list[Money]:
    """All amounts in a text; a range's bare upper end counts in the symbol of its lower end ("EUR
    46,000 - 53,000", "$45-50k", whose lower end is then 45,000 too)."""
    out: list[Money] = []
    taken = 0  # the end of the last range read: its upper end is no figure of its own
    for m in MONEY_RE.finditer(text):
        if m.start() < taken:
            continue
        if m.group("num"):
            sym, num, mult = m.group("sym").strip(), m.group("num"), m.group("mult")
        else:
            sym, num, mult = m.group("sym2").strip(), m.group("num2"), None
        if sym.startswith("Rs"):
            sym = "Rs"
        amount = parse_amount(num, mult)
        if amount <= 0:
            continue
        end = _range_end(m.group("sym").strip()).match(text, m.end()) if m.group("num") else None
        upper = parse_amount(end.group("num"), end.group("mult") or mult) if end else 0
        written = text[m.start() : m.end()].strip()
        if end and not mult and end.group("mult") and parse_amount(num, end.group("mult")) <= upper:
            gap = " " if len(end.group("mult")) > 1 else ""  # "$45-50k", "₹1.44 - ₹1.8 LPA"
            amount, written = parse_amount(num, end.group("mult")), f"{written}{gap}{end.group('mult')}"
        out.append(Money(sym, amount, m.start(), m.end(), written))
        if end and upper >= amount:
            start = end.start("rsym") if end.group("rsym") else end.start("num")
            out.append(Money(sym, upper, start, end.end(), text[start : end.end()].strip()))
            taken = end.end()
    return out
