"""Pages of many genres and occupations, and forum-style questions, answered as the bot answers them.

The trained NLU model classifies each question; entities come from the corpus's own entity ruler; the
reply is scored by its structure (bot.core.types.Reply: kind, topic, roles) and, for page questions, by
fragments of the page's own text. Development sets have targets; held-out sets (written before tuning,
never tuned on) are scored and printed, and must keep the reply invariants (a source or an honest
"not covered", no number the documents and the question don't contain).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot import config
from bot.launcher import latest_model
from tests.support.evaluate import (
    CorpusBot,
    load_forum,
    load_pages,
    score_forum,
    score_pages,
)
from tests.support.numbers import document_numbers, invented_numbers, numbers_in
from tests.support.stores import (
    CORPUS_DOCS,
    DOCS,
    HELDOUT2_DOCS,
    HELDOUT3_DOCS,
    HELDOUT_DOCS,
    SET4_DOCS,
    SET5_DOCS,
    SET6_DOCS,
    SET7_DOCS,
    SET8_DOCS,
    SET9_DOCS,
    SET10_DOCS,
    SET11_DOCS,
)

FIXTURES = config.PROJECT_ROOT / "tests" / "fixtures"
QUESTIONS = config.PROJECT_ROOT / "tests" / "questions"

# Each corpus: its documents and its page questions. Development sets 4 to 11 were written blind.
CORPORA: dict[str, tuple[list[Path], Path]] = {
    "dev": ([DOCS, CORPUS_DOCS], FIXTURES / "page_questions.yml"),
    **{name: ([docs], docs / "questions.yml") for name, docs in (
        ("heldout", HELDOUT_DOCS), ("heldout2", HELDOUT2_DOCS), ("heldout3", HELDOUT3_DOCS),
        ("set4", SET4_DOCS), ("set5", SET5_DOCS), ("set6", SET6_DOCS), ("set7", SET7_DOCS),
        ("set8", SET8_DOCS), ("set9", SET9_DOCS), ("set10", SET10_DOCS), ("set11", SET11_DOCS))},
}
HELD_OUT = ("heldout", "heldout3")  # scored only: their failures are not printed
FORUM_SETS = ("forum_dev", "forum_heldout", "forum_heldout2", "forum_heldout3", *(
    f"forum_set{n}" for n in range(4, 12)))


class Corpora:
    """The corpora's bots, each built when a test first asks for it and closed at the module's end."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        self.factory = factory
        self.bots: dict[str, CorpusBot] = {}
        self.agent: Any = None

    def bot(self, name: str) -> CorpusBot:
        """The bot over corpus `name` (a key of CORPORA)."""
        if name not in self.bots:
            self.bots[name] = CorpusBot(CORPORA[name][0], self.factory.mktemp(name), latest_model(),
                                        agent=self.agent)
            self.agent = self.bots[name].agent  # one NLU model for every corpus
        return self.bots[name]

    def close(self) -> None:
        """Close every store."""
        for bot in self.bots.values():
            bot.close()


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpora]:
    found = Corpora(tmp_path_factory)
    yield found
    found.close()


def test_every_page_yields_its_roles(corpora: Corpora) -> None:
    """Each page's title gives the roles its question file names, each answering to that name (two-role
    titles give both)."""
    for name, (_docs, path) in CORPORA.items():
        bot = corpora.bot(name)
        have = {r.name for r in bot.store.roles()}
        for page, spec in load_pages(path).items():
            missing = [r for r in spec.get("roles", [])
                       if r not in have and bot.store.resolve_role(r) is None]
            if name not in HELD_OUT:
                print(f"{page}: roles {spec.get('roles')} missing {missing}")
                assert not missing, page


@pytest.mark.parametrize(("which", "floor"),
                         [("dev", 0.6), ("heldout2", 0.5), ("set4", 0.5), ("set5", 0.5), ("set6", 0.5),
                          ("set7", 0.45), ("set8", 0.45), ("set9", 0.45), ("set10", 0.45), ("set11", 0.45)])
