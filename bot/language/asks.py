"""What a message asks for besides names: a seniority level, a currency, a ranking direction, pay.

`entities(text)` gives them as NLU entities ({"entity": "level"|"currency"|"superlative", "value", "start",
"end", "text"}); the Rasa component (bot.nlp.component) adds them to every message, so the answer
layers read them from the Query and never parse the text again.
"""

from __future__ import annotations

import re
from typing import Any

from bot.language import currency, levels
from bot.language.inflect import singular
from bot.language.money import find_money
from bot.language.statistics import PAY_RATE, PAY_WORD, asked_period, asked_statistic
from bot.language.words import gap_words, question_words, stopwords

_PLACE_WORDS = re.compile(
    r"\b(city|cities|place|places|where|location|locations|country|countries|world|everywhere|"
    r"all (the )?salaries|rank|ranking)\b", re.I)
_BY_REGION = re.compile(r"\b(states?|provinces?|regions?|counties|county|territor(?:y|ies))\b", re.I)
_BY_GROUP = re.compile(r"\b(industr(?:y|ies)|sectors?|settings?|employers?|workplaces?)\b", re.I)
_WHICH = re.compile(r"\b(which|what)\b", re.I)
_HIGH = re.compile(r"\b(most|highest|best|top|max(imum)?|biggest|richest)\b", re.I)
_RANK = re.compile(r"\b(most|highest|biggest|richest|least|lowest|smallest)\b(?! \d)", re.I)
_MORE = re.compile(r"\b(more|less|better|higher|lower)\b", re.I)
_LOW = re.compile(r"\b(least|lowest|worst|min(imum)?|cheapest|smallest)\b", re.I)
_ANY_LEVEL = re.compile(r"\b(seniority|levels?|by experience|experience levels?)\b", re.I)
_PAID_LEAVE = re.compile(r"\s+(?:time off|leave|holidays?|vacations?|sick)\b", re.I)
_MONEY = re.compile(r"[$£€₹¥₪]\s?\d")  # a figure with its currency: a pay sense, though no pay word
_RATE_ONLY = re.compile(
    r"^(rates?|per hour|an hour|a year|per year|hourly|annual(ly)?|" + _MONEY.pattern + ")$", re.I)
_PAY_ASKED = re.compile(r"^(?:how much|what) ", re.I)  # a pay question's own phrase, not only a pay word
_PAY = re.compile(
    PAY_WORD.pattern + r"|\b(make a year|"
    r"make an hour|make per|money|rates?|per hour|an hour|a year|per year|hourly|annual(ly)?|"
    r"how much (?:more |less )?(do|does|can|could|would|will|should) [\w'/+ -]{1,40}? "
    r"(make|get|earn|take home|bring in)\b|"
    r"\bwhat (do|does|did|would|will|can|could) [\w' -]{1,40}\b(make|earn|get paid|take home)\b|"
    r"\bwhat (?:[\w'-]+ ){1,3}?make\b(?! (?:a|an|the|it|you|me|them|sense|up)\b)|"  # "what RNs make"
    r"\bwhat (?:should|would|will|do|does|can|could|am|are|is) [\w'-]{1,20} (?:be )?on (?:per|an?) "
    r"(?:hour|year|week|day|month|shift)\b|"  # "what should i be on per hour": pay
    r"\d+k\b)|" + _MONEY.pattern, re.I)


COST_TERMS = frozenset({"cost", "price", "fee", "tuition"})  # lemmas: what a cost question asks for
_COST = re.compile(r"\b(?:cost|costs|costing|price|prices|pricey|priced|fees?|tuition|afford|spend|spent|"
                   r"worth the money|waste of money|overpriced)\b", re.I)


def priced(text: str) -> bool:
    """The message is about what something costs, with no pay word ("which bootcamp is worth the money?
    looking at a few 15k ones"): its money and figures are prices, not pay."""
    return bool(_COST.search(text)) and not PAY_WORD.search(text)


_POINTERS = (r"\b(?:this|that) (?:job|role|position|post|posting|vacancy|ad|advert|opening|listing|company|"
             r"employer|firm)\b|"
             r"\bthe (?:posting|ad|advert|advertisement|vacancy|listing|job ad)\b")  # "this job": no subject
