"""Money amounts, salary sentences ("around $110,000 per year") and City/Median table rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CODES = "USD|EUR|GBP|INR|CAD|AUD|NZD|JPY|CNY|RMB|ILS|CHF|SGD|HKD|SEK|NOK|DKK|PLN|BRL|MXN|ZAR|AED|KRW"
_NUM = r"\d{1,3}(?:[,.\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULT = r"(?:\s*(?P<mult>k\b|K\b|million\b|mn\b|M\b|lakhs?\b|crores?\b))?"
MONEY_RE = re.compile(
    rf"(?P<sym>US\$|CA\$|C\$|AU\$|A\$|NZ\$|S\$|HK\$|R\$|[$£€₪¥￥₹₩₽₺₱₦฿₫]|Rs\.?|(?:{_CODES})\s?)\s?"
    rf"(?P<num>{_NUM}){_MULT}"
    rf"|(?P<num2>{_NUM})\s?(?P<sym2>€|£|(?:{_CODES})\b)"
)
_MULTIPLIERS = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "million": 1_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_CONTEXT_RE = re.compile(r"salar|earn|\bpay\b|\bpaid\b|compensation|income|wage", re.I)
_PERIODS = (
    ("hour", re.compile(r"per hour|an hour|hourly|/\s?hr\b|/\s?hour", re.I)),
    ("month", re.compile(r"per month|a month|monthly|/\s?mo\b|/\s?month", re.I)),
    ("week", re.compile(r"per week|a week|weekly|/\s?wk\b", re.I)),
)
_RANGE_RE = re.compile(r"\b(?:between|from)\b[^.]*?\b(?:and|to)\b|\s[-–—]\s?$|\bto\s*$", re.I)
SCOPE_RE = re.compile(
    r"\b[Ii]n (?P<scope>(?:the )?[A-Z][\w.'-]*(?:\s+(?:of\s+)?[A-Z][\w.'-]*){0,3}(?:,\s*[A-Z]{2}\b)?)"
)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Money:
    """An amount as written: symbol or ISO code, integer amount, and its span."""

    symbol: str
    amount: int
    start: int
    end: int


@dataclass(frozen=True)
class TableRow:
    """One City/Median table row as written."""

    place: str
    money: Money


@dataclass(frozen=True)
class SalaryMention:
    """A salary figure stated in a sentence."""

    money: Money
    statistic: str
    period: str
    scope: str  # e.g. "in the United States" ("" when the sentence names no place)
    sentence: str


def parse_amount(num: str, mult: str | None = None) -> int:
    """ "110,000" -> 110000, "64.500" -> 64500, "1.2" + "million" -> 1200000, "110" + "k" -> 110000."""
    num = num.replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", num):
        value = float(re.sub(r"[.,]", "", num))
    else:
        value = float(num.replace(",", ""))
    if mult:
        value *= _MULTIPLIERS.get(mult.lower(), 1)
    return int(round(value))


def find_money(text: str) -> list[Money]:
    """All amounts in a text."""
    out = []
    for m in MONEY_RE.finditer(text):
        if m.group("num"):
            sym, num, mult = m.group("sym").strip(), m.group("num"), m.group("mult")
        else:
            sym, num, mult = m.group("sym2").strip(), m.group("num2"), None
        if sym.startswith("Rs"):
            sym = "Rs"
        amount = parse_amount(num, mult)
        if amount > 0:
            out.append(Money(sym, amount, m.start(), m.end()))
    return out


def parse_table_row(line: str) -> TableRow | None:
    """ "London\t£95,000", "London | £95,000", "London: £95,000" or "London £95,000" -> TableRow."""
    s = line.strip().strip("|").strip()
    money = find_money(s)
    if len(money) != 1 or money[0].end < len(s.rstrip(" *")) - 1:
        return None
    place = re.sub(r"[\s|:\t—–-]+$", "", s[: money[0].start]).strip()
    if (
        not place
        or not re.search(r"[A-Za-z]", place)
        or len(place.split()) > 5
        or any(c.isdigit() for c in place)
    ):
        return None
    return TableRow(place, money[0])


def sentences(text: str) -> list[str]:
    """Naive sentence split."""
    return [s.strip() for s in _SENTENCE_RE.split(text) if s.strip()]


def statistic_of(sentence: str) -> str:
    """ "median", "average" or "typical" (no statistic stated)."""
    if re.search(r"\bmedian\b", sentence, re.I):
        return "median"
    if re.search(r"\b(average|mean|avg)\b", sentence, re.I):
        return "average"
    return "typical"


def period_of(text: str) -> str:
    """ "year" unless the text says hour/month/week."""
    for period, pattern in _PERIODS:
        if pattern.search(text):
            return period
    return "year"


def salary_mentions(paragraph: str) -> list[SalaryMention]:
    """Salary figures stated in a paragraph's sentences; a sentence without an amount yields nothing."""
    out: list[SalaryMention] = []
    for sent in sentences(paragraph):
        if not _CONTEXT_RE.search(sent):
            continue
        monies = find_money(sent)
        if not monies:
            continue
        scopes = [f"in {m.group('scope').rstrip('.,')}" for m in SCOPE_RE.finditer(sent)]
        scope = "\n".join(scopes)  # candidates; the extractor keeps the first that names a place
        stat = statistic_of(sent)
        for i, money in enumerate(monies):
            st = stat
            if len(monies) == 2 and _RANGE_RE.search(sent[: monies[1].start]):
                st = "minimum" if i == 0 else "maximum"
            near = sent[money.end : money.end + 40]
            period = period_of(near) if period_of(near) != "year" else period_of(sent)
            out.append(SalaryMention(money, st, period, scope, sent))
    return out
