"""Typed, Rasa-free results of the knowledge-store query API. Every result carries its source."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """Where a fact came from: the document's title and file, and the passage text."""

    title: str
    file: str
    passage: str = ""


@dataclass(frozen=True)
class RoleRef:
    """A role with its canonical name; `parent` is the base role of a senior role."""

    name: str
    slug: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceRef:
    """A city or a country. `has_data` is true when the store holds a salary for it."""

    name: str
    kind: str  # "city" | "region" (a US state, province, UK nation) | "country"
    country: str | None = None
    country_code: str | None = None
    aliases: tuple[str, ...] = ()
    has_data: bool = False


@dataclass(frozen=True)
class Term:
    """A skill or technology named in a role's skills/tools facts (e.g. "Python", category "languages")."""

    name: str
    category: str
    role: str
    source: Source


@dataclass(frozen=True)
class Fact:
    """One statement about a role in one facet (a bullet, a sentence or a paragraph)."""

    role: str
    facet: str
    text: str
    source: Source
    terms: tuple[str, ...] = ()
    heading: str = ""


@dataclass(frozen=True)
class Salary:
    """A salary figure as the document states it."""

    role: str
    amount: int
    currency: str  # ISO 4217 code, e.g. "USD"
    symbol: str  # e.g. "$"
    statistic: str  # median | average | p10 | p25 | p75 | p90 | minimum | maximum | starting |
    # experienced | typical (the page states no statistic)
    period: str  # year | hour | week | month
    scope: str  # e.g. "in the United States", "in London"
    source: Source
    place: str | None = None  # canonical city name, None for a country-wide figure
    country: str | None = None
    date: str = ""  # "May 2024" when the page dates the figure
    written: str = ""  # the figure as the page writes it ("$45.00"); "" = amount with the symbol
    applies_to: str = ""  # "" = this role; else the group the figure is for ("Dietitians and Nutritionists")
    label: str = ""  # the table row the figure is on, when it names a rank, level or setting ("Captains")


@dataclass(frozen=True)
class PassageHit:
    """A passage returned by relevance search, with its BM25 score."""

    text: str
    heading: str
    facet: str
    score: float
    source: Source
    role: str | None = None


@dataclass(frozen=True)
class IngestSummary:
    """What one ingestion run did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    roles: int = 0
    facts_per_facet: dict[str, int] = field(default_factory=dict)
    salaries: int = 0
    passages: int = 0
    warnings: list[str] = field(default_factory=list)  # e.g. a file decoded as Windows-1252
