"""Role resolution over the store's roles: exact key, alias, a contained key, head noun and level.

"nurse" finds the one nurse role; "frontend developer" is not the backend role (a foreign modifier
before the head); "senior backend devs" finds the senior variant; "backends" and "back end" are the
roles' own words. Built once per store generation (bot.store.store).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from bot.language import levels
from bot.language.lemma import is_agent_noun, is_english, is_noun, noun_lemma
from bot.language.text import fold, squash
from bot.language.words import occupation_words
from bot.store.roles import role_key


@dataclass(frozen=True)
class RoleEntry:
    """A role as the resolver sees it."""

    name: str
    key: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass
class RoleIndex:
    """Lookup tables over the store's roles for fast resolution (built once per store generation)."""

    entries: list[RoleEntry]
    by_key: dict[tuple[str, ...], RoleEntry] = field(default_factory=dict)
    by_alias: dict[str, RoleEntry] = field(default_factory=dict)
    vocabulary: frozenset[str] = frozenset()
    shared_heads: frozenset[str] = frozenset()  # head nouns of more than one base role ("engineer")

    def __post_init__(self) -> None:
        bases: dict[str, set[tuple[str, ...]]] = {}
        for e in self.entries:
            self.by_key.setdefault(e.key, e)
            for alias in e.aliases:
                self.by_alias.setdefault(squash(alias), e)
            if e.key and not any(t in _level_names() for t in e.key):
                bases.setdefault(e.key[-1], set()).add(e.key[:-1])
        self.vocabulary = frozenset(t for e in self.entries for t in e.key)
        self.shared_heads = frozenset(h for h, mods in bases.items() if len(mods) > 1)

    def _joined(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """Adjacent tokens that form one of the roles' words when written together ("back end"); a word
        the lemmatiser does not know, written with a plural "s", as the roles' word ("backends")."""
        key = tuple(t[:-1] if t not in self.vocabulary and t.endswith("s") and t[:-1] in self.vocabulary
                    else t for t in key)
        out: list[str] = []
        i = 0
        while i < len(key):
            pair = key[i] + key[i + 1] if i + 1 < len(key) else ""
            if pair in self.vocabulary and key[i] not in self.vocabulary:
                out.append(pair)
                i += 2
            else:
                out.append(key[i])
                i += 1
        return tuple(out)

    def resolve(self, text: str) -> RoleEntry | None:
        """Best role for a mention or a question: exact key, alias, a contained key, then the one role
        whose head and modifiers the words name ("nurse" -> the only nurse role)."""
        if not text or not text.strip():
            return None
        k = self._joined(role_key(text))
        if k in self.by_key:
            return self.by_key[k]
        alias = self.by_alias.get(squash(fold(text)))
        if alias is not None:
            return alias
        for n in range(len(k), 0, -1):
            for i in range(len(k) - n + 1):
                hit = self.by_key.get(k[i : i + n])
                if hit is not None and not (i + n < len(k) and is_agent_noun(k[i + n])):
                    return hit  # not "nurse" in "nurse practitioner": another occupation's modifier
        return self._by_head(k) or self._by_field(k)

    def _by_field(self, k: tuple[str, ...]) -> RoleEntry | None:
        """The one base role whose field words (not everyday English: "backend", "ux") the text has."""
        toks = set(k)
        fits = []
        for e in self.entries:
            mods = [t for t in e.key[:-1] if t not in _level_names()]
            if any(t in _level_names() for t in e.key) or not mods:
                continue
            if all(t in toks for t in mods if not is_english(t)) and any(not is_english(t) for t in mods):
                fits.append(e)
        return fits[0] if len(fits) == 1 else None

    def _by_head(self, k: tuple[str, ...]) -> RoleEntry | None:
        """The role whose head noun the text names, with none of the text's other role words missing
        from it and no foreign modifier right before the head ("frontend developer" is not the backend
        role); the text's level decides between a role and its senior variant. None when ambiguous."""
        toks = set(k)
        asked = next((t for t in k if t in _level_names()), None)
        fits = []
        for e in self.entries:
            if not e.key or e.key[-1] not in toks:
                continue
            pos = len(k) - 1 - k[::-1].index(e.key[-1])
            if pos + 1 < len(k) and is_agent_noun(k[pos + 1]):
                continue  # the head modifies another occupation ("nurse practitioner")
            before = []
            for tok in reversed(k[max(0, pos - 3) : pos]):  # the noun phrase before the head
                if tok in _neutral():
                    break
                before.append(tok)
            if any(tok not in e.key and (is_noun(tok) or not is_english(tok)) for tok in before):
                continue  # "secondary school teacher" is not the primary school teacher; a participle
                # only qualifies the role ("registered dietitian", "qualified plumber")
            if not all(t in e.key for t in k if t in self.vocabulary and t not in _level_names()):
                continue
            level = next((t for t in e.key if t in _level_names()), None)
            mods = set(e.key[:-1]) - _level_names()
            if not mods & toks and any(is_noun(m) or not is_english(m) for m in mods) and (
                    e.key[-1] in occupation_words() or e.key[-1] in self.shared_heads):
                continue  # a bare head is not a domain's role: "architect" is not the database architect
            fits.append((level == asked, len(mods & toks), -len(e.key), e))
        if not fits:
            return None
        fits.sort(key=lambda f: f[:3], reverse=True)
        if len(fits) > 1 and fits[0][:3] == fits[1][:3]:
            return None
        return fits[0][3]


@lru_cache(maxsize=1)
def _level_names() -> frozenset[str]:
    return frozenset(lvl.name for lvl in levels.levels())


@lru_cache(maxsize=1)
def _neutral() -> frozenset[str]:
    """Tokens that may stand before a role's head without changing the role: stopwords, question words,
    level words (lemmatised as keys are)."""
    from bot.language.words import question_words, stopwords

    plain = set(stopwords()) | set(question_words())
    plain |= {w for lvl in levels.levels() for phrase in lvl.words for w in phrase.split()}
    return frozenset({noun_lemma(w) for w in plain} | plain | _level_names())
