"""A tiny, dependency-free PDF writer for text-only test fixtures.

Builds ``tests/fixtures/documents/accountant.pdf`` from the plain-text source
``tests/fixtures/pdf_sources/accountant.txt`` when run as a script::

    python tests/support/make_pdf.py

Only the standard library is used.  The output is a classic (non-compressed)
PDF 1.4 file: one Helvetica font with WinAnsiEncoding, one content stream per
page, one text line per ``Tj`` operator, and a cross-reference table whose
byte offsets are computed exactly.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

PAGE_WIDTH = 612  # US Letter, points
PAGE_HEIGHT = 792
MARGIN_LEFT = 56
MARGIN_TOP = 64
FONT_SIZE = 10
LEADING = 13
WRAP_AT = 90
LINES_PER_PAGE = 52
PAGE_BREAK = "\f"


def _escape(text: str) -> bytes:
    """Encode one line as the body of a PDF literal string (WinAnsi bytes).

    Backslashes and parentheses are escaped; characters outside Windows-1252
    are replaced with ``?``.
    """
    raw = text.encode("cp1252", errors="replace")
    out = bytearray()
    for byte in raw:
        if byte in (0x5C, 0x28, 0x29):  # \ ( )
            out.append(0x5C)
        out.append(byte)
    return bytes(out)


def _wrap(lines: list[str], width: int = WRAP_AT) -> list[str]:
    """Wrap long lines at ``width`` characters, keeping blank lines and page breaks."""
    wrapped: list[str] = []
    for line in lines:
        if line == PAGE_BREAK or not line.strip():
            wrapped.append(line if line == PAGE_BREAK else "")
            continue
        indent = len(line) - len(line.lstrip(" "))
        wrapped.extend(
            textwrap.wrap(
                line,
                width=width,
                subsequent_indent=" " * indent,
                break_long_words=True,
                break_on_hyphens=False,
            )
        )
    return wrapped


def _paginate(lines: list[str], per_page: int = LINES_PER_PAGE) -> list[list[str]]:
    """Split lines into pages at explicit form feeds or when a page is full."""
    pages: list[list[str]] = [[]]
    for line in lines:
        if line == PAGE_BREAK:
            if pages[-1]:
                pages.append([])
            continue
        if len(pages[-1]) >= per_page:
            pages.append([])
        if not pages[-1] and not line:
            continue  # no blank line at the top of a page
        pages[-1].append(line)
    return [page for page in pages if page]


def _content_stream(page_lines: list[str], header: str, footer: str) -> bytes:
    """Return the drawing operators for one page: header, body lines, footer."""
    parts: list[bytes] = []
    if header:
        parts.append(
            b"BT /F1 8 Tf %d %d Td (" % (MARGIN_LEFT, PAGE_HEIGHT - 36)
            + _escape(header)
            + b") Tj ET"
        )
    parts.append(b"BT")
    parts.append(b"/F1 %d Tf" % FONT_SIZE)
    parts.append(b"%d TL" % LEADING)
    parts.append(b"%d %d Td" % (MARGIN_LEFT, PAGE_HEIGHT - MARGIN_TOP))
    for index, line in enumerate(page_lines):
        if index:
            parts.append(b"T*")
        parts.append(b"(" + _escape(line) + b") Tj")
    parts.append(b"ET")
    if footer:
        parts.append(
            b"BT /F1 8 Tf %d %d Td (" % (MARGIN_LEFT, 30) + _escape(footer) + b") Tj ET"
        )
    return b"\n".join(parts) + b"\n"


def write_pdf(
    lines: list[str],
    path: Path,
    *,
    title: str = "",
    header: str = "",
    footer: str = "",
) -> None:
    """Write ``lines`` as a text-only, multi-page PDF at ``path``.

    Each input line is wrapped at about 90 characters; every resulting line is
    drawn with its own ``Tj`` operator in 10 pt Helvetica.  A line consisting
    of a single form feed (``"\\f"``) forces a page break.  ``header`` and
    ``footer`` are drawn on every page; ``{page}`` and ``{pages}`` in them are
    replaced by the page number and page count.  ``title`` goes in the
    document information dictionary.
    """
    pages = _paginate(_wrap(lines))
    if not pages:
        pages = [[""]]
    count = len(pages)

    # Object numbers: 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs.
    objects: dict[int, bytes] = {}
    page_ids = [5 + 2 * i for i in range(count)]
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects[2] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count
    objects[3] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>"
    )
    objects[4] = b"<< /Title (" + _escape(title) + b") /Producer (tests/support/make_pdf.py) >>"
    for number, (pid, page_lines) in enumerate(zip(page_ids, pages, strict=True), start=1):
        stream = _content_stream(
            page_lines,
            header.format(page=number, pages=count),
            footer.format(page=number, pages=count),
        )
        objects[pid] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, pid + 1)
        )
        objects[pid + 1] = (
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        )

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\n" % size
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    Path(path).write_bytes(bytes(out))


def main() -> None:
    """Build accountant.pdf from its text source next to the fixtures."""
    root = Path(__file__).resolve().parents[1] / "fixtures"
    source = root / "pdf_sources" / "accountant.txt"
    target = root / "documents" / "accountant.pdf"
    lines = source.read_text(encoding="utf-8").splitlines()
    write_pdf(
        lines,
        target,
        title="Chartered accountant | Job profile",
        header="Chartered accountant - job profile | Graduate Careers Online",
        footer="https://www.graduatecareers.example.ac.uk/job-profiles/chartered-accountant"
        "    Printed 20/11/2026    Page {page} of {pages}",
    )
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
