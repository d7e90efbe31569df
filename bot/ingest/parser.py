"""Structural parser for career pages in text form: title, sections, paragraphs, lists and tables.

Works with or without blank lines and bullet marks: a line's shape (bot.ingest.lines) and its
neighbours decide whether it is a heading, a list item or running text. Web-page noise (menus,
breadcrumbs, cookie banners, share prompts, footers) is dropped here.
"""

from __future__ import annotations

import re

from bot.ingest import lines as ln
from bot.ingest.facets import facet_from_heading
from bot.ingest.page import Block, Page, Section
from bot.ingest.shapes import money_row, pairs
from bot.ingest.tables import MD_SEPARATOR, city_table
from bot.ingest.title import page_title
from bot.language.lemma import is_verb_only
from bot.language.money import MONEY_RE
from bot.language.text import squash

__all__ = ["Block", "Page", "Section", "is_heading", "is_noise", "markup_heading", "parse_page"]

is_heading = ln.is_heading
is_noise = ln.is_noise
markup_heading = ln.markup_heading
_OPEN_END = re.compile(r"(?:,|\b(?:to|of|and|or|for|with|the|a|an|in|on|at|by|from|per))\s*$", re.I)
_WRAPPED = 60  # a line this long may be hard-wrapped text that the next line continues
_WRAPPED_MAX = 110  # on a page whose lines are never longer (a page with longer lines is not wrapped)
_QUESTION = re.compile(r"^(?:Q|Question)\s?[:.]\s", re.I)  # an FAQ's question, then its answer
_ANSWER = re.compile(r"^(?:A|Answer)\s?[:.]\s", re.I)


def clean(text: str) -> str:
    """Collapse whitespace and drop stray trailing quote marks ("... industry. \" \"")."""
    text = squash(text)
    if text.count('"') % 2 or text.endswith('" "'):
        text = re.sub(r'(?:\s*["“”])+\s*$', "", text).strip()
    return text


