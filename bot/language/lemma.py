"""English noun lemmas from spaCy's lookup tables (spacy-lookups-data), read without importing spaCy.

The rule lemmatiser's noun tables (suffix rules, the index of known nouns, irregular exceptions) decide,
as spaCy's `Lemmatizer.rule_lemmatize` does for a noun; the lookup table covers informal plurals the
index lacks ("devs", "physios"); an initialism's plural ("SREs", "RNs") loses its "s". Words that are
unknown to every table ("kubernetes", "jenkins") are left alone.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

_ACRONYM_PLURAL = re.compile(r"^([A-Z][A-Z0-9]+)s$")


def _load(name: str) -> Any:
    data = (resources.files("spacy_lookups_data") / "data" / f"en_{name}.json.gz").read_bytes()
    return json.loads(gzip.decompress(data))


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, list[str]], list[list[str]], dict[str, str]]:
    index = frozenset(_load("lemma_index")["noun"])
    exceptions: dict[str, list[str]] = _load("lemma_exc")["noun"]
    rules: list[list[str]] = _load("lemma_rules")["noun"]
    lookup: dict[str, str] = _load("lemma_lookup")
    return index, exceptions, rules, lookup


@lru_cache(maxsize=65536)
def noun_lemma(word: str) -> str:
    """Singular of an English noun as written in lowercase ("nurses" -> "nurse", "midwives" -> "midwife",
    "analyses" -> "analysis", "physics" stays). Case is kept only for initialisms ("SREs" -> "SRE")."""
    acronym = _ACRONYM_PLURAL.match(word)
    if acronym:
        return acronym.group(1)
    low = word.lower()
    if len(low) <= 2 or not low.isalpha() or low.endswith("ss"):  # "pass", "boss": never plurals
        return low
    index, exceptions, rules, lookup = _tables()
    forms: list[str] = []
    oov: list[str] = []
    for old, new in rules:
        if low.endswith(old):
            form = low[: len(low) - len(old)] + new
            if form:
                (forms if form in index else oov).append(form)
    for form in exceptions.get(low, []):
        if form not in forms:
            forms.insert(0, form)
    if low in index and (not low.endswith("s") or low.endswith("ics") or not forms):
        return low
    if forms:
        return forms[0]
    fallback = lookup.get(low)
    if fallback and len(low) >= 4 and fallback in oov:
        return fallback
    return low


@lru_cache(maxsize=1)
def _attested_plurals() -> dict[str, list[str]]:
    """lemma -> plural forms the tables attest ("city" -> ["cities"], "woman" -> ["women"])."""
    _, exceptions, _, lookup = _tables()
    out: dict[str, list[str]] = {}
    pairs = [(form, lemma) for form, lemmas in exceptions.items() for lemma in lemmas]
    pairs += [(form, lemma) for form, lemma in lookup.items()]
    for form, lemma in pairs:
        if form != lemma and form.isalpha() and lemma.isalpha() and form[:1] == lemma[:1]:
            out.setdefault(lemma, []).append(form)
    return out


@lru_cache(maxsize=65536)
def noun_plural(word: str) -> str:
    """Plural of an English noun ("nurse" -> "nurses", "midwife" -> "midwives", "woman" -> "women",
    "SRE" -> "SREs"); a word that is already plural stays."""
    if re.fullmatch(r"[A-Z][A-Z0-9]+", word):
        return word + "s"
    low = word.lower()
    if not low.isalpha() or len(low) <= 1:
        return word
    if noun_lemma(low) != low:
        return word  # already plural
    attested = [f for f in _attested_plurals().get(low, []) if noun_lemma(f) == low and not f.endswith("ing")
                and not f.endswith("ed")]
    if attested:
        form = attested[0]  # the exception table's irregular plural comes first
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        form = low + "es"
    elif low.endswith("y") and low[-2:-1] not in "aeiou":
        form = low[:-1] + "ies"
    else:
        form = low + "s"
    return word + form[len(low):] if form.startswith(low) else _same_case(word, form)


def _same_case(model: str, word: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The lemma of any word form: a noun's singular, else the lookup table's lemma ("growing" -> "grow",
    "licensed" -> "license"), else the word."""
    low = word.lower()
    noun = noun_lemma(low)
    if noun != low:
        return noun
    _, _, _, lookup = _tables()
    found = lookup.get(low)
    return found if found and len(low) >= 4 else low


