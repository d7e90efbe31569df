"""Slack mrkdwn for our replies: bold figures, bullets, italic sources, chart tables.

`reply_to_mrkdwn` renders a structured reply (see `bot.channels.reply`): figures are bolded from
its `figures` list, sources and tables come from its fields, nothing is re-found in the text.
`to_mrkdwn` is the fallback for plain text messages (responses, apologies). Pure functions (no
Slack client), so they are easy to test and reuse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bot.channels.reply import figure_texts, source_titles

BULLET = "• "
_MONEY = re.compile(
    r"(?<![*\w])((?:[A-Z]{1,3})?[£$€₪¥₹]\s?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:k|K|m|bn|million)\b)?)"
)
_BULLET_LINE = re.compile(r"^\s*(?:[-*•])\s+")
_MD_BOLD = re.compile(r"\*\*(.+?)\*\*")
_SOURCE_LINE = re.compile(r"^\s*(Sources?:.*)$")


def escape(text: str) -> str:
    """Escape the three characters Slack treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def format_line(line: str) -> str:
    """One line: `**x**` -> `*x*`, money figures bold, bullets as "• ", sources in italics."""
    source = _SOURCE_LINE.match(line)
    if source:
        return f"_{escape(source.group(1).strip())}_"
    bullet = _BULLET_LINE.match(line)
    body = line[bullet.end():] if bullet else line
    body = _MD_BOLD.sub(r"*\1*", escape(body))
    body = _MONEY.sub(r"*\1*", body)
    return (BULLET + body) if bullet else body


def to_mrkdwn(text: str) -> str:
    """A reply text (plain text with optional "- " bullets and a "Source:" line) as mrkdwn."""
    return "\n".join(format_line(line) for line in text.strip().splitlines())


def bold_figures(text: str, figures: Sequence[str]) -> str:
    """`text` (already escaped) with each exact figure string in `*bold*`, longest match first."""
    wanted = [escape(f) for f in sorted(figures, key=len, reverse=True) if f]
    if not wanted:
        return text
    pattern = re.compile(r"(?<![\w*])(" + "|".join(map(re.escape, wanted)) + r")(?![\w*])")
    return pattern.sub(r"*\1*", text)


def body_to_mrkdwn(body: str, figures: Sequence[str] = ()) -> str:
    """A reply body (plain text with optional "- " bullets) as mrkdwn, `figures` in bold."""
    lines = []
    for line in body.strip().splitlines():
        bullet = _BULLET_LINE.match(line)
        text = bold_figures(escape(line[bullet.end():] if bullet else line), figures)
        lines.append(BULLET + text if bullet else text)
    return "\n".join(lines)


def source_mrkdwn(titles: Sequence[str]) -> str:
    """`_Source: A; B_`, or "" without titles."""
    return f"_Source: {escape('; '.join(titles))}_" if titles else ""


def reply_to_mrkdwn(reply: Mapping[str, Any]) -> str:
    """A structured reply as one mrkdwn message: body, the salary table if any, the source line."""
    body = body_to_mrkdwn(str(reply.get("body") or ""), figure_texts(reply))
    table = charts_to_mrkdwn(charts_of(reply), with_source=False)
    source = source_mrkdwn(source_titles(reply))
    text = "\n\n".join(part for part in (body, table) if part)
    return "\n".join(part for part in (text, source) if part)


def money(symbol: str, value: float) -> str:
    """"£95,000" (two decimals only when the value has cents)."""
    return f"{symbol}{value:,.0f}" if float(value).is_integer() else f"{symbol}{value:,.2f}"


def _rows(chart: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(place, figure, currency) for every bar with a numeric value."""
    symbol = str(chart.get("symbol") or "")
    currency = str(chart.get("currency") or "")
    return [
        (str(bar.get("label", "")), money(symbol, float(bar["value"])), currency)
        for bar in chart.get("bars") or []
        if isinstance(bar, Mapping) and isinstance(bar.get("value"), (int, float))
    ]


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    """A monospace table: first column left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row))
        for row in [header, *rows]
    ]
    return "```\n" + escape("\n".join(line.rstrip() for line in lines)) + "\n```"


def _sources(charts: Iterable[Mapping[str, Any]]) -> str:
    titles: list[str] = []
    for chart in charts:
        if chart.get("source") and str(chart["source"]) not in titles:
            titles.append(str(chart["source"]))
    return source_mrkdwn(titles)


def chart_table(chart: Mapping[str, Any]) -> str:
    """One chart payload as a title line, a code-block table and its source."""
    return charts_to_mrkdwn([chart])


def charts_of(payload: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The chart payloads in a custom message (`{"chart": {...}}` or `{"charts": [...]}`)."""
    if isinstance(payload.get("chart"), Mapping):
        return [payload["chart"]]
    charts = payload.get("charts")
    if isinstance(charts, list):
        return [c for c in charts if isinstance(c, Mapping)]
    return []


def charts_to_mrkdwn(charts: Iterable[Mapping[str, Any]], with_source: bool = True) -> str:
    """Charts (one per currency) as one compact table; a Currency column when they differ.

    `with_source=False` leaves out the charts' own source line (the reply names its sources).
    """
    charts = list(charts)
    if not charts:
        return ""
    statistic = str(charts[0].get("statistic") or "salary").capitalize()
    rows = [row for chart in charts for row in _rows(chart)]
    currencies = {row[2] for row in rows}
    title = str(charts[0].get("title") or "Salaries")
    if len(currencies) == 1:
        table = _table(("Place", f"{statistic} ({next(iter(currencies))})"), [r[:2] for r in rows])
    else:
        title = re.sub(r"\s*\([A-Z]{3}\)$", "", title)  # "... per year (GBP)": the column says it
        table = _table(("Place", statistic, "Currency"), rows)
    parts = [f"*{escape(title)}*", table, _sources(charts) if with_source else ""]
    return "\n".join(p for p in parts if p)
