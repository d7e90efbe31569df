"""Salary statistics as pages and people write them: percentiles, medians, averages, starting and
experienced pay, and the period a figure is for. Used by ingestion (what a figure is) and by questions
(what figure is asked for), so the words live once."""

from __future__ import annotations

import re

from bot.language.text import squash

_LOW, _HIGH = r"(?:lowest|bottom)", r"(?:highest|top|upper)"
_NOT_HIGH = r"(?<!top )(?<!highest )(?<!upper )(?<!-paid )(?<!-earning )"  # "top 10%" is no 10th percentile


def _percentile(n: int, ranked: str, ranked_n: int) -> re.Pattern[str]:
    """The n-th percentile as written: "25th percentile", "25%", or the `ranked` end's share ("highest 10
    percent", "top-paid 10%", "lowest 25%")."""
    return re.compile(rf"\b{ranked}(?:[- ](?:paid|earning))? {ranked_n} ?(?:percent|%)|"
                      rf"{_NOT_HIGH}\b{n}(?:th)? ?(?:percentile|%)(?! of)", re.I)


_STATISTICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("p10", _percentile(10, _LOW, 10)),
    ("p25", _percentile(25, _LOW, 25)),
    ("p75", _percentile(75, _HIGH, 25)),
    ("p90", _percentile(90, _HIGH, 10)),
    ("starting", re.compile(r"\b(?:start(?:ing|er|ers)?|entry[- ]level|new(?:ly)? (?:graduates?|qualified)|"
                            r"trainees?|graduates? (?:start|earn))\b", re.I)),
    ("experienced", re.compile(r"\b(?:experienced|senior[- ]level|with experience)\b", re.I)),
    ("median", re.compile(r"\bmedian\b|\b50(?:th)? ?(?:percentile|%)", re.I)),
    ("average", re.compile(r"\b(?:averag(?:e|es|ed|ing)|mean|avg)\b", re.I)),
)
PAY_WORD = re.compile(  # a word that says a figure or a question is about pay ("payroll", "learn" are not)
    r"\b(?:salar(?:y|ies|ied)|pay|pays|paying|paid|earn(?:s|ed|ing|ings)?|wages?|income|"
    r"compensation|remuneration|(?<!software )(?<!benefits )(?<!python )packages?)\b", re.I)  # "the package"
_EXTRA_PAY = re.compile(  # money paid beside the pay rate: not the job's salary, though often near it
    r"\b(?:(?:sign[- ]on|signing|joining|referral|retention|relocation|annual|performance)\s+)?"
    r"bonus(?:es)?\b|"
    r"\b(?:[\w-]+\s+)?(?:stipend|allowance)s?\b|\bspiffs?\b|\blife insurance\b|\btuition(?:\s+help)?\b|"
    r"\breimbursements?\b|\bper diem\b|\brelocation(?:\s+(?:package|assistance))?\b|"
    r"\b(?:shift\s+)?differentials?\b|\b(?:referral\s+)?rewards?\b", re.I)


BASE_PAY_WORD = re.compile(r"\b(?:salary|salaries|wages?|base|rate|hourly|annual)\b", re.I)  # the pay rate
PAY_RATE = re.compile(r"\b(?:hourly|daily|day|weekly|monthly|pay|base)\s+rates?\b|"  # "the average hourly
                      r"\brates? (?:of pay|per (?:hour|day|shift))\b", re.I)  # rate": a rate of pay


def extra_pay(text: str) -> str:
    """The kind of extra money a text names ("sign-on bonus", "tool allowance", "shift differential"),
    lowercase, or ""."""
    m = _EXTRA_PAY.search(text)
    return squash(m.group(0).lower()) if m else ""


PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = (  # the period a figure is for, as written beside it
    ("hour", re.compile(r"\bhourly\b|\bper hour\b|\ban hour\b|/\s?h(?:ou)?r\b|\b(?:per|an)\s+hr\b", re.I)),
    ("day", re.compile(r"\bdaily\b|\bper day\b|\ba day\b|\bday rate\b|/\s?day\b", re.I)),
    ("week", re.compile(r"\bweekly\b|\bper week\b|\ba week\b|/\s?(?:wk|week)\b|\b(?:per|a)\s+wk\b", re.I)),
    ("month", re.compile(r"\bmonthly\b|\bper month\b|\ba month\b|/\s?mo(?:nth)?\b", re.I)),
    ("year", re.compile(r"\bannual(?:ly)?\b|\byearly\b|\ba year\b|\bper (?:year|annum)\b|\bp\.?a\.?(?!\w)|"
                        r"/\s?(?:yr|year)\b|\b(?:per|a)\s+yr\b|\bLPA\b", re.I)),
)
_TOP = re.compile(r"\b(top|highest|best)[- ]?(paid|earning)?\b.*\b10\b|\bmost\b.*\b(make|earn|get paid)\b|"
                  r"\b(?:top|upper|high)[- ]end\b|\btop of the (?:range|scale)\b", re.I)
_BOTTOM = re.compile(
    r"\b(bottom|lowest)[- ]?(paid|earning)?\b.*\b10\b|\b(lowest|least)\b.*\b(pay|paid|make|earn)\b|"
    r"\b(?:bottom|lower|low)[- ]end\b|\bbottom of the (?:range|scale)\b", re.I)


def statistic_of(text: str) -> str:
    """What a figure is: "p10".."p90", "starting", "experienced", "median", "average", or "typical" when
    the text states no statistic."""
    for name, pattern in _STATISTICS:
        if pattern.search(text):
            return name
    return "typical"


def asked_statistic(text: str) -> str | None:
    """The figure a question asks for: "p90" for "what do the top 10% earn" or "the most a plumber can
    make", "p10" for the lowest paid, a named statistic, else None."""
    if _TOP.search(text):
        return "p90"
    if _BOTTOM.search(text):
        return "p10"
    named = statistic_of(text)
    return None if named == "typical" else named


def asked_period(text: str) -> str | None:
    """The period a question asks about ("hourly pay" -> "hour"), if any."""
    return next((period for period, pattern in PERIODS if pattern.search(text)), None)
