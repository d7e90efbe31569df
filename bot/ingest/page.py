"""The parsed shape of a career page: title, sections, and their paragraphs, lists and tables."""

from __future__ import annotations

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
