"""Honest replies for roles and places the store knows nothing about (never a number)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answers import buttons as btn
from bot.answers.context import Store, same_head
from bot.answers.format import article, join_words, plural, with_the
from bot.core.types import Reply
from bot.language.inflect import is_plural
from bot.store.types import RoleRef


def known_role_names(store: Store) -> list[str]:
    """Canonical role names in the store."""
    return [r.name for r in store.roles()]


def known_city_names(store: Store) -> list[str]:
    """Cities and regions that have salary figures."""
    return [p.name for p in store.places(with_data=True) if p.kind != "country"]


def plural_names(names: Sequence[str]) -> str:
    """ "nurses and pharmacists" for occupation names as the user gave them."""
    return join_words([plural(n) if not is_plural(n.split()[-1]) else n for n in names])


def role_note(names: Sequence[str], store: Store) -> str:
    """"I have no data about nurses yet: no document of mine covers them. I know about: ..." (no figures).
    The one wording for an occupation the store has no document for, whatever the topic."""
    missing = plural_names(names)
    known = join_words(known_role_names(store))
    return (f"I have no data about {missing} yet: no document of mine covers them. "
            f"The roles I know about are: {known}.")


def unknown_role_reply(store: Store, names: Sequence[str], topic: str | None = None) -> Reply:
    """Reply for occupations the store lacks; "did you mean" when a store role has the same head noun
    ("architects" -> Database Architect: the documents cover that one, not architects in general)."""
    roles = known_role_names(store)
    slots = {"topic": topic} if topic else {}
    near = [r for n in names for r in same_head(store, n)]
    if near:
        wanted = plural_names(names)
        offer = [r.name for r in near[:3]]
        question = TOPIC_QUESTIONS.get(topic or "", "What does {who} do?")
        return Reply(text=f"I have no document about {wanted} as such; the nearest role I know is "
                          f"{join_words(offer)}. Did you mean {join_words(offer, 'or')}?",
                     buttons=[btn.button(n, question.format(who=article(n), plural=plural(n)))
                              for n in offer],
                     slots=slots, kind="clarify", topic=topic or "", roles=[f"unknown:{n}" for n in names])
    return Reply(text=role_note(names, store), buttons=btn.roles(roles), slots=slots, kind="not_covered",
                 topic=topic or "", roles=[f"unknown:{n}" for n in names])


def clarify_role_reply(suggestions: Sequence[RoleRef], topic: str) -> Reply:
    """ "Did you mean Electrician?" for a role written with a typo the resolver is unsure of."""
    names = [r.name for r in suggestions[:3]]
    question = TOPIC_QUESTIONS.get(topic, "What does {who} do?")
    buttons = [btn.button(n, question.format(who=article(n), plural=plural(n))) for n in names]
    return Reply(text=f"Did you mean {join_words(names, 'or')}?", buttons=buttons, kind="clarify",
                 topic=topic, slots={"topic": topic} if topic else {})


TOPIC_QUESTIONS = {
    "salary": "How much does {who} earn?", "duties": "What does {who} do?",
    "skills": "What skills does {who} need?", "education": "How do I become {who}?",
    "tools": "What tools does {who} use?", "outlook": "What is the job outlook for {plural}?",
    "hours": "What hours do {plural} work?", "work_environment": "Where do {plural} work?",
}


def role_pay_places(store: Store, role: str) -> tuple[list[str], bool]:
    """Where the documents give a role's figures (its cities and regions, then "the whole of <country>"),
    and whether some figures name no place."""
    out: list[str] = []
    unplaced = False
    for sal in store.salaries(role=role):
        if not sal.place and not sal.country:
            unplaced = True
            continue
        where = sal.place or f"the whole of {with_the(sal.country or '')}"
        if where not in out:
            out.append(where)
    return out, unplaced


def place_note(names: Sequence[str], store: Store, role: str | None = None) -> str:
    """"The documents give no salary figure for Texas. Their Dietitian figures are for: the whole of the
    United States." (no figures); without a role, the cities that have figures."""
    asked = join_words(list(names))
    where, unplaced = role_pay_places(store, role) if role else ([], False)
    if where or unplaced:
        said = f"Their {role} figures are for {join_words(where)}" if where else f"Their {role} figures"
        if unplaced:
            said += ", and some name no place" if where else " name no place"
        return f"The documents give no salary figure for {role} in {asked}. {said}."
    text = f"The documents give no salary figure for {asked}."
    cities = known_city_names(store)
    if cities:
        text += f" They have salary figures for these places: {join_words(cities)}."
    return text


def unknown_place_reply(store: Store, names: Sequence[str], role: str | None) -> Reply:
    """Reply when every place asked about is unknown or has no figures."""
    cities = known_city_names(store)
    buttons = [btn.button(f"Salary in {c}", f"What is the salary in {c}?") for c in cities[:3]]
    buttons.append(btn.button("Which city pays most?", "Which city pays the most?"))
    slots: dict[str, str] = {"topic": "salary"}
    if role:
        slots["role"] = role
        buttons.insert(0, btn.button(f"{role} pay", f"How much does {article(role)} earn?"))
    return Reply(text=place_note(names, store, role), buttons=buttons, slots=slots, kind="not_covered",
                 topic="salary", roles=[role] if role else [])


def uncompared_reply(store: Store, others: Sequence[str], roles: Sequence[RoleRef], topic: str) -> Reply:
    """A comparison one side of which the documents don't cover ("backend vs frontend")."""
    known = [r.name for r in roles]
    what = join_words(list(others))
    if len(others) > 1:
        scope = f" for {join_words(known)}" if known else ""
        text = (f"My documents don't compare {join_words(list(others), 'and')}{scope}."
                + (f" I can tell you what they say about {join_words(known)}." if known else ""))
    elif known:
        text = (f"My documents don't cover {what}, so I can't compare it with {join_words(known)}. "
                f"I can tell you about {join_words(known)} on {'its' if len(known) == 1 else 'their'} own.")
    else:
        text = (f"My documents don't cover {what}. "
                f"The roles I know about are: {join_words(known_role_names(store))}.")
    question = TOPIC_QUESTIONS.get(topic, "What does {who} do?")
    buttons = [btn.button(n, question.format(who=article(n), plural=plural(n))) for n in known[:3]]
    return Reply(text=text, buttons=buttons or btn.roles(known_role_names(store)), kind="not_covered",
                 topic=topic, slots={"topic": topic}, roles=known)


def asked_first(text: str, unknown: str, role: RoleRef, from_slot: bool) -> bool:
    """The occupation with no document is what the question is about: it is written before the known
    role, or the known role came from the conversation."""
    low = text.lower()
    at = low.find(unknown.lower())
    own = {w for name in (role.name, *role.aliases) for w in name.lower().split() if len(w) > 2}
    known = [m.start() for w in own for m in re.finditer(rf"\b{re.escape(w)}", low)]  # "backend", "data"
    return at >= 0 and (from_slot or bool(known) and at < min(known))
