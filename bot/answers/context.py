"""Who, where and what level a turn is about: NLU entities first, then the slots.

Everything comes from the Query's entities (bot.nlp.component gives canonical role and place names,
levels, the currency asked for, a ranking direction and whether pay is asked); nothing here parses
the user's text again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.core.protocol import Store
from bot.core.types import SURE, Query
from bot.language import levels
from bot.language.asks import points_at_posting
from bot.language.inflect import singular
from bot.language.lemma import head_lemma, is_adjective
from bot.language.statistics import asked_statistic
from bot.language.text import question_spans
from bot.language.words import stopwords
from bot.store.types import PlaceRef, RoleRef

UNKNOWN = "unknown:"
GENERIC_WORDS = frozenset({"one", "ones", "people", "person", "someone", "level", "levels", "role", "roles",
                           "position", "positions", "job", "jobs"})


@dataclass
class Context:
    """Resolved roles/places of one turn, what could not be resolved, and what the turn asks for."""

    roles: list[RoleRef] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    unknown_roles: list[str] = field(default_factory=list)
    unknown_places: list[str] = field(default_factory=list)
    suggestions: list[RoleRef] = field(default_factory=list)  # a role written with a typo, unsure
    levels: list[str] = field(default_factory=list)  # junior | mid | senior | lead | all, as asked
    currency: str | None = None  # ISO code the user asked for
    direction: str | None = None  # "high" / "low" for "which city pays most / least"
    pay: bool = False  # the message is about pay
    statistic: str | None = None  # the figure asked for ("p90" for "the top 10%"), if any
    period: str | None = None  # "hour" for "hourly pay", if asked
    subject: list[str] = field(default_factory=list)  # what it asks about beyond role/topic (dispatch)
    row_words: list[str] = field(default_factory=list)  # beyond the subject, words that may name a row of
    # the role's pay table: the role's written words beyond its name ("head" of "head chef"), grades ("6")
    uncompared: list[str] = field(default_factory=list)  # compared things that name no role or place
    amounts: list[dict[str, Any]] = field(default_factory=list)  # the user's own figures ("£40k")
    role_from_slot: bool = False
    place_from_slot: bool = False

    @property
    def role(self) -> RoleRef | None:
        """The first resolved role."""
        return self.roles[0] if self.roles else None

    @property
    def place(self) -> PlaceRef | None:
        """The first resolved place."""
        return self.places[0] if self.places else None

    @property
    def level(self) -> str | None:
        """The first level asked about."""
        return self.levels[0] if self.levels else None

    @property
    def junior(self) -> bool:
        """The user asked about juniors, starters or entry level."""
        return levels.JUNIOR in self.levels


def senior_of(store: Store, role: RoleRef) -> RoleRef | None:
    """The senior variant of a base role (the child whose title level is "senior"), or the role itself
    when it is senior already; None when the store has no senior variant."""
    if levels.title_level(role.name)[0] == levels.SENIOR:
        return role
    return next((r for r in store.roles()
                 if r.parent == role.name and levels.title_level(r.name)[0] == levels.SENIOR), None)


def base_of(store: Store, role: RoleRef) -> RoleRef:
    """The base role of a senior role (via RoleRef.parent), else the role itself."""
    if role.parent:
        parent = next((r for r in store.roles() if r.name == role.parent), None)
        if parent is not None:
            return parent
    return role


def top_roles(store: Store) -> list[RoleRef]:
    """Roles without a parent (base roles)."""
    return [r for r in store.roles() if not r.parent]


def is_modifier(value: str) -> bool:
    """"senior ones", "juniors", "people": a level or a generic word, no role."""
    words = [w.strip(".") for w in value.lower().split()]
    level_words = {w for lvl in levels.levels() for phrase in lvl.words for w in phrase.split()}
    return all(w in GENERIC_WORDS or w in level_words or w in stopwords() for w in words)


def _slot_head(query: Query, value: str) -> bool:
    """ "senior engineers" after a backend answer: a level plus the slot role's own head noun."""
    slot = str(query.slots.get("role") or "")
    if not slot:
        return False
    level_words = {w for lvl in levels.levels() for phrase in lvl.words for w in phrase.split()}
    rest = [singular(w).lower() for w in value.split() if w.lower() not in level_words]
    return bool(rest) and rest == [singular(slot.split()[-1]).lower()]


