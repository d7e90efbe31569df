"""Generic role naming: canonical names from page titles, token keys, alias generation and resolution."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.store.text import fold, singular, squash, title_case, words

_TITLE_NOISE = re.compile(
    r"\s*(?:[-|:–]\s*)?(?:"
    r"jobs?\s*(?:&|and)\s*careers?|careers?\s*(?:&|and)\s*jobs?|job\s+description(?:\s+template)?|"
    r"job\s+profile|career\s+guide|career\s+path|careers?\s+overview|salary\s+guide|jobs?|careers?"
    r")\s*$",
    re.I,
)
_TITLE_PREFIX = re.compile(
    r"^\s*(?:how\s+to\s+become\s+an?|what\s+is\s+an?|becoming\s+an?|an?|careers?\s+in|"
    r"(?:career|job)\s+(?:profile|guide|description)\s*[:\-–|]|(?:career|job)\s+profile\s+of)\s+",
    re.I,
)
# Spelling variants collapsed to one form (canonical display form, regex of variants).
_COMPOUNDS: tuple[tuple[str, str], ...] = (
    ("Backend", r"back[\s-]*end"),
    ("Frontend", r"front[\s-]*end"),
    ("Full-Stack", r"full[\s-]*stack"),
    ("DevOps", r"dev[\s-]*ops"),
)
_COMPOUND_VARIANTS = {
    "backend": ("backend", "back-end", "back end"),
    "frontend": ("frontend", "front-end", "front end"),
    "full-stack": ("full-stack", "full stack", "fullstack"),
}
HEADS = {"engineer": "engineer", "developer": "engineer", "dev": "engineer", "programmer": "engineer"}
HEAD_VARIANTS = ("engineer", "developer", "dev")
_PLURAL = {"engineer": "engineers", "developer": "developers", "dev": "devs"}
SENIORITY = {
    "senior": "senior",
    "sr": "senior",
    "junior": "junior",
    "jr": "junior",
    "lead": "lead",
    "principal": "principal",
    "staff": "staff",
}
_SENIORITY_VARIANTS = {
    "senior": ("senior", "sr", "sr."),
    "junior": ("junior", "jr", "jr."),
    "lead": ("lead",),
    "principal": ("principal",),
    "staff": ("staff",),
}
_DROP = {"a", "an", "the", "job", "career", "role", "position"}


def clean_title(title: str) -> str:
    """Strip page-title noise: "Backend software engineer jobs & Careers" -> "Backend software engineer"."""
    text = squash(title).rstrip("?!. ")
    for _ in range(3):
        new = _TITLE_NOISE.sub("", text).strip(" -|:")
        new = _TITLE_PREFIX.sub("", new)
        if new == text:
            break
        text = new
    return text


def _reorder(text: str) -> str:
    """ "Software Engineer - Backend" -> "Backend Software Engineer" (specialisation after a dash)."""
    m = re.match(r"^(.+?)\s+[-–—:,]\s+(.+)$", text)
    if m and len(m.group(2).split()) <= 3:
        return f"{m.group(2)} {m.group(1)}"
    return text


def _collapse(text: str) -> str:
    for canon, pattern in _COMPOUNDS:
        text = re.sub(rf"\b{pattern}\b", canon, text, flags=re.I)
    return text


def canonical_name(title: str) -> str:
    """Canonical role name from a page title (generic; works for unseen pages)."""
    parts = squash(_collapse(_reorder(clean_title(title)))).split()
    if parts:
        parts[-1] = _singular_word(parts[-1])
    return title_case(" ".join(parts))


def _singular_word(word: str) -> str:
    """Singular of a title's head word, keeping its case ("Engineers" -> "Engineer")."""
    low = singular(word.lower())
    return word[: len(low)] if word.lower().startswith(low) else low


def role_key(text: str) -> tuple[str, ...]:
    """Token key: plurals singular, developer/dev -> engineer, "software" dropped after a modifier."""
    text = _collapse(_reorder(squash(fold(text))))
    toks = [singular(t) for t in words(text.replace("-", ""))]
    toks = [HEADS.get(t, t) for t in toks if t not in _DROP]
    toks = [SENIORITY.get(t, t) for t in toks]
    out: list[str] = []
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if tok == "software" and out and nxt == "engineer" and out[-1] not in SENIORITY.values():
            continue
        out.append(tok)
    return tuple(out)