class _PageBuilder:
    """Walks the lines of a page, keeping the open paragraph or list and the current section."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        longest = max((len(line.strip()) for line in lines
                       if not ln.is_noise(line) and not ln.BULLET_RE.match(line.strip())), default=0)
        self.wrapped = longest <= _WRAPPED_MAX  # hard-wrapped text: a long line may go on in the next
        # (bullets aside: a PDF's list items may come out unwrapped while its paragraphs are wrapped)
        self.sections = [Section("")]
        self.skipping = False
        self.para: list[str] = []
        self.list: Block | None = None  # the open list
        self.after_heading = False  # nothing under the current heading yet
        self.bulleted = False  # the open list's items carry bullet marks

    def add(self, block: Block) -> None:
        blocks = self.sections[-1].blocks
        if self.skipping:
            pass
        elif block.kind == "paragraph" and _ANSWER.match(block.text) and blocks and \
                blocks[-1].kind == "paragraph" and _QUESTION.match(blocks[-1].text):
            blocks[-1] = Block("paragraph", f"{blocks[-1].text} {block.text}")  # "Q: ...?" then "A: ..."
        else:
            blocks.append(block)
        self.after_heading = False

    def flush(self) -> None:
        if self.para:
            self.add(Block("paragraph", clean(" ".join(self.para))))
        self.para = []
        if self.list is not None:
            block, self.list = self.list, None
            self.add(pairs(block) or _fragments(block) if block.items else Block("paragraph", block.text))

    def next_text(self, i: int) -> str:
        for line in self.lines[i + 1 :]:
            if line.strip() and not ln.is_noise(line):
                return line.strip()
        return ""

    def heading(self, text: str) -> None:
        self.flush()
        self.skipping = bool(ln.NOISE_SECTION.match(text))
        if not self.skipping:
            self.sections.append(Section(text))
        self.after_heading = True

    def start_list(self, lead: str, bulleted: bool = False) -> None:
        self.flush()
        self.list = Block("list", clean(lead))
        self.bulleted = bulleted

    def _other_facet(self, s: str) -> bool:
        """A short capitalised line naming a facet other than its section's ("Tools and software", "How
        to become a Safety Officer"), not led by a verb (a list item is often an action: "Maintain
        tools"): a heading, on a page whose headings have no mark or blank line around them."""
        shaped = (ln.is_heading(s) or (self.list is None and ln.is_short(s, 10))) and s[:1].isupper() \
            and not MONEY_RE.search(s) and not ln.LABELLED.match(s)  # "Hours: 75 hours a week": a key fact
        facet = facet_from_heading(s) if shaped else None
        return facet is not None and facet != facet_from_heading(self.sections[-1].heading) \
            and not is_verb_only(s.split()[0].lower())

    def is_heading_here(self, s: str, i: int, indented: bool) -> bool:
        """Whether line i starts a section, given what is open and what follows."""
        blank_after = i + 1 >= len(self.lines) or not self.lines[i + 1].strip()
        if not ln.is_heading(s):
            ended = not self.para or self.para[-1].rstrip()[-1:] in ".!?)" or not self.wrapped
            under = self.after_heading and not self.para  # right under a heading: an item
            if self.list is None and ended and not under and self._other_facet(s) \
                    and self.next_text(i)[:1].isupper():
                return True  # "Certifications that help" after a finished paragraph or a table
            blank_before = i == 0 or not self.lines[i - 1].strip()
            if not (ln.is_short(s, 6) and s[:1].isupper() and not MONEY_RE.search(s)):
                return False
            if blank_before and blank_after:
                return True  # a short line standing alone between blank lines
            # text without blank lines: a short line between a finished sentence and running text
            before = self.para[-1].rstrip()[-1:] if self.para else ""
            return not blank_before and before in ".!?" and bool(before) and ln.is_sentence(self.next_text(i))
        nxt = self.next_text(i)
        if self.list is not None and self.bulleted:
            return True  # a bulleted list ends at the first heading-like line without a bullet
        if self.list is not None:
            if not blank_after and self._other_facet(s):
                return True  # "Tools and software" after the last skill of an undotted list (in title
                # case here: "Average full-time hours" in a list of key facts is a label)
            return not blank_after and ln.strong_heading(s) and (
                ln.is_sentence(nxt) or ln.ends_lead(nxt) or ln.is_heading(nxt) or bool(ln.bullet_text(nxt)))
        if not ln.strong_heading(s) and (indented or (
                self.after_heading and ln.is_short(nxt, 20) and not ln.is_sentence(nxt))):
            return False  # an undotted list right under a heading ("Sample job titles")
        if self.para and self.para[-1].rstrip()[-1:] not in '.!?:"”)':  # after an undotted item: a
            # strong heading, unless a title-case item of the section's own facet ("NEBOSH Certificate")
            same = facet_from_heading(s) == facet_from_heading(self.sections[-1].heading) and not s.isupper()
            return ln.strong_heading(s) and not same
        return True

    def line(self, s: str, i: int) -> None:
        if len(head := ln.aligned(s)) > 1 and len(head) == len(ln.cells(self.next_text(i))):
            if self.list is not None:
                self.flush()
            self.para.append(s)  # the header of the table below, aligned as its rows are (see rows())
            return
        if self.list is not None:
            if ln.is_short(s, 20) and not ln.is_sentence(s) and not self.bulleted:  # after bullets,
                self.list.items.append(clean(s))  # a line without one is running text again
                return
            self.flush()
        labelled = bool(ln.LABELLED.match(s))
        open_para = bool(self.para) and self.para[-1].rstrip()[-1:] not in '.!?:"”)' and not labelled \
            and not ln.LABELLED.match(self.para[-1])
        wrapped_on = self.wrapped and len(self.lines[i - 1]) >= _WRAPPED
        if open_para and wrapped_on and ln.ends_lead(s):  # "... onto our Graduate Optometrist" then
            self.start_list(f"{self.para.pop()} {s}")  # "Programme. The programme ... gives you:"
            return
        if open_para and not ln.ends_lead(s) and (wrapped_on or not s[:1].isupper()):
            self.para[-1] = f"{self.para[-1]} {s}"  # a wrapped line continues the paragraph (a short
            return  # line followed by a capital is a line of its own: "Prepare cost plans", "Measure ...")
        if ln.ends_lead(s):
            self.start_list(s)
            return
        nxt = self.next_text(i)
        if self.after_heading and ln.is_short(s) and ln.is_short(nxt, 20) and not ln.is_sentence(nxt) \
                and not money_row(nxt):  # a caption above figure rows is no list item
            self.start_list("")
            self.list.items.append(clean(s))  # type: ignore[union-attr]
            return
        self.flush()
        self.para.append(s)

    def caption(self) -> str:
        """The open paragraph when it is one short line that is no sentence: a table's caption ("Salary by
        career stage (annual, CAD, 2025)"), which says what the figures below it are."""
        s = self.para[0] if len(self.para) == 1 else ""
        return s if ln.is_short(s, 12) and not MONEY_RE.search(s) else ""

    def rows(self, i: int) -> int:
        """A TAB/pipe table from line i; a lone value line under a row continues it ("$29.98 per hour")."""
        head = ln.aligned(self.para[-1]) if self.para else []
        if len(head) > 1 and len(head) == len(ln.cells(self.lines[i])):
            self.para.pop()  # the columns' header, aligned with spaces as the rows are
        else:
            head = []
        block = Block("rows", cells=[head] if head else [], caption=self.caption())
        self.flush()
        j = i
        while j < len(self.lines):
            s = self.lines[j].strip()
            row = ln.cells(s) or (ln.cells_of_width(s, len(block.cells[-1])) if block.cells else [])
            if MD_SEPARATOR.match(s):
                j += 1
                continue
            if row:
                block.cells.append(row)
            elif block.cells and s and MONEY_RE.match(s.lstrip()) and len(s.split()) <= 5:
                block.cells[-1].append(squash(s))
            else:
                break
            j += 1
        self.add(block)
        return j

    def money_rows(self, i: int) -> int:
        """Lines from i that each end in a figure or a range after a short label ("Senior quantity
        surveyor $120,000 - $160,000"), as a table printed without separators: a rows block, when there
        are three or more; returns the index after them (i when there are fewer)."""
        found: list[list[str]] = []
        j = i
        while j < len(self.lines) and (row := money_row(self.lines[j].strip())):
            found.append(row)
            j += 1
        if len(found) < 3:
            return i
        caption = self.caption()
        self.flush()
        self.add(Block("rows", cells=found, caption=caption))
        return j

    def walk(self) -> None:
        i = 0
        while i < len(self.lines):
            raw = self.lines[i]
            s = raw.strip()
            if not s:
                self.flush()
                i += 1
                continue
            table, nxt = city_table(self.lines, i)
            if ln.is_noise(s):
                i += 1
            elif table is not None:
                self.flush()
                self.add(table)
                i = nxt
            elif ln.cells(s):
                i = self.rows(i)
            elif (after := self.money_rows(i)) > i:
                i = after
            elif (md := ln.markup_heading(s)) is not None:
                self.heading(md)
                i += 1
            elif (item := ln.bullet_text(raw)) is not None:
                if self.list is None:
                    lead = self.para.pop() if self.para and ln.ends_lead(self.para[-1]) else ""
                    blocks = self.sections[-1].blocks
                    if not lead and not self.para and blocks and blocks[-1].kind == "paragraph" \
                            and ln.ends_lead(blocks[-1].text):
                        lead = blocks.pop().text  # "... in the following areas:", a blank line, bullets
                    self.start_list(lead, bulleted=True)
                self.bulleted = True  # a list led by "... gives you:" whose items carry bullets
                self.list.items.append(clean(item))  # type: ignore[union-attr]
                i += 1
            elif self.list is not None and self.list.items and raw[:1].isspace() and (
                    s[:1].islower() or s[:1].isdigit() or MONEY_RE.match(s)
                    or _OPEN_END.search(self.list.items[-1])):  # "... and $1,500 after", "  6 months",
                self.list.items[-1] = f"{self.list.items[-1]} {clean(s)}"  # "claims up to / S$400 a year"
                i += 1
            elif self.is_heading_here(s, i, raw[:1].isspace()):
                self.heading(squash(s))
                i += 1
            else:
                self.line(s, i)
                i += 1
        self.flush()


def _fragments(block: Block) -> Block:
    """A "list" of label fragments ("(a year)", "£22,000 Starter", "to", "£45,000 Experienced") is one
    statement: it becomes a paragraph."""
    items = block.items
    if len(items) >= 2 and any(
        it.startswith("(") or it.lower() in ("to", "or", "and", "-", "–") for it in items
    ) and all(len(it.split()) <= 5 for it in items):
        return Block("paragraph", clean(" ".join([block.text, *items])))
    return block


def parse_page(text: str) -> Page:
    """Split a page into title and sections of paragraphs, lists and tables (noise removed)."""
    lines = [ln.normalise(line) for line in text.split("\n")]
    title, start = page_title(lines)
    builder = _PageBuilder(lines[start:])
    builder.walk()
    return Page(title, [s for s in builder.sections if s.blocks or s.heading])
