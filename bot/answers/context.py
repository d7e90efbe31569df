"""Who and where a turn is about: roles and places from entities first, then from slots."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.core.protocol import Store
from bot.core.types import Query
from bot.store.types import PlaceRef, RoleRef

SENIOR_WORDS = ("senior", "seniors", "sr", "experienced")
JUNIOR_WORDS = ("junior", "juniors", "jr", "entry-level", "entry level", "beginner", "beginners",
                "starting salary", "starting pay")
BASE_WORDS = ("regular", "normal", "non-senior", "non senior", "not senior", "mid-level", "standard")
GENERIC_WORDS = frozenset({
    "one", "ones", "engineer", "engineers", "developer", "developers", "dev", "devs", "people", "person",
    "software", "programmer", "programmers", "coder", "coders", "level", "levels", "role", "roles",
    "position", "positions",
})


@dataclass
class Context:
    """Resolved roles/places of one turn plus what could not be resolved."""

    roles: list[RoleRef] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    unknown_roles: list[str] = field(default_factory=list)
    unknown_places: list[str] = field(default_factory=list)
    junior: bool = False  # the user asked about juniors / entry level
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


def has_word(text: str, words: tuple[str, ...]) -> bool:
    """True when one of `words` occurs in `text` as a whole word."""
    low = text.lower()
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in words)


def senior_of(store: Store, role: RoleRef) -> RoleRef | None:
    """The senior variant of a base role (a role whose parent is `role`), or the role itself if senior."""
    if role.parent:
        return role
    children = [r for r in store.roles() if r.parent == role.name]
    senior = [r for r in children if "senior" in r.name.lower()]
    pick = senior or children
    return pick[0] if pick else None


def base_of(store: Store, role: RoleRef) -> RoleRef:
    """The base role of a senior role (via RoleRef.parent), else the role itself."""
    if role.parent:
        parent = next((r for r in store.roles() if r.name == role.parent), None)
        if parent is None:
            parent = store.resolve_role(role.parent)
        if parent is not None:
            return parent
    return role


def top_roles(store: Store) -> list[RoleRef]:
    """Roles without a parent (base roles)."""
    return [r for r in store.roles() if not r.parent]


def _entity_unknown(ent: dict[str, Any]) -> str | None:
    """The occupation name of an entity the NLU marked as unknown ("unknown:nurse")."""
    for key in ("id", "value"):
        raw = str(ent.get(key) or "")
        if raw.lower().startswith("unknown:"):
            return raw.split(":", 1)[1].strip() or str(ent.get("value") or "")
    return None


def is_modifier(value: str) -> bool:
    """"senior", "seniors", "senior engineers", "software engineer": seniority or a generic word, no role."""
    words = re.findall(r"[a-z.-]+", value.lower())
    words = [w.strip(".") for w in words]
    rest = [w for w in words if w not in SENIOR_WORDS + JUNIOR_WORDS + BASE_WORDS and w != "entry"]
    return all(w in GENERIC_WORDS for w in rest)


def _senior_before(text: str, value: str, start: Any = None) -> bool:
    """True when "senior" directly precedes the entity (at `start`, else at every occurrence)."""
    prefix = re.compile(r"\b(senior|sr\.?)\s+$")
    if isinstance(start, int) and 0 <= start <= len(text):
        return bool(prefix.search(text[:start]))
    spots = [m.start() for m in re.finditer(re.escape(value), text)]
    return bool(spots) and all(prefix.search(text[:i]) for i in spots)


def resolve_roles(store: Store, query: Query) -> tuple[list[RoleRef], list[str]]:
    """Roles named in the message (canonical) and names that did not resolve."""
    found: list[RoleRef] = []
    unknown: list[str] = []
    text = query.text.lower()
    for ent in query.entities:
        if ent.get("entity") != "role":
            continue
        value = str(ent.get("value") or "").strip()
        if not value:
            continue
        odd = _entity_unknown(ent)
        if odd is not None:
            unknown.append(odd)
            continue
        if is_modifier(value):
            continue
        ref = store.resolve_role(value)
        if ref is not None and not ref.parent and _senior_before(text, value.lower(), ent.get("start")):
            ref = senior_of(store, ref) or ref
        if ref is None:
            unknown.append(value)
        elif ref not in found:
            found.append(ref)
    return found, unknown


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

    Without a role entity, "senior"/"junior" words turn the slot role into its senior/base role
    (follow-ups like "what about senior ones?"). `place_from_slot` reuses the slot place.
    """
    ctx = Context()
    ctx.roles, ctx.unknown_roles = resolve_roles(store, query)
    ctx.places, ctx.unknown_places = resolve_places(store, query.values("place"))
    ctx.junior = has_word(query.text, JUNIOR_WORDS) or any(
        v.lower() in JUNIOR_WORDS for v in query.values("role"))
    base_asked = has_word(query.text, BASE_WORDS)
    senior_asked = not base_asked and (has_word(query.text, SENIOR_WORDS) or any(
        v.lower() in SENIOR_WORDS for v in query.values("role")))
    if not ctx.roles and not ctx.unknown_roles:
        slot_role = str(query.slots.get("role") or "").strip()
        ref = store.resolve_role(slot_role) if slot_role else None
        if ref is None and (senior_asked or ctx.junior):
            bases = top_roles(store)
            ref = bases[0] if len(bases) == 1 else None
        if ref is not None:
            ctx.role_from_slot = bool(slot_role)
            if senior_asked:
                ref = senior_of(store, ref) or ref
            elif ctx.junior or base_asked:
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
