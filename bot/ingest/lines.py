"""The shape of one line of a career page: noise, bullet, heading, short item, key/value row, sentence.

Pages arrive as text in one convention (bot.ingest.formats): "# Title", "## Heading", "• item", TAB
between table cells, blank lines between blocks when the source had them. Many pages have no blank
lines and no bullet marks at all, so headings and list items are told apart here by line shape and by
the lines around them (bot.ingest.parser).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.ingest.facets import facet_from_heading
from bot.language.money import MONEY_RE
from bot.language.text import squash

_SHARE = re.compile(r"\d[\d.,]*\s*%$")
_RULE = re.compile(r"[-=_*~#.+\s]{3,}")
BULLET_RE = re.compile(r"^\s*(?:[•·▪◦●○■□►▸‣⁃*>\-–—]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_NOISE_LINE = re.compile(
    r"affiliate commission|^share( this)?( page)?\b|^help others find|start free trial|^read (more|less)$|"
    r"^©|copyright|\(c\)\s*\d{4}|all rights reserved|^see all salaries|^bars indicate relevance|"
    r"opencourser|^we haven'?t picked any|find this site helpful|thank you for supporting|"
    r"your purchases help us|we'?re supported by our community|^sorted from most relevant|"
    r"^take the first step|we'?ve curated|^skip to (main )?content|^you are here\b|^text size\b|"
    r"^(sign up|sign in|log ?in|subscribe|apply now|save job|print(er-friendly)?|back to top|menu|search)\b|"
    r"cookies?\b.*\b(accept|policy|use|remember|settings)|^(accept|reject) (all|analytics)? ?cookies|"
    r"^advertisement$|^[\"'“”\s]+$|^an official website of|^here'?s how you know|^on this page$|"
    r"\bequal (employment )?opportunit(y|ies) employer\b|"
    r"^\S+ image$|^written by\b|^(last )?updated on\b|^was this (page|article) helpful|^keep reading$|"
    r"^(yes|no|email|linkedin|facebook|twitter|x|instagram|youtube|tiktok|whatsapp|privacy( policy)?|"
    r"terms( of (use|service))?|accessibility|contact( us)?|related links|sitemap|site map|feedback)$",
    re.I,
)
NOISE_SECTION = re.compile(
    r"^(our mission|reading list|affiliate disclosure|share|path to\b|related (courses)|"
    r"you may also like|popular (courses|careers)|about us|newsletter|follow us|on this page|"
    r"more info(rmation)?$|contacts? for more information|footer|apply now|how to apply|"
    r"equal opportunity|current opportunities|(our )?(interview|hiring|recruitment) process|"
    r"(apprenticeships|courses|vacancies|jobs) (in|near) [A-Z]|"
    r"about [A-Z][\w ]* (labs|inc|ltd|limited|group|company))",
    re.I,
)
LABELLED = re.compile(r"^(?P<key>[A-Z][^:]{0,80}):\s+(?P<value>\S.*)$")  # "Salary: $145,000 a year"
_DOT_LEADER = re.compile(r"\s*\.{3,}\s*")
_SMALL = {"a", "an", "and", "or", "of", "the", "for", "in", "to", "on", "with", "at", "by", "as", "is",
          "this", "do", "are", "what", "how", "you", "your", "it", "they", "one", "be", "vs", "vs."}
_TERMINAL = ".,;:!"


def normalise(line: str) -> str:
    """Trailing space removed; dot leaders ("Median wage ..... $73,850") become a TAB."""
    line = line.rstrip()
    if _DOT_LEADER.search(line) and not line.strip().startswith("."):
        line = _DOT_LEADER.sub("\t", line.strip(), count=1)
    return line


@lru_cache(maxsize=8192)  # a page's lines are asked about several times (title scan, then the walk)
def is_noise(line: str) -> bool:
    """True for web-page boilerplate lines (menus, cookie banners, share prompts, footers) and rules
    drawn with punctuation ("-----", "=====")."""
    s = line.strip()
    return bool(_NOISE_LINE.search(s) or _RULE.fullmatch(s)) or s.count(" | ") >= 3 or s.count("|") >= 5


def bullet_text(line: str) -> str | None:
    """The item of a bullet line ("• Python" -> "Python"), else None."""
    m = BULLET_RE.match(line)
    return m.group("text") if m else None


_COLUMN_GAP = re.compile(r"\s{3,}")


def aligned(line: str) -> list[str]:
    """The cells of a line whose columns are aligned with runs of three spaces or more ("City      Median
    annual pay   Median hourly pay"); one cell when there are none."""
    return [p for p in _COLUMN_GAP.split(line.strip()) if p]


def cells_of_width(line: str, width: int) -> list[str]:
    """The cells of a figure row in a table aligned with spaces whose label ran up to its first figure
    ("O&M engineer / project lead (8+ years)  ₹43,000 - ₹60,000   ₹5.16 - ₹7.2 LPA"), when two spaces or
    more give the table's `width`; else []."""
    parts = [p for p in re.split(r"\s{2,}", line.strip()) if p]
    return parts if width > 2 and len(parts) == width and MONEY_RE.search(line) else []


def cells(line: str) -> list[str]:
    """Cells of a TAB- or pipe-separated row (at least two non-empty ones), else []. A row copied without
    its outer pipes has three cells or more ("0 - 2 years | Junior SHO | RM3,000"), or a figure."""
    s = line.strip()
    if "\t" in s:
        parts = [squash(p) for p in s.split("\t")]
    elif (s.startswith("|") and s.count("|") >= 2) or s.count(" | ") >= 2 or (
            " | " in s and MONEY_RE.search(s.rpartition(" | ")[2])):
        parts = [squash(p) for p in s.strip("|").split("|")]
    elif len(gaps := aligned(s)) >= 3 and MONEY_RE.search(s):
        parts = gaps  # columns aligned with spaces: "Entry level (0-2 years)    $48,000 - $62,000    Simple"
    else:
        return []
    parts = [p for p in parts if p]
    return parts if len(parts) >= 2 else []


def markup_heading(line: str) -> str | None:
    """Heading text of a markdown ("## Skills", "**Skills**") or labelled ("Responsibilities:") line."""
    s = line.strip()
    m = re.match(r"^#{1,6}\s+(.+?)\s*#*$", s) or re.match(r"^(?:\*\*|__)(.+?)(?:\*\*|__):?$", s)
    if m:
        return squash(m.group(1))
    if s.endswith(":") and len(s.split()) <= 5 and s[0].isupper() and facet_from_heading(s[:-1]):
        return s[:-1].strip()
    return None


def is_heading(line: str) -> bool:
    """ALL CAPS, Title Case or question lines of at most 12 words, without sentence punctuation."""
    s = line.strip()
    if not s or len(s) > 100 or BULLET_RE.match(s) or MONEY_RE.search(s) or "\t" in s:
        return False
    if s[-1] in _TERMINAL or not s[0].isalnum() or LABELLED.match(s) or " | " in s or _SHARE.search(s):
        return False  # "NSW 34.6%" is a row of figures, not a heading
    ws = s.split()
    if len(ws) > 12:
        return False
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters) and len(letters) > 1:
        return True
    if s.endswith("?"):
        return s[0].isupper()
    content = [w for w in ws if w.lower().strip("?()") not in _SMALL and w[0].isalpha()]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps == len(content) or (len(ws) <= 3 and ws[0][0].isupper() and caps * 2 >= len(content))


def strong_heading(line: str) -> bool:
    """A heading even inside a list: ALL CAPS, a question, or a heading a facet rule knows."""
    s = line.strip()
    if not is_heading(s):
        return False
    letters = [c for c in s if c.isalpha()]
    return all(c.isupper() for c in letters) or s.endswith("?") or facet_from_heading(s) is not None


def is_short(line: str, words: int = 8) -> bool:
    """A short line without sentence-final punctuation: a list item or a label."""
    s = line.strip()
    return bool(s) and len(s.split()) <= words and s[-1] not in ".:;?!" and not is_noise(s)


def is_sentence(line: str) -> bool:
    """A line of running text: ends like a sentence or is long ("Strong (12.4%)" is a value, not a
    sentence that ends in a bracket)."""
    s = line.strip()
    value = s.endswith(")") and len(s.split()) <= 4 and bool(re.search(r"\([^)]*\d", s))
    return bool(s) and not value and (s[-1] in ".!?\"”)" or len(s.split()) > 14)


def ends_lead(line: str) -> bool:
    """A line introducing a list ("Electricians typically do the following:")."""
    return line.rstrip().endswith(":")
