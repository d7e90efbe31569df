"""Structural parser for plain-text career pages: title, sections, paragraphs, bullet lists, salary tables.

Web-page noise (affiliate notes, share prompts, marketing and navigation) is dropped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.ingest.facets import facet_from_heading
from bot.ingest.salary import MONEY_RE, TableRow, parse_table_row
from bot.language.text import squash

BULLET_RE = re.compile(r"^\s*(?:[•·▪◦●○■□►▸‣⁃*\-–—]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_NOISE_LINE = re.compile(
    r"affiliate commission|^share( this)?( page)?$|^help others find|start free trial|^read (more|less)$|"
    r"^©|copyright|\(c\)\s*\d{4}|all rights reserved|^see all salaries|^bars indicate relevance|"
    r"opencourser|^we haven'?t picked any|find this site helpful|thank you for supporting|"
    r"your purchases help us|we'?re supported by our community|^sorted from most relevant|"
    r"^take the first step|we'?ve curated|"
    r"^(sign up|log ?in|subscribe|apply now|save job|print|back to top)\b|"
    r"cookies?\b.*\b(accept|policy)|^advertisement$|^[\"'“”\s]+$",
    re.I,
)
_NOISE_SECTION = re.compile(
    r"^(our mission|reading list|affiliate disclosure|share|path to\b|related (careers|jobs|courses)|"
    r"you may also like|popular (courses|careers)|about us|newsletter|follow us)",
    re.I,
)
_TABLE_HEAD = re.compile(r"^(city|location|place|metro(politan)? area|country)\b", re.I)
_STAT_HEAD = re.compile(r"^(median|average|mean)?\s*(salary|pay|salaries)?$", re.I)
_SMALL = {
    "a",
    "an",
    "and",
    "or",
    "of",
    "the",
    "for",
    "in",
    "to",
    "on",
    "with",
    "at",
    "by",
    "as",
    "is",
    "this",
    "do",
    "are",
    "what",
    "how",
}


@dataclass
class Block:
    """A paragraph, a bullet list (with its lead-in line) or a salary table."""

    kind: str  # paragraph | list | table
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    statistic: str = "median"


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


def is_noise(line: str) -> bool:
    """True for web-page boilerplate lines."""
    return bool(_NOISE_LINE.search(line.strip()))


def clean(text: str) -> str:
    """Collapse whitespace and drop stray trailing quote marks ("... industry. \" \"")."""
    text = squash(text)
    if text.count('"') % 2 or text.endswith('" "'):
        text = re.sub(r'(?:\s*["“”])+\s*$', "", text).strip()
    return text


def is_heading(line: str) -> bool:
    """ALL CAPS, Title Case or question lines of at most 12 words, without sentence punctuation."""
    s = line.strip()
    if not s or len(s) > 100 or BULLET_RE.match(s) or MONEY_RE.search(s):
        return False
    if s[-1] in ".,;:!" or not s[0].isalnum():
        return False
    ws = s.split()
    if len(ws) > 12:
        return False
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters):
        return True
    if s.endswith("?") and len(ws) <= 12:
        return True
    content = [w for w in ws if w.lower().strip("?()") not in _SMALL and w[0].isalpha()]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps == len(content) or (len(ws) <= 3 and ws[0][0].isupper() and caps * 2 >= len(content))


def _title(lines: list[str]) -> tuple[str, int]:
    for i, line in enumerate(lines):
        s = re.sub(r"^#{1,6}\s+|^(\*\*|__)|(\*\*|__)$", "", line.strip()).strip()
        if not s or is_noise(s):
            continue
        words = s.split()
        if (
            len(s) <= 120
            and len(words) <= 14
            and s[-1] not in ".,;:!"
            and any(c.isalpha() for c in s)
            and not BULLET_RE.match(s)
        ):
            return squash(s), i + 1
        return "", i
    return "", len(lines)


def _groups(lines: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if line.strip():
            cur.append(line.rstrip())
        elif cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    return groups


_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def markup_heading(line: str) -> str | None:
    """Heading text of a markdown ("## Skills", "**Skills**") or labelled ("Responsibilities:") line."""
    s = line.strip()
    m = re.match(r"^#{1,6}\s+(.+?)\s*#*$", s) or re.match(r"^(?:\*\*|__)(.+?)(?:\*\*|__):?$", s)
    if m:
        return squash(m.group(1))
    if s.endswith(":") and len(s.split()) <= 5 and s[0].isupper() and facet_from_heading(s[:-1]):
        return s[:-1].strip()
    return None


def _table(lines: list[str], i: int) -> tuple[Block | None, int]:
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
    if j < len(lines) and _MD_SEPARATOR.match(lines[j].strip()):
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


def _is_short_item(line: str) -> bool:
    s = line.strip()
    return (
        bool(s)
        and len(s.split()) <= 6
        and s[-1] not in ".:;?!"
        and not BULLET_RE.match(line)
        and not MONEY_RE.search(s)
        and not is_noise(s)
    )


def _short_run(group: list[str], i: int) -> list[str]:
    """Consecutive short lines from group[i] (an undotted list) when the run reaches the group's end."""
    j = i
    while j < len(group) and _is_short_item(group[j]):
        j += 1
    return [g.strip() for g in group[i:j]] if j == len(group) else []


