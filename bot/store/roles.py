"""Role naming for any occupation: canonical names from page titles, token keys, aliases, resolution.

Nothing here knows a trade: plurals come from the lemmatiser, seniority from bot.language.levels, head
synonyms ("developer" = "engineer") from bot/data/language.yml. A title naming two roles ("Database
Administrators and Architects") yields both; a parenthetical acronym ("Site Reliability Engineer (SRE)")
becomes an alias.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.language import levels
from bot.language.data import table
from bot.language.inflect import is_plural, plural, singular, singular_phrase
from bot.language.lemma import noun_lemma
from bot.language.text import fold, squash, title_case, words
from bot.language.words import is_occupation_word, occupations
from bot.store.title_text import clean_title, reorder, unshout

_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&/.]{1,7}$")  # "SRE", "EMTs", "RPhT"
_PAREN = re.compile(r"\s*\(([^)]*)\)")


@dataclass(frozen=True)
class RoleName:
    """A role a title names: canonical name plus the aliases the title itself gives (acronyms, "/")."""

    name: str
    aliases: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _compounds() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """(display form, pattern of its spellings, lowercase spellings) of each closed compound."""
    out = []
    for display, parts in table("language")["compounds"].items():
        a, b = parts.split()
        spellings = (display.lower(), f"{a}-{b}", f"{a} {b}", f"{a}{b}")
        out.append((display, re.compile(rf"\b{a}[\s-]*{b}\b", re.I), tuple(dict.fromkeys(spellings))))
    return tuple(out)


def _compound_parts(text: str) -> str:
    """ "back-end", "back end" -> "Backend": closed compounds in one spelling."""
    for display, rx, _ in _compounds():
        text = rx.sub(display, text)
    return text


def _title_parts(text: str) -> list[str]:
    """The parts of a title joined by "and", "&" or commas, each ending in a plural or an occupation word
    (or a word the lexicon completes): "Machinists and Tool and Die Makers" -> "Machinists", "Tool and
    Die Makers"; a title no part of which ends so stays one part."""
    pieces = re.split(r"(,?\s+(?:and|&)\s+|,\s+)", text, flags=re.I)
    parts: list[str] = []
    current = ""
    for i in range(0, len(pieces), 2):
        current += pieces[i]
        word = current.split()[-1] if current.split() else ""
        if word and (is_plural(word) or is_occupation_word(word) or _lexicon_occupation(current.strip(" ,"))):
            parts.append(current.strip(" ,"))
            current = ""
        elif i + 1 < len(pieces):
            current += pieces[i + 1]
    if current.strip(" ,"):
        parts.append(current.strip(" ,"))
    return parts


def _split_roles(text: str, page: str = "") -> list[tuple[str, str]]:
    """ "Database Administrators and Architects" -> [("Database Administrators", ""), ("Database
    Architects", "")]; only when every part ends in a plural noun or an occupation word ("Carpenter and
    Joiner"), so "Heating and Air Conditioning Mechanics" stays whole. A part the lexicon completes keeps
    its own words as an alias: "Police and Detectives" -> [("Police Officer", "police"),
    ("Detectives", "")]. A head noun the parts share is each part's when the page names each so
    (`_shared_head`)."""
    parts = _title_parts(text)
    shared = _shared_head(text, page) if len(parts) == 1 else []
    if shared:
        return [(p, "") for p in shared]
    completed = [_lexicon_occupation(p) if len(parts) > 1 else None for p in parts]
    aliases = [p.lower() if c else "" for c, p in zip(completed, parts, strict=True)]
    parts = [c or p for c, p in zip(completed, parts, strict=True)]
    ends = [p.split()[-1] for p in parts]
    if len(parts) < 2 or not all(is_plural(e) or is_occupation_word(e) for e in ends):
        return [(text, "")]
    first = [] if completed[0] else parts[0].split()  # "Police" -> "Police Officer" shares no modifier
    out = [parts[0]]
    for part in parts[1:]:
        if len(part.split()) == 1 and len(first) > 1:
            part = " ".join([*first[:-1], part])  # shared modifiers: "Database ... Architects"
        out.append(part)
    return list(zip(out, aliases, strict=True))


