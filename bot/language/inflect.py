"""Number and articles for words and phrases: plural/singular of a phrase's head noun, "a"/"an"."""

from __future__ import annotations

import re

from bot.language.data import table
from bot.language.lemma import noun_lemma, noun_plural


def singular(word: str) -> str:
    """Singular of one word, keeping its case ("Engineers" -> "Engineer", "SREs" -> "SRE")."""
    lemma = noun_lemma(word)
    if lemma == word.lower() and word != lemma:
        return word
    if word[:1].isupper() and not lemma[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


def plural(phrase: str) -> str:
    """Plural of a noun phrase's last word ("Registered Nurse" -> "Registered Nurses")."""
    head, sep, last = phrase.strip().rpartition(" ")
    if not last:
        return phrase
    return f"{head}{sep}{noun_plural(last)}"


def singular_phrase(phrase: str) -> str:
    """Singular of a noun phrase's last word ("Database Administrators" -> "Database Administrator")."""
    head, sep, last = phrase.strip().rpartition(" ")
    return f"{head}{sep}{singular(last)}" if last else phrase


def is_plural(word: str) -> bool:
    """True when the word is a plural noun form ("nurses", "SREs", "children")."""
    return noun_lemma(word).lower() != word.lower()


def article(phrase: str) -> str:
    """The phrase with "a" or "an" ("an Electrician", "a UX Designer", "an SRE", "an hourly wage")."""
    words = phrase.split()
    if not words:
        return phrase
    first = re.sub(r"[^\w]", "", words[0])
    data = table("language")["articles"]
    low = first.lower()
    if re.fullmatch(r"[A-Z]{2,}[0-9]*s?", first):
        an = first[0] in data["vowel_letters"]
    elif low in data["an"]:
        an = True
    elif low in data["a"] or any(low.startswith(w) and len(w) > 3 for w in data["a"]):
        an = False
    else:
        an = low[:1] in "aeiou"
    return ("an " if an else "a ") + phrase
