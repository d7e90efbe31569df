"""Set 6's pages (development data) through the store-built entity ruler and the answer layer, with the
intent given: ringgit figures, a pay-table row named by the question ("head chef", "EIT", "P.Eng"), the
names a page lists for its role, a job advert titled under its employer's name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.ruled import RuledCorpus, ruled_corpus
from tests.support.stores import SET6_DOCS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuledCorpus]:
    yield from ruled_corpus(tmp_path_factory, "set6", [SET6_DOCS])


def test_the_advert_is_about_its_role_not_its_employer(corpus: RuledCorpus) -> None:
    names = {r.name for r in corpus.store.roles()}
    assert "Senior Paralegal" in names and not any("Brennan" in n or n == "Property" for n in names)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("what does an HSE officer do", "Safety and Health Officer"),  # "Also known as: HSE Officer, ..."
        ("are safety officers in demand", "Safety and Health Officer"),
        ("do structural engineers need a licence", "Civil Engineer"),
        ("what do MLTs earn", "Clinical Laboratory Technician"),  # "(often called medical laboratory
        ("are medical laboratory scientists in demand", "Clinical Laboratory Technologist"),  # scientists)"
    ],
)
def test_the_names_a_page_lists_name_its_role(corpus: RuledCorpus, text: str, role: str) -> None:
    assert corpus.roles(text) == [role]


@pytest.mark.parametrize(
    ("text", "shown", "hidden"),
    [
        ("head chef salary nz per yr", ["$70,000", "$95,000"], ["$62,000", "$120,000"]),  # a listed name
        ("how much does an EIT make?", ["$65,000", "$82,000"], ["$90,000"]),
        ("P.Eng salary with 5-9 yrs exp", ["$90,000", "$118,000"], ["$65,000"]),  # no role named
        ("fresh grad safety officer salary?", ["RM3,000", "RM4,500"], ["RM5,000"]),  # starting, no other row
        ("medical lab scientist (MLS) salary per yr?", ["$67,890"], ["don't discuss"]),  # alias words
    ],
)
def test_a_question_naming_a_pay_row_gets_that_row(corpus: RuledCorpus, text: str, shown: list[str],
                                                   hidden: list[str]) -> None:
    corpus.answers("ask_salary", text, shown, hidden)


def test_figures_keep_their_own_period_and_currency(corpus: RuledCorpus) -> None:
    chef = {(s.written, s.period) for s in corpus.store.salaries(role="Chef") if not s.label}
    assert {("$23.95", "hour"), ("$26", "hour"), ("$70,000", "year"), ("$95,000", "year")} <= chef
    provinces = [s for s in corpus.store.salaries(role="Civil Engineer") if s.scope == "in Alberta"]
    assert [(s.written, s.period, s.statistic) for s in provinces] == [("$52.88", "hour", "median")]
    sho = {(s.written, s.currency, s.period) for s in corpus.store.salaries(role="Safety and Health Officer")}
    assert ("RM3,000", "MYR", "month") in sho and ("RM4,500", "MYR", "month") in sho
    ad = {(s.written, s.statistic) for s in corpus.store.salaries(role="Senior Paralegal")}
    assert {("EUR 46,000", "minimum"), ("53,000", "maximum")} <= ad


def test_towns_of_a_table_by_city_are_places(corpus: RuledCorpus) -> None:
    """"Average SHO salary by city": Bintulu, a town the gazetteer lacks, is a Malaysian city."""
    reply = corpus.answers("compare_salary", "which city pays SHOs the most", ["Bintulu", "RM7,200"])
    assert reply.text.index("Bintulu") < reply.text.index("Kuala Lumpur")
    assert "RM7,200" in corpus.answers("ask_salary", "sho salary in bintulu", ["RM7,200"]).text


@pytest.mark.parametrize(("intent", "text"), [
    ("out_of_scope", "how much does the ASCP MLS exam cost and how many questions is it"),
    ("ask_certification", "how much are the fees for the nz cookery certificate"),
])
def test_a_cost_the_pages_never_give_is_not_covered(corpus: RuledCorpus, intent: str, text: str) -> None:
    """A passage on the exam or the certificate with no price answers no cost question."""
    assert corpus.ask(intent, text).kind == "not_covered"