def parent_name(name: str) -> str | None:
    """ "Senior Backend Software Engineer" -> "Backend Software Engineer"; None without a seniority word."""
    parts = name.split()
    if len(parts) > 1 and parts[0].lower().rstrip(".") in SENIORITY:
        return " ".join(parts[1:])
    return None


def generate_aliases(name: str, written: Iterable[str] = ()) -> list[str]:
    """Lowercase aliases: spelling, head-noun, seniority and plural variants plus the titles as written."""
    toks = fold(name).split()
    seniority: tuple[str, ...] = ("",)
    if toks and toks[0].rstrip(".") in SENIORITY:
        seniority = _SENIORITY_VARIANTS[SENIORITY[toks.pop(0).rstrip(".")]]
    head_opts: tuple[str, ...] = (toks[-1],) if toks else ("",)
    if toks and toks[-1] in HEADS:
        head_opts = HEAD_VARIANTS
        toks = toks[:-1]
    elif toks:
        toks = toks[:-1]
    software_opts: tuple[str, ...] = ("",)
    if toks and toks[-1] == "software" and len(toks) > 1:
        software_opts = ("software", "")
        toks = toks[:-1]
    mod_opts = [_COMPOUND_VARIANTS.get(t, (t,)) for t in toks]
    aliases: list[str] = []
    for sen, soft, head, *mods in itertools.product(seniority, software_opts, head_opts, *mod_opts):
        mod = " ".join(mods)
        core = " ".join(x for x in (mod, soft) if x)
        for h in (head, _PLURAL.get(head, head + "s")):
            aliases.append(squash(f"{sen} {core} {h}"))
        if mod and soft and head != "dev":
            aliases.append(squash(f"{sen} software {head} - {mod}"))
    for text in written:
        aliases.append(squash(fold(clean_title(text))))
    return list(dict.fromkeys(a for a in aliases if a))


@dataclass(frozen=True)
class RoleEntry:
    """A role as the resolver sees it."""

    name: str
    key: tuple[str, ...]
    aliases: tuple[str, ...]


class RoleIndex:
    """Lookup tables over the store's roles for fast resolution (built once per store generation)."""

    def __init__(self, entries: Sequence[RoleEntry]) -> None:
        self.entries = list(entries)
        self.by_key: dict[tuple[str, ...], RoleEntry] = {}
        self.by_alias: dict[str, RoleEntry] = {}
        self.by_token: dict[str, list[tuple[int, RoleEntry, tuple[str, ...]]]] = {}
        for pos, e in enumerate(self.entries):
            self.by_key.setdefault(e.key, e)
            for alias in e.aliases:
                self.by_alias.setdefault(alias, e)
            mods = tuple(t for t in e.key if t not in HEADS.values() and t != "software")
            for tok in set(mods):
                self.by_token.setdefault(tok, []).append((pos, e, mods))

    def resolve(self, text: str) -> RoleEntry | None:
        """Best role for a mention or a question (exact key, alias, contained key, modifier fallback)."""
        if not text or not text.strip():
            return None
        k = role_key(text)
        if k in self.by_key:
            return self.by_key[k]
        alias = self.by_alias.get(squash(fold(text)))
        if alias is not None:
            return alias
        for n in range(len(k), 0, -1):
            for i in range(len(k) - n + 1):
                hit = self.by_key.get(k[i : i + n])
                if hit is not None:
                    return hit
        toks = set(k)
        best: tuple[int, int, int] | None = None
        found: RoleEntry | None = None
        for tok in toks:
            for pos, e, mods in self.by_token.get(tok, ()):
                if all(m in toks for m in mods):
                    score = (len(mods), -len(e.key), -pos)
                    if best is None or score > best:
                        best, found = score, e
        return found


def resolve(text: str, entries: Sequence[RoleEntry]) -> RoleEntry | None:
    """One-off resolution (builds a RoleIndex; keep the index when resolving repeatedly)."""
    return RoleIndex(entries).resolve(text)
