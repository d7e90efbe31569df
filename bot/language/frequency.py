"""How common an English word is, from spaCy's lexeme probability table (spacy-lookups-data).

A question's word of everyday English ("over", "choice", "switch") says little on its own about what
is asked; a rare one ("tidewater", "parental", "visa") names the subject. The table gives each word's
log probability in a large English corpus; a word at or above COMMON_FROM is common. The table is read
line by line and only the common words are kept (a few thousand of its million).
"""

from __future__ import annotations

import gzip
import io
import json
from functools import lru_cache
from importlib import resources

COMMON_FROM = -11.0  # log probability: "over" -7.0, "switch" -9.8, "stack" -10.9; "cloud" -11.2, "visa" -12
FILLER_FROM = -8.5  # among the commonest: "over", "without", "once", "instead" ("choice" -9.1 is not)


@lru_cache(maxsize=1)
def _common() -> dict[str, float]:
    table = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    found: dict[str, float] = {}
    with table.open("rb") as raw, io.TextIOWrapper(gzip.GzipFile(fileobj=raw), encoding="utf-8") as lines:
        for line in lines:  # '  "word":-9.81,'
            key, sep, value = line.strip().rstrip(",").rpartition(":")
            if sep and key.startswith('"') and value[:1] in "-0123456789" and float(value) >= COMMON_FROM:
                found[json.loads(key)] = float(value)
    return found


def is_common(word: str) -> bool:
    """The word (lowercased) is an everyday English word; unknown words are rare."""
    return word.lower() in _common()


def is_filler(word: str) -> bool:
    """The word is among the commonest of English ("without", "over"): on its own it asks nothing."""
    return _common().get(word.lower(), COMMON_FROM - 1) >= FILLER_FROM
