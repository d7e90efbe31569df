"""Which role a skill question is about: entities, slot, seniority through parent links and title levels."""

from __future__ import annotations

from typing import Any

from bot.advice.roles import choose_role, senior_of
from bot.core.types import Query
from bot.store.types import RoleRef


class RolesOnly:
    """A store double with roles only."""

    def __init__(self, *roles: RoleRef) -> None:
        self._roles = list(roles)

    def roles(self) -> list[RoleRef]:
        return list(self._roles)

    def resolve_role(self, text: str) -> RoleRef | None:
        return next((r for r in self._roles if r.name.lower() == text.lower()), None)


BASE = RoleRef("Nurse", "nurse")
LEAD = RoleRef("Lead Nurse", "lead-nurse", parent="Nurse")
SENIOR = RoleRef("Senior Nurse", "senior-nurse", parent="Nurse")
STORE: Any = RolesOnly(BASE, LEAD, SENIOR)


def _q(*entities: tuple[str, str], **slots: Any) -> Query:
    return Query("ask_skill_gap", "", [{"entity": e, "value": v} for e, v in entities], slots)


def test_senior_variant_is_the_senior_child_only() -> None:
    assert senior_of(STORE, "Nurse") == "Senior Nurse"
    two: Any = RolesOnly(BASE, LEAD)
    assert senior_of(two, "Nurse") is None  # a lead role is not "senior"


def test_level_entities_move_along_parent_links() -> None:
    assert choose_role(STORE, _q(("role", "Nurse"), ("level", "senior"))) == ("Senior Nurse", None)
    assert choose_role(STORE, _q(("level", "senior"), role="Nurse")) == ("Senior Nurse", None)
    assert choose_role(STORE, _q(("level", "junior"), role="Senior Nurse")) == ("Nurse", None)
    assert choose_role(STORE, _q()) == ("Nurse", None)  # one base role


def test_unknown_roles_are_named() -> None:
    assert choose_role(STORE, _q(("role", "unknown:plumber"))) == (None, "plumber")
