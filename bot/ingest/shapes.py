"""Shapes of printed key facts that careers sites use instead of tables: lines that each end in a
figure after a short label, and alternating label and value lines."""

from __future__ import annotations

import re

from bot.ingest.page import Block
from bot.language.money import MONEY_RE

_ROW_LABEL = re.compile(r"^[A-Za-z][^.!?:]{2,80}$")
_ROW_JOIN = re.compile(r"^\s?(?:[-–—]|to)\s?$")  # between a range's figures
_ROW_TAIL = re.compile(r"^(?:\s+(?:per|an?)\s+\w+)?$")  # after them: nothing, or a period


def money_row(line: str) -> list[str] | None:
    """[label, figures] of a line that ends in a figure or a range after a short label ("Graduate or
    cadet quantity surveyor $70,000 - $85,000", "Captains $160K-$230K per year"), else None."""
    found = list(MONEY_RE.finditer(line))
    if not 1 <= len(found) <= 2 or not _ROW_LABEL.match(line[: found[0].start()].strip() or "-"):
        return None
    if len(found) == 2 and not _ROW_JOIN.match(line[found[0].end() : found[1].start()]):
        return None
    if not _ROW_TAIL.match(line[found[-1].end():]):
        return None
    return [line[: found[0].start()].strip(), line[found[0].start():].strip()]


def pairs(block: Block) -> Block | None:
    """A list of label and value lines ("Weekly pay (median)", "$2,480", "Average full-time hours",
    "44 hours per week"), as careers sites print key facts: a table of rows, or None. Every second item
    is a short value with a figure, the others labels that start with no figure."""
    items = block.items
    if len(items) < 6 or len(items) % 2:
        return None
    labels, values = items[0::2], items[1::2]
    if all(re.search(r"\d", v) and len(v.split()) <= 6 for v in values) and \
            not any(lab[:1].isdigit() or MONEY_RE.match(lab) or lab[-1:] in ".!?" for lab in labels):
        return Block("rows", cells=[[lab, v] for lab, v in zip(labels, values, strict=True)])
    return None
