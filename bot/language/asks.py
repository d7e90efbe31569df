"""What a message asks for besides names: a seniority level, a currency, a ranking direction, pay.

`entities(text)` gives them as NLU entities ({"entity": "level"|"currency"|"superlative", "value", "start",
"end", "text"}); the Rasa component (bot.nlp.component) adds them to every message, so the answer
layers read them from the Query and never parse the text again.
"""

from __future__ import annotations

import re
from typing import Any

from bot.language import currency, levels
from bot.language.statistics import asked_period, asked_statistic

_PLACE_WORDS = re.compile(
    r"\b(city|cities|place|places|where|location|locations|country|countries|world|everywhere|"
    r"all (the )?salaries|rank|ranking)\b", re.I)
_HIGH = re.compile(r"\b(most|highest|best|top|max(imum)?|biggest|richest)\b", re.I)
_RANK = re.compile(r"\b(most|highest|biggest|richest|least|lowest|smallest)\b(?! \d)", re.I)
_LOW = re.compile(r"\b(least|lowest|worst|min(imum)?|cheapest|smallest)\b", re.I)
_ANY_LEVEL = re.compile(r"\b(seniority|levels?|by experience|experience levels?)\b", re.I)
_PAY = re.compile(
    r"\b(salar(y|ies)|pay|pays|paid|earn|earns|earning|earnings|wages?|income|compensation|make a year|"
    r"make an hour|make per|money|rates?|per hour|an hour|a year|per year|hourly|annual(ly)?|"
    r"how much (do|does|can|could|would|will|should) \w+( \w+){0,3} (make|get|earn|take home|bring in)|"
    r"\bwhat (do|does|did|would|will|can|could) [\w' -]{1,40}\b(make|earn|get paid|take home)\b|"
    r"\d+k\b|[$£€₹¥₪]\s?\d)", re.I)


def superlative(text: str) -> str | None:
    """"high" for "which city pays most?" or "biggest salary?", "low" for "... least?", else None: a place
    word, or a superlative of pay ("highest paying"), asks for a ranking of places."""
    if _PLACE_WORDS.search(text):
        return "low" if _LOW.search(text) else "high"
    if _PAY.search(text) and _RANK.search(text) and asked_statistic(text) is None:
        return "low" if _LOW.search(text) else "high"
    return None


def asks_pay(text: str) -> bool:
    """True when the message is about pay ("how much do nurses make", "salary"), not just "how much"."""
    return bool(_PAY.search(text))


def entities(text: str) -> list[dict[str, Any]]:
    """Level, currency and superlative mentions of a message as NLU entities."""
    out: list[dict[str, Any]] = []
    for name, start, end in levels.mentions(text):
        out.append({"entity": "level", "value": name, "start": start, "end": end, "text": text[start:end]})
    for any_level in _ANY_LEVEL.finditer(text):  # "pay by seniority": every level
        out.append({"entity": "level", "value": "all", "start": any_level.start(), "end": any_level.end(),
                    "text": any_level.group(0)})
    for code, start, end in currency.mentions(text):
        out.append({"entity": "currency", "value": code, "start": start, "end": end,
                    "text": text[start:end]})
    direction = superlative(text)
    if direction:
        word = (_LOW if direction == "low" else _HIGH).search(text) or _PLACE_WORDS.search(text)
        start, end = (word.start(), word.end()) if word else (0, 0)
        out.append({"entity": "superlative", "value": direction, "start": start, "end": end,
                    "text": text[start:end]})
    for entity, value in (("statistic", asked_statistic(text)), ("period", asked_period(text))):
        if value:
            out.append({"entity": entity, "value": value, "start": 0, "end": 0, "text": ""})
    pay = _PAY.search(text)
    if pay:
        out.append({"entity": "pay", "value": "pay", "start": pay.start(), "end": pay.end(),
                    "text": pay.group(0)})
    return out
