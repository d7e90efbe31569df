"""City/Median salary tables ("City | Median", "London | £95,000"), one- or two-line rows."""

from __future__ import annotations

import re

from bot.ingest.page import Block
from bot.ingest.salary import parse_table_row
from bot.language.money import MONEY_RE

_TABLE_HEAD = re.compile(r"^(city|location|place|metro(politan)? area|country)\b", re.I)
_STAT_HEAD = re.compile(r"^(median|average|mean)?\s*(salary|pay|salaries)?$", re.I)
MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def city_table(lines: list[str], i: int) -> tuple[Block | None, int]:
    """A City/Median table starting at lines[i] (two-line or one-line rows); returns (block, next index)."""
    head = lines[i].strip().strip("|").strip()
    parts = re.split(r"\s*(?:\t|\|| {2,})\s*", head)
    if len(parts) >= 2 and _TABLE_HEAD.match(parts[0]) and _STAT_HEAD.match(parts[1]):
        stat_line, j = parts[1], i + 1
    elif (
        _TABLE_HEAD.match(head)
        and len(head.split()) <= 3
        and i + 1 < len(lines)
        and _STAT_HEAD.match(lines[i + 1].strip())
        and lines[i + 1].strip()
    ):
        stat_line, j = lines[i + 1].strip(), i + 2
    else:
        return None, i
    stat = "average" if re.search(r"average|mean", stat_line, re.I) else "median"
    block = Block(kind="table", statistic=stat)
    if j < len(lines) and MD_SEPARATOR.match(lines[j].strip()):
        j += 1
    while j < len(lines):
        row = parse_table_row(lines[j])
        if row is None and j + 1 < len(lines):
            row = parse_table_row(f"{lines[j].strip()}\t{lines[j + 1].strip()}")
            if row is not None and not MONEY_RE.search(lines[j]):
                j += 1
            else:
                row = None
        if row is None:
            break
        block.rows.append(row)
        j += 1
    return (block if block.rows else None), j