def _heads_group(group: list[str], i: int) -> bool:
    """A heading-like line that ends its group or introduces the text, list or short lines below it."""
    s = group[i].strip()
    if (
        len(group) == 1
        and s[:1].isupper()
        and len(s.split()) <= 8
        and s[-1] not in ".,;:!"
        and not MONEY_RE.search(s)
    ):
        return True  # a short standalone line between blank lines ("Frequently asked questions")
    if not is_heading(s):
        return False
    if i == len(group) - 1:
        return True
    nxt = group[i + 1].strip()
    if BULLET_RE.match(group[i + 1]) or len(_short_run(group, i + 1)) >= 2:
        return True
    return not is_heading(nxt) and not MONEY_RE.fullmatch(nxt) and len(nxt.split()) > 6


class _PageBuilder:
    """Walks the line groups of a page, keeping the open paragraph and the current section."""

    def __init__(self) -> None:
        self.sections = [Section("")]
        self.skipping = False
        self.para: list[str] = []

    def add(self, block: Block) -> None:
        if not self.skipping:
            self.sections[-1].blocks.append(block)

    def flush(self) -> None:
        if self.para:
            self.add(Block("paragraph", clean(" ".join(self.para))))
        self.para = []

    def bullets(self, group: list[str], i: int) -> int:
        lead = self.para.pop() if self.para and self.para[-1].rstrip().endswith(":") else ""
        self.flush()
        items = []
        while i < len(group) and (m := BULLET_RE.match(group[i])):
            items.append(clean(m.group("text")))
            i += 1
        blocks = self.sections[-1].blocks
        if not lead and blocks and blocks[-1].kind == "paragraph" and blocks[-1].text.endswith(":"):
            lead = blocks.pop().text
        self.add(Block("list", clean(lead), items))
        return i

    def line(self, s: str) -> None:
        if self.para and self.para[-1].rstrip()[-1:] not in '.!?:"”)':
            self.para[-1] = f"{self.para[-1]} {s}"  # a wrapped line continues the paragraph
        else:
            self.flush()
            self.para.append(s)

    def group(self, group: list[str]) -> None:
        i = 0
        while i < len(group):
            s = group[i].strip()
            table, nxt = _table(group, i)
            if is_noise(s):
                self.flush()
                i += 1
            elif table is not None:
                self.flush()
                self.add(table)
                i = nxt
            elif (md := markup_heading(s)) is not None or _heads_group(group, i):
                self.flush()
                heading = md or squash(s)
                self.skipping = bool(_NOISE_SECTION.match(heading))
                if not self.skipping:
                    self.sections.append(Section(heading))
                i += 1
                short = _short_run(group, i)
                if len(short) >= 2:  # an undotted list right under the heading
                    self.add(Block("list", "", [clean(x) for x in short]))
                    i += len(short)
            elif BULLET_RE.match(group[i]):
                i = self.bullets(group, i)
            else:
                self.line(s)
                i += 1
        self.flush()


def parse_page(text: str) -> Page:
    """Split a page into title and sections of paragraphs, lists and tables (noise removed)."""
    lines = text.split("\n")
    title, start = _title(lines)
    builder = _PageBuilder()
    for group in _groups(lines[start:]):
        builder.group(group)
    return Page(title, [s for s in builder.sections if s.blocks or s.heading])
