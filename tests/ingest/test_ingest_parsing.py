"""Unit tests of the generic parsing pieces: titles, headings, lists, inline lists, amounts, FAQ facets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import facets as fc
from bot.ingest import parse_document, read_document
from bot.ingest.facets import facet_from_content, facet_from_heading
from bot.ingest.parser import is_heading, parse_page
from bot.ingest.salary import find_money, parse_table_row, salary_mentions
from bot.ingest.terms import extract_terms, inline_terms
from bot.store.roles import canonical_name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Backend software engineer jobs & Careers", "Backend Software Engineer"),
        ("Senior back-end software engineer jobs & Careers", "Senior Backend Software Engineer"),
        ("Software Engineer - Backend", "Backend Software Engineer"),
        ("Software Engineer - Backend Job Description Template", "Backend Software Engineer"),
        ("Front end developer careers", "Frontend Developer"),
        ("How to become a Data Scientist", "Data Scientist"),
        ("iOS Developers: Career Guide", "iOS Developer"),
    ],
)
def test_title_normalisation(title: str, name: str) -> None:
    assert canonical_name(title) == name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("WHAT IS A BACKEND SOFTWARE ENGINEER JOB?", True),
        ("What Usually Do in This Position?", True),
        ("Top 5 Skills for Position", True),
        ("Skills", True),
        ("How Do I Become a Data Engineer?", True),
        ("Take the first step.", False),
        ("There are several roles, including:", False),
        ("New York", True),
        ("$214,000", False),
        ("• Python", False),
        (
            "A backend software engineer job involves developing and maintaining the server-side of apps.",
            False,
        ),
    ],
)
def test_heading_detection(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def test_page_structure() -> None:
    page = parse_page(
        "Widget Maker jobs & Careers\n\n\nWHAT IS IT?\n\nMaking widgets.\n\nTOOLS\n\nThey use:\n"
        "  • Hammers\n  - Lathes\n  * Saws\n\nShare\n\nSalaries\n\nCity\nMedian\nLondon\n£30,000\n"
        "See all salaries\nCity\nMedian\nLondon\n£30,000\nParis\n€31,000\n"
        "Bars indicate relevance. All salaries are estimates.\n\n"
        "Our mission\n\nWe help people.\n"
    )
    assert page.title == "Widget Maker jobs & Careers"
    assert [s.heading for s in page.sections] == ["WHAT IS IT?", "TOOLS", "Salaries"]
    tools = page.sections[1].blocks[0]
    assert (tools.kind, tools.text, tools.items) == ("list", "They use:", ["Hammers", "Lathes", "Saws"])
    tables = page.sections[2].blocks
    assert [len(t.rows) for t in tables] == [1, 2]
    assert tables[1].rows[1].place == "Paris" and tables[1].rows[1].money.amount == 31_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programming languages such as Java, Python, or Ruby",
            [("Java", "languages"), ("Python", "languages"), ("Ruby", "languages")],
        ),
        ("Databases such as MySQL or MongoDB", [("MySQL", "databases"), ("MongoDB", "databases")]),
        ("Cloud platforms such as AWS or Google Cloud", [("AWS", "cloud"), ("Google Cloud", "cloud")]),
        ("Version control systems such as Git or SVN", [("Git", "tools"), ("SVN", "tools")]),
        ("Frameworks such as Spring or Django", [("Spring", "frameworks"), ("Django", "frameworks")]),
        (
            "Experience with database technologies like MySQL, PostgreSQL, MongoDB, or similar.",
            [("MySQL", "databases"), ("PostgreSQL", "databases"), ("MongoDB", "databases")],
        ),
    ],
)
def test_inline_list_terms(text: str, expected: list[tuple[str, str]]) -> None:
    assert inline_terms(text) == expected


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Node.js", [("Node.js", "languages")]),
        ("Unit Testing", [("Unit Testing", "testing")]),
        ("Version Control (Git)", [("Git", "tools")]),
        ("Data structures and algorithms", [("Data structures and algorithms", "other")]),
        ("Strong problem-solving and analytical skills", []),
    ],
)
def test_short_bullet_terms(bullet: str, expected: list[tuple[str, str]]) -> None:
    assert extract_terms(bullet, bullet=True) == expected


@pytest.mark.parametrize(
    ("text", "amount", "symbol"),
    [
        ("around $110,000 per year", 110_000, "$"),
        ("£95,000", 95_000, "£"),
        ("€64,500", 64_500, "€"),
        ("₪442,000", 442_000, "₪"),
        ("¥410,000", 410_000, "¥"),
        ("₹2,034,000", 2_034_000, "₹"),
        ("about $120k", 120_000, "$"),
        ("€1.2 million", 1_200_000, "€"),
        ("64.500 €", 64_500, "€"),
        ("A$135,000", 135_000, "A$"),
        ("USD 90,000", 90_000, "USD"),
    ],
)
def test_money(text: str, amount: int, symbol: str) -> None:
    money = find_money(text)
    assert [(m.amount, m.symbol) for m in money] == [(amount, symbol)]


def test_salary_sentence_and_table_row() -> None:
    [m] = salary_mentions(
        "The average salary for a backend software engineer in the United States is around "
        "$110,000 per year. However, salaries can vary."
    )
    assert (m.money.amount, m.statistic, m.period, m.scope.split("\n")[0]) == (
        110_000,
        "average",
        "year",
        "in the United States",
    )
    assert salary_mentions("The average salary varies significantly depending on experience.") == []
    low, high = salary_mentions("Salaries range from $80,000 to $150,000 a year.")
    assert (low.statistic, low.money.amount, high.statistic, high.money.amount) == (
        "minimum",
        80_000,
        "maximum",
        150_000,
    )
    row = parse_table_row("Tel Aviv | ₪442,000")
    assert row is not None and (row.place, row.money.amount) == ("Tel Aviv", 442_000)
    assert parse_table_row("Salaries can vary by $10,000 or more") is None


def test_headings_and_faq_content_facets() -> None:
    assert facet_from_heading("WHAT DO PEOPLE USUALLY DO IN THIS POSITION?") == fc.DUTIES
    assert facet_from_heading("LOCATIONS WITH THE MOST POPULAR JOBS IN USA") == fc.LOCATIONS
    assert facet_from_heading("Salaries for Software Engineer - Backend") == fc.SALARY
    assert facet_from_heading("Self-Guided Projects") == fc.PROJECTS
    assert facet_from_heading("Frequently Asked Questions") == fc.FAQ
    assert facet_from_content("The average salary varies significantly depending on location.") == fc.SALARY
    assert (
        facet_from_content("To become a successful engineer, one should acquire a strong foundation.")
        == fc.HOW_TO_BECOME
    )
    assert (
        facet_from_content("A Backend Software Engineer specializes in server-side development.")
        == fc.OVERVIEW
    )


def test_markdown_like_page(tmp_path: Path) -> None:
    page = tmp_path / "qa.md"
    page.write_text(
        "# Career Profile: QA Engineers\n\n"
        "## Overview\nQA engineers make sure software works before customers see it.\n\n"
        "Responsibilities:\n1. Write automated test suites\n2. Report and track defects\n\n"
        "**Tools**\n- Test frameworks such as Selenium, Cypress or JUnit\n\n"
        "## Pay\nIn Canada, QA engineers earn a median salary of C$85,000 per year.\n\n"
        "| City | Median |\n|---|---|\n| Toronto | C$88,000 |\n| Vancouver | C$84,500 |\n"
        "| Springfield | $61,000 |\n",
        encoding="utf-8",
    )
    doc = parse_document(read_document(page))
    assert doc.role_name == "QA Engineer" and doc.title == "Career Profile: QA Engineers"
    facts = {(f.facet, f.text) for f in doc.facts}
    assert ("duties", "Write automated test suites") in facts
    assert ("overview", "QA engineers make sure software works before customers see it.") in facts
    assert [(t.name, t.category) for t in doc.terms] == [
        ("Selenium", "frameworks"),
        ("Cypress", "frameworks"),
        ("JUnit", "frameworks"),
    ]
    sal = [(s.amount, s.currency, s.statistic, s.place, s.country) for s in doc.salaries]
    assert sal == [
        (85_000, "CAD", "median", None, "Canada"),
        (88_000, "CAD", "median", "Toronto", "Canada"),
        (84_500, "CAD", "median", "Vancouver", "Canada"),
        (61_000, "USD", "median", "Springfield", None),
    ]


def test_headings_without_blank_lines_and_question_faq(tmp_path: Path) -> None:
    page = tmp_path / "pm.txt"
    page.write_text(
        "Product Manager Job Description\n\n"
        "Product managers decide what gets built and why.\n\n"
        "What does a Product Manager do?\n"
        "Product managers work with engineering, design and sales to ship products customers love.\n\n"
        "Requirements and skills\n- Proven experience as a product manager\n"
        "- Familiarity with tools such as Jira, Confluence and Figma\n\n"
        "Top skills\nRoadmapping\nStakeholder management\nSQL\n\n"
        "How much does a Product Manager make?\n"
        "The average salary for a product manager in the US is $125,000 per year. "
        "Salaries range from $90,000 to $160,000.\n\n"
        "Frequently asked questions\n\n"
        "Is product management a good career?\n"
        "Yes. Demand for product managers is expected to grow faster than average over the next decade.\n",
        encoding="utf-8",
    )
    doc = parse_document(read_document(page))
    facets = [(p.heading, p.facet) for p in doc.passages]
    assert facets == [
        ("", "overview"),
        ("What does a Product Manager do?", "duties"),
        ("Requirements and skills", "qualifications"),
        ("Top skills", "top_skills"),
        ("How much does a Product Manager make?", "salary"),
        ("Is product management a good career?", "outlook"),
    ]
    top = [f.text for f in doc.facts if f.facet == "top_skills"]
    assert top == ["Roadmapping", "Stakeholder management", "SQL"]
    assert [t.name for t in doc.terms][:3] == ["Jira", "Confluence", "Figma"]
    sal = [(s.amount, s.statistic, s.country) for s in doc.salaries]
    assert sal == [
        (125_000, "average", "United States"),
        (90_000, "minimum", None),
        (160_000, "maximum", None),
    ]
