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
)

FIXTURES = config.PROJECT_ROOT / "tests" / "fixtures"
QUESTIONS = config.PROJECT_ROOT / "tests" / "questions"


def _corpus_bot(factory: pytest.TempPathFactory, name: str, docs: list[Path]) -> Iterator[CorpusBot]:
    bot = CorpusBot(docs, factory.mktemp(name), latest_model())
    yield bot
    bot.close()


@pytest.fixture(scope="module")
def dev_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "corpus", [DOCS, CORPUS_DOCS])


@pytest.fixture(scope="module")
def heldout_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "heldout", [HELDOUT_DOCS])


@pytest.fixture(scope="module")
def heldout2_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "heldout2", [HELDOUT2_DOCS])


@pytest.fixture(scope="module")
def heldout3_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "heldout3", [HELDOUT3_DOCS])


@pytest.fixture(scope="module")
def set4_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "set4", [SET4_DOCS])


@pytest.fixture(scope="module")
def set5_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "set5", [SET5_DOCS])


@pytest.fixture(scope="module")
def set6_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "set6", [SET6_DOCS])


@pytest.fixture(scope="module")
def set7_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "set7", [SET7_DOCS])


@pytest.fixture(scope="module")
def set8_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "set8", [SET8_DOCS])


@pytest.fixture(scope="module")
def set9_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "set9", [SET9_DOCS])


@pytest.fixture(scope="module")
def set10_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CorpusBot]:
    yield from _corpus_bot(tmp_path_factory, "set10", [SET10_DOCS])


def test_every_page_yields_its_roles(dev_bot: CorpusBot, heldout_bot: CorpusBot, heldout2_bot: CorpusBot,
                                     heldout3_bot: CorpusBot, set4_bot: CorpusBot,
                                     set5_bot: CorpusBot, set6_bot: CorpusBot,
                                     set7_bot: CorpusBot, set8_bot: CorpusBot, set9_bot: CorpusBot,
                                     set10_bot: CorpusBot) -> None:
    """Each page's title gives the roles its question file names, each answering to that name (two-role
    titles give both)."""
    for bot, path in ((dev_bot, FIXTURES / "page_questions.yml"),
                      (heldout_bot, HELDOUT_DOCS / "questions.yml"),
                      (heldout2_bot, HELDOUT2_DOCS / "questions.yml"),
                      (heldout3_bot, HELDOUT3_DOCS / "questions.yml"),
                      (set4_bot, SET4_DOCS / "questions.yml"),
                      (set5_bot, SET5_DOCS / "questions.yml"),
                      (set6_bot, SET6_DOCS / "questions.yml"),
                      (set7_bot, SET7_DOCS / "questions.yml"),
                      (set8_bot, SET8_DOCS / "questions.yml"),
                      (set9_bot, SET9_DOCS / "questions.yml"),
                      (set10_bot, SET10_DOCS / "questions.yml")):
        have = {r.name for r in bot.store.roles()}
        for page, spec in load_pages(path).items():
            missing = [r for r in spec.get("roles", [])
                       if r not in have and bot.store.resolve_role(r) is None]
            if path.parent not in (HELDOUT_DOCS, HELDOUT3_DOCS):  # held-out sets: not printed
                print(f"{page}: roles {spec.get('roles')} missing {missing}")
                assert not missing, page


@pytest.mark.parametrize(("which", "floor"),
                         [("dev", 0.6), ("set2", 0.5), ("set4", 0.5), ("set5", 0.5), ("set6", 0.5),
                          ("set7", 0.45), ("set8", 0.45), ("set9", 0.45), ("set10", 0.45)])
def test_page_questions_development(dev_bot: CorpusBot, heldout2_bot: CorpusBot, set4_bot: CorpusBot,
                                    set5_bot: CorpusBot, set6_bot: CorpusBot, set7_bot: CorpusBot,
                                    set8_bot: CorpusBot, set9_bot: CorpusBot, set10_bot: CorpusBot,
                                    which: str, floor: float) -> None:
    """Development page sets, failures printed: the development pages; set 2, written blind and first
    scored held out (36%), then read and fixed in general ways; sets 4 to 10, written blind as
    development data (set 5 first scored 41%, set 6 52%, set 7 51%, set 8 53%, set 9 61%, set 10
    39%)."""
    bot, path, name = {"dev": (dev_bot, FIXTURES / "page_questions.yml", "development"),
                       "set2": (heldout2_bot, HELDOUT2_DOCS / "questions.yml",
                                "set 2 (development since it was inspected)"),
                       "set4": (set4_bot, SET4_DOCS / "questions.yml", "set 4 (development)"),
                       "set5": (set5_bot, SET5_DOCS / "questions.yml", "set 5 (development)"),
                       "set6": (set6_bot, SET6_DOCS / "questions.yml", "set 6 (development)"),
                       "set7": (set7_bot, SET7_DOCS / "questions.yml", "set 7 (development)"),
                       "set8": (set8_bot, SET8_DOCS / "questions.yml", "set 8 (development)"),
                       "set9": (set9_bot, SET9_DOCS / "questions.yml", "set 9 (development)"),
                       "set10": (set10_bot, SET10_DOCS / "questions.yml", "set 10 (development)")}[which]
    score = score_pages(bot, load_pages(path))
    print(score.line(f"page questions, {name}"))
    for failure in score.failures:
        print("  ", failure)
    assert score.share("correct") >= floor
    assert score.share("wrong") <= 0.2


