"""Whether a salary reply's figures answer the question, and the user's own figure beside them."""

from __future__ import annotations

from bot.answers.context import Context
from bot.answers.format import period_text, salary_figure, statistic_name
from bot.answers.salary_base import Draft
from bot.store import gazetteer as gz
from bot.store.types import PlaceRef, RoleRef, Salary

CENTRAL = ("median", "average", "typical")


def own_figure_line(ctx: Context, used: list[Salary]) -> str | None:
    """"Your £40k is below the average of £65,000 (GBP) for Data Engineer ...": the user's own figure
    beside the shown figure in the same currency and period (no ratio: only the documents' numbers)."""
    if not ctx.amounts or not used:
        return None
    mine = ctx.amounts[0]
    amount, symbol = int(mine.get("value") or 0), str(mine.get("symbol") or "")
    period = ctx.period or ("hour" if amount < 500 else "year")
    same = [s for s in used if s.period == period
            and (s.symbol == symbol or s.currency == symbol.upper() or not symbol)]
    if not symbol and len({s.currency for s in same}) > 1:
        return None  # "60k" beside figures in several currencies: which one is meant is unknown
    if not amount or not same:
        return None
    ref = next((s for s in same if s.statistic in CENTRAL), same[0])
    side = "close to" if abs(amount - ref.amount) <= 0.05 * ref.amount else (
        "above" if amount > ref.amount else "below")
    return (f"Your {mine.get('text')} is {side} the {statistic_name(ref.statistic)} figure of "
            f"{salary_figure(ref)} {period_text(ref.period)} for {ref.role}"
            f"{' in ' + ref.place if ref.place else ''} in my documents.")


def in_place(sal: Salary, place: PlaceRef) -> bool:
    """A figure for a place: the city itself, a city of the region, or the country (or its cities)."""
    if place.kind == "country":
        country = gz.gazetteer().country_by_code(place.country_code)
        unplaced = sal.country is None and sal.place is None and country is not None \
            and sal.currency == country.currency  # shown labelled as place-less, in its currency
        return sal.country == place.name or unplaced
    if place.kind == "region" and sal.place and gz.gazetteer().in_region(sal.place, place.name):
        return True
    return sal.place == place.name


def answered(d: Draft, role: RoleRef | None, places: list[PlaceRef]) -> bool:
    """The figures shown answer the question: some are the asked role's own, in the asked place; not
    only the nearest ones (a junior question without starting figures, another role's city figure)."""
    if d.closest:
        return False
    own = [s for s in d.used if role is None or s.role == role.name]
    return bool(own) and (not places or any(in_place(s, p) for s in own for p in places))