def test_page_questions_development(corpora: Corpora, which: str, floor: float) -> None:
    """Development page sets, failures printed: the development pages; set 2 (heldout2), written blind
    and first scored held out (36%), then read and fixed in general ways; sets 4 to 11, written blind as
    development data (set 5 first scored 41%, set 6 52%, set 7 51%, set 8 53%, set 9 61%, set 10 39%,
    set 11 52%)."""
    score = score_pages(corpora.bot(which), load_pages(CORPORA[which][1]))
    print(score.line(f"page questions, {which} (development)"))
    for failure in score.failures:
        print("  ", failure)
    assert score.share("correct") >= floor
    assert score.share("wrong") <= 0.2


@pytest.mark.parametrize("which", HELD_OUT)
def test_page_questions_held_out(corpora: Corpora, which: str) -> None:
    """Reported, not a target the code was tuned to (target: 90% correct, see the README). Only the
    score line is printed: the failures would be tuning material."""
    score = score_pages(corpora.bot(which), load_pages(CORPORA[which][1]))
    print(score.line(f"page questions, {which}"))
    assert score.total >= 50


@pytest.mark.parametrize(("name", "misrouted"),
                         [("forum_dev", 0.15), ("forum_set4", 0.15), ("forum_set5", 0.15),
                          ("forum_set6", 0.15), ("forum_set7", 0.15), ("forum_set8", 0.15),
                          ("forum_set9", 0.15), ("forum_set10", 0.2), ("forum_set11", 0.15)])
def test_forum_questions_development(corpora: Corpora, name: str, misrouted: float) -> None:
    """Development forum sets; sets 4 to 11 (written blind; set 5 first scored 15% misrouted, set 6
    8%, set 7 9%, set 8 11%, set 9 4%, set 10 14%, set 11 12%) print their failures."""
    score = score_forum(corpora.bot("dev"), load_forum(QUESTIONS / f"{name}.yml"))
    print(score.line(f"forum questions, development ({name})"))
    for failure in score.failures if name != "forum_dev" else ():
        print("  ", failure)
    assert score.share("misrouted") <= misrouted


@pytest.mark.parametrize("name, size",
                         [("forum_heldout", 60), ("forum_heldout2", 70), ("forum_heldout3", 70)])
def test_forum_questions_held_out(corpora: Corpora, name: str, size: int) -> None:
    """Reported (targets: misrouted <= 5%, answered >= 60% of the answerable ones; see the README).
    forum_heldout2's failures were read once, so it is reported but no longer held out."""
    cases = load_forum(QUESTIONS / f"{name}.yml")
    dev_bot = corpora.bot("dev")
    score = score_forum(dev_bot, cases)
    answerable = [c for c in cases if c.get("expect") == "answer"]
    ok = score_forum(dev_bot, answerable)
    print(score.line(f"forum questions, {name}"), "|", f"answerable answered {ok.share('correct'):.0%}")
    assert score.total == size


@pytest.mark.parametrize("which", list(CORPORA))
def test_replies_cite_or_say_not_covered_and_invent_no_number(corpora: Corpora, which: str) -> None:
    """Every reply cites a source or is honest; every number is in the raw documents or the question."""
    docs, pages = CORPORA[which]
    bot = corpora.bot(which)
    known = document_numbers([Path(d) for d in docs])
    questions = [c["q"] for spec in load_pages(pages).values() for c in spec["questions"]]
    if which == "dev":
        questions += [c["q"] for name in FORUM_SETS for c in load_forum(QUESTIONS / f"{name}.yml")]
    problems = []
    for q in questions:
        reply = bot.ask(q)
        if reply.kind == "answer" and not reply.sources:
            problems.append((q, "answer without a source"))
        invented = invented_numbers(reply.text, known | numbers_in(q))
        if invented:
            problems.append((q, f"numbers {sorted(invented)}"))
    assert problems == []
