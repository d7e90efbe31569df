"""One parse of a message: entities with canonical values and offsets, from the entity ruler's doc.

Roles, places and skills come from the store-built entity ruler (canonical name in the pattern id);
ambiguous skill words are judged in context and each skill gets the user's claim ("known", "unknown",
"wanted"); a role written with a typo is matched fuzzily against the ruler's role phrases (rapidfuzz)
and marked with its confidence; levels, currencies, a ranking direction and a pay sense come from
bot.language.asks. Nothing downstream parses the text again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.core.types import SURE
from bot.language import asks
from bot.language.claims import ambiguous_ok, claim_of
from bot.language.frequency import is_common
from bot.language.inflect import singular
from bot.language.lemma import head_lemma, is_agent_noun, is_english
from bot.language.skills import taxonomy
from bot.language.words import stopwords

FUZZY_SURE = round(SURE * 100)  # a typo this close is the role ("electricans")
FUZZY_ASK = 80  # this close, the bot asks "did you mean ...?"
_MAX_NGRAM = 4


@dataclass
class RolePhrases:
    """The ruler's role phrases (lowercase) with their canonical ids, for fuzzy matching."""

    phrases: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    heads: frozenset[str] = frozenset()  # the phrases' head nouns (lemmas)

    @classmethod
    def from_patterns(cls, patterns: list[dict[str, Any]]) -> RolePhrases:
        """From EntityRuler patterns (phrase strings or LOWER/ORTH token lists)."""
        out = cls()
        for p in patterns:
            if p.get("label") != "role" or str(p.get("id", "")).startswith("unknown:"):
                continue
            pat = p.get("pattern")
            text = pat if isinstance(pat, str) else " ".join(
                str(next(iter(t.values()))) for t in pat if isinstance(t, dict) and t) if pat else ""
            if len(text) >= 6:
                out.phrases.append(text.lower())
                out.ids.append(str(p.get("id") or ""))
        out.heads = frozenset(head_lemma(p) for p in out.phrases)
        return out


def _ruler_entities(doc: Any) -> list[dict[str, Any]]:
    out = []
    for ent in doc.ents:
        out.append({"entity": ent.label_, "value": ent.ent_id_ or ent.text, "text": ent.text,
                    "start": ent.start_char, "end": ent.end_char, "confidence": 1.0})
    return out


