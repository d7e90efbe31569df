"""Stopwords, question words and ambiguous words (bot/data/language.yml) and the occupation lexicon
(bot/data/occupations.yml), each list once."""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

from bot.language.data import table
from bot.language.lemma import is_agent_noun, noun_lemma


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words that carry no meaning for search or subject matching."""
    return frozenset(str(table("language")["stopwords"]).split())


@cache
def _listed(key: str) -> frozenset[str]:
    """The word list `key` of bot/data/language.yml."""
    return frozenset(table("language")[key])


def gap_words() -> frozenset[str]:
    """Words of a question about the user's own readiness for a role ("missing", "ready", "learn")."""
    return _listed("gap_words")


def site_sections() -> frozenset[str]:
    """A site's own section names ("careers", "vacancies"), lowercase."""
    return _listed("site_sections")


def company_forms() -> frozenset[str]:
    """Legal forms that end a company's name ("LLP", "Pty", "GmbH"), as written."""
    return _listed("company_forms")


def question_words() -> frozenset[str]:
    """Words that only shape a question ("what", "does", "should")."""
    return _listed("question_words")


def ambiguous() -> frozenset[str]:
    """Single words that name a technology or role but are usually everyday English ("go", "rest")."""
    return _listed("ambiguous")


def common_short_words() -> frozenset[str]:
    """Short aliases that are also everyday words ("us", "la", "it"): matched only in capitals."""
    return _listed("common_short_words")


@lru_cache(maxsize=1)
def occupations() -> tuple[str, ...]:
    """Common occupations people ask about (singular, lowercase), with or without a document."""
    return tuple(str(o) for o in table("occupations")["occupations"])


@lru_cache(maxsize=1)
def occupation_words() -> frozenset[str]:
    """The lexicon's one-word occupations, lemmatised: occupations in their own right ("architect",
    "teacher", "midwife"), and the head nouns of two or more of its longer ones ("analyst" of "data
    analyst" and "budget analyst", "aide"; not "guide" of "tour guide" alone)."""
    heads = Counter(noun_lemma(o.split()[-1]) for o in occupations() if " " in o)
    return frozenset(noun_lemma(o) for o in occupations() if " " not in o) | {h for h, n in heads.items()
                                                                            if n > 1}


def is_occupation_word(word: str) -> bool:
    """A word naming a person's occupation: agent-shaped ("carpenter", "joiner") or a lexicon one."""
    return is_agent_noun(word) or noun_lemma(word.lower()) in occupation_words()
