"""Text normalisation: folding, whitespace, word tokens, lookup keys, slugs, title case, sentences."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.language.data import table
from bot.language.words import question_words

_WORD_RE = re.compile(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]")
_WORD_ANY_CASE = re.compile(r"\w[\w+#.]*[\w+#]|\w")
_SPACE_RE = re.compile(r"\s+")

def fold(text: str) -> str:
    """Lowercase, strip accents and unify dashes/quotes (keeps punctuation)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return text.lower()


def squash(text: str) -> str:
    """Collapse whitespace and trim."""
    return _SPACE_RE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Lowercase word tokens (keeps "c++", "node.js", "c#"), chat shorthand written out ("yrs" -> "years";
    `shorthand` in bot/data/language.yml)."""
    short = _shorthand()
    return [short.get(w, w) for w in _WORD_RE.findall(fold(text))]


@lru_cache(maxsize=1)
def _shorthand() -> dict[str, str]:
    return {str(k): str(v) for k, v in table("language")["shorthand"].items()}


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lowercase word) for each word token of `text`, offsets into `text` itself."""
    return [(m.start(), m.end(), w) for m in _WORD_ANY_CASE.finditer(text) for w in words(m.group())[:1]]


def key(text: str) -> str:
    """Lookup key: folded, punctuation removed, whitespace collapsed ("New York, NY" -> "new york ny")."""
    folded = fold(text).replace("&", " and ")
    return squash(re.sub(r"[^a-z0-9+#]+", " ", folded))


def slugify(text: str) -> str:
    """URL-style slug ("Backend Software Engineer" -> "backend-software-engineer")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def title_case(text: str) -> str:
    """Title-case words but keep words that already carry inner capitals (".NET", "iOS", "QA")."""
    small = {"and", "or", "of", "the", "for", "in", "to", "a", "an", "on", "with"}
    out: list[str] = []
    for i, word in enumerate(text.split()):
        if any(ch.isupper() for ch in word[1:]) or not word[:1].isalpha():
            out.append(word)
        elif i > 0 and word.lower() in small:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph (split after . ! ? before a capital, a digit or a quote)."""
    return [s.strip() for s in _SENTENCE_RE.split(text) if s.strip()]


def non_overlapping(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(label, start, end) matches in text order, the longest first where two start together, without
    overlaps."""
    out: list[tuple[str, int, int]] = []
    for item in sorted(found, key=lambda f: (f[1], -(f[2] - f[1]))):
        if not out or item[1] >= out[-1][2]:
            out.append(item)
    return out


_SENTENCE_SPAN = re.compile(r"(?:[^.?!]|[.?!](?=[^\s.?!]))+(?:[.?!]+|$)")  # "node.js", "$1.5k" stay whole


def question_spans(text: str, said_first: bool = False) -> list[tuple[int, int]]:
    """The spans of a message's questions: its sentences that end in "?" or open with a question word
    ("do i really need a masters ..." unpunctuated), or the whole message when none does or it is one
    sentence; without what the user says before a question in its sentence ("i run a haas mill in ohio,
    whats ...") unless `said_first`, and without the reason they give after it ("... so i dont
    undersell myself")."""
    found = [(m.start(), m.end()) for m in _SENTENCE_SPAN.finditer(text) if m.group().strip()]
    asked = [(a, b) for a, b in found
             if text[a:b].rstrip().endswith("?") or _opens_question().match(text[a:b])]
    spans = asked if asked and len(found) > 1 else [(0, len(text))]
    spans = [(a, a + (m.start() if (m := _said_after().search(text[a:b])) else b - a)) for a, b in spans]
    if said_first:
        return spans
    return [(a + (m.end() if (m := _said_first().match(text[a:b])) else 0), b) for a, b in spans]


def _asking() -> str:
    """The words that open a question (the lexicon's question words, "what's", "any", "am")."""
    words_ = sorted([*question_words(), "what's", "any", "am"], key=len, reverse=True)
    return "|".join(re.escape(w) for w in words_)


@lru_cache(maxsize=1)
def _opens_question() -> re.Pattern[str]:
    """A sentence that opens with a question word, after the chat openers ("ok dumb question but whats
    ...", "real talk how dangerous is it"); not with one and "my": "did my AAT level 4 while working ..." says
    what the user did."""
    openers = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in table("language")["openers"])
    return re.compile(rf"^\W*(?:(?:{openers})\b[\s,:;-]*)*(?:{_asking()})\b(?!\s+my\b)", re.I)


@lru_cache(maxsize=1)
def _said_first() -> re.Pattern[str]:
    """What the user says of themselves before a question in its sentence ("i run a haas mill in ohio,
    whats the avg wage there"): a first-person clause, a comma, then a question word."""
    return re.compile(rf"[^,?]*\b(?:i|i'm|im|i've|ive|my|we|our)\b[^,?]*,\s+(?=(?:{_asking()})\b)", re.I)


@lru_cache(maxsize=1)
def _said_after() -> re.Pattern[str]:
    """The reason a user gives after the question in its sentence: "so i dont undersell myself", "bc she
    thinks ill get hurt" (so, because ... and a person)."""
    return re.compile(r"\s*,?\s+\b(?:so(?:\s+that)?|because|bc|cuz|coz|cause|since)\s+"
                      r"(?:i|i'm|im|i'd|id|i'll|ill|we|my|she|he|they|u|you)\b", re.I)


_POINTS_BACK = re.compile(  # "like this", "is that", "for that or ...": a question about what was said
    r"\b(?:like|is|was|about)\s+(?:this|that)\b|\b(?:this|that)\s*(?:[?.!,]|$|or\b)", re.I)


def points_back(question: str) -> bool:
    """The question points back to what the user said before it ("is every sre job like this")."""
    return bool(_POINTS_BACK.search(question))


def clause_after_or(text: str, start: int) -> bool:
    """The "or" before `start` opens a clause ("or is that just for PMs", "or did i get unlucky"): the
    word after it is a question word, another auxiliary or a pronoun."""
    before = list(re.finditer(r"\bor\b", text[:start], re.I))
    after = words(text[before[-1].end():]) if before else []
    return bool(after) and after[0].lower() in _clause_openers()


@lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    return frozenset({*question_words(), "am", "has", "have", "had", "was", "were", "i",
                      "im", "i'm", "it", "its", "that", "this", "they", "you", "u", "we", "he", "she", "just",
                      "maybe"})
