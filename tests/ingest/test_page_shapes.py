"""Page shapes met on set 4's pages (tests/fixtures/set4, development data), each as a general rule:
table columns naming a statistic and a period, tables printed without separators, key facts as
alternating lines, a table row's label kept with its figure, a page's own country for a bare "$",
shouted titles with a department after a dash, mixed-case acronyms."""

from __future__ import annotations

import pytest

from bot.ingest.page import is_posting
from bot.ingest.parser import parse_page
from bot.ingest.rows import table_salaries
from bot.ingest.salary import salary_mentions
from bot.language.currency import mentions
from bot.language.lemma import noun_lemma
from bot.language.money import find_money
from bot.nlp.patterns import initialism_patterns
from bot.store.gazetteer import home_country
from bot.store.roles import role_names


def test_columns_name_statistic_and_period() -> None:
    cells = [["Role", "Median hourly", "Median annual", "Lowest 10 percent", "Highest 10 percent"],
             ["Veterinary technicians", "$21.30", "$44,310", "$34,870", "$60,150"]]
    found = [(m.money.amount, m.statistic, m.period) for m, _ in table_salaries(cells, "Pay")]
    assert found == [(21, "median", "hour"), (44_310, "median", "year"), (34_870, "p10", "year"),
                     (60_150, "p90", "year")]


def test_rows_under_a_pay_heading_keep_their_labels() -> None:
    cells = [["Flight instructors", "$55K-$75K per year"],
             ["Captains, regional airlines", "$160K-$230K per year"]]
    found = [(label, m.money.amount, m.statistic) for m, label in table_salaries(cells, "Pay rates, 2025")]
    assert found == [("Flight instructors", 55_000, "minimum"), ("Flight instructors", 75_000, "maximum"),
                     ("Captains, regional airlines", 160_000, "minimum"),
                     ("Captains, regional airlines", 230_000, "maximum")]
    assert table_salaries(cells, "Pay rates", by_heading=False) == []


def test_lines_ending_in_figures_are_a_table() -> None:
    page = parse_page("Surveyor\n\nSalary guide by level, 2026\nGraduate surveyor $70,000 - $85,000\n"
                      "Surveyor (3-5 years) $95,000 - $120,000\nSenior surveyor $120,000 - $160,000\n"
                      "Source: agency surveys.\n")
    [rows] = [b for s in page.sections for b in s.blocks if b.kind == "rows"]
    assert rows.cells[0] == ["Graduate surveyor", "$70,000 - $85,000"]
    assert len(rows.cells) == 3


def test_alternating_label_and_value_lines_are_key_facts() -> None:
    page = parse_page("# Surveyor\nKey facts\nWeekly pay (median, full-time, before tax)\n$2,480\n"
                      "Average full-time hours\n44 hours per week\nProjected growth to 2029\nStrong (12.4%)\n"
                      "Average age\n39 years\n"
                      "What does a Surveyor do?\nA surveyor measures buildings.\n")
    [rows] = [b for s in page.sections for b in s.blocks if b.kind == "rows"]
    assert rows.cells[0] == ["Weekly pay (median, full-time, before tax)", "$2,480"]
    assert ["Projected growth to 2029", "Strong (12.4%)"] in rows.cells


def test_a_range_written_without_spaces() -> None:
    low, high = salary_mentions("New pilots usually earn $55K-$75K per year.")
    assert (low.money.amount, low.statistic, high.money.amount, high.statistic) == (
        55_000, "minimum", 75_000, "maximum")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Location: Peterborough, Ontario. Salary: $29.84 - $35.12 per hour (CAD). Ontario College.",
         "Canada"),
        ("Careers New Zealand. Pilots in New Zealand earn $55K-$75K. Flying in New Zealand.", "New Zealand"),
        ("Languages like Node.js, PHP, or Scala. Pay $120,000.", None),  # "PHP" beside no figure
    ],
)
def test_a_page_has_a_home_country(text: str, country: str | None) -> None:
    home = home_country(text)
    assert (home.name if home else None) == country