@pytest.mark.parametrize("which", ["heldout", "heldout3"])
def test_page_questions_held_out(heldout_bot: CorpusBot, heldout3_bot: CorpusBot, which: str) -> None:
    """Reported, not a target the code was tuned to (target: 90% correct, see the README). Only the
    score line is printed: the failures would be tuning material."""
    bot, docs = (heldout_bot, HELDOUT_DOCS) if which == "heldout" else (heldout3_bot, HELDOUT3_DOCS)
    score = score_pages(bot, load_pages(docs / "questions.yml"))
    print(score.line(f"page questions, {which}"))
    assert score.total >= 50


@pytest.mark.parametrize(("name", "misrouted"),
                         [("forum_dev", 0.15), ("forum_set4", 0.15), ("forum_set5", 0.15),
                          ("forum_set6", 0.15), ("forum_set7", 0.15), ("forum_set8", 0.15),
                          ("forum_set9", 0.15), ("forum_set10", 0.2)])
def test_forum_questions_development(dev_bot: CorpusBot, name: str, misrouted: float) -> None:
    """Development forum sets; sets 4 to 10 (written blind; set 5 first scored 15% misrouted, set 6
    8%, set 7 9%, set 8 11%, set 9 4%, set 10 14%) print their failures."""
    score = score_forum(dev_bot, load_forum(QUESTIONS / f"{name}.yml"))
    print(score.line(f"forum questions, development ({name})"))
    for failure in score.failures if name != "forum_dev" else ():
        print("  ", failure)
    assert score.share("misrouted") <= misrouted


@pytest.mark.parametrize("name, size",
                         [("forum_heldout", 60), ("forum_heldout2", 70), ("forum_heldout3", 70)])
def test_forum_questions_held_out(dev_bot: CorpusBot, name: str, size: int) -> None:
    """Reported (targets: misrouted <= 5%, answered >= 60% of the answerable ones; see the README).
    forum_heldout2's failures were read once, so it is reported but no longer held out."""
    cases = load_forum(QUESTIONS / f"{name}.yml")
    score = score_forum(dev_bot, cases)
    answerable = [c for c in cases if c.get("expect") == "answer"]
    ok = score_forum(dev_bot, answerable)
    print(score.line(f"forum questions, {name}"), "|", f"answerable answered {ok.share('correct'):.0%}")
    assert score.total == size


@pytest.mark.parametrize("which", ["dev", "heldout", "heldout2", "heldout3", "set4", "set5", "set6", "set7",
                                   "set8", "set9", "set10"])
def test_replies_cite_or_say_not_covered_and_invent_no_number(
        dev_bot: CorpusBot, heldout_bot: CorpusBot, heldout2_bot: CorpusBot, heldout3_bot: CorpusBot,
        set4_bot: CorpusBot, set5_bot: CorpusBot, set6_bot: CorpusBot, set7_bot: CorpusBot,
        set8_bot: CorpusBot, set9_bot: CorpusBot, set10_bot: CorpusBot, which: str) -> None:
    """Every reply cites a source or is honest; every number is in the raw documents or the question."""
    held = {"heldout": (heldout_bot, HELDOUT_DOCS), "heldout2": (heldout2_bot, HELDOUT2_DOCS),
            "heldout3": (heldout3_bot, HELDOUT3_DOCS), "set4": (set4_bot, SET4_DOCS),
            "set5": (set5_bot, SET5_DOCS), "set6": (set6_bot, SET6_DOCS), "set7": (set7_bot, SET7_DOCS),
            "set8": (set8_bot, SET8_DOCS), "set9": (set9_bot, SET9_DOCS), "set10": (set10_bot, SET10_DOCS)}
    bot, docs, pages = ((dev_bot, [DOCS, CORPUS_DOCS], FIXTURES / "page_questions.yml") if which == "dev"
                        else (held[which][0], [held[which][1]], held[which][1] / "questions.yml"))
    known = document_numbers([Path(d) for d in docs])
    questions = [c["q"] for spec in load_pages(pages).values() for c in spec["questions"]]
    if which == "dev":
        questions += [c["q"] for name in ("forum_dev", "forum_heldout", "forum_heldout2", "forum_heldout3",
                                          "forum_set4", "forum_set5", "forum_set6", "forum_set7",
                                          "forum_set8", "forum_set9", "forum_set10")
                      for c in load_forum(QUESTIONS / f"{name}.yml")]
    problems = []
    for q in questions:
        reply = bot.ask(q)
        if reply.kind == "answer" and not reply.sources:
            problems.append((q, "answer without a source"))
        invented = invented_numbers(reply.text, known | numbers_in(q))
        if invented:
            problems.append((q, f"numbers {sorted(invented)}"))
    assert problems == []
