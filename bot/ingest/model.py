"""Plain records produced by parsing one document, before anything is written to the store."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PPassage:
    """A passage (paragraph, list block or table) with its heading and facet."""

    seq: int
    heading: str
    facet: str
    kind: str
    text: str
    roles: tuple[str, ...] = ()  # the sub-roles it is about; () = every role of the document


@dataclass(frozen=True)
class PFact:
    """A fact taken from passage `passage_seq`; `terms` are the names it mentions."""

    seq: int
    passage_seq: int
    facet: str
    heading: str
    text: str
    terms: tuple[str, ...] = ()
    role: str = ""  # the role it belongs to


@dataclass(frozen=True)
class PTerm:
    """A skill/technology term with its category."""

    seq: int
    passage_seq: int
    name: str
    category: str
    role: str = ""


@dataclass(frozen=True)
class PSalary:
    """A salary figure with currency, statistic, period, scope and place."""

    seq: int
    passage_seq: int
    amount: int
    currency: str
    symbol: str
    statistic: str
    period: str
    scope: str
    place: str | None
    country: str | None
    role: str = ""
    date: str = ""  # "May 2024"
    written: str = ""  # the figure as the page writes it ("$45.00")
    applies_to: str = ""  # a page-wide figure of a two-role page: the page's own title for them
    label: str = ""  # the table row the figure is on, when it names who or what ("First officers")


@dataclass(frozen=True)
class PRole:
    """A role the document is about, with the aliases the document gives it (acronyms)."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PPlace:
    """A place the document mentions (canonical name and the form written)."""

    name: str
    written: str
    kind: str
    country: str | None
    country_code: str | None


@dataclass
class ParsedDocument:
    """Everything one document contributes to the store."""

    path: str
    file: str
    sha256: str
    title: str
    role_title: str
    role_name: str  # the first role
    roles: list[PRole] = field(default_factory=list)
    passages: list[PPassage] = field(default_factory=list)
    facts: list[PFact] = field(default_factory=list)
    terms: list[PTerm] = field(default_factory=list)
    salaries: list[PSalary] = field(default_factory=list)
    places: list[PPlace] = field(default_factory=list)
    posting: bool = False  # a job advertisement (bot.ingest.page.is_posting)
