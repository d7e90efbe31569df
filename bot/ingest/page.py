"""The parsed shape of a career page: title, sections, and their paragraphs, lists and tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.ingest.salary import TableRow


@dataclass
class Block:
    """A paragraph, a list (with its lead-in line), a City/Median salary table or a table of rows."""

    kind: str  # paragraph | list | table | rows
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    statistic: str = "median"
    cells: list[list[str]] = field(default_factory=list)
    caption: str = ""  # the short line right above a table ("Median hourly wage by province (2025)")


@dataclass
class Section:
    """Blocks under one heading ("" for the text before the first heading)."""

    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Page:
    """A parsed page: its title line and its sections."""

    title: str
    sections: list[Section]


_POSTING_SIGNS = (  # what a job advertisement says and a career guide does not
    r"\bclosing date\b", r"\bhow to apply\b", r"\bapply (?:now|by|online|today|via|through)\b",
    r"\bjob (?:posting|advert(?:isement)?|ad|reference|ref(?:erence)? no)\b", r"\bposted:",
    r"\bwe(?:'re| are) (?:hiring|looking for)\b", r"\breports to\b", r"\bposition type\b",
    r"\b(?:contract|employment) type\b", r"\bsalary:",
)


def is_posting(text: str) -> bool:
    """True for a job advertisement: a page with two signs of one (a closing date, "How to apply")."""
    return sum(bool(re.search(sign, text, re.I)) for sign in _POSTING_SIGNS) >= 2
