"""One document's records as they are built: passages, facts with their terms, places and salaries,
each with its running sequence number and the page's roles."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import facets as fc
from bot.ingest.model import ParsedDocument, PFact, PPassage, PPlace, PSalary, PTerm
from bot.ingest.parser import Block
from bot.ingest.salary import SalaryMention, earner_label, sentences
from bot.ingest.subroles import RoleScope
from bot.ingest.terms import extract_terms
from bot.language.inflect import plural
from bot.language.text import title_case
from bot.store import gazetteer as gz
from bot.store.roles import role_names

TERM_FACETS = frozenset({fc.SKILLS, fc.TOP_SKILLS, fc.QUALIFICATIONS, fc.TOOLS, fc.PERSONALITY})
_LIST_LEAD = re.compile(r"\b(?:include|includes|including|such as|are|between)\b:?\s+(?P<rest>.+)$", re.I)


def _items_after_lead(sentence: str) -> list[str]:
    m = _LIST_LEAD.search(sentence.rstrip("."))
    if not m:
        return []
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("rest"))
    return [p.strip(" .") for p in parts if p.strip(" .")]


class Builder:
    """Accumulates one document's records with running sequence numbers."""

    def __init__(self, doc: ParsedDocument, home: gz.Place | None = None) -> None:
        self.doc = doc
        self.home = home  # the country the page is about (gazetteer.home_country)
        self.scope = RoleScope(doc.roles)
        self.group = " and ".join(plural(r.name) for r in doc.roles) if self.scope.several else ""
        self.place_names: set[tuple[str, str]] = set()

    def passage(self, heading: str, facet: str, kind: str, text: str, roles: Sequence[str]) -> int:
        seq = len(self.doc.passages)
        only = tuple(roles) if self.scope.several and len(roles) < len(self.scope.names) else ()
        self.doc.passages.append(PPassage(seq, heading, facet, kind, text, only))
        return seq

    def fact(self, pseq: int, facet: str, heading: str, text: str, bullet: bool,
             roles: Sequence[str]) -> None:
        terms: tuple[str, ...] = ()
        found: list[tuple[str, str]] = []
        if facet in TERM_FACETS:
            found = extract_terms(text, bullet, facet)
            terms = tuple(n for n, _ in found)
        elif facet == fc.LOCATIONS:
            terms = self.locations(text, bullet)
        elif facet in (fc.ROLE_TYPES, fc.RELATED_ROLES):
            terms = self.role_types(text, bullet)
        for role in roles:
            for name, cat in found:
                self.doc.terms.append(PTerm(len(self.doc.terms), pseq, name, cat, role))
            self.doc.facts.append(PFact(len(self.doc.facts), pseq, facet, heading, text, terms, role))

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
            if place is not None and place.kind != "country" and place.name not in found:
                self.place(place, cand)
                found.append(place.name)
        return tuple(found)

    def role_types(self, text: str, bullet: bool) -> tuple[str, ...]:
        if bullet:
            names = [re.split(r"\s+[-–—:]\s+|:\s|\t", text, maxsplit=1)[0]]
        else:
            names = [i for s in sentences(text) for i in _items_after_lead(s)]
        out = []
        for n in names:
            if n[:1].isupper() and 1 <= len(n.split()) <= 5:
                found = role_names(n)
                if found and found[0].name not in out:
                    out.append(found[0].name)
        return tuple(out)

    def salary(self, pseq: int, mention: SalaryMention, roles: Sequence[str], label: str = "",
               row_place: gz.Place | None = None) -> None:
        place: gz.Place | None = row_place
        scope = f"in {row_place.name}" if row_place else ""
        for cand in mention.scope.split("\n") if row_place is None else ():
            place = gz.resolve(cand) if cand else None
            if place is not None:
                scope = cand
                break
        home = self.home.country_code if self.home else None
        code, symbol = gz.currency_for(mention.money.symbol, place.country_code if place else home)
        if place is None:  # a national figure: the country whose currency it is, when only one uses it,
            # else the page's own country when the figure is in its currency
            place = gz.gazetteer().sole_country(code, symbol) or (
                self.home if self.home is not None and self.home.currency == code else None)
        city = place.name if place is not None and place.kind != "country" else None
        if place is not None and city:
            self.place(place, place.name)
        own = self.scope.named(mention.sentence)
        targets = own if len(own) == 1 else list(roles)
        label = label or mention.kind or earner_label(mention.who, roles)  # "sign-on bonus": extra money,
        # named, not the job's pay; "Audiometrists ... earn $26 to $34 an hour": not the role's own
        applies = self.group if self.scope.several and len(targets) > 1 else ""
        for role in targets:
            self.doc.salaries.append(PSalary(
                len(self.doc.salaries), pseq, mention.money.amount, code, symbol, mention.statistic,
                mention.period, scope, city, place.country if place else None, role, mention.date,
                mention.money.written, applies, label,
            ))

    def city_table(self, heading: str, blocks: list[Block], roles: Sequence[str]) -> None:
        rows = []
        seen: set[tuple[str, int, str, str]] = set()
        for block in blocks:
            for row in block.rows:
                k = (row.place.lower(), row.money.amount, row.money.symbol, block.statistic)
                if k not in seen:
                    seen.add(k)
                    rows.append((row, block.statistic))
        text = "\n".join(f"{r.place}: {r.money.symbol}{r.money.amount:,} ({stat})" for r, stat in rows)
        pseq = self.passage(heading, fc.SALARY, "table", text, roles)
        for row, stat in rows:
            place = gz.resolve(row.place)
            if place is None or place.kind == "country":
                place = gz.Place(title_case(row.place), "city", place.country if place else None,
                                 place.country_code if place else None, ())
            self.place(place, row.place)
            code, symbol = gz.currency_for(row.money.symbol, place.country_code)
            for role in roles:
                self.doc.salaries.append(PSalary(
                    len(self.doc.salaries), pseq, row.money.amount, code, symbol, stat, "year",
                    f"in {place.name}", place.name, place.country, role, "", row.money.written,
                    self.group if len(roles) > 1 else "",
                ))
