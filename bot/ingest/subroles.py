"""Which of a page's roles a piece of text is about, and the aliases a page gives its roles.

A page titled "Database Administrators and Architects" yields two roles; a paragraph, sentence or
table row that names only one of them ("The median annual wage for database architects was ...")
belongs to that one; anything else belongs to both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.ingest.model import PRole
from bot.language.inflect import singular
from bot.language.text import fold, word_spans
from bot.language.words import stopwords
from bot.store.roles import initialism, role_key


def _lemmas(text: str) -> set[str]:
    """The text's words as role-key tokens; a capitalised acronym's plural keeps its case long enough to
    be made singular ("EMTs" -> "emt")."""
    return {singular(text[a:b]).lower() for a, b, _ in word_spans(text)}


class RoleScope:
    """Tells the page's roles apart by the words only one of them has."""

    def __init__(self, roles: Sequence[PRole]) -> None:
        self.names = [r.name for r in roles]
        keys = {r.name: set(role_key(r.name)) - stopwords() for r in roles}  # not the "and" of "tool and die"
        shared = set.intersection(*keys.values()) if len(keys) > 1 else set()
        self.marks = {name: (k - shared) or k for name, k in keys.items()}
        self.heads = {r.name: role_key(r.name)[-1] if role_key(r.name) else "" for r in roles}
        self.aliases = {r.name: [set(role_key(a)) - stopwords() for a in r.aliases if role_key(a)]
                        for r in roles}

    def _names(self, name: str, toks: set[str]) -> bool:
        """The tokens name the role: its distinctive head ("makers") or one of its aliases ("police" of
        "Police Officer"); other words alone do not ("machine tools" and "tool and die making" name no tool
        and die maker). Roles sharing their head ("Home Health Aide", "Personal Care Aide") are named by
        the head with all of a role's own words ("personal care" alone is a duty)."""
        marks = self.marks[name]
        head = self.heads[name]
        if head in marks:
            return head in toks or any(a <= toks for a in self.aliases[name])
        return head in toks and marks <= toks

    @property
    def several(self) -> bool:
        """True for a page about more than one role."""
        return len(self.names) > 1

    def named(self, text: str) -> list[str]:
        """The roles the text names by a word only they have."""
        if not self.several:
            return list(self.names)
        toks = _lemmas(text)
        return [n for n in self.names if self._names(n, toks)]

    def mentions(self, text: str) -> bool:
        """True when the text names one of the page's roles (by its head noun or distinctive words)."""
        toks = _lemmas(text)
        return any(self._names(n, toks) or self.heads[n] in toks for n in self.names)

    def of(self, text: str, default: Sequence[str] = ()) -> list[str]:
        """The one role the text is about, else `default` (else every role)."""
        named = self.named(text)
        if len(named) == 1:
            return named
        return list(default) or list(self.names)


_DEFINED = r"\((?P<acr>[A-Z][A-Za-z0-9]{1,7})s?\)"


def page_aliases(role: str, text: str) -> tuple[str, ...]:
    """Acronyms a page uses for the role: "registered nurses (RNs)" defines "RN"; the role's initialism
    ("SRE") counts when the page writes it."""
    found: list[str] = []
    first, last = role.split()[0][:1].upper(), role.split()[-1][:1].upper()
    pattern = re.compile(rf"\b{re.escape(fold(role))}s?\s*{_DEFINED}", re.I)
    for m in pattern.finditer(text):
        acr = m.group("acr").rstrip("s") if m.group("acr").endswith("s") else m.group("acr")
        if acr[:1].upper() == first and acr[-1:].upper() == last:  # "(RNs)", not "(APRNs)"
            found.append(acr)
    called = re.compile(rf"\b{re.escape(fold(role))}s?\s*\((?:often|also|sometimes|usually|commonly)\s+"
                        r"(?:called|known as|referred to as)\s+(?P<name>[^)]{3,60})\)", re.I)
    names = [_singular_name(m.group("name")) for m in called.finditer(text)]  # "technologists (often called
    found.extend(names)  # medical laboratory scientists)"
    for name in (role, *names):
        short = initialism(name)
        if short and len(short) >= 3 and re.search(rf"\b{short}s?\b", text):
            found.append(short)  # an undefined initialism counts only when it is not a common 2-letter word
    return tuple(dict.fromkeys(a.upper() if a.isupper() else a for a in found))


_ALSO = re.compile(r"^\s*(?:also known as|also called|other (?:job )?titles|alternative (?:job )?titles?|"
                   r"sometimes called)(?: for this (?:job|role))?(?: include)?\s*[:\-–]?\s*"
                   r"(?P<names>.+?)\s*$", re.I | re.M)


def _singular_name(name: str) -> str:
    """ "medical laboratory scientists" -> "medical laboratory scientist"."""
    parts = name.strip().split()
    return " ".join([*parts[:-1], singular(parts[-1])]) if parts else ""


def listed_aliases(text: str) -> tuple[str, ...]:
    """Other names a page lists for its one role ("Also known as: HSE Officer, OSH Officer, Safety
    Officer"; "Alternative titles: sparky"): each name, and the acronym in its brackets."""
    found: list[str] = []
    for m in _ALSO.finditer(text):
        for name in re.split(r"\s*(?:[,;/]|\bor\b)\s*", m.group("names").rstrip(".")):
            bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
            if bare and len(bare.split()) <= 5:
                found.append(bare)
            acr = re.search(_DEFINED, name)
            if acr:
                found.append(acr.group("acr"))
    return tuple(dict.fromkeys(found))

