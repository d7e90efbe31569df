"""Document formats: each converter turns a file's bytes into plain text in the parser's conventions.

`# Title` first, `## Heading` lines, `• item` bullets, blank lines between blocks, TAB-separated
table rows. Converters raise FormatError (a reason); the reader names the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from bot.ingest.formats.encoding import check_controls, declared_charset, decode, normalise_newlines
from bot.ingest.formats.errors import FormatError

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
SUFFIXES = tuple(FORMATS)

__all__ = ["FORMATS", "SUFFIXES", "Converted", "FormatError", "convert", "format_of"]


@dataclass(frozen=True)
class Converted:
    """A converted document: text, format name and warnings (without the file name)."""

    text: str
    format: str
    warnings: list[str] = field(default_factory=list)


def format_of(path: PurePath | str) -> str:
    """The format a file's suffix names; anything unknown is read as plain text."""
    return FORMATS.get(PurePath(path).suffix.lower(), "text")


def _decoded(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    text, warnings = decode(data, declared)
    check_controls(text)
    return normalise_newlines(text), warnings


def convert(data: bytes, fmt: str) -> Converted:
    """Convert non-empty file bytes of format `fmt`; FormatError when they cannot be read."""
    if fmt == "pdf":
        from bot.ingest.formats.pdf import pdf_to_text

        return Converted(normalise_newlines(pdf_to_text(data)), fmt)
    if fmt == "html":
        from bot.ingest.formats.html import html_to_text

        text, warnings = _decoded(data, declared_charset(data))
        return Converted(normalise_newlines(html_to_text(text)), fmt, warnings)
    text, warnings = _decoded(data)
    if fmt == "markdown":
        from bot.ingest.formats.markdown import markdown_to_text

        text = normalise_newlines(markdown_to_text(text))
    return Converted(text, fmt, warnings)
