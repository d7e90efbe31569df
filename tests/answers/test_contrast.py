"""What sets two things of one page apart (bot.answers.contrast), on facts written here; words that name
the role itself."""

from __future__ import annotations

from bot.answers.contrast import contrast_hits, side_words
from bot.answers.subject import names_role
from bot.language.asks import compared_sides
from bot.store.types import Fact, Source

SRC = Source("Lab Technologists and Technicians", "lab.txt")


def _fact(text: str, heading: str = "") -> Fact:
    return Fact("Lab Technician", "overview", text, SRC, heading=heading)


def test_side_words_are_what_each_name_has_alone() -> None:
    assert side_words(["Lab Technologist", "Lab Technician"]) == [frozenset({"technologist"}),
                                                                    frozenset({"technician"})]
    assert side_words(["tower", "centre controllers"], ["Air Traffic Controller"]) == [
        frozenset({"tower"}), frozenset({"centre"})]


def test_joint_mentions_say_nothing_and_separate_ones_lead() -> None:
    facts = [_fact("Lab technologists and technicians run tests on samples."),
             _fact("Technicians usually need a 2-year degree; technologists usually need a 4-year degree."),
             _fact("Technologists often supervise the work of others.")]
    hits = contrast_hits(facts, side_words(["Lab Technologist", "Lab Technician"]))
    assert [h.sentence for h in hits][:1] == [
        "Technicians usually need a 2-year degree; technologists usually need a 4-year degree."]
    assert all("run tests" not in h.sentence for h in hits)


def test_one_side_per_turn_under_headings_naming_one_side() -> None:
    facts = [_fact("Most hold a degree and a licence.", heading="Technologists"),
             _fact("Most learn on the job.", heading="Technicians")]
    hits = contrast_hits(facts, side_words(["Lab Technologist", "Lab Technician"]))
    assert [h.sentence for h in hits] == ["Most hold a degree and a licence.", "Most learn on the job."]


def test_nothing_when_only_one_side_is_spoken_of() -> None:
    facts = [_fact("Technologists usually work in research laboratories.")]
    assert contrast_hits(facts, side_words(["Lab Technologist", "Lab Technician"])) == []


def test_difference_between_names_two_sides() -> None:
    text = "whats the diffrence between a carpenter and a joiner"
    spans, between = compared_sides(text)
    assert [text[a:b] for a, b in spans] == ["carpenter", "joiner"] and between == "between"


def test_a_word_formed_from_the_role_head_names_the_role() -> None:
    assert names_role("management", ["hr", "manager"]) and names_role("nursing", ["registered", "nurse"])
    assert not names_role("database", ["data", "engineer"])
