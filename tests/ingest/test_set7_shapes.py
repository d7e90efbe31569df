"""Page shapes met on set 7's pages (tests/fixtures/set7, development data), each as a general rule:
a title's kinds in brackets, a grade after the role, shouted acronyms, a site's "| Careers" header, a
badge inside the <h1>, columns aligned with spaces, a period as a row label."""

from __future__ import annotations

import pytest

from bot.ingest.formats.html import html_to_text
from bot.ingest.parser import parse_page
from bot.ingest.rows import table_salaries
from bot.language.lemma import is_agent_noun
from bot.store.roles import role_names


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Radiographer (diagnostic and therapeutic)",
         ["Diagnostic Radiographer", "Therapeutic Radiographer"]),
        ("HVAC SERVICE TECHNICIAN II  (Residential & Light Commercial)", ["HVAC Service Technician"]),
        ("Software Engineer (Backend)", ["Backend Software Engineer"]),  # one kind: a speciality, as before
    ],
)
def test_role_names_of_titles(title: str, names: list[str]) -> None:
    assert [r.name for r in role_names(title)] == names


def test_a_ment_word_is_no_occupation() -> None:
    assert not is_agent_noun("employment") and not is_agent_noun("equipment") and is_agent_noun("plumber")


def test_a_site_header_is_no_title() -> None:
    page = parse_page("Kestrel Air & Comfort Services  |  Careers\nHome > Careers > Open Positions\n\n"
                      "HVAC SERVICE TECHNICIAN II\n\nLocation: Westerville, OH\nPay: $27.50 - $35.00/hr\n\n"
                      "WHAT YOU'LL DO\n* Diagnose and repair gas furnaces\n* Run service calls\n")
    assert page.title == "HVAC SERVICE TECHNICIAN II"


def test_a_badge_in_the_h1_is_not_part_of_the_title() -> None:
    html = ("<html><head><title>Speech-Language Pathologists - Occupation Profile | CareerOneStop</title>"
            "</head><body><main><h1>Speech-Language Pathologists <span class='badge'>Bright "
            "Outlook</span></h1><p>Speech-language pathologists assess and treat speech disorders.</p>"
            "</main></body></html>")
    assert html_to_text(html).splitlines()[0] == "# Speech-Language Pathologists"


def test_columns_aligned_with_spaces_are_a_table() -> None:
    page = parse_page("# Court Reporter\n\n## How much do court reporters make?\n"
                      "Experience level            Typical annual earnings      What the work looks like\n"
                      "Entry level (0-2 years)     $48,000 - $62,000            Simple depositions\n"
                      "Senior (10+ years)          $95,000 - $130,000+          Realtime and daily copy\n")
    rows = next(b for s in page.sections for b in s.blocks if b.kind == "rows")
    found = [(label, m.money.written, m.period) for m, label in
             table_salaries(rows.cells, f"How much do court reporters make? {rows.caption}")]
    assert found[-1] == ("Senior (10+ years), Realtime and daily copy", "$130,000", "year")


def test_an_faq_answer_stays_with_its_question() -> None:
    page = parse_page("# Court Reporter\n\n## Frequently asked questions\n\n"
                      "Q: Can court reporters work from home?\n"
                      "A: Partly. Many depositions are taken remotely.\n\nQ: What is a scopist?\n"
                      "A: An editor who cleans up the rough transcript.\n")
    texts = [b.text for s in page.sections for b in s.blocks]
    assert texts == ["Q: Can court reporters work from home? A: Partly. Many depositions are taken remotely.",
                     "Q: What is a scopist? A: An editor who cleans up the rough transcript."]
