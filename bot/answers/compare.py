"""Role comparisons on any facet: "difference between a DBA and a database architect", "nurse vs
dietitian pay", "backend vs senior backend responsibilities". Each role's own facts, side by side."""

from __future__ import annotations

from bot.answers import buttons as btn
from bot.answers.context import Context, Store, base_of, senior_of
from bot.answers.contrast import contrast_hits, side_words
from bot.answers.direct import role_facts
from bot.answers.facts import TOPIC_FACETS, TOPIC_NAMES, collect, shown
from bot.answers.fallback import answer_fallback
from bot.answers.format import join_words, render_facts, source_line, unique
from bot.answers.salary import answer_salary
from bot.answers.subject import Hit, topic_words
from bot.answers.unknown import uncompared_reply, unknown_role_reply
from bot.core.types import Query, Reply
from bot.language import levels
from bot.language.inflect import singular
from bot.language.text import words
from bot.store.types import Fact, RoleRef

PER_ROLE = 4


def named_topic(text: str) -> str | None:
    """The facet whose topic words a comparison uses most, if any (the side-by-side shows duties
    when it names none)."""
    said = {singular(w).lower() for w in words(text)}
    best, best_n = None, 0
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
    named = named_topic(query.text)
    topic = named or "duties"
    if not ctx.pay:
        sides = [str(s.get("value")) for s in query.of("side")] if ctx.uncompared else []
        contrast = _contrast(store, roles, sides, named)
        if contrast:
            return _contrast_reply(roles, contrast, topic)
    if ctx.uncompared:
        return uncompared_reply(store, ctx.uncompared, roles, "salary" if ctx.pay else "comparison")
    if ctx.pay:
        ctx.roles = roles
        return answer_salary(store, query, ctx)
    if len(roles) < 2 and ctx.unknown_roles:
        return unknown_role_reply(store, ctx.unknown_roles, "comparison")
    if len(roles) < 2:
        return answer_fallback(store, query, ctx)  # one role named: not a comparison after all
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


def _contrast(store: Store, roles: list[RoleRef], sides: list[str], topic: str | None) -> list[Hit]:
    """The sentences that set the compared things apart, when they share a page: two roles of one page
    ("vet technologist vs vet technician"), or the sides of one role's comparison when some name no role
    ("tower vs centre controllers"). The topic's facts first, then all of the roles' facts."""
    if len(roles) == 1 and len(sides) >= 2:
        names, shared = sides, [roles[0].name, *roles[0].aliases]
    elif len(roles) >= 2 and not sides:
        names, shared = [r.name for r in roles], []
    else:
        return []
    pools = [role_facts(store, r.name) for r in roles]
    if len(roles) >= 2 and not set.intersection(*({f.source.file for f in pool} for pool in pools)):
        return []  # pages of their own: the side-by-side shows each role's facts
    every = list({f.text: f for pool in pools for f in pool}.values())
    words_of = side_words(names, shared)
    on_topic = [f for f in every if topic and f.facet in TOPIC_FACETS[topic]]
    return (on_topic and contrast_hits(on_topic, words_of)) or contrast_hits(every, words_of)


def _contrast_reply(roles: list[RoleRef], hits: list[Hit], topic: str) -> Reply:
    names = join_words([r.name for r in roles])
    lines = [f"What sets them apart, in the documents about {names}:", *(f"• {h.sentence}" for h in hits)]
    sources = unique(h.fact.source.title for h in hits)
    return Reply(text="\n".join([*lines, source_line(sources)]), sources=sources, topic=topic,
                 roles=[r.name for r in roles], slots={"topic": topic, "role": roles[0].name},
                 buttons=btn.after_topic(roles[0].name, topic))
