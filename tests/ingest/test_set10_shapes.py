"""Page shapes met on set 10's pages (tests/fixtures/set10, development data), each as a general rule:
rand written with a comma, a title whose second role has "and" in it, a year after a guide's title, a
town after a dash, a paragraph's sentences that name no role, a table's caption naming its role, tables
with a place per column, rate columns and labels, a word of other money after the figures."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.extract import parse_document
from bot.ingest.reader import read_document
from bot.ingest.rows import table_salaries
from bot.ingest.salary import salary_mentions
from bot.language.money import find_money
from bot.store.roles import role_names


def _found(cells: list[list[str]], heading: str = "") -> list[tuple[str, str, str, str, str]]:
    return [(label, m.money.written, m.statistic, m.period, m.scope)
            for m, label in table_salaries(cells, heading)]


def test_rand_is_read_with_commas_in_ranges_and_per_a_period() -> None:
    assert [m.written for m in find_money("Average salary: R48,500 a month (about R582,000 a year)")] == [
        "R48,500", "R582,000"]
    assert [m.amount for m in find_money("locums charge R480 to R550 an hour")] == [480, 550]
    assert [m.amount for m in find_money("R450 a day")] == [450]
    assert find_money("the R2 road, R&D and the ABR2500 model") == []


def test_titles_name_each_role_of_a_plural_title_and_drop_years_and_towns() -> None:
    assert [r.name for r in role_names("Machinists and Tool and Die Makers")] == [
        "Machinist", "Tool and Die Maker"]
    assert len(role_names("Heating and Air Conditioning Mechanics")) == 1  # no part ends in a plural
    assert [r.name for r in role_names("Geologist Salary Guide 2027")] == ["Geologist"]
    assert [r.name for r in role_names("NDT Technician - Rotterdam")] == ["NDT Technician"]
    assert [r.name for r in role_names("Software Engineer - Backend")] == ["Backend Software Engineer"]


def _salaries(tmp_path: Path, text: str) -> list[tuple[str, str, str, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_document(read_document(path))
    return [(s.role, s.written, s.statistic, s.place or "") for s in doc.salaries]


TWO_ROLES = """# Machinists and Tool and Die Makers

## Pay

The median annual wage for machinists was $52,310 in May 2024. The lowest 10 percent earned less than
$37,040, and the highest 10 percent earned more than $77,520.

The median annual wage for tool and die makers was $63,150 in May 2024.

## State & Area Data

Tool and die makers: top paying states, May 2024
State\tEmployment\tHourly mean wage\tAnnual mean wage
Washington\t760\t$35.63\t$74,120
Minnesota\t2,140\t$34.08\t$70,880

Machinists: annual mean wage in selected metropolitan areas
Metropolitan area\tEmployment\tAnnual mean wage
Seattle-Tacoma-Bellevue, WA\t4,920\t$70,260
"""


def test_sentences_naming_no_role_stay_with_their_paragraphs_role(tmp_path: Path) -> None:
    found = _salaries(tmp_path, TWO_ROLES)
    assert ("Machinist", "$37,040", "p10", "") in found and ("Machinist", "$77,520", "p90", "") in found
    assert not any(role == "Tool and Die Maker" and written == "$37,040" for role, written, *_ in found)


def test_a_line_naming_one_role_captions_the_table_after_it(tmp_path: Path) -> None:
    found = _salaries(tmp_path, TWO_ROLES)
    assert ("Tool and Die Maker", "$74,120", "average", "Washington") in found
    assert ("Machinist", "$70,260", "average", "Seattle") in found  # a metro area, named for its first city
    assert not any(role == "Machinist" and written == "$74,120" for role, written, *_ in found)


def test_a_header_of_places_gives_each_column_its_place() -> None:
    cells = [["Level (experience)", "Perth", "Brisbane", "Darwin"],
             ["Graduate (0-2 yrs)", "$102,000", "$95,000", "$98,000"],
             ["Senior (5-10 yrs)", "$178,000", "$165,000", "$168,000"]]
    found = _found(cells, "Salary by level and location")
    assert ("Graduate (0-2 yrs)", "$102,000", "starting", "year", "in Perth") in found
    assert ("Senior (5-10 yrs)", "$168,000", "experienced", "year", "in Darwin") in found  # no gazetteer town


def test_rate_columns_and_pay_labels_without_a_pay_word() -> None:
    found = _found([["Level", "Rate"], ["Graduate / junior geologist", "$650 - $800 per day"]], "Contracts")
    assert ("Graduate / junior geologist", "$650", "starting", "day", "") in found
    keyed = _found([["Annual base", "€50,960 - €64,480 gross per year"], ["Annual fee", "€500"]], "Job")
    assert [w for _, w, *_ in keyed] == ["€50,960", "€64,480"]


def test_other_money_named_after_the_figures_says_nothing_of_them() -> None:
    found = [(m.money.written, m.period) for m in salary_mentions(
        "Annual base: €50,960 - €64,480 gross per year (40 hours a week, excluding holiday allowance)")]
    assert found == [("€50,960", "year"), ("€64,480", "year")]
    assert salary_mentions("A safety certificate (we pay for the exam, worth €175)") == []
