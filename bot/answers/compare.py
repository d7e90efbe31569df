"""Role comparisons on any facet: "difference between a DBA and a database architect", "nurse vs
dietitian pay", "backend vs senior backend responsibilities". Each role's own facts, side by side."""

from __future__ import annotations

from bot.answers import buttons as btn
from bot.answers.context import Context, Store, base_of, senior_of
from bot.answers.facts import TOPIC_FACETS, TOPIC_NAMES, collect, shown
from bot.answers.fallback import answer_fallback
from bot.answers.format import join_words, render_facts, source_line, unique
from bot.answers.salary import answer_salary
from bot.answers.subject import topic_words
from bot.answers.unknown import uncompared_reply, unknown_role_reply
from bot.core.types import Query, Reply
from bot.language import levels
from bot.language.inflect import singular
from bot.language.text import words
from bot.store.types import Fact, RoleRef

PER_ROLE = 4


def compared_topic(text: str) -> str:
    """The facet a comparison asks about, by the topic words it uses (duties when it names none)."""
    said = {singular(w).lower() for w in words(text)}
    best, best_n = "duties", 0
    for topic in TOPIC_FACETS:
        n = len(said & {singular(w).lower() for w in topic_words(topic)})
        if n > best_n:
            best, best_n = topic, n
    return best


def compared_roles(store: Store, ctx: Context) -> list[RoleRef]:
    """The roles named, plus the senior variant for "X vs senior X" (one role and a senior level)."""
    roles = list(ctx.roles)
    if len(roles) == 1 and levels.SENIOR in ctx.levels:
        base = base_of(store, roles[0])
        senior = senior_of(store, base)
        roles = [base, senior] if senior and senior != base else roles
    return roles


def answer_compare(store: Store, query: Query, ctx: Context) -> Reply:
    """Side-by-side facts of two or more roles on the facet asked about (pay goes to the salary answer)."""
    roles = compared_roles(store, ctx)
    if ctx.uncompared:
        return uncompared_reply(store, ctx.uncompared, roles, "salary" if ctx.pay else "comparison")
    if ctx.pay:
        ctx.roles = roles
        return answer_salary(store, query, ctx)
    if len(roles) < 2 and ctx.unknown_roles:
        return unknown_role_reply(store, ctx.unknown_roles, "comparison")
    if len(roles) < 2:
        return answer_fallback(store, query, ctx)  # one role named: not a comparison after all
    topic = compared_topic(query.text)
    what = TOPIC_NAMES.get(topic, topic)
    lines = [f"Comparing {what}:"]
    used: list[Fact] = []
    for role in roles:
        facts = shown(collect(store, role.name, topic, query.text))[:PER_ROLE]
        if facts:
            lines.append(f"{role.name}:\n{render_facts(facts)}")
            used.extend(facts)
        else:
            lines.append(f"{role.name}: the documents don't cover {what}.")
    if ctx.unknown_roles:
        lines.append(f"I have no data about {join_words(ctx.unknown_roles)}.")
    if not used:
        return Reply(text="\n\n".join(lines), kind="not_covered", topic=topic, roles=[r.name for r in roles])
    sources = unique(f.source.title for f in used)
    return Reply(text="\n\n".join([*lines, source_line(sources)]), sources=sources, topic=topic,
                 roles=[r.name for r in roles], slots={"topic": topic, "role": roles[0].name},
                 buttons=btn.after_topic(roles[0].name, topic))
