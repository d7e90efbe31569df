"""From a parsed page to facts, terms, salaries, places and passages (the document's whole contribution)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import facets as fc
from bot.ingest import lines as ln
from bot.ingest.builder import Builder
from bot.ingest.facets import facet_from_content, facet_from_heading, secondary_facets
from bot.ingest.model import ParsedDocument, PRole
from bot.ingest.page import is_posting
from bot.ingest.parser import Block, Page, parse_page
from bot.ingest.reader import DocumentError, RawDocument
from bot.ingest.rows import across, table_salaries, table_text
from bot.ingest.salary import level_only, salary_mentions, sentences
from bot.ingest.subroles import listed_aliases, page_aliases
from bot.language.statistics import PAY_WORD, asked_period
from bot.language.text import squash
from bot.store import gazetteer as gz
from bot.store.roles import canonical_name, role_names
from bot.store.title_text import clean_title

NO_PAY_FACETS = frozenset({fc.RELATED_ROLES})  # figures there are other jobs'


def _labelled(text: str, facet: str) -> str:
    """A "Salary: $145,000 a year" line belongs to the facet its label names."""
    m = ln.LABELLED.match(text)
    return (facet_from_heading(m.group("key")) or facet) if m else facet


def _paragraph(b: Builder, heading: str, facet: str, text: str, roles: list[str]) -> None:
    facet = _labelled(text, facet)
    pseq = b.passage(heading, facet, "paragraph", text, roles)
    b.fact(pseq, facet, heading, text, False, roles)
    for sent in sentences(text):
        for extra in secondary_facets(sent, facet):
            b.fact(pseq, extra, heading, sent, False, roles)
    label = ln.LABELLED.match(text)
    key = label.group("key") if label else ""
    if label and facet_from_heading(key) != fc.SALARY and not b.scope.mentions(key) and not level_only(key):
        return  # "Total, all occupations: $49,500": a figure for someone else; "Freshers: ₹2.4 LPA" is not
    if facet not in NO_PAY_FACETS:  # a pay label says so ("Package: $145,000 (incl. allowances)")
        for mention in salary_mentions(text, f"{heading} {key}" if facet == fc.SALARY else ""):
            b.salary(pseq, mention, roles)


def _list(b: Builder, heading: str, facet: str, block: Block, roles: list[str]) -> None:
    text = "\n".join(([block.text] if block.text else []) + [f"• {i}" for i in block.items])
    pseq = b.passage(heading, facet, "list", text, roles)
    for item in block.items:
        own = b.scope.of(item, roles)
        b.fact(pseq, facet, heading, item, True, own)
        for extra in secondary_facets(item, facet):
            b.fact(pseq, extra, heading, item, True, own)
        if facet not in NO_PAY_FACETS:
            for mention in salary_mentions(item, f"{heading} {block.text}" if facet == fc.SALARY else ""):
                b.salary(pseq, mention, own)


def _rows(b: Builder, heading: str, facet: str | None, block: Block, roles: list[str]) -> None:
    """A table of rows: each row a fact of the facet its label names; pay rows and percentile columns
    become salaries."""
    block = replace(block, cells=across(block.cells))
    text = table_text(block.cells)
    pseq = b.passage(heading, facet or fc.OVERVIEW, "table", text, roles)
    for row in block.cells:
        line = f"{row[0]}: {'; '.join(row[1:])}"
        row_facet = facet_from_heading(row[0]) or facet or facet_from_content(line)
        b.fact(pseq, row_facet, heading, line, True, b.scope.of(row[0], roles))
    if facet in NO_PAY_FACETS:
        return
    def names_a_role(label: str) -> bool:
        return bool(b.scope.named(label)) if b.scope.several else b.scope.mentions(label)  # "Senior geo"

    # under a pay heading every row is a figure, unless rows may be other sub-roles of a two-role page
    caption = f"{heading} {block.caption}".strip()  # "Wages" and "Median hourly wage by province (2025)"
    by_city = bool(_BY_CITY.search(caption))
    for mention, label in table_salaries(block.cells, caption, names_a_role, by_heading=not b.scope.several):
        # a row label that names who or what the figure is for ("First officers, regional airlines",
        # "Graduate QS") is kept with it; a pay label ("Median pay"), a role or a place says no more
        first = label.split(", ")[0]  # "Montréal, Quebec": the row's first cell names its place
        inner = re.findall(r"\(([^)]*)\)", first)  # "Lower Mainland-Southwest (Vancouver)"
        metro = first.split("-")[0]  # "Seattle-Tacoma-Bellevue, WA": a metro area, named for its first city
        first = next((n for n in [label, first, *inner, metro] if gz.gazetteer().lookup(n)), first)
        # ("Washington, DC" is the city, not the state)
        place = gz.gazetteer().lookup(first)
        if place and not mention.scope:  # "Bengaluru | ₹11,40,000": the row's place
            mention = replace(mention, scope=f"in {squash(first)}")
        town = _town(first, b.home) if by_city and place is None and not names_a_role(label) else None
        column = mention.scope[3:] if mention.scope.startswith("in ") and "\n" not in mention.scope else ""
        if column and gz.resolve(mention.scope) is None:
            town = _town(column, b.home)  # a column of a table by place the gazetteer lacks ("Darwin")
        bare_role = names_a_role(label) and canonical_name(label) in roles  # "Translators", no more
        says = not (PAY_WORD.search(label) or bare_role or place or town
                    or (asked_period(label) and len(label.split()) <= 2))  # "Hourly": a period, no label
        b.salary(pseq, mention, b.scope.of(f"{heading} {label}", roles), squash(label) if says else "", town)


_BY_CITY = re.compile(r"\b(?:by|per|in each|across)\s+(?:cit(?:y|ies)|towns?|locations?)\b", re.I)


def _town(label: str, home: gz.Place | None) -> gz.Place | None:
    """A row of a table "by city" that names a town the gazetteer lacks ("Bintulu RM7,200", "George
    Town (Penang)"): a city of the page's own country."""
    name = squash(re.sub(r"\s*\([^)]*\)", "", label))
    shaped = 0 < len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split()) \
        and not any(c.isdigit() for c in name) and not PAY_WORD.search(name)
    if not shaped or home is None:
        return None
    return gz.Place(name, "city", home.name, home.country_code, (), home.currency, home.symbol)