_POINTER_WORDS = re.compile(_POINTERS, re.I)
_POSTING_WORDS = re.compile(  # "this job", "the posting", "what are they looking for"
    _POINTERS + r"|\bthey\b[\w\s']{0,20}\blooking for\b|\bto apply\b|\bapplications?\b", re.I)


_TREND = re.compile(r"\b(?:going|go|gone|went) (?:up|down)\b|\b(?:ris(?:e|es|ing)|increas(?:e|es|ing)|"
                    r"decreas(?:e|es|ing)|fall(?:s|ing)?|dropp?(?:s|ing)?|trend(?:s|ing)?)\b", re.I)


def asks_gap(text: str) -> bool:
    """The message speaks of the user's readiness or learning ("what am I missing", "am I qualified"):
    a gap word of bot/data/language.yml, as written or as its singular."""
    gap = gap_words()
    return any(w in gap or singular(w) in gap for w in re.findall(r"[a-z]+", text.lower()))


_OTHER_NAMES = re.compile(r"\b(?:other|alternative|different)\s+(?:job\s+)?(?:titles?|names?)\b|"
                          r"\balso\s+(?:called|known\s+as)\b|\bgo(?:es)?\s+by\b|\baka\b|\bjob\s+titles?\b",
                          re.I)


def asks_other_names(text: str) -> bool:
    """The question asks what else a role is called ("what other job titles do librarians go by")."""
    return bool(_OTHER_NAMES.search(text))


def asks_trend(text: str) -> bool:
    """True when a message asks how pay or demand changes over time ("are salaries going up or down",
    "salary trends"); "thinking about dropping to part time" changes nothing of the kind."""
    for m in _TREND.finditer(text):
        before = re.split(r"[.?!]", text[max(0, m.start() - 40): m.start()])[-1]  # in its own sentence
        if m.group(0).lower().startswith("trend") or PAY_WORD.search(before) or _CHANGING.search(before):
            return True
    return False


_CHANGING = re.compile(r"\b(?:rates?|demand|market|jobs?|openings)\b", re.I)  # besides pay words


def points_at_posting(text: str) -> bool:
    """True when a message points at a job advertisement rather than naming a role ("when does the
    posting close", "what skills are they looking for", "the pay for this job")."""
    return bool(_POSTING_WORDS.search(text))


def posting_spans(text: str) -> list[tuple[int, int]]:
    """Where a message points at a job advertisement ("this position"): words that name it, no subject."""
    return [m.span() for m in _POINTER_WORDS.finditer(text)]


_TARGET = re.compile(
    r"\b(?:move|moving|switch(?:ing)?|transition(?:ing)?|pivot(?:ing)?|get|getting|go|going|step|stepping|"
    r"progress(?:ing)?|break|breaking|promoted)\s+(?:up\s+)?(?:in)?to\b|"
    r"\bbecom(?:e|ing)\b|\baim(?:ing)? for\b|\bwant(?:s|ed)? to be\b|\bappl(?:y|ying|ied)\s+(?:to|for)\b",
    re.I)


def target_start(text: str) -> int | None:
    """Where the role or level a user wants to reach is named: after "move into", "get to", "become"
    ("backend eng 5 yrs, i want to move into sre"); None when the message names no move."""
    found = _TARGET.search(text)
    return found.end() if found else None


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


_BARE_K = re.compile(r"\b(?!40[13]k\b)(\d{2,3})k\b", re.I)  # "60k", not a "401k" plan
_VERSUS = re.compile(r"\s(?:vs\.?|versus|or|compared (?:to|with))\s", re.I)
_BETWEEN = re.compile(r"\b(?:dif+\w*|distinguish\w*|tell apart)\s+between\s+([^,;:?!]+?)\s+and\s+", re.I)
_SIDE_WORD = re.compile(r"[\w+#.'-]+")
_SIDE_LEN = 3


