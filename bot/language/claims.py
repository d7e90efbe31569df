"""Whether a user claims a skill they mention, and whether a one-token form is a skill at all.

`claim_of(text, start, end, spans)` reads a skill mention at text[start:end] in its clause and returns
"known" (a self-statement: "I know…", "I've used…", "my stack is…"), "unknown" (negated: "I don't know
Docker", "never used AWS", "…but not Spring"), "wanted" (a wish or hedge: "thinking of learning Go",
"should I learn Rust or Kotlin") or None (a plain mention or a question about it: "can't land a Python
internship", "is Go dying?"). Items of one list share the claim of its first item.

`ambiguous_ok(text, start, end, form, spans)` applies the context rules for one-token forms that are
also ordinary words: "how do I go about it" is not Go, "this Spring" is a season.
Pure Python (a regex tokenizer and the occupation lexicon); no spaCy pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.language.levels import YEARS_OF_EXPERIENCE
from bot.language.words import is_occupation_word


def _wordset(words: str) -> frozenset[str]:
    """A set of whitespace-separated words."""
    return frozenset(words.split())


KNOWN, UNKNOWN, WANTED = "known", "unknown", "wanted"

_TOKEN_RE = re.compile(r"[^\W_](?:[\w.+#'’]*[\w+#])?|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """A token with its character span."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """Lowercase text with a straight apostrophe."""
        return self.text.lower().replace("’", "'")


def tokenize(text: str) -> list[Token]:
    """Words (with inner dots, pluses, apostrophes: "Node.js", "C++", "don't") and single marks;
    hyphens split words ("Python-based" -> "Python", "-", "based")."""
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


class FormLike(Protocol):
    """What ambiguous_ok needs to know about a skill (bot.language.skills.SkillForm has it)."""

    @property
    def cased(self) -> Collection[str]: ...
    @property
    def context(self) -> Collection[str]: ...
    @property
    def ambiguous(self) -> bool: ...


# Words after which a lowercase ambiguous form ("go", "rust", "node") is a technology, not a verb/noun.
_SKILL_VERBS = _wordset("""know knows knew use used using uses learn learned learnt learning studied study
    studying code coded coding program programmed programming write wrote written writing like love prefer
    mostly also tried master mastered with in about of familiar experienced worked work built build""")
_CONJ = frozenset({"and", "or", ",", "/", "&", "+", "plus"})
# Words after "go" (or a sentence-initial "Go") that make it a verb.
_PARTICLES = _wordset("""to about ahead for through back on into there further over from up out home away
    get with by beyond deeper is was does do will can should would are the a an this that it me you we
    i""")
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_SEASON_PREV = frozenset({"this", "next", "last", "early", "late", "until", "since", "by", "every"})
_SENT_END = frozenset({".", "!", "?", ":", ";"})
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "`"})
_BREAK_AFTER = frozenset({")", "(", "-", "?"})


def _index(tokens: list[Token], start: int) -> int:
    for i, tok in enumerate(tokens):
        if tok.start <= start < tok.end:
            return i
    return -1


def _is_initial(text: str, tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    prev = tokens[i - 1]
    return prev.text in _SENT_END or prev.text in _QUOTES or "\n" in text[prev.end:tokens[i].start]


def ambiguous_ok(text: str, start: int, end: int, form: FormLike,
                 spans: Sequence[tuple[int, int]] = ()) -> bool:
    """True when the one-token form at text[start:end] is the skill, judged by its neighbours.

    Exact-case forms of ambiguous names ("Go", "Spring") are skills unless a verb particle follows ("Go
    ahead"), or, sentence-initially, unless a list break follows; lowercase context forms ("go", "node")
    need a skill verb before them ("I know go") or a neighbouring skill in a list ("go and python").
    `spans` are the other skill mentions of the text. Multi-token forms and safe names always pass.
    """
    written = text[start:end]
    cased = written in form.cased
    context = written.lower() in form.context
    if not (cased and form.ambiguous) and not context:
        return True
    tokens = tokenize(text)
    i = _index(tokens, start)
    if i < 0 or tokens[i].end < end:
        return True  # not a single token: a phrase, not an ambiguous word
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    prev = tokens[i - 1].lower if i > 0 and not _is_initial(text, tokens, i) else ""
    nxt_is_break = nxt == "" or nxt in _CONJ or nxt in _SENT_END or nxt in _BREAK_AFTER
    if cased:
        if written.lower() in _SEASONS and prev in _SEASON_PREV:
            return False
        if form.ambiguous and _is_initial(text, tokens, i):
            return nxt_is_break
        return nxt not in _PARTICLES or nxt in _CONJ
    if nxt in _PARTICLES:
        return False
    if prev in _SKILL_VERBS and (nxt_is_break or nxt in {"and", "or", "but", "too", "as", "a"}):
        return True
    starts = {s for s, _ in spans if s != start}
    next_skill = nxt in _CONJ and i + 2 < len(tokens) and tokens[i + 2].start in starts
    prev_skill = prev in _CONJ and i >= 2 and any(s < tokens[i - 1].start for s in starts)
    return (next_skill or prev_skill) and nxt_is_break


# --- claims ------------------------------------------------------------------------------------------

_NEG = r"(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|haven'?t|have not|hasn'?t|has not|never|not|" \
       r"no|zero|without|lack|lacking|can'?t|cannot|isn'?t|am not|wasn'?t)"
# Self-statements; each must end right before the skill (or the first item of a list of skills).
_KNOWN_RE = re.compile(r"""\b(?:
      (?:i|we)(?:'ve|\s+have|\s+can)?\s+(?:\w+ly\s+|also\s+|already\s+|just\s+|even\s+|been\s+)*
        (?:know|knew|use|used|using|work(?:ed)?\s+(?:with|in|on)|working\s+(?:with|in|on)|built|build|
           wrote|written|write|code(?:d)?\s+in|program(?:med)?\s+in|develop(?:ed)?\s+(?:with|in)|
           learned|learnt|studied|mastered|done|did|touched|had|have|hold|held|passed|earned|got|obtained|
           completed)
    | (?:i'm|i\s+am|i've\s+been|i\s+have\s+been)\s+(?:\w+ly\s+|also\s+|pretty\s+|quite\s+|very\s+)*
        (?:good|great|strong|decent|ok|okay|fluent|proficient|experienced|skilled|comfortable|familiar|
           confident|certified|trained|qualified|expert)\s+(?:at|in|with|on)
    | (?:i|we)(?:'ve|\s+have)\s+(?:got\s+)?(?:\w+\s+){0,4}?(?:experience|years?|background|knowledge|skills?)
        (?:\s+(?:with|in|of|using))?
    | ^\s*(?:also\s+)?(?:know|used|use|worked\s+(?:with|in|on)|built\s+(?:with|in)|coded\s+in|
           (?:very\s+|pretty\s+|quite\s+)?(?:comfortable|familiar|proficient|fluent|skilled|good)\s+(?:with|in|at))
    | (?:years?|months?)\s+of\s+(?:\w+\s+)?(?:experience\s+(?:with|in)\s+)?
    | YEARS_OF_EXPERIENCE(?:\s+(?:in|with|doing|using|on))?
        \s*[,:(-]?\s*(?:(?:mostly|mainly|primarily|all|doing|using)\s+)?
    | (?:experience|experienced|background|expertise)\s+(?:with|in|using)
    | my\s+(?:\w+\s+)?(?:stack|skills?|skillset|skill\s+set|background|experience|toolkit|languages?|tools?)
        \s*(?:is|are|includes?|consists?\s+of|covers?|:)
    | (?:i'm|i\s+am)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?P<job>\w+),?\s+
        (?:(?:mostly|mainly|primarily)(?:\s+(?:using|with|in))?|using|with|in)
    )(?:\s+(?:a|an|the|some|my|both|a\s+bit\s+of|a\s+little|a\s+lot\s+of|lots\s+of))?\s*$"""
                       .replace("YEARS_OF_EXPERIENCE", YEARS_OF_EXPERIENCE), re.I | re.X)
# Wishes and hedges; the nearest one before the skill counts.
_WANTED_RE = re.compile(r"""\b(?:
      want(?:s|ed)?\s+to | wanna | would\s+like\s+to | 'd\s+like\s+to | hop(?:e|ing)\s+to |
      plan(?:ning)?\s+to | thinking\s+(?:of|about) | considering | consider | interested\s+in |
      curious\s+about | should\s+(?:i|we) | shall\s+i | could\s+i | do\s+i\s+need | need\s+to\s+learn |
      worth | learn(?:ing)?\s+next | how\s+(?:do|can|would)\s+i | learning | learn | pick(?:ing)?\s+up |
      get(?:ting)?\s+into | study(?:ing)? | switch(?:ing)?\s+to | move\s+to | moving\s+to | or\s+should
    )\b""", re.I | re.X)
_NEGATED_RE = re.compile(rf"""\b(?:
      {_NEG}\s+(?:\w+\s+){{0,3}}?(?:know|knew|use|used|using|work(?:ed)?\s+with|touched|tried|done|
          learned|learnt|studied|had|any|much|experience|knowledge|idea|clue|familiar|good|skills?)\b
    | (?:not|no|never|nor|neither|without|except|unfamiliar\s+with|new\s+to|lack|lacking)\s*$
    )""", re.I | re.X)
_CLAUSE_BREAK_RE = re.compile(r"[.;!?\n]|\bbut\b|\bhowever\b|\bthough\b|\balthough\b|\bwhereas\b|\byet\b|"
                              r"\bwhile\b|\bexcept\b", re.I)
_LIST_SEP_RE = re.compile(r"^\s*(?:,|/|&|\+)?\s*(?:(?:and|or|nor|plus|as\s+well\s+as|along\s+with)\s+)?"
                          r"(?:(?:also|some|a\s+bit\s+of|a\s+little|a\s+little\s+bit\s+of|basic|even|maybe|"
                          r"lots\s+of|a\s+lot\s+of)\s+)?$", re.I)
_BARE_FILLER_RE = re.compile(r"^[\s,/&+.!]*(?:(?:and|or|also|some|plus|a\s+bit\s+of|a\s+little|basic|"
                             r"mostly|mainly|too|as\s+well)\b[\s,/&+.!]*)*$", re.I)


def _clause_start(text: str, end: int) -> int:
    """Start of the clause that ends at `end` (after the last sentence end or contrastive word)."""
    start = 0
    for m in _CLAUSE_BREAK_RE.finditer(text, 0, end):
        i = m.start()
        if m.group(0) == "." and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # "Node.js", "e.g" inside a word
        start = m.end()
    return start


def _list_head(text: str, start: int, spans: Sequence[tuple[int, int]]) -> int:
    """Start of the first item of the list that the mention at `start` belongs to."""
    head = start
    for s, e in sorted((sp for sp in spans if sp[1] <= start), reverse=True):
        if e > head:
            continue
        if not _LIST_SEP_RE.match(text[e:head]):
            break
        head = s
    return head


def _bare_list(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """True when the message is only a list of skills ("Python, SQL and a bit of Docker")."""
    rest, last = [], 0
    for s, e in sorted(spans):
        rest.append(text[last:s])
        last = max(last, e)
    rest.append(text[last:])
    return "?" not in text and all(_BARE_FILLER_RE.match(part) for part in rest)


def _last(pattern: re.Pattern[str], window: str) -> tuple[int, int]:
    """Span of the last match of `pattern` in `window`, or (-1, -1). A match naming a `job` counts only
    when that word is an occupation ("I'm a nurse, mostly Epic"; not "I'm a bit lost with Docker")."""
    found = (-1, -1)
    for m in pattern.finditer(window):
        job = m.groupdict().get("job")
        if job is None or is_occupation_word(job):
            found = m.span()
    return found


def claim_of(text: str, start: int, end: int, spans: Sequence[tuple[int, int]] = ()) -> str | None:
    """"known" | "unknown" | "wanted" | None for the skill mention text[start:end] (see the module docs).

    `spans` are the character spans of every skill mention in the message (this one included or not).
    The cue nearest before the mention's list, within its clause, decides; a negation that reaches into
    a self-statement ("no experience with") negates it.
    """
    all_spans = sorted({*spans, (start, end)})
    head = _list_head(text, start, all_spans)
    window = text[_clause_start(text, head):head]
    neg, wanted, known = (_last(p, window) for p in (_NEGATED_RE, _WANTED_RE, _KNOWN_RE))
    if neg[0] >= 0 and known[0] >= 0 and neg[1] > known[0]:
        known = (-1, -1)
    cues = [(neg[0], 2, UNKNOWN), (wanted[0], 1, WANTED), (known[0], 0, KNOWN)]
    found = [c for c in cues if c[0] >= 0]
    if found:
        return max(found)[2]
    if window.strip() == "" and _bare_list(text, all_spans):
        return KNOWN
    return None