def _level_before(query: Query, ent: dict[str, Any]) -> str | None:
    """The level entity written right before a role entity ("senior backend devs")."""
    start = ent.get("start")
    if not isinstance(start, int):
        spots = [i for i in range(len(query.text)) if query.text.lower().startswith(
            str(ent.get("value") or "").lower(), i)]
        start = spots[0] if spots else None
    if start is None:
        return None
    for lvl in query.of("level"):
        end = lvl.get("end")
        if isinstance(end, int) and 0 <= start - end <= 1:
            return str(lvl.get("value"))
    return None


def _with_modifiers(store: Store, query: Query, ent: dict[str, Any]) -> RoleRef | None:
    """A store role that a lexicon occupation names together with the words written before it
    ("primary teacher": the lexicon knows "teacher", the store has Primary School Teacher)."""
    start, end = ent.get("start"), ent.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    # Up to three words right before it, stopping at a stopword ("to become a | primary teacher"); all
    # of them count, so "secondary school teacher" is not Primary School Teacher.
    before: list[str] = []
    for word in reversed(query.text[:start].split()[-3:]):
        if word.lower().strip(",.!?") in stopwords():
            break
        before.insert(0, word)
    ref = store.resolve_role(" ".join([*before, query.text[start:end]])) if before else None
    shares = ref is not None and head_lemma(ref.name) == head_lemma(query.text[start:end])
    return ref if shares else None  # "nurse practitioner" is no registered nurse


def same_head(store: Store, name: str) -> list[RoleRef]:
    """Store roles whose head noun an unknown occupation shares ("teacher" -> Primary School Teacher)."""
    return [r for r in store.roles() if not r.parent and head_lemma(r.name) == head_lemma(name)]


def _kind_of(store: Store, name: str) -> RoleRef | None:
    """The one store role that is a kind of a bare occupation: "pilot" -> Commercial Pilot, "nurse" ->
    Registered Nurse, when every word before the head is an adjective; "surveyor" is no Quantity
    Surveyor and "architect" no Database Architect (a noun before the head makes another trade). The
    kinds of one page ("diagnostic", "therapeutic") count as that page's first role."""
    words = name.split()
    if len(words) != 1:
        return None
    same = same_head(store, name)
    if len(same) > 1:  # "radiographer" on a page titled "Radiographer (diagnostic and therapeutic)": the
        same = [r for r in same if r.name in store.page_roles()]  # one page's kinds: its first role
    if len(same) != 1 or not all(is_adjective(w) for w in same[0].name.split()[:-1]):
        return None
    return same[0]


def _asked_roles(query: Query) -> list[dict[str, Any]]:
    """The role entities of the message's questions when its questions name one ("primary teacher for 6
    yrs, want out. can i get into UX?" asks about UX), else all of them."""
    ents = query.of("role")
    spans = question_spans(query.text)
    inside = [e for e in ents if any(a <= int(e.get("start") or 0) < b for a, b in spans)
              if isinstance(e.get("start"), int)]
    return inside or ents


def resolve_roles(store: Store, query: Query) -> tuple[list[RoleRef], list[str], list[RoleRef]]:
    """Roles named in the message (canonical), names with no document, and unsure typo matches."""
    found: list[RoleRef] = []
    unknown: list[str] = []
    unsure: list[RoleRef] = []
    for ent in _asked_roles(query):
        value = str(ent.get("value") or "").strip()
        if not value:
            continue
        if value.lower().startswith(UNKNOWN):
            near = _with_modifiers(store, query, ent) or _kind_of(store, value.split(":", 1)[1].strip())
            if near is None:
                unknown.append(value.split(":", 1)[1].strip() or str(ent.get("text") or value))
                continue
            value = near.name
        if is_modifier(value) or _slot_head(query, value):
            continue
        ref = store.resolve_role(value)
        if ref is None:
            unknown.append(str(ent.get("text") or value))
            continue
        if float(ent.get("confidence") or 1.0) < SURE:
            if ref not in unsure:
                unsure.append(ref)
            continue
        if not ref.parent and _level_before(query, ent) == levels.SENIOR:
            ref = senior_of(store, ref) or ref
        if ref not in found:
            found.append(ref)
    if not (found or unknown or unsure):  # a credential named after the role ("registered dietitian")
        for ent in query.of("skill"):
            ref = store.resolve_role(str(ent.get("text") or ""))
            if ref is not None and ref not in found:
                found.append(ref)
    return found, unknown, unsure


