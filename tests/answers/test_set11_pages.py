"""Set 11's pages (development data) through the store-built entity ruler and the answer layer, with the
intent given: figures of each role of a title whose parts share their head noun, read from tab panels a
saved page hides; hours asked of a page with no hours section; both sides of an "or" asked about; levels
compared with no role named in a store of several roles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.ruled import RuledCorpus, ruled_corpus
from tests.support.stores import SET11_DOCS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RuledCorpus]:
    yield from ruled_corpus(tmp_path_factory, "set11", [SET11_DOCS])


@pytest.mark.parametrize(
    ("intent", "text", "shown", "hidden"),
    [
        ("ask_salary", "how much do home health aides make an hour", ["$16.41"], []),
        ("ask_salary", "personal care aide salary per year?", ["$35,050"], []),
        ("ask_hours", "scaffolder hours per week, early starts?", ["40 to 50 hours"], ["$28"]),
        ("ask_work_environment", "do scaffolders get a travel or meal allowance", ["$15 to $25"], []),
    ],
)
def test_questions_get_what_the_pages_say(corpus: RuledCorpus, intent: str, text: str, shown: list[str],
                                          hidden: list[str]) -> None:
    corpus.answers(intent, text, shown, hidden)


def test_levels_compared_with_no_role_named_ask_which_role(corpus: RuledCorpus) -> None:
    reply = corpus.ask("compare_salary", "does the big 4 actually pay trainees more or is it about the same")
    assert reply.kind != "answer" and "Which role" in reply.text

