"""A page's title: the line that names its role, past menus, breadcrumbs, site and employer names."""

from __future__ import annotations

import re
from collections import Counter

from bot.ingest import lines as ln
from bot.language.inflect import singular
from bot.language.lemma import is_verb_only
from bot.language.money import MONEY_RE
from bot.language.text import squash, words
from bot.language.words import company_forms, is_occupation_word, site_sections, stopwords
from bot.store.roles import role_names

_CRUMB = re.compile(r"\s+(?:>|»|›|/)\s+")
_TITLE_SCAN = 60


def _title_text(line: str) -> str:
    s = re.sub(r"^#\s+|^(\*\*|__)|(\*\*|__)$", "", line.strip()).strip()
    return _CRUMB.split(s)[-1].strip() if _CRUMB.search(s) else s


def page_title(lines: list[str]) -> tuple[str, int]:
    """(title line, index after it): a "# " line when there is one, else the first short line near the
    top whose role head noun the rest of the page uses about as often as the most used one (so menus,
    breadcrumbs and site names before the real title are passed over). A head that names an occupation
    ("mechanic", not "workshop") counts as much again: a job advert names its role once."""
    for i, line in enumerate(lines[:_TITLE_SCAN]):
        if line.startswith("# "):
            return squash(line[2:]), i + 1
    body = [line for line in lines if line.strip() and not ln.is_noise(line)]
    candidates: list[tuple[int, str, Counter[str]]] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or ln.is_noise(s) or ln.cells(s):
            continue
        if len(candidates) >= _TITLE_SCAN:
            break
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if s[0].islower() or following[:1].islower():
            continue  # a hard-wrapped line of running text
        label, colon, _ = s.partition(":")
        if colon and label.split() and not is_occupation_word(label.split()[-1]):
            continue  # a key fact ("Reports to: Workshop Supervisor"), not "Cybersecurity Analyst: a guide"
        text = _title_text(s)
        if company_forms() & set(text.split()) or any(
                part.strip().casefold() in site_sections() for part in re.split(r"\s[|–—-]\s", s)):
            continue  # the employer's name ("Brennan Lyster LLP", "Kestrel Air & Comfort | Careers")
        names = role_names(text) if _title_shape(text) else []
        head = words(names[0].name)[-1] if names and words(names[0].name) else ""
        if _CRUMB.search(s) and not is_occupation_word(head):
            continue  # a breadcrumb's last step is a category ("Careers > Vacancies > Property")
        if head.isalpha() and len(head) > 2 and head not in stopwords() and not is_verb_only(head):
            candidates.append((i, text, Counter({singular(head): 0})))
    if not candidates:
        return "", 0
    heads = {next(iter(c[2])) for c in candidates}
    counts: Counter[str] = Counter()
    for line in body:
        for w in words(line):
            lemma = singular(w)
            if lemma in heads:
                counts[lemma] += 1
    most = max(counts.values(), default=0)
    scored = [(i, text, h, counts[h] - 1 + (most if _introduces(lines, i, h) else 0)
               + (most if is_occupation_word(h) else 0)) for i, text, c in candidates for h in c]
    top = max(n for *_, n in scored)
    i, text, head, _ = scored[0] if top < 2 else next(c for c in scored if c[3] >= top * 0.8)
    i, text = next((j, t) for j, t, h, _ in scored if h == head)  # a title comes before its sections
    return squash(text), i + 1


def _introduces(lines: list[str], i: int, head: str) -> bool:
    """The next few lines of text after line i use the head noun (a title is followed by its topic)."""
    after = [line for line in lines[i + 1 : i + 12] if line.strip() and not ln.is_noise(line)][:3]
    return any(singular(w) == head for line in after for w in words(line))


def _title_shape(s: str) -> bool:
    return (
        bool(s) and len(s) <= 120 and len(s.split()) <= 14 and s[-1] not in ".,;:!"
        and any(c.isalpha() for c in s) and not ln.BULLET_RE.match(s) and not MONEY_RE.search(s)
    )