def uncompared_sides(query: Query) -> list[str]:
    """The sides of a comparison ("backend vs frontend") that no role, place or level entity covers (by
    offsets, or by its words for an entity given without them): things the store cannot compare."""
    named = [e for e in query.entities if e.get("entity") in ("role", "place", "level")
             or (e.get("entity") == "side" and asked_statistic(str(e.get("value"))))]  # "the low
    # end vs the top end": statistics of one figure set

    def covers(ent: dict[str, Any], side: dict[str, Any]) -> bool:
        start, end = ent.get("start"), ent.get("end")
        if isinstance(start, int) and isinstance(end, int):
            return start < int(side["end"]) and int(side["start"]) < end
        return str(ent.get("text") or ent.get("value") or "").lower() in str(side.get("value")).lower()

    sides = query.of("side")
    others = [str(side.get("value")) for side in sides if not any(covers(e, side) for e in named)]
    by = [{str(e.get("value")) for e in named if covers(e, side)} for side in sides]
    if len(sides) >= 2 and not others and len(by[0]) == 1 and all(b == by[0] for b in by):
        return [str(side.get("value")) for side in sides]  # "sql server dba vs oracle dba": one role twice
    levels_ = [e for e in named if e.get("entity") == "level"]
    if others and any(covers(e, side) for e in levels_ for side in sides):
        return []  # "starting out vs once youve been at it a while": levels, the other one unnamed
    weak = all(side.get("between") == "or" for side in sides)
    skills = [e for e in query.entities if e.get("entity") == "skill"]
    if weak and len(others) == len(sides) and not any(covers(e, s) for e in skills for s in sides):
        return []  # "is that decent or am I lowballed": "or" between two things that name nothing
    return others


def resolve_places(store: Store, values: list[str]) -> tuple[list[PlaceRef], list[str]]:
    """Places for entity values and values that are not known places."""
    found: list[PlaceRef] = []
    unknown: list[str] = []
    for value in values:
        ref = store.resolve_place(value)
        if ref is None:
            unknown.append(value)
        elif ref not in found:
            found.append(ref)
    return found, unknown


def build_context(store: Store, query: Query, *, place_from_slot: bool = False) -> Context:
    """Resolve the turn: message entities win, slots fill the gaps.

    Without a role entity, a level ("what about senior ones?") turns the slot role into its senior or
    base role. `place_from_slot` reuses the slot place.
    """
    ctx = Context(levels=query.values("level"), currency=query.first("currency"),
                  direction=query.first("superlative"), pay=bool(query.of("pay")),
                  statistic=query.first("statistic"), period=query.first("period"))
    ctx.roles, ctx.unknown_roles, ctx.suggestions = resolve_roles(store, query)
    ctx.uncompared = uncompared_sides(query)
    ctx.amounts = query.of("amount")
    ctx.places, ctx.unknown_places = resolve_places(store, query.values("place"))
    if not ctx.roles and not ctx.unknown_roles and not ctx.suggestions:
        slot_role = str(query.slots.get("role") or "").strip()
        ref = store.resolve_role(slot_role) if slot_role else None
        if ref is None and ctx.level:
            bases = top_roles(store)
            ref = bases[0] if len(bases) == 1 else None
        if ref is None and points_at_posting(query.text):  # "when does the posting close"
            ads = store.posting_roles()
            ref = store.resolve_role(ads[0]) if len(ads) == 1 else None
        if ref is not None:
            ctx.role_from_slot = bool(slot_role)
            if ctx.level == levels.SENIOR and not ctx.junior:
                ref = senior_of(store, ref) or ref
            elif ctx.level in (levels.JUNIOR, levels.MID):
                ref = base_of(store, ref)
            ctx.roles = [ref]
    elif ctx.junior:
        ctx.roles = [base_of(store, r) for r in ctx.roles]
    if place_from_slot and not ctx.places and not ctx.unknown_places:
        slot_place = str(query.slots.get("place") or "").strip()
        ref_p = store.resolve_place(slot_place) if slot_place else None
        if ref_p is not None:
            ctx.places = [ref_p]
            ctx.place_from_slot = True
    return ctx


def default_role(store: Store, ctx: Context) -> RoleRef | None:
    """The role to talk about: the resolved one, else the single base role of the store."""
    if ctx.role is not None:
        return ctx.role
    bases = top_roles(store)
    return bases[0] if len(bases) == 1 else None
