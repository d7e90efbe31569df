"""What a page title says besides its role: site and guide words, prefixes, a place, a department or a
specialisation after a dash, and capitals for emphasis."""

from __future__ import annotations

import re

from bot.language.lemma import is_english
from bot.language.text import squash
from bot.language.words import is_occupation_word
from bot.store import gazetteer

_TITLE_NOISE = re.compile(
    r"\s*(?:[-|:–]\s*)?(?:"
    r"jobs?\s*(?:&|and)\s*careers?|careers?\s*(?:&|and)\s*jobs?|job\s+description(?:\s+template)?|"
    r"job\s+profile|career\s+guide|career\s+path|careers?\s+overview|salary\s+guide|job\s+advert(?:isement)?|"
    r"jobs?|careers?|vacancy|hiring|now\s+hiring|\(?(?:19|20)\d\d(?:[/–-]\d\d(?:\d\d)?)?\)?"  # "Guide 2027"
    r")\s*$",
    re.I,
)
_TITLE_PREFIX = re.compile(
    r"^\s*(?:how\s+to\s+become\s+an?|what\s+is\s+an?|what\s+does\s+an?|becoming\s+an?|an?|careers?\s+in|"
    r"(?:career|job)\s+(?:profile|guide|description)\s*[:\-–|]|(?:career|job)\s+profile\s+of|"
    r"we(?:'re| are)\s+hiring\s*[:\-–]?\s*(?:an?)?)\s+",
    re.I,
)
_SITE_SEPARATOR = re.compile(r"\s+(?:\||::?|–|—)\s+")


def clean_title(title: str) -> str:
    """Strip page-title noise: "Backend software engineer jobs & Careers" -> "Backend software engineer"."""
    text = squash(title).rstrip("?!. ")
    if "? " in text:
        text = text.split("? ")[0]  # "What Does a UX Designer Do? A Complete Career Guide"
    does = re.match(r"^what\s+does\s+an?\s+(.+?)\s+do$", text, re.I)
    if does:
        text = does.group(1)
    parts = _SITE_SEPARATOR.split(text)
    if len(parts) > 1 and parts[0].strip():
        text = parts[0]  # "Registered Nurses : Occupational Outlook Handbook" -> "Registered Nurses"
    where = re.match(r"^(.+?)\s+in\s+(.+)$", text)
    if where and gazetteer.gazetteer().lookup(where.group(2)) is not None:
        text = where.group(1)  # "Interpreters and Translators in Canada": the place is the page's scope
    head, colon, rest = text.partition(": ")
    if colon and len(rest.split()) > 3 and head.strip():
        text = head  # "Cybersecurity Analyst: the no-nonsense career guide" (a subtitle, not a speciality)
    for _ in range(3):
        new = _TITLE_NOISE.sub("", text).strip(" -|:")
        new = _TITLE_PREFIX.sub("", new)
        if new == text:
            break
        text = new
    return text


def reorder(text: str) -> str:
    """ "Software Engineer - Backend" -> "Backend Software Engineer" (one word after a dash is a
    specialisation); "Pharmacy Technician - Inpatient Pharmacy" -> "Pharmacy Technician" (longer words
    after a dash name a department, a site or a shift)."""
    m = re.match(r"^(.+?)\s+[-–—:,]\s+(.+)$", text)
    if m and gazetteer.gazetteer().lookup(m.group(2)) is not None:
        return m.group(1)  # "NDT Technician - Rotterdam": the place of the post
    if m and len(m.group(2).split()) == 1:
        return f"{m.group(2)} {m.group(1)}"
    if m and is_occupation_word(m.group(1).split()[-1]) and not is_occupation_word(m.group(2).split()[-1]):
        return m.group(1)
    return text


def unshout(text: str) -> str:
    """ "REGISTERED PHARMACY TECHNICIAN - Inpatient" -> "Registered Pharmacy Technician - Inpatient":
    capitals for emphasis, not acronyms (words of four letters or more, when two or more are shouted)."""
    loud = re.findall(r"\b[A-Z]{4,}\b", text)
    if len(loud) < 2:
        return text
    return re.sub(r"\b[A-Z]{4,}\b", lambda m: m.group(0).title() if is_english(m.group(0)) else m.group(0),
                  text)  # "HVAC SERVICE TECHNICIAN" -> "HVAC Service Technician": no word, an acronym
