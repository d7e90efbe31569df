"""Salary figures for a place: a city, a region through its cities, a country with its cities and the
figures in its currency that name no place."""

from __future__ import annotations

from bot import facets as fc
from bot.answers.context import Store
from bot.answers.format import join_words, salary_sentence, with_the
from bot.answers.salary_base import Draft, bullet, city_figures, country_wide, rows_text, unplaced_in_currency
from bot.language.text import words
from bot.store.types import PlaceRef, RoleRef


def has_figures(store: Store, place: PlaceRef, role: RoleRef | None = None) -> bool:
    """A city with data, or a country with a figure, with cities that have figures, or (for a role) with
    the role's place-less figures in its currency."""
    if place.kind == "country":
        return place.has_data or bool(store.cities_in(place.name)) or (
            role is not None and bool(unplaced_in_currency(store, role.name, place)))
    if place.kind == "region":
        return place.has_data or bool(store.cities_in(place.name))
    return place.has_data


def place_lines(store: Store, role: RoleRef | None, place: PlaceRef, d: Draft) -> bool:
    """Figures for one city, or for a country and its cities; False when there are none."""
    if place.kind == "country":
        names = [role.name] if role else [r.name for r in store.roles()]
        wide = [s for n in names for s in country_wide(store, n, place.name)]
        if role is not None and not wide and role.parent:
            wide = country_wide(store, role.parent, place.name)
        if wide:
            d.add(f"Salary figures for {with_the(place.name)} in my documents:", wide)
        unplaced = [] if wide else [s for n in names for s in unplaced_in_currency(store, n, place)]
        if unplaced:
            d.add(f"The documents give these figures without naming a place; they are in "
                  f"{unplaced[0].currency}, the currency of {with_the(place.name)}:", unplaced)
            wide = unplaced
        rows = [f for c in store.cities_in(place.name) for f in city_figures(store, role, c, d)]
        if rows:
            d.lines.append(f"Cities in {with_the(place.name)} with salary figures:")
            d.lines.append(rows_text(rows))
            d.used.extend(rows)
            d.chart.extend(rows)
        return bool(wide or rows)
    figs = city_figures(store, role, place, d)
    if not figs and place.kind == "region":
        inside = store.cities_in(place.name)
        figs = [f for c in inside for f in city_figures(store, role, c, d)]
        if figs:
            d.lines.append(f"The documents give no figure for {place.name} as a whole; for "
                           f"{join_words([c.name for c in inside])}, in {place.name}:")
    if len(figs) == 1:
        d.lines.append(salary_sentence(figs[0]))
    else:
        d.lines.extend(bullet(s) for s in figs)
    d.used.extend(figs)
    return bool(figs)


def advert_places(store: Store, role: RoleRef, names: list[str]) -> list[str]:
    """The places asked about that a job advert for the role names ("the ndt tech job in rotterdam?" on
    an advert located in Rotterdam-Botlek): the advert's pay is paid there, though it names no place."""
    if role.name not in store.posting_roles():
        return []
    facts = [f for facet in fc.ALL_FACETS for f in store.facts(role.name, facet)]
    said = {w for f in facts for w in words(f.text.lower())}
    return [n for n in names if all(w in said for w in words(n.lower()))]
