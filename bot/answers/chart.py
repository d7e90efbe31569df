"""Chart payload for the widget: one bar chart per currency, never mixing currencies."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.answers.format import unique
from bot.store.types import Salary


def bar_label(sal: Salary, by_role: bool) -> str:
    """City name, or role (and city) when several roles are charted."""
    if by_role:
        return f"{sal.role} ({sal.place})" if sal.place else sal.role
    return sal.place or sal.scope.removeprefix("in ").strip() or sal.role


def chart(sals: Sequence[Salary], by_role: bool) -> dict[str, Any]:
    """One chart for salaries that share a currency."""
    first = sals[0]
    stats = unique(s.statistic for s in sals)
    statistic = "/".join(stats)
    return {
        "title": f"{statistic.capitalize()} salary per {first.period} ({first.currency})",
        "currency": first.currency,
        "symbol": first.symbol,
        "statistic": statistic,
        "bars": [{"label": bar_label(s, by_role), "value": s.amount} for s in sals],
        "source": "; ".join(unique(s.source.title for s in sals)),
    }


def charts_payload(sals: Sequence[Salary]) -> dict[str, Any] | None:
    """{"chart": {...}} for one currency, {"charts": [...]} for several, None for no salaries."""
    if not sals:
        return None
    seen: list[Salary] = []
    for s in sals:
        if s not in seen:
            seen.append(s)
    by_role = len({s.role for s in seen}) > 1
    currencies = unique(s.currency for s in seen)
    charts = [chart([s for s in seen if s.currency == c], by_role) for c in currencies]
    return {"chart": charts[0]} if len(charts) == 1 else {"charts": charts}
