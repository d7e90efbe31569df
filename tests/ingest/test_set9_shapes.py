"""Page shapes met on set 9's pages (tests/fixtures/set9, development data), each as a general rule:
columns that name only periods, a band's pay points printed under it, a table caption's period, the
same figure per another period in brackets, lakh-a-year ranges, rates per piece of work, prices under a
pay heading, a title scoped to a country, rows whose first cell names the place."""

from __future__ import annotations

import pytest

from bot.ingest.parser import parse_page
from bot.ingest.rows import table_salaries
from bot.ingest.salary import salary_mentions
from bot.language.money import find_money
from bot.store import gazetteer as gz
from bot.store.roles import role_names


def _found(cells: list[list[str]], heading: str = "") -> list[tuple[str, str, str, str]]:
    return [(label, m.money.written, m.statistic, m.period) for m, label in table_salaries(cells, heading)]


def test_columns_that_name_periods_give_each_figure_its_period() -> None:
    cells = [["Band and role", "Point", "Annual basic", "Hourly"],
             ["Band 5 - Newly qualified ODP", "Entry", "£31,049", "£15.88"],
             ["After 2 years", "£33,487", "£17.13"]]  # the band's second point, printed under its first
    found = _found(cells, "Pay")
    assert ("Band 5 - Newly qualified ODP, Entry", "£31,049", "starting", "year") in found
    assert ("Band 5 - Newly qualified ODP, Entry", "£15.88", "starting", "hour") in found
    assert ("Band 5 - Newly qualified ODP, After 2 years", "£17.13", "starting", "hour") in found


def test_a_caption_names_the_period_of_percentile_columns() -> None:
    cells = [["Community/Area", "Low (10th percentile)", "Median", "High (90th percentile)"],
             ["Ontario", "$22.50", "$37.50", "$57.69"],
             ["Yukon", "N/A", "N/A", "N/A"]]
    found = _found(cells, "Wages Hourly wages for Interpreters and Translators by province")
    assert found == [("Ontario", "$22.50", "p10", "hour"), ("Ontario", "$37.50", "median", "hour"),
                     ("Ontario", "$57.69", "p90", "hour")]


def test_a_range_in_a_column_and_a_label_running_up_to_its_figures() -> None:
    page = parse_page("# Solar PV Technician\n\n## Salary\n"
                      "Experience level                        Monthly salary          Annual (LPA)\n"
                      "Fresher / helper (0-1 year)             ₹12,000 - ₹15,000       ₹1.44 - ₹1.8 LPA\n"
                      "O&M engineer / project lead (8+ years)  ₹43,000 - ₹60,000       ₹5.16 - ₹7.2 LPA\n")
    rows = next(b for s in page.sections for b in s.blocks if b.kind == "rows")
    found = _found(rows.cells, "Salary")
    assert ("Fresher / helper (0-1 year)", "₹15,000", "starting", "month") in found
    assert ("O&M engineer / project lead (8+ years)", "₹43,000", "minimum", "month") in found
    assert ("O&M engineer / project lead (8+ years)", "₹7.2 LPA", "maximum", "year") in found


def test_lakh_a_year_ranges() -> None:
    assert [(m.amount, m.written) for m in find_money("₹1.44 - ₹1.8 LPA")] == [
        (144_000, "₹1.44 LPA"), (180_000, "₹1.8 LPA")]
    assert [m.amount for m in find_money("$45 - $50 an hour")] == [45, 50]


def test_the_same_figure_per_another_period_keeps_its_statistic() -> None:
    found = [(m.money.written, m.statistic, m.period) for m in salary_mentions(
        "The highest-paid 10% earn $54.50 an hour or more (about $106,275 a year).")]
    assert found == [("$54.50", "p90", "hour"), ("$106,275", "p90", "year")]


@pytest.mark.parametrize("text", [
    "Self-employed translators charge $0.18 to $0.30 a word.",
    "Some technicians do freelance maintenance and charge ₹400 to ₹600 per visit.",
])
def test_rates_per_piece_of_work_are_no_salary(text: str) -> None:
    assert salary_mentions(text, "Pay") == []


def test_prices_under_a_pay_heading_are_no_salary() -> None:
    found = [(m.money.written, m.kind) for m in salary_mentions(
        "We pay for your C1 upgrade course and assessment (usually worth around $3,800). "
        "Employee referral reward of $1,500 if you refer an operator we hire.", "Pay and benefits")]
    assert found == [("$1,500", "referral reward")]


def test_a_figure_near_the_last_ones_size_is_per_its_period() -> None:
    found = [(m.money.written, m.period) for m in salary_mentions(
        "Daily rates are usually ₹700 to ₹1,100 per day, and helpers get ₹450 to ₹600.")]
    assert found == [("₹700", "day"), ("₹1,100", "day"), ("₹450", "day"), ("₹600", "day")]
    found = [(m.money.written, m.period) for m in salary_mentions("Pay is $25 an hour, or $52,000 in all.")]
    assert found == [("$25", "hour"), ("$52,000", "year")]


@pytest.mark.parametrize(("title", "names"), [
    ("Interpreters and Translators in Canada", ["Interpreter", "Translator"]),
    ("Teacher in the UK", ["Teacher"]),
    ("Nurse in Charge", ["Nurse in Charge"]),  # "Charge" is no place
])
def test_a_title_scoped_to_a_place(title: str, names: list[str]) -> None:
    assert [r.name for r in role_names(title)] == names


def test_canadian_territories_and_indian_states_are_places() -> None:
    for name, country in (("Nunavut", "CA"), ("Yukon", "CA"), ("Karnataka", "IN")):
        place = gz.resolve(name)
        assert place is not None and place.country_code == country


def test_whom_a_sentence_says_earns_a_figure_labels_it() -> None:
    from bot.ingest.salary import earner_label

    found = [(m.money.written, m.statistic, m.who) for m in salary_mentions(
        "Senior audiologists usually earn $95,000 to $120,000. Audiometrists, who do hearing screening "
        "under supervision, usually earn $26 to $34 an hour.", "Pay")]
    assert found == [("$95,000", "experienced", "Senior audiologists"),
                     ("$120,000", "experienced", "Senior audiologists"),
                     ("$26", "minimum", "Audiometrists"), ("$34", "maximum", "Audiometrists")]
    assert earner_label("Audiometrists", ["Audiologist"]) == "Audiometrists"  # another occupation's pay
    assert earner_label("Most audiologists", ["Audiologist"]) == ""  # the role's own
