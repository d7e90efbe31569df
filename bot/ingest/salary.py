"""Salary sentences ("around $110,000 per year") and City/Median table rows (amounts: bot.language.money)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.ingest.lines import LABELLED
from bot.language import levels
from bot.language.lemma import noun_lemma
from bot.language.money import Money, find_money
from bot.language.statistics import BASE_PAY_WORD, PAY_WORD, PERIODS, extra_pay, statistic_of
from bot.language.text import sentences as split_sentences
from bot.language.text import squash, words
from bot.language.words import stopwords

NOT_PAY_RE = re.compile(  # figures that are money but not what the job pays
    r"\b(?:costs?|fees?|tuition|prices?|budget|allowances?|bonus(?:es)?|loans?|grants?|debt|stipends?|"
    r"vouchers?|discounts?|sacrifice|spend(?:ing)?|savings?|courses?|subsid(?:y|ies)|exams?|pays? for|"
    r"claims?|insurance|reimburs\w*|benefits? of)\b",
    re.I)  # "we pay for the exam, worth €175", "dental claims up to S$400 a year"
_RANGE_RE = re.compile(r"\b(?:between|from)\b[^.]*?\b(?:and|to)\b|\s?[-–—]\s?$|\bto\s*$", re.I)
SCOPE_RE = re.compile(
    r"\b[Ii]n (?P<scope>(?:the )?[A-Z][\w.'-]*(?:\s+(?:of\s+)?[A-Z][\w.'-]*){0,3}(?:,\s*[A-Z]{2}\b)?)"
)
# a listed vacancy's town after its pay: "£26,000 to £28,500 a year, Leeds"
_TRAILING_PLACE = re.compile(r",\s*(?P<scope>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*$")


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
    date: str = ""  # "May 2024" when the text dates the figure
    kind: str = ""  # extra money beside the pay rate ("sign-on bonus", "tool allowance"), if it is that
    who: str = ""  # whom the sentence says earns it ("Senior audiologists", "Audiometrists"), if it says


_WHO = re.compile(  # "Senior audiologists usually earn", "Audiometrists, who do ..., usually earn",
    # "Tech IIIs (3-5 more years) earn"
    r"^(?:[-•*]\s*)?(?P<who>[A-Z][\w'’/&-]*(?:\s+[\w'’/&-]+){0,7}?)(?:,[^.;]*?,|\s*\([^)]*\))?\s+"
    r"(?:usually\s+|typically\s+|generally\s+|often\s+|normally\s+|can\s+|may\s+|tend to\s+)*"
    r"(?:earn|earns|earned|make|makes|are paid|is paid|get paid|get|receive|receives|take home|start on|"
    r"start at)\b")


def earner(sent: str) -> str:
    """Whom a sentence says earns its figures, as written before the pay verb or as a label naming only
    a level ("Freshers: ₹2.4 to 3.6 LPA"), or ""."""
    m = _WHO.match(sent.strip())
    if m:
        return m.group("who")
    key = LABELLED.match(sent.strip())
    return key.group("key") if key and level_only(key.group("key")) else ""


def level_only(key: str) -> bool:
    """A label that names only a level ("Freshers", "Entry level", "Experienced"): of the page's role."""
    spans = levels.mentions(key)
    rest = "".join(c for i, c in enumerate(key) if not any(a <= i < e for _, a, e in spans))
    return bool(spans) and all(w.lower() in stopwords() for w in words(rest))


_ANYONE = frozenset({"most", "many", "some", "all", "they", "you", "workers", "staff", "people", "employees",
                     "usually", "typically", "new", "hires"})


def earner_label(who: str, roles: Sequence[str]) -> str:
    """Whom a sentence says earns a figure, when that says more than the page's roles ("Senior
    audiologists", "Audiometrists"); "" for the roles themselves or anyone ("Most audiologists")."""
    own = {noun_lemma(w) for r in roles for w in words(r.lower())}
    rest = [w for w in words(who.lower()) if w not in stopwords() and w not in _ANYONE
            and noun_lemma(w) not in own]
    return squash(who) if rest and statistic_of(who) == "typical" else ""  # "The lowest 10 percent": a
    # statistic, not a group


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
    """Sentences of a paragraph (bot.language.text.sentences)."""
    return split_sentences(text)


