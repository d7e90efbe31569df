"""Page shapes met on set 8's pages (tests/fixtures/set8, development data), each as a general rule: a
header aligned with spaces over its columns, "the top 10%" as the 90th percentile, a summary box of one
row under its column headers, a collective first part of a two-role title, bare "Washington"."""

from __future__ import annotations

import pytest

from bot.ingest.parser import parse_page
from bot.ingest.rows import across, table_salaries
from bot.ingest.salary import salary_mentions
from bot.language.statistics import statistic_of
from bot.store import gazetteer as gz
from bot.store.roles import role_names


def test_a_header_aligned_with_spaces_names_its_columns() -> None:
    page = parse_page("# Librarian\n\n## Librarian salary\nSome text about pay.\n"
                      "City                       Median annual pay   Median hourly pay\n"
                      "Washington, DC             $93,400             $44.90\n"
                      "Seattle, WA                $86,500             $41.59\n")
    rows = next(b for s in page.sections for b in s.blocks if b.kind == "rows")
    found = [(label, m.money.written, m.statistic, m.period) for m, label in
             table_salaries(rows.cells, "Librarian salary")]
    assert ("Washington, DC", "$93,400", "median", "year") in found
    assert ("Washington, DC", "$44.90", "median", "hour") in found


@pytest.mark.parametrize(("text", "statistic"), [
    ("while the top 10% make more than", "p90"),
    ("The lowest-paid 10% of librarians earn under", "p10"),
    ("the highest 10 percent earned more than", "p90"),
    ("top 25%", "p75"),
    ("bottom 25 percent", "p25"),
    ("the 10th percentile", "p10"),
    ("10% of staff", "typical"),  # a share of people, not a percentile
])
def test_percentiles_as_pages_write_them(text: str, statistic: str) -> None:
    assert statistic_of(text) == statistic


def test_a_summary_box_of_one_row_is_read_column_by_column() -> None:
    cells = [["Average salary (a year)", "Typical hours (a week)"],
             ["£24,000 Starter to £55,000 Experienced", "37 to 39 a week"]]
    assert across(cells) == [["Average salary (a year)", "£24,000 Starter to £55,000 Experienced"],
                             ["Typical hours (a week)", "37 to 39 a week"]]
    found = [(m.money.written, m.statistic, m.period) for m, _ in table_salaries(across(cells), "")]
    assert found == [("£24,000", "starting", "year"), ("£55,000", "experienced", "year")]
    labelled = [["Level", "Salary"], ["Graduate", "£30,000"]]  # a label column: left as it is
    assert across(labelled) == labelled


@pytest.mark.parametrize(("title", "names"), [
    ("Police and Detectives", ["Police Officer", "Detective"]),  # "Police": the lexicon's one "police ..."
    ("Database Administrators and Architects", ["Database Administrator", "Database Architect"]),
    ("Heating and Air Conditioning Mechanics", ["Heating and Air Conditioning Mechanics"]),
])
def test_two_role_titles(title: str, names: list[str]) -> None:
    assert [r.name for r in role_names(title)] == names


def test_bare_washington_is_the_state() -> None:
    """State tables list "Washington"; the capital is written with its "DC"."""
    state, capital = gz.gazetteer().lookup("Washington"), gz.gazetteer().lookup("Washington, DC")
    assert state is not None and state.kind == "region"
    assert capital is not None and capital.kind == "city"


def test_a_collective_part_still_names_its_role() -> None:
    police = role_names("Police and Detectives")[0]
    assert police.name == "Police Officer" and "police" in police.aliases


def test_a_wrapped_line_that_leads_a_list_joins_its_paragraph() -> None:
    """A PDF's wrapped paragraph whose second line ends "gives you:" leads the bullets below; a line
    without a bullet after them is running text again, not an item."""
    page = parse_page("# Graduate programme\n\n"
                      + "x" * 100 + "\n"  # a long line: the page is hard-wrapped at about 90 characters
                      "Each year we welcome around 12 newly qualified optometrists onto our Graduate "
                      "Optometrist\n"
                      "Programme. The programme lasts 12 months and gives you:\n"
                      "• a named clinical mentor\n• a reduced clinic list\n"
                      "We recruit for the September intake from January, and most graduates accept an offer\n"
                      "before their final exams.\n")
    blocks = [b for s in page.sections for b in s.blocks]
    lists = [b for b in blocks if b.kind == "list"]
    assert lists and lists[0].text.endswith("Programme. The programme lasts 12 months and gives you:")
    assert lists[0].items == ["a named clinical mentor", "a reduced clinic list"]
    assert any(b.kind == "paragraph" and b.text.startswith("We recruit") for b in blocks)


def test_extra_money_is_named_and_has_no_made_up_period() -> None:
    """A bonus, stipend or allowance beside the pay rate is labelled with its kind; a one-off has no
    "per year" unless one is written."""
    found = {m.money.written: (m.kind, m.period) for text in (
        "Sign-on bonus: $3,000 - paid $1,500 after 90 days and $1,500 after 12 months",
        "$600 yearly tool allowance", "Base pay $27.50 - $35.00/hr",
        "Salary £30,000 plus a £2,000 London allowance") for m in salary_mentions(text, "Pay")}
    assert found["$3,000"] == ("sign-on bonus", "") and found["$1,500"] == ("sign-on bonus", "")
    assert found["$600"] == ("tool allowance", "year")
    assert found["$27.50"] == ("", "hour") and found["£30,000"][0] == ""
    assert found["£2,000"][0] == "london allowance"


def test_a_vacancys_town_after_its_pay_is_the_figures_place() -> None:
    """ "£26,000 to £28,500 a year, Leeds": a listed vacancy's pay, in Leeds."""
    found = salary_mentions("£26,000 to £28,500 a year, Leeds", "Job vacancies")
    assert [m.scope for m in found] == ["in Leeds", "in Leeds"]