def field_forms(noun: str) -> tuple[str, ...]:
    """The words for the field a role noun names, when the tables attest them ("engineer" ->
    "engineering", "nurse" -> "nursing"), also through an agent suffix ("plumber" -> "plumbing",
    "accountant" -> "accounting") or as a noun of the field ("carpenter" -> "carpentry", "joiner" ->
    "joinery", "dentist" -> "dentistry", "pharmacist" -> "pharmacy", "scientist" -> "science")."""
    low = noun.lower()
    index, _, _, lookup = _tables()
    found: list[str] = []
    stems = [low] + [low[: -len(suffix)] for suffix in _AGENT_SUFFIXES
                     if low.endswith(suffix) and len(low) - len(suffix) >= 3]
    for stem in stems:
        for form in (stem + "ing", stem[:-1] + "ing" if stem.endswith("e") else ""):
            if form and lookup.get(form) == stem:
                found.append(form)
    nominal = {"er": (low + "y", low[:-2] + "ry"), "ist": (low + "ry", low[:-3] + "y", low[:-4] + "ce")}
    for suffix, forms in nominal.items():
        found.extend(f for f in forms if low.endswith(suffix) and f in index)
    return tuple(dict.fromkeys(found))


def agent_stem(noun: str) -> str | None:
    """The noun an agent noun is made from, when the tables know it as a noun ("designer" -> "design",
    "controller" -> "control"): the field in phrases ("UX design", "air traffic control")."""
    low = noun.lower()
    index, _, _, _ = _tables()
    for suffix in ("er", "or"):
        stem = low[: -len(suffix)]
        if not low.endswith(suffix) or len(stem) < 4 or low.endswith("eer"):  # "engineer" is no "engine"
            continue
        for form in (stem, stem[:-1] if stem[-1] == stem[-2] else ""):
            if form and form in index:
                return form
    return None


_AGENT_SUFFIXES = ("er", "r", "or", "ant")  # "r": "driver" -> "drive" -> "driving"


def head_lemma(phrase: str) -> str:
    """The lemma of a noun phrase's last word ("Primary School Teachers" -> "teacher")."""
    parts = phrase.split()
    return noun_lemma(parts[-1].lower()) if parts else ""


def is_agent_noun(word: str) -> bool:
    """A word shaped like a person's occupation ("dietician", "plumber", "chemist", "accountant"),
    singular or plural; used to let a variant spelling that is itself a dictionary word match a role.
    An "-ian" or "-ent" word the tables know as an adjective is none ("median", "current"), nor is a
    "-ment" word ("employment", "equipment")."""
    low = noun_lemma(word.lower())  # "fitters" -> "fitter" (not the adjective's "fit")
    if low.endswith(("ian", "ent")) and is_adjective(low):
        return False
    agent = low.endswith(("ian", "ist", "er", "or", "ant", "ent")) and not low.endswith("ment")
    return len(low) >= 6 and agent


def is_english(word: str) -> bool:
    """True for a word the lemmatiser's tables know as English ("site", "registered"; not "backend")."""
    index, _, _, lookup = _tables()
    low = word.lower()
    return low in index or low in lookup


def is_noun(word: str) -> bool:
    """True for a noun the lemmatiser's index knows ("database", "school"; not "registered")."""
    index, _, _, _ = _tables()
    return word.lower() in index


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(_load("lemma_index")["adj"])


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(_load("lemma_index")["verb"])


def is_verb_only(word: str) -> bool:
    """True for a word the index knows as a verb and not as a noun ("apply", "become"; not "nurse"):
    no role's head noun."""
    low = word.lower()
    return low in _verbs() and not is_noun(low)


def is_adjective(word: str) -> bool:
    """True for a word the lemmatiser's index knows as an adjective ("commercial", "registered"; not
    "database" or "quantity")."""
    return word.lower() in _adjectives()