@pytest.mark.parametrize(
    ("title", "name", "aliases"),
    [
        ("REGISTERED PHARMACY TECHNICIAN (RPhT) - Inpatient Pharmacy", "Registered Pharmacy Technician",
         ("rpht",)),
        ("Staff Nurse - Night Shift", "Staff Nurse", ()),
        ("Software Engineer - Backend", "Backend Software Engineer", ()),
        ("HEAVY DIESEL MECHANIC (HD FITTER) - Mobile Plant Workshop", "Heavy Diesel Mechanic",
         ("hd fitter",)),
    ],
)
def test_shouted_titles_and_a_department_after_a_dash(title: str, name: str,
                                                      aliases: tuple[str, ...]) -> None:
    [role] = role_names(title)
    assert (role.name, role.aliases) == (name, aliases)


@pytest.mark.parametrize(("word", "lemma"), [("pass", "pass"), ("boss", "boss"), ("nurses", "nurse")])
def test_words_in_ss_are_singular(word: str, lemma: str) -> None:
    assert noun_lemma(word) == lemma


def test_a_job_advert_is_told_from_a_career_guide() -> None:
    assert is_posting("Posted: November 24\nSalary: $29.84 per hour\nHow to apply\nApply online by Friday.")
    assert not is_posting("How to become a plumber\nYou could do a college course.\nSalary: £25,000.")


def test_rule_lines_are_noise_and_wrapped_bullets_join() -> None:
    page = parse_page("# Pharmacy Technician\nREQUIREMENTS\n" + "-" * 40 +
                      "\n* Registration with the College,\n  in good standing\n* A diploma\n")
    [block] = [b for s in page.sections for b in s.blocks]
    assert block.items == ["Registration with the College, in good standing", "A diploma"]


def test_flat_text_headings_items_and_shares() -> None:
    page = parse_page("# Surveyor\nTasks\nPrepare cost plans and estimates\n"
                      "Measure quantities from drawings\nMost surveyors work for firms.\n"
                      "Registration and membership\n"
                      "There is no licence needed to work as a surveyor.\nWhere do they work?\nNSW 34.6%\n"
                      "VIC 27.2%\n")
    headings = [s.heading for s in page.sections]
    assert "Registration and membership" in headings and "NSW 34.6%" not in headings
    tasks = next(s for s in page.sections if s.heading == "Tasks")
    assert tasks.blocks[0].items == ["Prepare cost plans and estimates", "Measure quantities from drawings"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("₹3,60,000 - ₹6,00,000 per annum", [("₹", 360_000), ("₹", 600_000)]),  # Indian digit grouping
        ("R350 000 - R550 000", [("R", 350_000), ("R", 550_000)]),  # rand, spaced thousands
        ("R1.1 million", [("R", 1_100_000)]),
        ("I know R 4.2 and R2", []),  # the language and a version are no rand
    ],
)
def test_money_in_other_countries_ways(text: str, written: list[tuple[str, int]]) -> None:
    assert [(m.symbol, m.amount) for m in find_money(text)] == written


def test_a_job_advert_title_is_its_occupation_not_a_section() -> None:
    """The advert names its role once; "HOW TO APPLY" (a verb) and a sentence about the workshop, which
    the page names more often, are no title."""
    text = ("Acme Plant & Earthmoving Pty Ltd | Careers\nHome > Careers > Workshop & Maintenance\n\n"
            "HEAVY DIESEL MECHANIC - Mobile Plant Workshop\n\nSalary: $48 per hour\n\n"
            "ABOUT THE ROLE\nJoin our workshop team. The workshop is busy. Our workshop runs days.\n\n"
            "HOW TO APPLY\nApply online. Apply by Friday. To apply, call us.\n"
            "For a chat about the role, call Darren in our workshop\n")
    assert parse_page(text).title == "HEAVY DIESEL MECHANIC - Mobile Plant Workshop"


def test_the_modifiers_initialism_before_the_head_names_the_role() -> None:
    roles = [("Occupational Therapy Assistant", ()), ("Site Reliability Engineer", ())]
    pats = initialism_patterns(roles, [])
    short = [[t.get("LOWER") for t in p["pattern"]] for p in pats if len(p["pattern"]) == 2]
    assert ["ot", "assistant"] in short and ["ot", "assistants"] in short
    assert not any(s[0] == "sr" for s in short)  # "sr engineer" is a senior engineer


