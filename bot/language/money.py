"""Money amounts as written ("$110,000", "£40k", "€55k", "₹12 lakh", "₹9,20,000", "R350 000"), for documents
and messages alike."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CODES = "USD|EUR|GBP|INR|CAD|AUD|NZD|JPY|CNY|RMB|ILS|CHF|SGD|HKD|SEK|NOK|DKK|PLN|BRL|MXN|ZAR|AED|KRW"
_NUM = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # Indian grouping: "9,20,000"
        r"|\d{1,3}(?:[,.\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_RAND = r"R(?=\d{1,3}(?:[ \u202f]\d{3})+\b|\d+(?:\.\d+)?\s?(?:million|mn|k)\b)"  # "R350 000", "R1.1 million"
_MULT = r"(?:\s*(?P<mult>k\b|K\b|million\b|mn\b|M\b|lakhs?\b|crores?\b))?"
MONEY_RE = re.compile(
    rf"(?P<sym>US\$|CA\$|C\$|AU\$|A\$|NZ\$|S\$|HK\$|R\$|[$£€₪¥￥₹₩₽₺₱₦฿₫]|Rs\.?|{_RAND}|(?:{_CODES})\s?)\s?"
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
            out.append(Money(sym, amount, m.start(), m.end(), text[m.start() : m.end()].strip()))
    return out
