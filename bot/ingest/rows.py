"""Salaries and text from tables of rows: Quick Facts key/value rows and percentile wage tables.

"2024 Median Pay | $93,600 per year $45.00 per hour" is a median with two periods; a table headed
"10% | 25% | 50% (Median) | 75% | 90%" gives one figure per column for each row ("Hourly wage",
"Annual wage" or a sub-role).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.ingest.salary import NOT_PAY_RE, SalaryMention, date_of, find_money, salary_mentions, statistic_of
from bot.language import levels
from bot.language.statistics import BASE_PAY_WORD, PAY_WORD, asked_period
from bot.store import gazetteer as gz

_PERCENT_HEAD = re.compile(r"^(?:(10|25|50|75|90)(?:th)?\s*(?:%|percent(?:ile)?)|median)(?!\w)", re.I)


def table_text(cells: list[list[str]]) -> str:
    """The rows as text ("key: value; value" a line)."""
    return "\n".join(f"{row[0]}: {'; '.join(row[1:])}" for row in cells)


def _column_of(cell: str) -> tuple[str, str]:
    """(statistic, period) a header cell names: "10%" -> ("p10", ""), "Median hourly" -> ("median",
    "hour"); ("", "") for a label column ("Role", "Occupation")."""
    m = _PERCENT_HEAD.match(cell)
    percent = m.group(1) if m else None
    stat = (f"p{percent}" if percent and percent != "50" else "median") if m else statistic_of(cell)
    return ("" if stat == "typical" else stat), (asked_period(cell) or "")


def _header_cells(row: list[str]) -> list[tuple[str, str]] | None:
    """(statistic, period) of each column of a header row whose cells name statistics ("10%", "50%
    (Median)", "Median hourly", "Lowest 10 percent") or, two or more, periods ("Annual basic | Hourly"),
    or None. A header broken over two lines ("... 50%" then "(Median) 75% 90%") is read as one:
    "(Median)" adds nothing."""
    if find_money(" ".join(row)):
        return None
    columns = [_column_of(cell.strip()) for cell in row if cell.strip().lower() != "(median)"]
    periods = {period for _, period in columns[1:] if period}
    return columns if any(stat for stat, _ in columns) or len(periods) > 1 else None


def _spanned(row: list[str], above: list[str], width: int) -> list[str]:
    """A row shorter than its table whose first cells were spanned from the row above (a band's second
    pay point printed under its first: "Band 5 | Entry | £31,049" then "After 2 years | £33,487")."""
    missing = width - len(row)
    return [*above[:missing], *row] if 0 < missing < len(above) and len(above) == width else row


def across(cells: list[list[str]]) -> list[list[str]]:
    """A header row over one row of values, as a careers profile's summary box ("Average salary (a year) |
    Typical hours (a week)" over "£24,000 Starter to £55,000 Experienced | 37 to 39 a week"), as key/value
    rows, one per column; other tables as they are. A first value that is a figure says the first column
    is no label column."""
    if len(cells) != 2 or len(cells[0]) != len(cells[1]) or len(cells[0]) < 2:
        return cells
    head, values = cells
    first = values[0].lstrip("*_ ")
    if find_money(" ".join(head)) or not (find_money(first) or first[:1].isdigit()):
        return cells
    return [[h, v] for h, v in zip(head, values, strict=True)]


_NO_FIGURE = re.compile(r"^(?:n/?a|x|[-–—*]+)$", re.I)  # a cell with no figure published


def _column_figures(row: list[str], columns: list[tuple[str, str]], heading: str,
                    date: str) -> list[tuple[SalaryMention, str]]:
    """The figures of a row under a header naming each column's statistic or period. Words in other
    cells ("Entry", "After 2 years") join the row's label, whose level gives a statistic a column does
    not; a column with no period written takes the one the table's caption names ("Hourly wages by
    province"), else a year."""
    offset = len(columns) - len(row) + 1
    words = [cell for cell in row[1:] if not find_money(cell) and not _NO_FIGURE.match(cell)]
    label = ", ".join([row[0], *words])
    out: list[tuple[SalaryMention, str]] = []
    for j, value in enumerate(row[1:]):
        stat, period = columns[j + offset] if 0 <= j + offset < len(columns) else ("", "")
        if not stat and period:
            stat = _level_statistic(label) or statistic_of(label)
        monies = find_money(value)[:2] if stat else []  # one figure, or a range ("₹12,000 - ₹15,000")
        for k, money in enumerate(monies):
            st = _PLAIN[k] if len(monies) == 2 and stat == "typical" else stat
            period = period or asked_period(f"{row[0]} {value}") or asked_period(heading) or "year"
            out.append((SalaryMention(money, st, period, "", f"{label}: {value}", date), label))
    return out


_RATE = re.compile(r"\brates?\b", re.I)  # "Level | Rate", "Contract day rates"
_PLAIN = ("minimum", "maximum")  # a range's ends, which a row's level or statistic overrides


def _level_statistic(label: str) -> str | None:
    """A row labelled with a seniority ("Graduate / junior analyst", "Senior analyst / team lead") gives
    starting or experienced figures."""
    found = levels.level_of(label)
    if found is None or levels.rank(found) == levels.rank(levels.MID):
        return None
    return "starting" if levels.rank(found) < levels.rank(levels.MID) else "experienced"


def _place_columns(row: list[str]) -> list[str] | None:
    """The places a header row names column by column ("Level | Perth | Brisbane | Darwin"), or None: two
    thirds of them known places, the others names of towns."""
    if len(row) < 3 or find_money(" ".join(row)):
        return None
    named = [cell.strip() for cell in row[1:]]
    known = sum(1 for n in named if gz.gazetteer().lookup(n))
    shaped = all(n[:1].isupper() and len(n.split()) <= 4 and not any(c.isdigit() for c in n) for n in named)
    return named if shaped and known >= 2 and known * 3 >= len(named) * 2 else None


def table_salaries(cells: list[list[str]], heading: str,
                   keep: Callable[[str], bool] = lambda _label: False,
                   by_heading: bool = True) -> list[tuple[SalaryMention, str]]:
    """(mention, row label) for the pay figures of a table. A row counts when its label is about pay
    (or `keep(label)`, e.g. it names one of the page's roles), its table's first row heads a pay column
    (or, `by_heading`, its heading is about pay), or it sits under a percentile header."""
    out: list[tuple[SalaryMention, str]] = []
    columns: list[tuple[str, str]] | None = None
    date = date_of(heading)
    header_open = False
    pay_header = ""  # a first row naming a pay column ("Level | Typical base salary (AUD per year)")
    if cells and not find_money(" ".join(cells[0])) and (PAY_WORD.search(" ".join(cells[0][1:]))
                                                          or _RATE.search(" ".join(cells[0][1:]))):
        pay_header = " ".join(cells[0][1:])
    elif by_heading and PAY_WORD.search(heading):
        pay_header = heading  # rows under a pay heading ("Pay rates, 2025"): "Captains | $160K-$230K"
    above: list[str] = []
    places: list[str] | None = None  # the columns' places, under a header of places
    for row in cells:
        places = _place_columns(row) or places
        if places is not None and len(row) == len(places) + 1 and not find_money(row[0]):
            if find_money(" ".join(row[1:])):
                out += _place_figures(row, places, heading, date)
            continue
        header = _header_cells(row)
        if header is not None:
            columns = (columns or []) + header if header_open else header
            header_open = True
            continue
        header_open = False
        if columns is not None and find_money(" ".join(row[1:])):
            row = _spanned(row, above, len(columns))
            above = row
            out += _column_figures(row, columns, heading, date)
            continue
        label, values = row[0], row[1:]
        if not (PAY_WORD.search(label) or keep(label) or pay_header or (
                (BASE_PAY_WORD.search(label) or _RATE.search(label)) and not NOT_PAY_RE.search(label))):
            continue  # "Annual base", "Field assistant hourly rate" say pay; "Annual fee" does not
        context = f"{heading} {pay_header} {label}"
        words = [cell for cell in values if not find_money(cell)]  # "0 - 2 years | Junior SHO | RM3,000"
        label = ", ".join([label, *words]) if words and len(values) > len(words) else label
        own = _level_statistic(label) or statistic_of(label)
        figures = [cell for cell in values if find_money(cell)] if words else values  # words: in the label
        for mention in salary_mentions(" ".join(figures), context, pay=keep(row[0])):  # "Senior geologist"
            if own != "typical" and (mention.statistic in _PLAIN or mention.statistic == "typical"):
                mention = replace(mention, statistic=own)
            out.append((mention, label))
    return out


def _place_figures(row: list[str], places: list[str], heading: str,
                   date: str) -> list[tuple[SalaryMention, str]]:
    """A row's figures under a header of places, each in its column's place ("Graduate (0-2 yrs) |
    $102,000 | $95,000" under "Level | Perth | Brisbane"); the row's level gives their statistic."""
    label = row[0]
    own = _level_statistic(label) or statistic_of(label)
    out: list[tuple[SalaryMention, str]] = []
    for cell, place in zip(row[1:], places, strict=True):
        for mention in salary_mentions(cell, f"{heading} {label}"):
            plain = mention.statistic in (*_PLAIN, "typical")
            stat = own if own != "typical" and plain else mention.statistic
            dated = mention.date or date
            out.append((replace(mention, statistic=stat, scope=f"in {place}", date=dated), label))
    return out