def _skills(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Skill entities that survive the ambiguity rules, each with the user's claim."""
    skills = [e for e in found if e["entity"] == "skill"]
    spans = [(e["start"], e["end"]) for e in skills]
    tax = taxonomy()
    kept = []
    for ent in skills:
        skill = tax.get(ent["value"])
        if skill is not None and not ambiguous_ok(text, ent["start"], ent["end"], skill, spans):
            continue
        claim = claim_of(text, ent["start"], ent["end"], spans)
        if claim:
            ent["claim"] = claim
        kept.append(ent)
    return kept


def _score(written: str, phrase: str, ratio: float) -> float:
    """The match's score; one letter changed, added or dropped in a long word ("dietician",
    "electrican") is a sure match whatever the ratio says."""
    if len(phrase) >= 8 and Levenshtein.distance(written, phrase) == 1:
        return max(ratio, float(FUZZY_SURE))
    return ratio


_CLIP = 3  # the shortest clipped word: "vet" (veterinary), "pharm", "admin"


def _clipped(words: list[str], phrases: RolePhrases) -> str | None:
    """The one role a phrase of clipped words names: each word the start of the role phrase's word
    ("vet tech" -> "veterinary technician", "pharm tech", "soc worker"), at least one clipped or the
    phrase's first modifiers left out ("diesel mech" -> "heavy diesel mechanic"); the phrase with
    the most whole words and the fewest left out wins, and a tie names none."""
    last = singular(words[-1])
    mine = [*words[:-1], last]
    scored: dict[str, int] = {}
    for phrase, ident in zip(phrases.phrases, phrases.ids, strict=True):
        parts = phrase.split()
        dropped = len(parts) - len(words)
        tail = parts[dropped:] if dropped >= 0 else []
        if not tail or not all(p.startswith(w) and (len(w) >= _CLIP or w == p)
                               for w, p in zip(mine, tail, strict=True)):
            continue
        whole = sum(w == p for w, p in zip(mine, tail, strict=True))
        if whole < len(tail) or dropped > 0:  # clipped, or the phrase's first modifiers left out
            # with its words whole ("crane op" for "mobile crane op")
            scored[ident] = max(scored.get(ident, -99), whole * 10 - dropped)
    if not scored:
        return None
    top = max(scored.values())
    winners = [i for i, v in scored.items() if v == top]
    return winners[0] if len(winners) == 1 else None


def _fuzzy_roles(doc: Any, phrases: RolePhrases, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Role mentions written with a typo: n-grams of the message close to a role phrase."""
    if not phrases.phrases:
        return []
    tokens = [t for t in doc if not t.is_punct and not t.is_space]
    best: list[tuple[float, int, int, str]] = []
    for n in range(_MAX_NGRAM, 0, -1):
        for i in range(len(tokens) - n + 1):
            span = tokens[i : i + n]
            start, end = span[0].idx, span[-1].idx + len(span[-1].text)
            if any(s < end and start < e for s, e in taken):
                continue
            words = [t.lower_ for t in span]
            if words[0] in stopwords() or words[-1] in stopwords():
                continue
            clipped = _clipped(words, phrases) if n > 1 else None
            if clipped is not None:
                best.append((float(FUZZY_SURE), start, end, clipped))
                continue
            if len(" ".join(words)) < 6:
                continue
            variant = n == 1 and is_agent_noun(words[0]) and head_lemma(words[0]) not in phrases.heads \
                and not is_common(words[0])  # "dietician", not "numbers" (for "plumbers")
            if all(is_english(w) for w in words) and not variant:
                continue  # a typo is not a dictionary word ("electricans"); "senior engineers" is no
                # typo; one occupation-shaped word that is no role's head may be a variant spelling
                # ("dietician"), but "engineers" is the head of several roles, not a misspelling
            hit = process.extractOne(" ".join(words), phrases.phrases, scorer=fuzz.ratio,
                                     score_cutoff=FUZZY_ASK)
            if hit is not None:
                best.append((_score(" ".join(words), hit[0], hit[1]), start, end, phrases.ids[hit[2]]))
    best.sort(key=lambda b: -b[0])
    out: list[dict[str, Any]] = []
    for score, start, end, ident in best:
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        out.append({"entity": "role", "value": ident, "text": doc.text[start:end], "start": start,
                    "end": end, "confidence": round(score / 100, 3)})
    return out


_WORK_NOUN = re.compile(r"\s+(?:jobs?|roles?|positions?|posts?|vacanc(?:y|ies)|careers?|apprenticeships?|"
                        r"business(?:es)?|trade|work)\b", re.I)


def _field_role(text: str, ent: dict[str, Any], phrases: RolePhrases) -> dict[str, Any]:
    """A skill that is also a role's field, followed by a work noun, names the role: "the welding job"
    (but "welding" alone stays the skill)."""
    if ent["entity"] != "skill" or not _WORK_NOUN.match(text, ent["end"]):
        return ent
    ids = {i for p, i in zip(phrases.phrases, phrases.ids, strict=True) if p == ent["text"].lower()}
    if len(ids) != 1:
        return ent
    return {**ent, "entity": "role", "value": ids.pop()}


def _unknown(ent: dict[str, Any]) -> bool:
    """A role entity for an occupation the store has no document for."""
    return ent["entity"] == "role" and str(ent.get("value", "")).startswith("unknown:")


def message_entities(doc: Any, phrases: RolePhrases) -> list[dict[str, Any]]:
    """Every entity of one message, in text order."""
    text = doc.text
    found = _ruler_entities(doc)
    entities = [e for e in found if e["entity"] in ("role", "place")] + _skills(text, found)
    if not any(e["entity"] == "role" for e in entities):
        entities = [_field_role(text, e, phrases) for e in entities]
    if not any(e["entity"] == "role" and not _unknown(e) for e in entities):
        taken = [(e["start"], e["end"]) for e in entities if not _unknown(e)]
        fuzzy = _fuzzy_roles(doc, phrases, taken)  # may cover a lexicon word: "vet" in "vet techs"
        entities = [e for e in entities if not (_unknown(e) and any(
            f["start"] <= e["start"] and e["end"] <= f["end"] for f in fuzzy))] + fuzzy
    entities += asks.entities(text)
    return sorted(entities, key=lambda e: (e["start"], e["end"]))