_DATE_RE = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:19|20)\d{2}\b"
)
_LEFT_PERIODS = (  # before the figure: "per week" there is more often the hours ("40 hours a week")
    ("hour", re.compile(r"\bhourly\b|\bper hour\b|\ban hour\b", re.I)),
    ("day", re.compile(r"\bdaily\b|\bday rate\b", re.I)),
    ("week", re.compile(r"\bweekly\b", re.I)),
    ("month", re.compile(r"\bmonthly\b", re.I)),
    ("year", PERIODS[-1][1]),
)


def _period_after(sent: str, money: Money) -> str:
    """The period written right after the amount, before the next figure or sentence break ("€18.50 per
    hour"), or ""; such a figure is pay even in a sentence with no pay word (a job ad's "€18.50 –
    €24.00 per hour (DOE)")."""
    right = sent[money.end : money.end + 24]
    stop = re.search(r"[$£€₪¥₹]|\d[\d,]{3,}|[;.]\s", right)
    right = right[: stop.start()] if stop else right  # "₹2.4 LPA": the figure says its period itself
    return next((period for period, pattern in PERIODS if pattern.search(f"{money.written} {right}")), "")


def _period_near(sent: str, money: Money, *lefts: str) -> str:
    """The period written right after the amount ("$45.00 per hour"), else the one its own clause names
    ("the median hourly wage ... $29.98"), else the one the context names (`lefts`, nearest first), or
    ""."""
    after = _period_after(sent, money)
    if after:
        return after
    for left in lefts:
        for period, pattern in _LEFT_PERIODS:
            if pattern.search(left):
                return period
    return ""


def date_of(text: str) -> str:
    """ "May 2024" or "2024" when the text dates a figure, else ""."""
    m = _DATE_RE.search(text)
    return m.group(0) if m else ""


_PER_UNIT = re.compile(  # a rate per piece of work ("$0.18 a word", "₹400 per visit"), not a salary
    r"\s*(?:(?:per|an?)\s+|/\s?)"
    r"(?!(?:hours?|hr|days?|weeks?|wk|months?|mo|years?|yr|annum|shifts?|head)\b)[a-z]+\b", re.I)
_SAME_FIGURE = re.compile(r"\(\s*(?:about|around|approx(?:imately|\.)?|roughly|or|i\.e\.|~|c\.)?\s*$", re.I)
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|and)\s*", re.I)


def _range_lows(sent: str, monies: list[Money]) -> set[int]:
    """Indexes of the figures that open a range with the next one: "between $X and $Y", or two figures
    joined by "to" or a dash ("Commis chefs $23.95 to $26 an hour · Head chefs $70,000 to $95,000")."""
    if len(monies) == 2 and _RANGE_RE.search(sent[: monies[1].start]):
        return {0}
    lows: set[int] = set()
    for i in range(len(monies) - 1):
        if i - 1 not in lows and _RANGE_GAP.fullmatch(sent[monies[i].end : monies[i + 1].start]):
            lows.add(i)
    return lows


