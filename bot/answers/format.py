"""Text helpers: money, salary wording, lists and facts in plain English (words: bot.language)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.core.types import source_line
from bot.language.data import table
from bot.language.inflect import article, plural
from bot.store.types import Fact, Salary

__all__ = ["article", "plural", "source_line"]  # re-exported for the answer modules

BULLET = "•"


def money(symbol: str, amount: int, currency: str) -> str:
    """"£95,000 (GBP)": the figure with its symbol and ISO code, never converted."""
    return f"{symbol}{amount:,} ({currency})"


def salary_figure(sal: Salary) -> str:
    """The amount of one salary as the page writes it ("$45.00"), with its ISO code."""
    if sal.written and any(ch.isdigit() for ch in sal.written):
        return f"{sal.written} ({sal.currency})"
    return money(sal.symbol, sal.amount, sal.currency)


def period_text(period: str) -> str:
    """"year" -> "per year"."""
    return f"per {period}" if period else ""


def statistic_name(statistic: str) -> str:
    """How a statistic is named in a reply ("p10" -> "lowest-10-percent", "typical" -> "stated")."""
    return str(table("language")["statistics"].get(statistic, statistic))


def salary_sentence(sal: Salary, label: str | None = None) -> str:
    """One figure with its statistic, period, scope, date and the role it is for."""
    who = label or article(sal.role)
    when = f" ({sal.date})" if sal.date else ""
    stat = statistic_name(sal.statistic)
    lead = f"The {stat} salary for {who} {sal.scope}".rstrip() if sal.statistic != "typical" else \
        f"The salary stated for {who} {sal.scope}".rstrip()
    parts = [lead + when, "is", salary_figure(sal), period_text(sal.period)]
    return " ".join(p for p in parts if p) + "."


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order without duplicates or empties."""
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return out


def join_words(items: Sequence[str], conj: str = "and") -> str:
    """"a, b and c"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def is_paragraph(text: str) -> bool:
    """A long sentence or an introduction ending in ":" is shown as prose, short items as bullets."""
    stripped = text.strip()
    return stripped.endswith(":") or (len(stripped) > 110 and stripped.endswith("."))


def clean(text: str) -> str:
    """Strip bullets and stray quotes the documents carry."""
    text = re.sub(r"^[\s•\-*]+", "", text.strip())
    text = re.sub(r'\s*"\s*"\s*$', "", text)
    return text.strip()


def render_facts(facts: Sequence[Fact]) -> str:
    """Facts of one section: a list of short items as bullets, long prose as paragraphs."""
    texts = [t for t in (clean(f.text) for f in facts) if t]
    if not texts:
        return ""
    lengths = sorted(len(t) for t in texts)
    as_list = len(texts) > 1 and lengths[len(lengths) // 2] < 120
    lines = []
    for text in texts:
        bullet = not text.endswith(":") and (as_list or not is_paragraph(text))
        lines.append(f"{BULLET} {text}" if bullet else text)
    return "\n".join(lines)


def heading_text(heading: str) -> str:
    """A heading for display: "TOP 5 SKILLS FOR THIS POSITION" -> "Top 5 skills for this position"."""
    heading = clean(heading).rstrip(":").strip()
    if heading.isupper():
        heading = heading.capitalize()
    return heading


def with_the(country: str) -> str:
    """"United States" -> "the United States"; "India" stays."""
    if country.startswith(("United ", "Netherlands", "Philippines", "Czech ")):
        return "the " + country
    return country


def aligned(rows: Sequence[tuple[str, str]], indent: str = "  ") -> str:
    """A compact two-column list: labels padded so the figures line up."""
    if not rows:
        return ""
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{indent}{label.ljust(width)}  {value}" for label, value in rows)


def sentence_with(text: str, word: str) -> str | None:
    """The first sentence of `text` mentioning `word` (case-insensitive), if any."""
    for sent in re.split(r"(?<=[.!?])\s+", text):
        if word.lower() in sent.lower():
            return sent.strip()
    return None
