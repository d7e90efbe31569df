"""How common an English word is, from spaCy's lexeme probability table (spacy-lookups-data).

A question's word of everyday English ("over", "choice", "switch") says little on its own about what
is asked; a rare one ("tidewater", "parental", "visa") names the subject. The table gives each word's
log probability in a large English corpus; a word at or above COMMON_FROM is common. Only the common
words are kept in memory (a few thousand of the table's million).
"""

from __future__ import annotations

from functools import lru_cache

from bot.language.lemma import lookups_table

COMMON_FROM = -11.0  # log probability: "over" -7.0, "switch" -9.8, "stack" -10.9; "cloud" -11.2, "visa" -12


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    probs: dict[str, float] = lookups_table("lexeme_prob")
    return frozenset(word for word, prob in probs.items() if prob >= COMMON_FROM)


def is_common(word: str) -> bool:
    """The word (lowercased) is an everyday English word; unknown words are rare."""
    return word.lower() in _common()