def test_a_letter_symbol_names_a_currency_only_before_a_figure() -> None:
    assert mentions("RD salary in California") == []
    assert [code for code, _, _ in mentions("they pay R350 000")] == ["ZAR"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("RM5,800 a month", [("RM", 5_800)]),  # every symbol of currencies.yml
        ("Rp 8.500.000", [("Rp", 8_500_000)]),
        ("12 500 kr", [("kr", 12_500)]),  # written after the figure
        ("EUR 46,000 - 53,000 per annum", [("EUR", 46_000), ("EUR", 53_000)]),  # a range's bare upper end
        ("$45-50k", [("$", 45_000), ("$", 50_000)]),
        ("FORM 12 and ARM 64", []),  # letters inside a word name no currency
        ("$50 - 10 hours", [("$", 50)]),  # a smaller number after a dash is no upper end
    ],
)
def test_money_with_any_listed_symbol(text: str, written: list[tuple[str, int]]) -> None:
    assert [(m.symbol, m.amount) for m in find_money(text)] == written


def test_ranges_in_one_sentence_keep_their_own_periods() -> None:
    found = [(m.money.written, m.statistic, m.period) for m in salary_mentions(
        "Pay: Commis chefs $23.95 to $26 an hour · Head chefs $70,000 to $95,000 a year")]
    assert found == [("$23.95", "minimum", "hour"), ("$26", "maximum", "hour"),
                     ("$70,000", "minimum", "year"), ("$95,000", "maximum", "year")]


def test_a_caption_above_figure_rows_says_what_they_are() -> None:
    page = parse_page("# Civil Engineer\n\n## Wages\nWages rise once you are licensed.\n"
                      "Median hourly wage by province (2025)\n"
                      "Alberta                 $52.88\nSaskatchewan            $48.08\n"
                      "Ontario                 $45.67\n")
    rows = next(b for s in page.sections for b in s.blocks if b.kind == "rows")
    assert rows.caption == "Median hourly wage by province (2025)"


def test_a_pipe_table_copied_without_its_outer_pipes_is_a_table() -> None:
    page = parse_page("Safety Officer\n\n## Salary\nExperience | Typical job title | Monthly salary\n"
                      "0 - 2 years | Junior SHO | RM3,000 - RM4,500\n3 - 7 years | SHO | RM5,000 - RM8,000\n")
    rows = next(b for s in page.sections for b in s.blocks if b.kind == "rows")
    found = [(label, m.money.written, m.period) for m, label in table_salaries(rows.cells, "Salary")]
    assert found[:2] == [("0 - 2 years, Junior SHO", "RM3,000", "month"),
                         ("0 - 2 years, Junior SHO", "RM4,500", "month")]


def test_flat_text_headings_in_sentence_case() -> None:
    """No blank lines, no bullets, long unwrapped lines: a short capitalised line naming another facet
    starts a section (after a list, only in title case); an item naming the section's own facet
    ("NEBOSH ... Certificate") does not, and long lines are items of their own, not one paragraph."""
    text = "\n".join([
        "Safety Officer", "Skills required", "Risk assessment and problem solving", "Report writing",
        "Tools and software", "Gas detectors, noise meters and lux meters", "Main duties",
        "Carry out hazard identification, risk assessment and risk control for each work activity on every"
        " site the company runs",
        "Inspect the workplace regularly and report unsafe acts and conditions to the site manager in person",
        "How to become a Safety Officer", "Step 1: Complete SPM, ideally with credits in science.",
        "Certifications that help", "CIDB Green Card, required on a construction site",
        "NEBOSH International General Certificate"])
    sections = {s.heading: s for s in parse_page(text).sections}
    assert {"Tools and software", "How to become a Safety Officer", "Certifications that help"} <= set(
        sections)
    assert "NEBOSH International General Certificate" not in sections
    duties = [b.text for b in sections["Main duties"].blocks]
    assert len(duties) == 2 and duties[1].startswith("Inspect")


def test_a_line_right_under_a_heading_is_an_item_even_if_it_names_a_facet() -> None:
    page = parse_page("Air Traffic Controller\nThe Hard Parts\nThe work is stressful.\nSimilar Careers\n"
                      "Flight service specialist\nAirline pilot\nFlight dispatcher\n")
    similar = next(s for s in page.sections if s.heading == "Similar Careers")
    assert similar.blocks[0].items == ["Flight service specialist", "Airline pilot", "Flight dispatcher"]