def _shared_head(text: str, page: str) -> list[str]:
    """ "Home Health and Personal Care Aides" -> "Home Health Aides", "Personal Care Aides": the last
    part's head noun is every part's, when the page itself writes each part with that head outside the
    title's own phrase ("Heating and Air Conditioning Mechanics" stays one role: no page writes
    "heating mechanics")."""
    pieces = [p.strip() for p in re.split(r",?\s+(?:and|&)\s+|,\s+", text) if p.strip()]
    if len(pieces) < 2 or not page or len(pieces[-1].split()) < 2:
        return []
    head = pieces[-1].split()[-1]
    if not (is_plural(head) or is_occupation_word(head)):
        return []
    stem = singular(head)
    out = [f"{p} {head}" for p in pieces[:-1]] + [pieces[-1]]
    for name in out:
        words_ = name.split()[:-1]
        phrase = r"\s+".join(re.escape(w) for w in words_)
        rx = rf"(?<!\band\s)(?<!&\s)(?<!,\s)\b{phrase}\s+{re.escape(stem)}"
        if not re.search(rx, page, re.I):
            return []
    return out


def _lexicon_occupation(part: str) -> str | None:
    """The one occupation of the lexicon that a part of a title names by its first words ("Police" in
    "Police and Detectives" -> "Police Officer"), when the part ends in no occupation word."""
    if is_occupation_word(part.split()[-1]):
        return None
    found = [o for o in occupations() if o.startswith(f"{part.lower()} ")]
    return title_case(found[0]) if len(found) == 1 else None


def _display(text: str) -> str:
    return title_case(singular_phrase(squash(_compound_parts(reorder(text)))))


_KINDS = re.compile(r"[A-Za-z-]+(?:, [A-Za-z-]+)*,? (?:and|or|&) [A-Za-z-]+")  # "diagnostic and therapeutic"
_GRADE = re.compile(r"\s+(?:II|III|IV|V|VI)\b(?=\s*(?:[-–—(]|$))")


def role_names(title: str, page: str = "") -> list[RoleName]:
    """The roles a page title names, with the aliases the title gives; `page`, the page's text, tells
    whether parts of the title share its head noun (`_shared_head`)."""
    text = _GRADE.sub("", clean_title(title))  # "HVAC Service Technician II": a grade of the role
    text = text.title() if text.isupper() else unshout(text)  # "DIETITIANS AND NUTRITIONISTS"
    acronyms: list[str] = []
    others: list[str] = []
    kinds: list[str] = []
    for inner in _PAREN.findall(text):
        if _KINDS.fullmatch(inner.strip()) and not is_occupation_word(inner.split()[-1]):
            kinds = [k for k in re.split(r"\s*(?:,|\band\b|\bor\b|&)\s*", inner.strip()) if k]
            text = text.replace(f"({inner})", "")  # "Radiographer (diagnostic and therapeutic)": two kinds
        elif _ACRONYM.match(inner.strip()):
            acronyms.append(singular(inner.strip()))
        elif inner.split() and is_occupation_word(inner.split()[-1]):
            others.append(inner.strip())  # "Heavy Diesel Mechanic (HD Fitter)": another name of the role
            text = text.replace(f"({inner})", "")
        else:
            text = text.replace(f"({inner})", f"- {inner}")  # "Software Engineer (Backend)"
    text = squash(_PAREN.sub("", text))
    alternates = [a.strip() for a in re.split(r"\s+/\s+|\s+or\s+", text) if a.strip()]
    if not alternates:
        return []
    split = [(_display(p), alias) for p, alias in _split_roles(alternates[0], page)]
    names = [n for n, _ in split]
    if kinds and len(names) == 1:
        return [RoleName(_display(f"{kind} {names[0]}")) for kind in kinds]
    names_too = [*alternates[1:], *others, *(p for a in acronyms if (p := _abbreviated(names[0], a)))]
    extra = tuple(a.lower() for a in acronyms) + tuple(_display(a).lower() for a in names_too)
    if len(names) == 1:
        return [RoleName(names[0], extra)]
    return [RoleName(n, (alias,) if alias else ()) for n, alias in split]


def _abbreviated(name: str, acronym: str) -> str:
    """The name with the words an acronym abbreviates replaced by it, when they are some but not all of
    its words: "Anti-Money Laundering Analyst" with "AML" -> "AML Analyst" ("" otherwise)."""
    toks = name.split()
    for i in range(len(toks)):
        for j in range(i + 1, len(toks)):
            parts = [p for t in toks[i:j] for p in t.split("-") if p]
            if "".join(p[0] for p in parts).lower() == acronym.lower():
                return " ".join([*toks[:i], acronym, *toks[j:]])
    return ""


