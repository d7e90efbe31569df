"""Every document format becomes plain text in the parser's conventions (title, headings, bullets,
blank-line paragraphs, TAB rows); chrome is dropped; unreadable files are refused by name."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pypdf import PdfWriter

from bot.ingest.parser import parse_page
from bot.ingest.reader import SUFFIXES, DocumentError, RawDocument, discover, read_document
from tests.support.make_pdf import write_pdf

SAVED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Wind Turbine Technicians : Occupational Outlook Handbook: : U.S. Bureau of Labor Statistics</title>
<style>.x { color: red }</style><script>var tracking = "SCRIPT-TEXT";</script>
</head><body>
<div id="cookie-banner" class="cookie-notice"><p>We use cookies to improve the site.
  <button>Accept all</button></p></div>
<header id="top"><a class="skip-link" href="#main">Skip to content</a>
  <nav aria-label="Main menu"><ul><li><a href="/">Home</a></li>
    <li><a href="/data">Data Tools</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/ooh">OOH</a> &gt; Wind Turbine Technicians</div>
<aside class="sidebar"><h3>Related Occupations</h3><ul><li>Electricians</li></ul></aside>
<main id="main">
<h1>Wind Turbine Technicians</h1>
<div class="share-bar"><a href="#">Facebook</a> | <a href="#">LinkedIn</a></div>
<table id="quickfacts"><caption>Quick Facts: Wind Turbine Technicians</caption>
  <tr><th>2024 Median Pay <a href="/faq#pay" class="help">?</a></th>
    <td>$62,580 per year<br>$30.09 per hour</td></tr>
  <tr><th>Typical Entry-Level Education</th><td>Postsecondary nondegree award</td></tr>
</table>
<h2>What Wind Turbine Technicians Do</h2>
<p>Wind turbine service technicians, also known as <strong>windtechs</strong>, install,
   maintain and repair   wind turbines.</p>
<h3>Duties</h3>
<p>Wind turbine technicians typically do the following:</p>
<ul><li>Inspect the exterior and physical integrity of towers</li>
  <li>Climb towers to inspect or repair components<ul><li>Nacelles and blades</li></ul></li>
  <li>Test electrical components &amp; systems</li></ul>
<p class="navy-blue">Most technicians work at heights of 260 feet or more.<br>They travel often.</p>
<dl><dt>Work schedule</dt><dd>Full time</dd></dl>
<div class="links"><a href="/a">About</a> | <a href="/j">Jobs at BLS</a> | <a href="/c">Contact</a></div>
<h2>Pay</h2>
<table><tr><th>City</th><th>Median salary</th></tr><tr><td>Austin</td><td>$64,000</td></tr></table>
</main>
<footer id="site-footer"><p>U.S. BUREAU OF LABOR STATISTICS Postal Square Building</p></footer>
</body></html>
"""

JOB_AD = """[Skip to main content](#main)

[Careers](/) · [Open roles](/jobs) · [Sign in](/login)

> We use cookies on this site. [Cookie settings](#)

# Data Analyst

**Location:** Leeds *or* remote

We turn raw numbers into [decisions](https://example.com/why) using `SQL` and Python.

## Responsibilities

- Build dashboards in **Power BI**
- Clean and join data sets
  - from the CRM
  - from finance

**Benefits**

1. Pension
2. Health cover

## Salary

| City | Median salary |
|------|---------------|
| London | £45,000 |
| Leeds | £38,000 |

<div class="note"><p>Apply <em>before</em> 1 May.</p></div>

[Help](/help) · [Privacy](/privacy) · [Contact us](/contact)
"""

UX_PAGE = (
    "UX Designer\n\nWhat does a UX designer do?\n\n"
    "A UX designer shapes how a product \u201cfeels\u201d to use \u2013 it\u2019s the whole journey.\n"
)


def _doc(tmp_path: Path, name: str, content: str | bytes) -> RawDocument:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return read_document(path)


