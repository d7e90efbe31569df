"""Page shapes met on set 11's pages (tests/fixtures/set11, development data), each as a general rule:
a title whose parts share one head noun, an analyst's title with a specialisation after a dash, and tab
panels a saved page hides until a script shows them."""

from __future__ import annotations

from bot.ingest.formats.html import html_to_text
from bot.ingest.model import PRole
from bot.ingest.salary import earner, salary_mentions
from bot.ingest.subroles import RoleScope
from bot.store.roles import role_names

_AIDES = ("Home health aides work for certified agencies. Personal care aides help with bathing and "
          "personal care.")


def test_title_parts_share_their_head_noun_when_the_page_names_each_so() -> None:
    title = "Home Health and Personal Care Aides"
    assert [r.name for r in role_names(title, _AIDES)] == ["Home Health Aide", "Personal Care Aide"]
    fruit = "Orchard Picking and Packhouse Workers"
    page = "Orchard picking workers start at dawn. Packhouse workers grade the fruit."
    assert [r.name for r in role_names(fruit, page)] == ["Orchard Picking Worker", "Packhouse Worker"]
    assert len(role_names(fruit)) == 1  # without the page, nothing says the head is shared
    heating = "Heating and Air Conditioning Mechanics"
    assert len(role_names(heating, "Heating and air conditioning mechanics install systems.")) == 1
    tool = "Tool and Die Makers"  # "die makers" inside the title's own phrase names no second role
    assert len(role_names(tool, "Tool and die makers make dies. Tool and die makers work in shops.")) == 1


def test_roles_sharing_a_head_are_named_by_all_their_own_words() -> None:
    scope = RoleScope([PRole("Home Health Aide"), PRole("Personal Care Aide")])
    assert scope.named("Personal care aides earned $35,050.") == ["Personal Care Aide"]
    assert scope.named("Help clients with personal care, such as bathing.") == []
    assert scope.named("Home health aides earned $34,990.") == ["Home Health Aide"]


def test_a_title_naming_an_analyst_drops_the_team_after_the_dash_and_its_acronym_names_it_too() -> None:
    names = role_names("Anti-Money Laundering (AML) Analyst - Transaction Monitoring")
    assert [(r.name, r.aliases) for r in names] == [("Anti-Money Laundering Analyst", ("aml", "aml analyst"))]


def test_tab_panels_hidden_until_a_script_shows_them_are_read() -> None:
    page = """<html><body><main><h1>Aides</h1>
      <section id="tab-1" class="tab-panel"><h2>Summary</h2><p>Aides help clients at home.</p></section>
      <section id="tab-2" class="tab-panel" hidden><h2>Pay</h2><p>The median wage was $34,900.</p></section>
      <div class="usa-banner__content" hidden><p>Official websites use .gov</p></div>
      </main></body></html>"""
    text = html_to_text(page)
    assert "The median wage was $34,900." in text
    assert "Official websites" not in text


def test_a_wrapped_bullet_item_goes_on_to_a_line_of_money_and_claims_are_no_pay() -> None:
    from bot.ingest.parser import parse_page

    page = parse_page("Analyst\nWHAT WE OFFER\n* Basic salary of S$4,800 a month, plus a bonus\n"
                      "* Group medical insurance; dental claims up to\n  S$400 a year\n"
                      "* Flexible benefits of S$1,000 a year for gym or\n  travel\n")
    items = [b.items for s in page.sections for b in s.blocks]
    assert items == [["Basic salary of S$4,800 a month, plus a bonus",
                      "Group medical insurance; dental claims up to S$400 a year",
                      "Flexible benefits of S$1,000 a year for gym or travel"]]
    assert [m.money.written for m in salary_mentions("Group medical insurance; dental claims up to S$400 "
                                                     "a year")] == []
    assert [m.money.written for m in salary_mentions("Flexible benefits of S$1,000 a year")] == []


def test_whom_a_sentence_says_earns_a_figure_past_a_parenthesis() -> None:
    assert earner("Tech IIIs (3-5 more years, NATE plus experience) earn up to $42.00/hr.") == "Tech IIIs"


def test_a_label_naming_only_a_level_is_the_roles_starting_pay() -> None:
    found = [(m.money.written, m.statistic, m.period) for m in salary_mentions(
        "Freshers: ₹2.4 to 3.6 LPA (₹20,000 to ₹30,000 a month)")]
    assert found == [("₹2.4 LPA", "starting", "year"), ("3.6 LPA", "starting", "year"),
                     ("₹20,000", "starting", "month"), ("₹30,000", "starting", "month")]
    assert earner("Total, all occupations: $49,500") == ""  # someone else, not a level


def test_a_software_heading_is_the_tools_section() -> None:
    from bot.ingest.facets import facet_from_heading

    assert facet_from_heading("Software") == "tools"
    assert facet_from_heading("Main software") == "tools"
    assert facet_from_heading("Software Engineer") is None
