"""Shared pieces of the salary answers: the reply draft, currency words, figure lookup and rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.answers.context import Context, Store, base_of
from bot.answers.format import aligned, period_text, salary_figure, statistic_name, unique
from bot.answers.subject import enough, terms_in
from bot.language.statistics import extra_pay
from bot.language.words import stopwords
from bot.store import gazetteer as gz
from bot.store.types import PlaceRef, RoleRef, Salary

NO_CONVERSION = "I don't convert currencies: the documents contain no exchange rates."


@dataclass
class Draft:
    """Lines, notes and figures collected while building a salary reply."""

    lines: list[str] = field(default_factory=list)
    used: list[Salary] = field(default_factory=list)
    chart: list[Salary] = field(default_factory=list)
    closest: bool = False  # the figures are the nearest the documents give, not what was asked

    def add(self, heading: str, sals: list[Salary]) -> None:
        """A heading line and one bullet per figure, the figures counted as used."""
        self.lines.append(heading)
        self.lines.extend(bullet(s) for s in sals)
        self.used.extend(sals)

    def note(self, text: str) -> None:
        """Add a line once."""
        if text not in self.lines:
            self.lines.append(text)

    def sources(self) -> list[str]:
        """Titles of the documents the figures come from."""
        return unique(s.source.title for s in self.used)


def describe(sal: Salary) -> str:
    """"Backend Software Engineer, average in the United States: $110,000 (USD) per year"; a dated
    figure says when ("Registered Nurse, median, May 2024: $93,600 (USD) per year")."""
    label = " ".join(x for x in (statistic_name(sal.statistic), sal.scope) if x)
    when = f", {sal.date}" if sal.date else ""
    group = f" (one figure for all {sal.applies_to})" if sal.applies_to else ""
    who = f"{sal.role} ({sal.label})" if sal.label else sal.role
    return f"{who}, {label}{when}: {salary_figure(sal)} {period_text(sal.period)}{group}".strip()


def for_subject(sals: list[Salary], terms: list[str]) -> list[Salary]:
    """The figures whose row label best matches what the question asks about ("first officer at a
    regional airline" -> "First officers, regional airlines"), or [] when no label covers enough of it."""
    scored = [(len(terms_in(s.label) & set(terms)), s) for s in sals if s.label]
    best = max((n for n, _ in scored), default=0)
    return [s for n, s in scored if n == best] if best and enough(best, len(terms)) else []


def named_rows(sals: list[Salary], terms: list[str]) -> list[Salary]:
    """`for_subject`'s rows, else the rows whose label has a word no other label has and the question
    uses ("do electricians in government earn more than in construction": the "Government" and
    "Construction trades workers" rows)."""
    rows = for_subject(sals, terms)
    if rows or not terms:
        return rows
    words = {_group(s.label): terms_in(_group(s.label)) - stopwords() for s in sals if s.label}
    seen = Counter(w for ws in words.values() for w in ws)
    hit = {label for label, ws in words.items() if any(seen[w] == 1 and len(w) > 2 for w in ws & set(terms))}
    return [s for s in sals if s.label and _group(s.label) in hit]


def _group(label: str) -> str:
    """A row label's first part: a band's pay points share it ("Band 3 - apprentice ODP, Entry", "Band 3 -
    apprentice ODP, After 2 years")."""
    return label.split(", ")[0]


def distinct(sals: list[Salary]) -> list[Salary]:
    """Figures without repeats (a page gives its median in the summary and again under Pay)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for s in sals:
        k = (s.role, s.amount, s.written, s.statistic, s.period, s.scope, s.applies_to, s.label)
        if k not in seen:
            seen.add(k)
            out.append(s)
    return out


def bullet(sal: Salary) -> str:
    """One figure as a bullet naming its document."""
    return f"• {describe(sal)} (Source: {sal.source.title})"


def country_wide(store: Store, role: str, country: str | None = None, extras: bool = False) -> list[Salary]:
    """Figures for a whole country (no city), e.g. the US averages, without repeats; extra money beside
    the pay ("sign-on bonus", "tool allowance") only with `extras` (rows a question may name) or when
    the role has no other figure."""
    found = distinct([s for s in store.salaries(role=role, country=country) if s.place is None])
    return found if extras else [s for s in found if not extra_pay(s.label)] or found


def unplaced_in_currency(store: Store, role: str, place: PlaceRef) -> list[Salary]:
    """A role's figures that name no place but are in a country's own currency ("$" on a page that
    never says "United States"): what to show, labelled as such, when that country is asked about."""
    country = gz.gazetteer().country_by_code(place.country_code) if place.kind == "country" else None
    if country is None:
        return []
    return [s for s in country_wide(store, role) if s.country is None and s.currency == country.currency]


def city_figures(store: Store, role: RoleRef | None, place: PlaceRef, d: Draft | None = None) -> list[Salary]:
    """Figures for one city: the role's own, else its base role's (noted in `d`); None role = all roles."""
    if role is None:
        return store.salaries(place=place.name)
    own = store.salaries(role=role.name, place=place.name)
    if own:
        return own
    base = base_of(store, role)
    if base.name == role.name:
        return []
    figs = store.salaries(role=base.name, place=place.name)
    if figs and d is not None:
        d.note(f"The documents have no city figures for {role.name}; the city figures shown are for "
               f"{base.name} (the base role).")
    return figs


def rows_text(sals: list[Salary]) -> str:
    """Aligned "label  figure [statistic]" rows; labels name the role too when several roles appear."""
    stats = {s.statistic for s in sals}
    by_role = len({s.role for s in sals}) > 1
    rows = []
    for s in sals:
        label = s.place or s.scope.removeprefix("in ").strip() or s.role
        if by_role:
            label = f"{label} ({s.role})"
        rows.append((label, salary_figure(s) + (f" {statistic_name(s.statistic)}" if len(stats) > 1 else "")))
    return aligned(rows)


def sole_country(store: Store, role: RoleRef, place: PlaceRef) -> bool:
    """The place is the one country all the role's figures are from (or say nothing of)."""
    countries = {s.country for s in store.salaries(role=role.name)}
    return place.kind == "country" and countries <= {None, place.name}


def group_rows(store: Store, role: RoleRef, group: str, direction: str | None, d: Draft) -> bool:
    """The role's largest set of labelled pay rows (one table: by industry, setting or employer),
    ranked; False when the pages give none."""
    tables: dict[str, list[Salary]] = {}
    for s in country_wide(store, role.name):
        if s.label:
            tables.setdefault(s.source.passage, []).append(s)
    rows = max(tables.values(), key=len, default=[])
    if len(rows) < 2:
        return False
    rows = sorted(rows, key=lambda s: s.amount, reverse=direction != "low")
    order = "lowest" if direction == "low" else "highest"
    d.add(f"Salary figures for {role.name} by {group} in my documents ({order} first):", rows)
    return True


def labelled_role(store: Store, ctx: Context, written: Sequence[str] = ()) -> RoleRef | None:
    """The one role whose pay-table rows the question names ("first officer salary" -> Commercial
    Pilot, whose table has "First officers, regional airlines"), when it names no role. `written`: the
    words of the places the question names, when a row's label holds them too ("Inner London")."""
    asked = {*ctx.subject, *ctx.row_words}
    rows = named_rows(store.salaries(), [*asked, *written])
    owners = {s.role for s in rows}
    if len(owners) != 1 or (written and not all(  # a place's row, named by more than the place: "inner"
            set(written) & terms_in(s.label) and asked & terms_in(s.label) for s in rows)):
        return None
    return store.resolve_role(owners.pop())