def test_saved_html_page(tmp_path: Path) -> None:
    raw = _doc(tmp_path, "wind-turbine-technicians.html", SAVED_PAGE)
    lines = raw.text.split("\n")
    assert raw.format == "html" and raw.warnings == ()
    assert lines[0] == "# Wind Turbine Technicians"
    for gone in (
        "cookies",
        "Accept all",
        "Skip to",
        "Data Tools",
        "OOH",
        "Related Occupations",
        "Facebook",
        "BUREAU",
        "SCRIPT-TEXT",
        "color: red",
        "?",
        "Jobs at BLS",
    ):
        assert gone not in raw.text, gone
    assert "Quick Facts: Wind Turbine Technicians" in lines
    assert "2024 Median Pay\t$62,580 per year $30.09 per hour" in lines
    assert "Typical Entry-Level Education\tPostsecondary nondegree award" in lines
    assert "## What Wind Turbine Technicians Do" in lines and "## Duties" in lines
    expected = "Wind turbine service technicians, also known as windtechs, install, maintain and repair"
    assert f"{expected} wind turbines." in lines
    assert "• Inspect the exterior and physical integrity of towers" in lines
    assert "  • Nacelles and blades" in lines and "• Test electrical components & systems" in lines
    assert "Most technicians work at heights of 260 feet or more." in lines  # class navy-blue is kept
    assert "They travel often." in lines
    assert "Work schedule\tFull time" in lines
    assert "City\tMedian salary" in lines and "Austin\t$64,000" in lines
    page = parse_page(raw.text)
    assert page.title == "Wind Turbine Technicians"
    headings = [s.heading for s in page.sections]
    assert "What Wind Turbine Technicians Do" in headings and "Duties" in headings and "Pay" in headings
    duties = next(s for s in page.sections if s.heading == "Duties")
    assert any(b.kind == "list" and "Test electrical components & systems" in b.items for b in duties.blocks)
    pay = next(s for s in page.sections if s.heading == "Pay")
    assert any(b.kind == "table" and b.rows and b.rows[0].place == "Austin" for b in pay.blocks)


def test_html_title_from_title_tag_without_h1(tmp_path: Path) -> None:
    html = "<title>Plumber | Careers</title><body><p>Plumbers fix pipes.</p></body>"
    raw = _doc(tmp_path, "page.htm", html)
    assert raw.text.split("\n")[0] == "# Plumber"
    assert parse_page(raw.text).title == "Plumber"


def test_markdown_job_ad(tmp_path: Path) -> None:
    raw = _doc(tmp_path, "data-analyst.md", JOB_AD)
    lines = raw.text.split("\n")
    assert raw.format == "markdown"
    assert lines[0] == "# Data Analyst"
    for gone in ("Skip to", "Sign in", "cookies", "**", "`", "](", "<div", "<em>", "Privacy"):
        assert gone not in raw.text, gone
    assert "Location: Leeds or remote" in lines
    assert "We turn raw numbers into decisions using SQL and Python." in lines
    assert "## Responsibilities" in lines and "## Benefits" in lines and "## Salary" in lines
    assert "• Build dashboards in Power BI" in lines and "  • from the CRM" in lines
    assert "• Pension" in lines
    assert "City\tMedian salary" in lines and "London\t£45,000" in lines
    assert "Apply before 1 May." in lines
    page = parse_page(raw.text)
    assert page.title == "Data Analyst"
    headings = [s.heading for s in page.sections]
    assert {"Responsibilities", "Benefits", "Salary"} <= set(headings)
    salary = next(s for s in page.sections if s.heading == "Salary")
    table = next(b for b in salary.blocks if b.kind == "table")
    assert [(r.place, r.money.amount) for r in table.rows] == [("London", 45_000), ("Leeds", 38_000)]


