"""Which role a skill question is about: the turn's role and level entities, else the conversation's role.

Seniority follows the store's links: a senior role's `parent` is its base role, and the senior variant of
a base role is the child whose title's level is "senior" (bot.language.levels) — nothing else.
"""

from __future__ import annotations

from bot.core.protocol import Store
from bot.core.types import Query
from bot.language.asks import target_start
from bot.language.levels import JUNIOR, MID, SENIOR, title_level
from bot.store.types import RoleRef

UNKNOWN_PREFIX = "unknown:"


def base_roles(store: Store) -> list[RoleRef]:
    """Roles that are not a senior variant of another role."""
    return [r for r in store.roles() if not r.parent]


def is_senior(store: Store, role: str) -> bool:
    """True when `role` is the senior variant of a base role."""
    return any(r.name == role and r.parent for r in store.roles())


def senior_of(store: Store, role: str) -> str | None:
    """The senior variant of a base role: the child whose title starts with a senior level word."""
    kids = [r.name for r in store.roles() if r.parent == role and title_level(r.name)[0] == SENIOR]
    return kids[0] if len(kids) == 1 else None


def _targeted(query: Query, entity: str) -> list[str]:
    """The entity's values, the one named after a move ("move into SRE", "get to senior") first."""
    ents = query.of(entity)
    at = target_start(query.text)
    ahead = [e for e in ents if at is not None and isinstance(e.get("start"), int) and int(e["start"]) >= at]
    return [str(e.get("value")) for e in [*ahead[:1], *(e for e in ents if e not in ahead[:1])]]


def _level(query: Query) -> str | None:
    levels = _targeted(query, "level")
    return levels[0] if levels else None


def choose_role(store: Store, query: Query) -> tuple[str | None, str | None]:
    """(canonical role, None), or (None, the unknown role the user named); (None, None) when undecided."""
    roles = store.roles()
    names = {r.name for r in roles}
    role: str | None = None
    unknown: str | None = None
    aimed = target_start(query.text) is not None
    for i, value in enumerate(_targeted(query, "role")):
        if value.startswith(UNKNOWN_PREFIX):
            unknown = unknown or value[len(UNKNOWN_PREFIX):]
            if i == 0 and aimed:
                return None, unknown  # "if i want to be a frontend dev? the backend guys ...": the aim
            continue
        ref = store.resolve_role(value)
        if ref is not None and ref.name in names:
            role = ref.name
            break
        unknown = unknown or value
    if role is None and unknown:
        return None, unknown
    if role is None and query.slots.get("role"):
        ref = store.resolve_role(str(query.slots["role"]))
        role = ref.name if ref is not None and ref.name in names else None
    level = _level(query)
    if level in (JUNIOR, MID) and role is not None and is_senior(store, role):
        role = next((r.parent for r in roles if r.name == role and r.parent), role)
    elif level == SENIOR:
        if role is not None and not is_senior(store, role):
            role = senior_of(store, role) or role
        elif role is None:
            seniors = [r.name for r in roles if r.parent and title_level(r.name)[0] == SENIOR]
            role = seniors[0] if len(seniors) == 1 else None
    if role is None:
        bases = base_roles(store)
        role = bases[0].name if len(bases) == 1 else None
    return role, None
