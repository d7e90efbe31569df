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


def test_the_role_and_level_after_a_move_are_the_target() -> None:
    """"backend eng 5 yrs, i want to move into nursing": the role the user wants, not the one they have."""
    text = "Lead Nurse for 5 yrs, I want to move into Nurse work. What am I missing? Also senior later"
    at_lead, at_nurse = text.index("Lead Nurse"), text.index("Nurse work")
    query = Query("ask_skill_gap", text, [{"entity": "role", "value": "Lead Nurse", "start": at_lead},
                                         {"entity": "role", "value": "Nurse", "start": at_nurse}], {})
    assert choose_role(STORE, query) == ("Nurse", None)
    text = "mid level nurse, 3 yrs. what do i need to get to senior level?"
    query = Query("ask_skill_gap", text, [{"entity": "level", "value": "mid", "start": 0},
                                         {"entity": "level", "value": "senior",
                                          "start": text.index("senior")},
                                         {"entity": "role", "value": "Nurse", "start": 10}], {})
    assert choose_role(STORE, query) == ("Senior Nurse", None)


def test_the_role_applied_for_is_the_target() -> None:
    text = "Lead Nurse 5 yrs, never used the charting app. what do i need before applying to that Nurse job"
    query = Query("ask_skill_gap", text, [{"entity": "role", "value": "Lead Nurse", "start": 0},
                                         {"entity": "role", "value": "Nurse",
                                          "start": text.index("Nurse job")}], {})
    assert choose_role(STORE, query) == ("Nurse", None)
