"""PDF -> plain text through pypdf: pages joined, repeated headers/footers and page numbers dropped,
words hyphenated at line ends joined again. Line breaks are kept; the parser handles wrapped lines.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from pypdf import PageObject, PdfReader
from pypdf.errors import PyPdfError

from bot.ingest.formats.blocks import heading_title, squash
from bot.ingest.formats.errors import FormatError

EDGE_LINES = 3  # how many lines at the top and bottom of a page may be a running header/footer
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
_HYPHEN = re.compile(r"(\w)-\n(?=[a-z])")
_COLUMNS = re.compile(r"(?<=\S) {2,}(?=\S)")
_DIGITS = re.compile(r"\d+")
_BULLET = re.compile(r"^\s*(?:[•·▪◦●○■►‣⁃*\-–]|\d{1,2}[.)])\s+\S")


def _page_text(page: PageObject) -> str:
    """One page's text, layout mode first (it keeps blank lines between paragraphs)."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # noqa: BLE001 - layout mode is best effort; plain mode is the fallback
        text = page.extract_text()
    return str(text or "")


def _clean_page(text: str) -> list[str]:
    """Lines of a page: right-stripped, common indentation removed, column gaps as TABs."""
    lines = [line.rstrip() for line in text.replace("\r", "\n").split("\n")]
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    cut = min(indents, default=0)
    out: list[str] = []
    for line in lines:
        line = _COLUMNS.sub("\t", line[cut:]) if line.strip() else ""
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the first and last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _key(line: str) -> str:
    """A line with its numbers masked, so "Page 2 of 5" and "Page 3 of 5" compare equal."""
    return _DIGITS.sub("#", " ".join(line.split())).lower()


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop lone page numbers and header/footer lines repeated at the edges of most pages."""
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_key(lines[i]) for i in _edges(lines)})
    need = max(2, (len(pages) * 3 + 4) // 5)  # at least 60% of the pages
    result: list[list[str]] = []
    for lines in pages:
        edges = set(_edges(lines))
        kept = [
            line
            for i, line in enumerate(lines)
            if i not in edges
            or not (_PAGE_NUMBER.match(line.strip()) or (len(pages) > 1 and counts[_key(line)] >= need))
        ]
        while kept and not kept[0]:
            kept.pop(0)
        while kept and not kept[-1]:
            kept.pop()
        result.append(kept)
    return result


def _decrypt(reader: PdfReader) -> None:
    """Open an encrypted PDF with the empty user password, or refuse it."""
    try:
        opened = reader.decrypt("")
    except (PyPdfError, NotImplementedError, ValueError) as exc:
        raise FormatError(f"PDF is encrypted and cannot be opened ({exc})") from exc
    if not opened:
        raise FormatError("PDF is encrypted (a password is needed to read it)")


def join_pages(pages: list[list[str]]) -> str:
    """Pages joined; a blank line where a page ends a sentence and the next starts a new paragraph."""
    text = ""
    for lines in (p for p in pages if p):
        if text:
            last, first = text.rstrip().rsplit("\n", 1)[-1], lines[0]
            new_para = last.rstrip()[-1:] in ".!?:" and first.strip()[:1].isupper()
            bullets = bool(_BULLET.match(last)) and bool(_BULLET.match(first))
            text += "\n\n" if new_para and not bullets else "\n"
        text += "\n".join(lines)
    return text


def join_bullet_wraps(lines: list[str]) -> list[str]:
    """Join the wrapped continuation of a bullet (an indented or lower-case line) onto the bullet."""
    out: list[str] = []
    in_item = False
    for line in lines:
        s = line.strip()
        if in_item and s and not _BULLET.match(line) and (line[:1].isspace() or s[:1].islower()):
            out[-1] = f"{out[-1]} {s}"
            continue
        in_item = bool(_BULLET.match(line))
        out.append(line)
    return out


def title_first(lines: list[str], title: str) -> list[str]:
    """Put `# title` first when the document-info title is one of the first lines (dropping what
    precedes it: breadcrumbs, site names); otherwise leave the lines alone."""
    wanted = heading_title(title).casefold()
    if not wanted or len(wanted.split()) > 14:
        return lines
    for i, line in enumerate(lines[:25]):
        if squash(line).casefold() == wanted:
            return [f"# {squash(line) if not line.isupper() else heading_title(title)}", "", *lines[i + 1 :]]
    return lines


def pdf_to_text(data: bytes) -> str:
    """Convert a PDF's text layer; FormatError when it is encrypted, unreadable or has no text."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader)
        pages = [_clean_page(_page_text(p)) for p in reader.pages]
        title = str(reader.metadata.title or "") if reader.metadata is not None else ""
    except FormatError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        reason = str(exc).strip() or type(exc).__name__
        raise FormatError(f"not a readable PDF ({reason})") from exc
    if not any(line.strip() for lines in pages for line in lines):
        raise FormatError("PDF has no extractable text (a scanned image?)")
    text = join_pages(strip_running_lines(pages))
    lines = title_first(join_bullet_wraps(_HYPHEN.sub(r"\1", text).split("\n")), title)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
