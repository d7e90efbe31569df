"""What a salary question asks for beyond its entities: the words that may name a row of a pay table
("head chef", "band 6", "10+ yrs", "senior hr manager or hr head"), and the role a question naming none
points at (a row named with its place, the one page that discusses its subject)."""

from __future__ import annotations

import re

from bot.answers.context import Context, Store
from bot.answers.direct import subject_owner
from bot.answers.salary_base import labelled_role
from bot.answers.subject import lemmas, names_role, terms_in, years_terms
from bot.core.types import Query
from bot.language.text import words

_GRADES = re.compile(r"(?<=\bband )\d+[a-d]?\b|(?<=\blevel )\d\b|\b(?:ii|iii|iv)\b")


def settle_rows_and_role(store: Store, query: Query, ctx: Context) -> None:
    """Fill `ctx.row_words`, and the role when the question names none (the subject is settled)."""
    ctx.row_words = [*named_as(query, ctx), *_GRADES.findall(query.text.lower()),
                     *(t for name in [*ctx.unknown_roles, *query.values("side")] for t in lemmas(name)),
                     *years_terms(query.text)]  # "consultant", "or hr head", "10+ yrs": rows, not roles
    if not (ctx.roles or ctx.unknown_roles) and ctx.places:  # "inner london UPS range?": the teachers'
        written = [t for e in query.of("place") for t in lemmas(str(e.get("text") or ""))]  # row, no city
        owner = labelled_role(store, ctx, written)
        if owner is not None:
            ctx.roles, ctx.places = [owner], []
            ctx.row_words += written
    sals = store.salaries(role=ctx.roles[0].name) if len(ctx.roles) == 1 else []
    for place in list(ctx.places) if sals else ():  # "tube driver salary? london underground": the row
        named = lemmas(place.name)  # "Qualified train operators on the London Underground"
        if not any(s.place == place.name for s in sals) and any(
                s.label and set(named) <= terms_in(s.label) for s in sals):
            ctx.places.remove(place)
            ctx.row_words += named
    if not (ctx.roles or ctx.unknown_roles or ctx.places) and (owner := subject_owner(store, ctx.subject)):
        ctx.roles = [owner]  # "sign on bonus?? how is it paid out": the one page that has one


def named_as(query: Query, ctx: Context) -> list[str]:
    """The words a role was written with beyond its name, when the written name keeps the role's head
    ("head" of "head chef" for Chef), not for a short form ("RNs", "vet techs", "backend dev")."""
    out: list[str] = []
    for e in query.of("role"):
        written = lemmas(str(e.get("text") or ""))
        for role in ctx.roles:
            own = lemmas(role.name)
            if own and own[-1] in written:
                out += [t for t in written if t not in own and t not in out]
    return out


def without_role_words(store: Store, terms: list[str], role: str) -> list[str]:
    """The subject without the words and aliases of a role the figures chose ("speech paths in texas",
    "DE median in amsterdam")."""
    return [t for t in terms if not (
        names_role(t, words(role)) or ((ref := store.resolve_role(t)) is not None and ref.name == role))]