def test_pdf_pages_headers_and_hyphenation(tmp_path: Path) -> None:
    path = tmp_path / "electrician.pdf"
    body = [
        *["ELECTRICIAN", "", "Electricians install and repair wiring. It is a skilled occupa-"],
        *["tion with good prospects.", "", "RESPONSIBILITIES", ""],
        *["- install wiring in new homes", "- test circuits", "\f"],
        *["SALARY", "", "City\tMedian", "London\t£42,000", "\f"],
        *["WORKING HOURS", "", "Most work 40 hours a week."],
    ]
    write_pdf(
        body,
        path,
        title="Electrician | Job profile",
        header="Electrician - job profile | Careers Online",
        footer="https://careers.example/electrician    Page {page} of {pages}",
    )
    raw = read_document(path)
    lines = raw.text.split("\n")
    assert raw.format == "pdf" and lines[0] == "# Electrician"
    assert "Careers Online" not in raw.text and "Page " not in raw.text and "https://" not in raw.text
    assert "install and repair wiring. It is a skilled occupation with good prospects." in raw.text
    assert "- install wiring in new homes" in lines and "WORKING HOURS" in lines
    page = parse_page(raw.text)
    assert page.title == "Electrician"
    headings = [s.heading for s in page.sections if s.heading]
    assert headings[:3] == ["RESPONSIBILITIES", "SALARY", "WORKING HOURS"]


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    write_pdf(["Chef", "", "Chefs cook."], plain)
    writer = PdfWriter(clone_from=plain)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    with pytest.raises(DocumentError, match=r"locked\.pdf: PDF is encrypted"):
        read_document(locked)


def test_garbage_and_scanned_pdf_are_refused(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n\x89\x01\x02 not really a pdf \xff\xfe" * 40)
    with pytest.raises(DocumentError, match=r"garbage\.pdf: not a readable PDF"):
        read_document(garbage)
    blank = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.write(blank)
    with pytest.raises(DocumentError, match=r"scan\.pdf: PDF has no extractable text"):
        read_document(blank)


def test_empty_markdown_and_html_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"empty\.md: file is empty"):
        _doc(tmp_path, "empty.md", " \n\n")
    with pytest.raises(DocumentError, match=r"chrome\.html: file has no text"):
        _doc(tmp_path, "chrome.html", "<body><nav><a href='/'>Home</a></nav><script>x()</script></body>")


def test_windows_1252_text_decoded_with_warning(tmp_path: Path) -> None:
    data = UX_PAGE.encode("cp1252")
    raw = _doc(tmp_path, "ux-designer.txt", data)
    assert raw.format == "text"
    assert "\u201cfeels\u201d to use \u2013 it\u2019s" in raw.text
    assert len(raw.warnings) == 1
    warning = raw.warnings[0]
    assert "ux-designer.txt" in warning and "decoded as Windows-1252" in warning
    assert f"not valid UTF-8 at byte {data.index(0x93)}" in warning
    assert raw.sha256 == hashlib.sha256(data).hexdigest()
    assert parse_page(raw.text).title == "UX Designer"


def test_utf8_with_bom_and_binary_text(tmp_path: Path) -> None:
    raw = _doc(tmp_path, "bom.txt", "\ufeffChef\r\n\r\nChefs cook.\r\n".encode())
    assert raw.text == "Chef\n\nChefs cook.\n" and raw.warnings == ()
    with pytest.raises(DocumentError, match="binary"):
        _doc(tmp_path, "bin.md", b"# x\n\x00\x01\x02")


def test_discover_takes_every_supported_suffix(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.HTML", "d.pdf", "e.markdown", "f.htm", ".hidden.md", "notes.docx"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, dirs = discover([tmp_path])
    assert [f.name for f in files] == ["a.txt", "b.md", "c.HTML", "d.pdf", "e.markdown", "f.htm"]
    assert dirs == [tmp_path.resolve()] and ".pdf" in SUFFIXES
