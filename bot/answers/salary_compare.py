"""Salary comparisons: cities side by side, roles side by side, and "which city pays most"."""

from __future__ import annotations

from collections import Counter

from bot.answers.context import Store
from bot.answers.format import (
    aligned,
    article,
    join_words,
    period_text,
    salary_figure,
    statistic_name,
    unique,
)
from bot.answers.salary_base import (
    NO_CONVERSION,
    Draft,
    city_figures,
    country_wide,
    rows_text,
)
from bot.store.types import PlaceRef, RoleRef, Salary


def compare_places(store: Store, role: RoleRef | None, places: list[PlaceRef], d: Draft) -> list[str]:
    """Side-by-side city figures (a country contributes its cities); returns places without figures."""
    rows: list[Salary] = []
    missing: list[str] = []
    for place in places:
        cities = store.cities_in(place.name) if place.kind == "country" else [place]
        figs = [f for c in cities for f in city_figures(store, role, c, d)]
        if figs:
            rows.extend(f for f in figs if f not in rows)
        else:
            missing.append(place.name)
    if rows:
        stat = "/".join(unique(s.statistic for s in rows))
        who = join_words(unique(s.role for s in rows))
        d.lines.append(f"{stat.capitalize()} salary per year for {who}, side by side:")
        d.lines.append(rows_text(rows))
        if len({s.currency for s in rows}) > 1:
            d.lines.append("Figures are in their local currencies. " + NO_CONVERSION)
        d.used.extend(rows)
        d.chart.extend(rows)
    return missing


def compare_roles(store: Store, roles: list[RoleRef], place: PlaceRef | None, d: Draft) -> None:
    """Side-by-side figures of several roles (country-wide, or in one city): only each role's own."""
    rows: list[Salary] = []
    for role in roles:
        if place is None:
            rows.extend(country_wide(store, role.name))
        elif place.kind == "country":  # "in the US": the country-wide figures
            rows.extend(country_wide(store, role.name, place.name))
        else:
            rows.extend(store.salaries(role=role.name, place=place.name))
    if rows:
        d.lines.append("Salaries side by side:")
        d.lines.append(aligned([(s.role, f"{salary_figure(s)} {statistic_name(s.statistic)} "
                                 f"{period_text(s.period)} {s.scope}") for s in rows]))
        d.used.extend(rows)
        d.chart.extend(rows)
    where = f" in {place.name}" if place else ""
    for role in roles:
        if not any(s.role == role.name for s in rows):
            d.lines.append(f"The documents give no figure for {role.name}{where}.")


def rank_cities(store: Store, role: RoleRef | None, wanted: str | None, country: PlaceRef | None,
                direction: str, d: Draft, kind: str = "city") -> None:
    """Rank cities (or regions: states, provinces) within one currency and say so; other currencies only
    get their own leader."""
    cities = store.cities_in(country.name) if country else [
        p for p in store.places(with_data=True) if p.kind == kind]
    figs = [f for c in cities for f in city_figures(store, role, c, d)]
    places = "cities" if kind == "city" else "regions"
    if not figs:
        d.lines.append(f"I have no {'city' if kind == 'city' else 'regional'} salary figures to compare.")
        return
    counts = Counter(s.currency for s in figs)
    if wanted and wanted not in counts:
        d.lines.append(f"No city in my documents is paid in {wanted}. {NO_CONVERSION}")
        wanted = None
    currency = wanted or ("USD" if "USD" in counts else counts.most_common(1)[0][0])
    high = direction == "high"
    periods = Counter(s.period for s in figs if s.currency == currency)
    period = "year" if "year" in periods else periods.most_common(1)[0][0]  # an hour's pay is no year's
    pool = sorted((s for s in figs if s.currency == currency and s.period == period), key=lambda s: s.amount,
                  reverse=high)
    top = pool[0]
    most = "most" if high else "least"
    d.lines.append(f"Comparing only {places} paid in {currency}: {top.place} pays the {most} for "
                   f"{article(top.role)}, {statistic_name(top.statistic)} {salary_figure(top)} "
                   f"{period_text(top.period)}.")
    d.lines.append(rows_text(pool))
    d.used.extend(pool)
    d.chart.extend(pool)
    leaders = []
    for code in (c for c in counts if c != currency):
        group = sorted((s for s in figs if s.currency == code), key=lambda s: s.amount, reverse=high)
        leaders.append(f"{group[0].place} {salary_figure(group[0])}")
        d.used.append(group[0])
    if leaders:
        label = "Highest" if high else "Lowest"
        d.lines.append("Other currencies are not converted (the documents have no exchange rates). "
                       f"{label} in each other currency: {join_words(leaders)}.")
