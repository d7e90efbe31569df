"""Titles naming singular occupations or carrying a subtitle; pay written without a pay word; tables with
a pay column; folder notes that are not career pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest.reader import discover
from bot.ingest.rows import table_salaries
from bot.ingest.salary import salary_mentions
from bot.store.gazetteer import gazetteer
from bot.store.roles import role_names


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Carpenter and joiner", ["Carpenter", "Joiner"]),
        ("Nurses and Midwives", ["Nurse", "Midwife"]),
        ("Heating and Air Conditioning Mechanics", ["Heating and Air Conditioning Mechanics"]),
        ("Health and Safety Officer", ["Health and Safety Officer"]),
        ("Cybersecurity Analyst: the no-nonsense career guide", ["Cybersecurity Analyst"]),
        ("Career profile: Electrician", ["Electrician"]),
    ],
)
def test_title_roles(title: str, names: list[str]) -> None:
    assert [r.name for r in role_names(title)] == names


def test_pay_with_a_period_but_no_pay_word() -> None:
    low, high = salary_mentions("€18.50 – €24.00 per hour (DOE)")
    assert (low.money.amount, low.statistic, low.period) == (18, "minimum", "hour")
    assert (high.statistic, high.period) == ("maximum", "hour")
    assert salary_mentions("Tuition is about $10,000 per year.") == []
    assert salary_mentions("A training budget of €500 a year.") == []
    [day] = salary_mentions("Contractors charge A$900 per day.")
    assert day.period == "day"


def test_hours_before_a_figure_are_not_its_period() -> None:
    [m] = salary_mentions("They work 40 hours a week and earn £30,000.")
    assert m.period == "year"


def test_table_with_a_pay_column_and_levels() -> None:
    cells = [["Level", "Typical base salary (AUD per year)"],
             ["Graduate / junior analyst", "A$75,000 – A$90,000"],
             ["Mid-level analyst", "A$100,000 – A$125,000"],
             ["Senior analyst / team lead", "A$140,000 – A$170,000"]]
    found = [(m.money.amount, m.statistic) for m, _ in table_salaries(cells, "Show me the money")]
    assert found == [(75_000, "starting"), (90_000, "starting"), (100_000, "minimum"),
                     (125_000, "maximum"), (140_000, "experienced"), (170_000, "experienced")]


def test_a_prefixed_dollar_names_its_country() -> None:
    australia = gazetteer().sole_country("AUD", "A$")
    assert australia is not None and australia.name == "Australia"
    assert gazetteer().sole_country("USD", "$") is None
    assert gazetteer().sole_country("EUR", "€") is None


def test_a_folder_readme_is_not_a_page(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Notes about these pages\n", encoding="utf-8")
    (tmp_path / "welder.txt").write_text("Welder\n\nWelders join metal.\n", encoding="utf-8")
    files, _ = discover([tmp_path])
    assert [f.name for f in files] == ["welder.txt"]


@pytest.mark.parametrize(
    ("noun", "forms"),
    [("carpenter", ("carpentry",)), ("dentist", ("dentistry",)), ("pharmacist", ("pharmacy",)),
     ("nurse", ("nursing",)), ("welder", ("welding",)), ("accountant", ("accounting",))],
)
def test_field_forms(noun: str, forms: tuple[str, ...]) -> None:
    from bot.language.lemma import field_forms

    assert field_forms(noun) == forms


def test_acronym_plurals_name_their_sub_role() -> None:
    from bot.ingest.model import PRole
    from bot.ingest.subroles import RoleScope

    scope = RoleScope([PRole("EMT", ()), PRole("Paramedic", ())])
    assert scope.named("The median annual wage for EMTs was $38,930 in May 2024.") == ["EMT"]


@pytest.mark.parametrize("line", ["Yes", "No", "LinkedIn", "Terms of Use", "Contact Us", "Related Links"])
def test_footer_and_feedback_lines_are_noise(line: str) -> None:
    from bot.ingest.lines import is_noise

    assert is_noise(line)
    assert not is_noise(f"{line} is not all this line says")


def test_agent_stems_name_the_field_in_phrases() -> None:
    from bot.language.lemma import agent_stem

    assert [agent_stem(w) for w in ("designer", "controller", "engineer", "developer")] == [
        "design", "control", None, None]
