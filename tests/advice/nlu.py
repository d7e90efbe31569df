"""A stand-in for the NLU component in advice tests: the entities it gives a message, built by hand.

Skills: the taxonomy's forms plus the store's terms (`bot.language.skills`), ambiguous forms judged by
`claims.ambiguous_ok`, each with its claim (`claims.claim_of`) as the entity's "claim"; roles from the
store's role names and aliases; seniority levels from `bot.language.levels`. Canonical values and offsets, as
the NLU component delivers them.
"""

from __future__ import annotations

import re
from typing import Any

from bot.advice.extract import skill_claims
from bot.advice.vocabulary import vocabulary
from bot.core.types import Query
from bot.language.claims import UNKNOWN, claim_of
from bot.language.levels import mentions as level_mentions
from bot.language.skill_matcher import SkillMatcher
from bot.language.skills import skill_forms
from bot.store import KnowledgeStore


def _role_entities(store: KnowledgeStore, text: str) -> list[dict[str, Any]]:
    phrases: dict[str, str] = {}
    for ref in store.roles():
        for name in (ref.name, *ref.aliases):
            phrases.setdefault(" ".join(name.lower().split()), ref.name)
    if not phrases:
        return []
    alts = "|".join(re.escape(k) for k in sorted(phrases, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w-])(?:{alts})(?![\w-])", text.lower()):
        out.append({"entity": "role", "value": phrases[m.group(0)], "text": text[m.start():m.end()],
                    "start": m.start(), "end": m.end()})
    return out


def nlu_entities(store: KnowledgeStore, text: str) -> list[dict[str, Any]]:
    """Skill (with claims), role and level entities of `text`, in message order."""
    matcher = SkillMatcher(skill_forms([t.name for t in store.terms()]))
    found = matcher.find(text)
    spans = [(f.start, f.end) for f in found]
    ents: list[dict[str, Any]] = []
    for f in found:
        ent: dict[str, Any] = {"entity": "skill", "value": f.name, "text": f.text, "start": f.start,
                               "end": f.end}
        claim = claim_of(text, f.start, f.end, spans)
        if claim:
            ent["claim"] = claim
        ents.append(ent)
    ents += _role_entities(store, text)
    ents += [{"entity": "level", "value": lvl, "text": text[s:e], "start": s, "end": e}
             for lvl, s, e in level_mentions(text)]
    return sorted(ents, key=lambda e: e["start"])


def skills_in(store: KnowledgeStore, text: str, entities: list[dict[str, Any]] | None = None) -> list[str]:
    """Canonical names of the skills a message names and does not deny (NLU entities + `entities`)."""
    ents = [e for e in nlu_entities(store, text) if e["entity"] == "skill"] + list(entities or [])
    claims = skill_claims(vocabulary(store), Query("tell_skills", text, ents))
    return [c.name for c in claims if c.claim != UNKNOWN]


def roles_in(store: KnowledgeStore, text: str) -> list[str]:
    """Canonical roles the NLU finds in `text`."""
    return list(dict.fromkeys(e["value"] for e in _role_entities(store, text)))