def _roles(raw: RawDocument, page: Page) -> list[PRole]:
    names = role_names(page.title, raw.text) if page.title else []
    listed = listed_aliases(raw.text) if len(names) == 1 else ()  # a two-role page's list is for either
    out = []
    for rn in names:
        if not rn.name or len(rn.name.split()) > 8 or not re.search(r"[A-Za-z]{2}", rn.name):
            continue
        aliases = (*rn.aliases, *page_aliases(rn.name, raw.text), *listed)
        out.append(PRole(rn.name, tuple(dict.fromkeys(aliases))))
    if not out:
        raise DocumentError(raw.path, "no recognisable title (the first line must name the role)")
    return out


def build_document(raw: RawDocument, page: Page) -> ParsedDocument:
    """Turn a parsed page into the document's records; raise DocumentError when it has no usable title."""
    roles = _roles(raw, page)
    doc = ParsedDocument(raw.path, raw.file, raw.sha256, page.title, clean_title(page.title), roles[0].name,
                         roles=roles, posting=is_posting(raw.text))
    b = Builder(doc, gz.home_country(raw.text))
    seen: set[str] = set()
    for section in page.sections:
        head_facet = fc.OVERVIEW if not section.heading else facet_from_heading(section.heading)
        section_roles = b.scope.of(section.heading)
        tables: list[Block] = []
        table_roles = section_roles
        caption_roles = section_roles  # a line naming one role captions the table or rows after it
        for block in section.blocks:
            if block.kind == "table":
                table_roles = caption_roles if not tables else table_roles
                tables.append(block)
                continue
            if tables:
                b.city_table(section.heading, tables, table_roles)
                tables = []
            sig = f"{block.kind}|{block.text}|{'|'.join(block.items)}|{block.cells}"
            if sig in seen:
                continue
            seen.add(sig)
            if block.kind == "rows":
                _rows(b, section.heading, head_facet if head_facet != fc.FAQ else None, block, caption_roles)
                caption_roles = section_roles
                continue
            content = block.text + " " + " ".join(block.items)
            facet = head_facet if head_facet not in (None, fc.FAQ) else facet_from_content(content)
            block_roles = b.scope.of(content, section_roles) if block.kind == "paragraph" else section_roles
            caption_roles = block_roles
            if block.kind == "paragraph":
                _paragraph(b, section.heading, facet, block.text, block_roles)
            else:
                _list(b, section.heading, facet, block, block_roles)
        if tables:
            b.city_table(section.heading, tables, table_roles)
    if not doc.passages:
        raise DocumentError(raw.path, "no content after the title")
    return doc


def parse_document(raw: RawDocument) -> ParsedDocument:
    """Parse a validated document into its records."""
    return build_document(raw, parse_page(raw.text))
