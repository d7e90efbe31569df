"""From a parsed page to facts, terms, salaries, places and passages (the document's whole contribution)."""

from __future__ import annotations

import re

from bot import facets as fc
from bot.ingest.facets import facet_from_content, facet_from_heading, secondary_facets
from bot.ingest.model import ParsedDocument, PFact, PPassage, PPlace, PSalary, PTerm
from bot.ingest.parser import Block, Page, parse_page
from bot.ingest.reader import DocumentError, RawDocument
from bot.ingest.salary import SalaryMention, TableRow, salary_mentions, sentences
from bot.ingest.terms import extract_terms
from bot.store import gazetteer as gz
from bot.store.roles import canonical_name, clean_title
from bot.language.text import title_case

TERM_FACETS = frozenset({fc.SKILLS, fc.TOP_SKILLS, fc.QUALIFICATIONS, fc.TOOLS})
_LIST_LEAD = re.compile(r"\b(?:include|includes|including|such as|are|between)\b:?\s+(?P<rest>.+)$", re.I)


def _items_after_lead(sentence: str) -> list[str]:
    m = _LIST_LEAD.search(sentence.rstrip("."))
    if not m:
        return []
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("rest"))
    return [p.strip(" .") for p in parts if p.strip(" .")]


class _Builder:
    """Accumulates one document's records with running sequence numbers."""

    def __init__(self, doc: ParsedDocument) -> None:
        self.doc = doc
        self.term_names: set[str] = set()
        self.place_names: set[tuple[str, str]] = set()

    def passage(self, heading: str, facet: str, kind: str, text: str) -> int:
        seq = len(self.doc.passages)
        self.doc.passages.append(PPassage(seq, heading, facet, kind, text))
        return seq

    def fact(self, pseq: int, facet: str, heading: str, text: str, bullet: bool) -> None:
        terms: tuple[str, ...] = ()
        if facet in TERM_FACETS:
            found = extract_terms(text, bullet)
            for name, cat in found:
                self.doc.terms.append(PTerm(len(self.doc.terms), pseq, name, cat))
            terms = tuple(n for n, _ in found)
        elif facet == fc.LOCATIONS:
            terms = self.locations(text, bullet)
        elif facet == fc.ROLE_TYPES:
            terms = self.role_types(text, bullet)
        self.doc.facts.append(PFact(len(self.doc.facts), pseq, facet, heading, text, terms))

    def place(self, place: gz.Place, written: str) -> None:
        key = (place.name, written)
        if key not in self.place_names:
            self.place_names.add(key)
            self.doc.places.append(PPlace(place.name, written, place.kind, place.country, place.country_code))

    def locations(self, text: str, bullet: bool) -> tuple[str, ...]:
        found: list[str] = []
        candidates = [text] if bullet else [i for s in sentences(text) for i in _items_after_lead(s)]
        for cand in candidates:
            place = gz.resolve(cand) if bullet else gz.gazetteer().lookup(cand)
            if place is None and bullet:
                base = gz.strip_state(cand)
                if base and len(base.split()) <= 4:
                    us = gz.gazetteer().countries["US"]
                    place = gz.Place(title_case(base), "city", us.name, "US", (), us.currency, us.symbol)
            if place is not None and place.kind == "city" and place.name not in found:
                self.place(place, cand)
                found.append(place.name)
        return tuple(found)

    def role_types(self, text: str, bullet: bool) -> tuple[str, ...]:
        if bullet:
            names = [re.split(r"\s+[-–—:]\s+|:\s", text, maxsplit=1)[0]]
        else:
            names = [i for s in sentences(text) for i in _items_after_lead(s)]
        out = []
        for n in names:
            if n[:1].isupper() and 1 <= len(n.split()) <= 5:
                name = canonical_name(n)
                if name and name not in out:
                    out.append(name)
        return tuple(out)

    def salary(self, pseq: int, mention: SalaryMention) -> None:
        place: gz.Place | None = None
        scope = ""
        for cand in mention.scope.split("\n"):
            place = gz.resolve(cand) if cand else None
            if place is not None:
                scope = cand
                break
        code, symbol = gz.currency_for(mention.money.symbol, place.country_code if place else None)
        city = place.name if place is not None and place.kind == "city" else None
        if place is not None and city:
            self.place(place, place.name)
        self.doc.salaries.append(
            PSalary(
                len(self.doc.salaries),
                pseq,
                mention.money.amount,
                code,
                symbol,
                mention.statistic,
                mention.period,
                scope,
                city,
                place.country if place else None,
            )
        )

    def table(self, heading: str, blocks: list[Block]) -> None:
        rows: list[tuple[TableRow, str]] = []
        seen: set[tuple[str, int, str, str]] = set()
        for block in blocks:
            for row in block.rows:
                k = (row.place.lower(), row.money.amount, row.money.symbol, block.statistic)
                if k not in seen:
                    seen.add(k)
                    rows.append((row, block.statistic))
        text = "\n".join(f"{r.place}: {r.money.symbol}{r.money.amount:,} ({stat})" for r, stat in rows)
        pseq = self.passage(heading, fc.SALARY, "table", text)
        for row, stat in rows:
            place = gz.resolve(row.place)
            if place is None or place.kind != "city":
                place = gz.Place(
                    title_case(row.place),
                    "city",
                    place.country if place else None,
                    place.country_code if place else None,
                    (),
                )
            self.place(place, row.place)
            code, symbol = gz.currency_for(row.money.symbol, place.country_code)
            self.doc.salaries.append(
                PSalary(
                    len(self.doc.salaries),
                    pseq,
                    row.money.amount,
                    code,
                    symbol,
                    stat,
                    "year",
                    f"in {place.name}",
                    place.name,
                    place.country,
                )
            )