def canonical_name(title: str) -> str:
    """Canonical name of the (first) role a page title names ("Registered Nurses" -> "Registered Nurse")."""
    names = role_names(title)
    return names[0].name if names else ""


@lru_cache(maxsize=1)
def _synonyms() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Head phrase (lemmatised tokens) -> canonical head tokens."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in table("language")["head_synonyms"]:
        canon = tuple(noun_lemma(w) for w in group[0].split())
        for phrase in group:
            out[tuple(noun_lemma(w) for w in phrase.split())] = canon
    return out


@lru_cache(maxsize=1)
def _filler() -> frozenset[str]:
    return frozenset(table("language")["role_filler"])


def _level_words() -> dict[str, str]:
    return {w.rstrip("."): lvl.name for lvl in levels.levels() for w in lvl.title}


def role_key(text: str) -> tuple[str, ...]:
    """Token key: folded, lemmatised, level words canonical, head synonyms unified, filler dropped."""
    toks = [noun_lemma(t) for t in words(_compound_parts(reorder(squash(fold(text)))).replace("-", " "))]
    lvl = _level_words()
    toks = [lvl.get(t.rstrip("."), t) for t in toks if t not in _filler()]
    out: list[str] = []
    i = 0
    syn = _synonyms()
    while i < len(toks):
        for n in (2, 1):
            canon = syn.get(tuple(toks[i : i + n]))
            if canon is not None:
                out.extend(canon)
                i += n
                break
        else:
            out.append(toks[i])
            i += 1
    return tuple(out)


def parent_name(name: str) -> str | None:
    """ "Senior Backend Software Engineer" -> "Backend Software Engineer"; None without a level word."""
    level, rest = levels.title_level(name)
    return rest if level else None


def initialism(name: str) -> str | None:
    """ "Site Reliability Engineer" -> "SRE", "Registered Nurse" -> "RN" (two to five words)."""
    parts = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("and", "of", "the", "for")]
    if not 2 <= len(parts) <= 5 or not all(w[:1].isalpha() for w in parts):
        return None
    return "".join(w[0].upper() for w in parts)


def _token_options(tok: str) -> tuple[str, ...]:
    """Spellings of one lowercase token of a role name: level words, compounds, optional words."""
    level = _level_words().get(tok.rstrip("."))
    if level:
        return tuple(next(lv.title for lv in levels.levels() if lv.name == level))
    for _, _, spellings in _compounds():
        if tok in spellings:
            return spellings
    if tok in table("language")["optional_words"]:
        return (tok, "")
    return (tok,)


def generate_aliases(name: str, written: Iterable[str] = (), extra: Iterable[str] = ()) -> list[str]:
    """Lowercase aliases: every spelling of the name's level word and compounds, with and without
    optional words, with each synonym of its head noun, singular and plural; then the titles as
    written and the aliases a document gave (acronyms), each with its plural."""
    toks = fold(name).split()
    heads: list[tuple[str, ...]] = [(toks[-1],)] if toks else [("",)]
    body = toks[:-1]
    for canon in set(_synonyms().values()):
        n = len(canon)
        if len(toks) >= n and tuple(noun_lemma(t) for t in toks[-n:]) == canon:
            heads = [p for p, c in _synonyms().items() if c == canon]
            body = toks[:-n]
            break
    options = [_token_options(t) for t in body]
    forms: list[str] = []
    for combo in itertools.islice(itertools.product(*options), 200):
        core = " ".join(c for c in combo if c)
        forms.extend(squash(f"{core} {' '.join(h)}") for h in heads)
    forms.extend(squash(fold(clean_title(t))) for t in written)
    forms.extend(fold(e) for e in extra)
    forms.extend(conventional_acronyms(name))
    out: list[str] = []
    for form in forms:
        for variant in (form, fold(plural(form))):
            if variant and variant not in out:
                out.append(variant)
    return out


def conventional_acronyms(name: str) -> list[str]:
    """Lowercase acronyms people use for the role ("dba" for "Database Administrator"), from the
    conventional-acronym table in bot/data/language.yml."""
    key = role_key(name)
    return [fold(acr) for acr, words in table("language")["acronyms"].items() if role_key(str(words)) == key]