def _side_words(text: str, start: int, end: int, leftwards: bool) -> tuple[int, int] | None:
    """The span of up to three content words next to a comparison word, stopping at a stopword or
    punctuation ("an electrician or a plumber, ..." -> "electrician" / "plumber")."""
    stop = stopwords() | question_words()
    chunk = text[start:end]
    cut = re.split(r"[,;:?!()]", chunk)
    chunk_start = start + (len(chunk) - len(cut[-1]) if leftwards else 0)
    piece = cut[-1] if leftwards else cut[0]
    found = [(m.start() + chunk_start, m.end() + chunk_start, m.group().lower())
             for m in _SIDE_WORD.finditer(piece)]
    if leftwards:
        found.reverse()
    while found and found[0][2] in stop:  # "or a plumber"
        found.pop(0)
    words: list[tuple[int, int, str]] = []
    for item in found:
        if item[2] in stop or len(words) == _SIDE_LEN:
            break
        words.append(item)
    if not words:
        return None
    spans = sorted((w[0], w[1]) for w in words)
    return spans[0][0], spans[-1][1]


def compared_sides(text: str) -> tuple[list[tuple[int, int]], str]:
    """The spans of the two things a message compares ("backend vs frontend", "ACA or ACCA") and the
    word between them ("vs", "or"); ([], "") when it names no comparison."""
    between = _BETWEEN.search(text)  # "the difference between a carpenter and a joiner"
    if between:
        left = _side_words(text, between.start(1), between.end(1), leftwards=False)
        right = _side_words(text, between.end(), len(text), leftwards=False)
        if left and right:
            return [left, right], "between"
    match = _VERSUS.search(text)
    if not match:
        return [], ""
    left = _side_words(text, 0, match.start(), leftwards=True)
    right = _side_words(text, match.end(), len(text), leftwards=False)
    if not (left and right):
        return [], ""
    return [left, right], match.group().strip().lower()


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
    region = _BY_REGION.search(text)
    if region and (_HIGH.search(text) or _LOW.search(text) or _WHICH.search(text)):
        out.append({"entity": "by_place", "value": singular(region.group(1).lower()), "start": region.start(),
                    "end": region.end(), "text": region.group(0)})  # "which state pays the most"
    group = _BY_GROUP.search(text)
    if group and (_HIGH.search(text) or _LOW.search(text) or _WHICH.search(text) or _MORE.search(text)):
        out.append({"entity": "by_group", "value": singular(group.group(1).lower()), "start": group.start(),
                    "end": group.end(), "text": group.group(0)})  # "which industries pay the most"
    for entity, value in (("statistic", asked_statistic(text)), ("period", asked_period(text))):
        if value:
            out.append({"entity": entity, "value": value, "start": 0, "end": 0, "text": ""})
    cost = priced(text)
    amounts = [] if cost else find_money(text)
    for money in amounts:  # the user's own figure ("I'm on £40k")
        out.append({"entity": "amount", "value": money.amount, "symbol": money.symbol, "start": money.start,
                    "end": money.end, "text": money.written})
    if not amounts and not cost:
        for bare in _BARE_K.finditer(text):  # "I make 60k": the currency is the place's
            out.append({"entity": "amount", "value": int(bare.group(1)) * 1000, "symbol": "",
                        "start": bare.start(), "end": bare.end(), "text": bare.group(0)})
    sides, between = compared_sides(text)
    for start, end in sides:
        out.append({"entity": "side", "value": text[start:end], "start": start, "end": end,
                    "text": text[start:end], "between": between})
    found = [] if cost else [m for m in _PAY.finditer(text)  # "paid time off" is leave, not pay
                             if not (m.group(0).lower() == "paid" and _PAID_LEAVE.match(text, m.end()))]
    pay = next((m for m in found if not _RATE_ONLY.match(m.group(0))), found[0] if found else None)
    if pay:  # "pay" for a pay word proper; "rate" when only a period or rate word says so ("annual leave")
        value = "rate" if _RATE_ONLY.match(pay.group(0)) and not PAY_RATE.search(text) else "pay"
        asked = bool(_PAY_ASKED.match(pay.group(0)))  # "what do apprentice ODPs get paid while training"
        out.append({"entity": "pay", "value": value, "start": pay.start(), "end": pay.end(),
                    "text": pay.group(0), "asked": asked})
    return out