def _paragraph(b: _Builder, heading: str, facet: str, text: str) -> None:
    pseq = b.passage(heading, facet, "paragraph", text)
    b.fact(pseq, facet, heading, text, bullet=False)
    for sent in sentences(text):
        for extra in secondary_facets(sent, facet):
            b.fact(pseq, extra, heading, sent, bullet=False)
    for mention in salary_mentions(text):
        b.salary(pseq, mention)


def _list(b: _Builder, heading: str, facet: str, block: Block) -> None:
    text = "\n".join(([block.text] if block.text else []) + [f"• {i}" for i in block.items])
    pseq = b.passage(heading, facet, "list", text)
    for item in block.items:
        b.fact(pseq, facet, heading, item, bullet=True)
        for extra in secondary_facets(item, facet):
            b.fact(pseq, extra, heading, item, bullet=True)
        for mention in salary_mentions(item):
            b.salary(pseq, mention)


def build_document(raw: RawDocument, page: Page) -> ParsedDocument:
    """Turn a parsed page into the document's records; raise DocumentError when it has no usable title."""
    role_name = canonical_name(page.title) if page.title else ""
    if not role_name or len(role_name.split()) > 8 or not re.search(r"[A-Za-z]{2}", role_name):
        raise DocumentError(raw.path, "no recognisable title (the first line must name the role)")
    doc = ParsedDocument(raw.path, raw.file, raw.sha256, page.title, clean_title(page.title), role_name)
    b = _Builder(doc)
    seen: set[str] = set()
    for section in page.sections:
        head_facet = fc.OVERVIEW if not section.heading else facet_from_heading(section.heading)
        tables: list[Block] = []
        for block in section.blocks:
            if block.kind == "table":
                tables.append(block)
                continue
            if tables:
                b.table(section.heading, tables)
                tables = []
            sig = f"{block.kind}|{block.text}|{'|'.join(block.items)}"
            if sig in seen:
                continue
            seen.add(sig)
            content = block.text + " " + " ".join(block.items)
            facet = head_facet if head_facet not in (None, fc.FAQ) else facet_from_content(content)
            if block.kind == "paragraph":
                _paragraph(b, section.heading, facet, block.text)
            else:
                _list(b, section.heading, facet, block)
        if tables:
            b.table(section.heading, tables)
    if not doc.passages:
        raise DocumentError(raw.path, "no content after the title")
    return doc


def parse_document(raw: RawDocument) -> ParsedDocument:
    """Parse a validated document into its records."""
    return build_document(raw, parse_page(raw.text))