def salary_mentions(paragraph: str, context: str = "", pay: bool = False) -> list[SalaryMention]:
    """Salary figures stated in a paragraph's sentences. `context` (a heading or a row label) with a pay
    word, or `pay`, says that the text is about pay. Each figure's statistic and period come from its own
    clause: "The lowest 10 percent earned less than $63,720, and the highest 10 percent more than
    $135,320"."""
    out: list[SalaryMention] = []
    about_pay = pay or bool(PAY_WORD.search(context))
    last_date = date_of(context)
    for sent in sentences(paragraph):
        last_date = date_of(sent) or last_date
        monies = find_money(sent)
        lead = sent[: monies[0].end + 30] if monies else sent  # "€50,960 gross per year (... excluding
        # holiday allowance)": a word of other money after the figures says nothing of them
        if not about_pay and (NOT_PAY_RE.search(lead) or not (
                PAY_WORD.search(sent) or any(_period_after(sent, m) for m in monies))):
            continue
        if not monies:
            continue
        first = len(out)  # this sentence's first figure
        dropped: set[int] = set()  # its figures that are prices
        scopes = [f"in {m.group('scope').rstrip('.,')}" for m in SCOPE_RE.finditer(sent)]
        scopes += [f"in {m.group('scope')}" for m in _TRAILING_PLACE.finditer(sent)]  # a vacancy's town
        scope = "\n".join(scopes)  # candidates; the extractor keeps the first that names a place
        whole = statistic_of(f"{context} {sent}")
        who = earner(sent)
        level = levels.level_of(who) if who else None  # "Senior audiologists usually earn $95,000 to ..."
        if level and levels.rank(level) != levels.rank(levels.MID):
            whole = "starting" if levels.rank(level) < levels.rank(levels.MID) else "experienced"
        lows = _range_lows(sent, monies)
        prev_end = 0
        for i, money in enumerate(monies):
            left = sent[prev_end : money.start]
            right = sent[money.end : monies[i + 1].start if i + 1 < len(monies) else len(sent)]
            label = " ".join(re.split(r"[,;.()]", right)[0].split()[:3])  # "£22,000 Starter"
            kind = extra_pay(f"{left[-40:]} {right[:30]}")  # "Sign-on bonus: $3,000", "$600 tool allowance"
            if not kind and i and out and out[-1].kind and not BASE_PAY_WORD.search(left):
                kind = out[-1].kind  # "Sign-on bonus: $3,000 - paid $1,500 after 90 days and $1,500 ..."
            near = f"{left[-60:]} {right[:30]}"
            tail = sent[monies[i + 1].end:] if i in lows else right  # a range's unit follows its upper end
            if i - 1 in dropped and i - 1 in lows or _PER_UNIT.match(tail) or (
                    not kind and NOT_PAY_RE.search(near) and not BASE_PAY_WORD.search(near)):
                dropped.add(i)
                prev_end = money.end  # "we pay for your course (worth around $3,800)" under a pay
                continue  # heading: a price, not pay
            own = statistic_of(label)
            if own == "typical":
                own = statistic_of(left if i else f"{context} {left}")
            st = own if own != "typical" else whole
            if i and _SAME_FIGURE.search(left) and out:
                st = out[-1].statistic  # "$106,030 ($50.98 per hour)", "$54.50 an hour or more (about
                # $106,275 a year)": the same figure per another period
            ranged = i in lows or i - 1 in lows
            if ranged and st in ("typical", "average", "median") and statistic_of(label) == "typical":
                st = "minimum" if i in lows else "maximum"
            clause = re.split(r"[,;()·•|]", left)[-1]  # not the previous figure's "(per hour)"
            period = _period_near(sent, money, clause, context if not i else "")
            if not period and len(out) > first and money.amount < 10 * max(out[-1].money.amount, 1):
                period = out[-1].period  # "₹700 to ₹1,100 per day, and helpers get ₹450 to ₹600": a
            period = period or "year"  # figure near the last one's size is per what it is per
            if i in lows and not _period_after(sent, money):
                period = _period_after(sent, monies[i + 1]) or period  # "€18.50 – €24.00 per hour"
            elif i - 1 in lows and not _period_after(sent, money):
                period = out[-1].period  # a range's upper end is per what its lower end is
            if kind:  # a one-off or an allowance is per a period only when one is written beside it
                period = _period_after(sent, money) or next(
                    (p for p, pattern in PERIODS if pattern.search(right[:30])), "")
            out.append(SalaryMention(money, st, period, scope, sent, last_date, kind, who))
            prev_end = money.end
    return out
