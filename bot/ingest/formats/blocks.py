"""The plain-text conventions every converter writes, so the parser needs no format knowledge.

`# Title` first, `## Heading` lines, `• item` bullets (indented two spaces per nesting level),
blank lines between blocks and TAB-separated table rows.
"""

from __future__ import annotations

import re

BULLET = "• "
_SEPARATORS = re.compile(r"[\W_]+")


def is_menu(link_texts: list[str], text: str) -> bool:
    """A run of 3+ links with little else ("Help · Privacy · Cookies"): a menu, not a sentence."""
    if len(link_texts) < 3 or text.strip()[-1:] in ".!?":
        return False
    linked = sum(len(_SEPARATORS.sub("", t)) for t in link_texts)
    total = len(_SEPARATORS.sub("", text))
    return total > 0 and linked >= 0.75 * total


def squash(text: str) -> str:
    """Collapse every run of whitespace (newlines too) to one space and trim."""
    return " ".join(text.split())


def squash_lines(text: str) -> list[str]:
    """Non-empty lines of `text`, each with its inner whitespace collapsed."""
    return [s for s in (squash(line) for line in text.split("\n")) if s]


def heading_title(text: str) -> str:
    """A site title without its suffix: "Nurses : Occupational Outlook Handbook: : BLS" -> "Nurses"."""
    title = squash(text)
    for sep in (" | ", " : ", " – ", " — ", " - ", " · "):
        title = title.split(sep)[0]
    return title.strip(" :|-–—·")


class TextBuilder:
    """Collects blocks (lists of lines) and renders them blank-line separated under a `# Title`."""

    def __init__(self) -> None:
        self.blocks: list[list[str]] = []
        self._open: list[str] | None = None  # a list or table block still receiving lines

    def paragraph(self, text: str) -> None:
        """A paragraph; newlines inside it (<br>, soft breaks) stay line breaks."""
        lines = squash_lines(text)
        if lines:
            self.close()
            self.blocks.append(lines)

    def heading(self, text: str) -> None:
        """A `## Heading` line as a block of its own."""
        text = squash(text).rstrip(":").strip()
        if text:
            self.close()
            self.blocks.append([f"## {text}"])

    def line(self, text: str) -> None:
        """One line of the open list/table block (opened on first use)."""
        if text.strip():
            if self._open is None:
                self._open = []
                self.blocks.append(self._open)
            self._open.append(text.rstrip())

    def extend(self, text: str) -> None:
        """Continue the last line of the open block (a list item's second paragraph)."""
        text = squash(text)
        if text and self._open:
            self._open[-1] = f"{self._open[-1]} {text}"
        elif text:
            self.paragraph(text)

    def bullet(self, text: str, depth: int = 0) -> None:
        """A `• item` line; nested items are indented."""
        text = squash(text)
        if text:
            self.line(f"{'  ' * depth}{BULLET}{text}")

    def row(self, cells: list[str]) -> None:
        """A table row: cells squashed and TAB-separated, trailing empty cells dropped."""
        values = [squash(c) for c in cells]
        while values and not values[-1]:
            values.pop()
        if any(values):
            self.line("\t".join(values))

    def close(self) -> None:
        """End the open list/table block."""
        self._open = None

    def body(self) -> str:
        """Every block, blank-line separated (no title)."""
        return "\n\n".join("\n".join(b) for b in self.blocks if b)

    def render(self, title: str) -> str:
        """`# title` (when known), then every block, blank-line separated."""
        head = [[f"# {squash(title)}"]] if squash(title) else []
        return "\n\n".join("\n".join(b) for b in head + self.blocks if b) + "\n"
