""""Tell me about <role>": the overview plus a few highlights (top skills, salary), each with its source."""

from __future__ import annotations

from bot import facets as fc
from bot.answers import buttons as btn
from bot.answers.context import Context, Store, base_of, default_role
from bot.answers.facts import answer_topic, ask_which_role, grouped
from bot.answers.format import article, render_facts, salary_figure, source_line, statistic_name, unique
from bot.answers.unknown import unknown_role_reply
from bot.core.types import Reply

MAX_SKILLS = 5


def answer_overview(store: Store, ctx: Context, text: str) -> Reply:
    """Overview paragraph of the first document, top skills and the country-wide salary."""
    if ctx.unknown_roles and not ctx.roles:
        return unknown_role_reply(store, ctx.unknown_roles, "overview")
    role = default_role(store, ctx)
    if role is None:  # "what is FASSA": the one role whose documents say, if only one does
        return answer_topic(store, "overview", ctx, text) if ctx.subject else \
            ask_which_role(store, "overview")
    overview = store.facts(role.name, fc.OVERVIEW)
    if not overview:
        return answer_topic(store, "duties", ctx, text)
    first = grouped(overview)[0]
    lines = [f"{role.name} ({first[1]}):", render_facts(first[2])]
    sources = [first[1]]
    skill_role = role
    skills = store.facts(role.name, fc.TOP_SKILLS)
    if not skills and role.parent:
        skill_role = base_of(store, role)
        skills = store.facts(skill_role.name, fc.TOP_SKILLS)
    if skills:
        group = grouped(skills)[0]
        label = "Top skills" if skill_role is role else f"Top skills for {skill_role.name} (the base role)"
        lines.append(f"\n{label} (from {group[1]}):")
        lines.append(render_facts(group[2][:MAX_SKILLS]))
        sources.append(group[1])
    pay = [s for s in store.salaries(role=role.name) if s.place is None]
    for sal in pay[:2]:
        stat = statistic_name(sal.statistic)
        lines.append(f"\nSalary: the {stat} salary for {article(role.name)} {sal.scope} is "
                     f"{salary_figure(sal)} per {sal.period} (from {sal.source.title}).")
        sources.append(sal.source.title)
    sources = unique(sources)
    lines.append(source_line(sources))
    buttons = [
        btn.button("Skills", f"What skills does a {role.name} need?"),
        btn.button("Salary", f"How much does a {role.name} earn?"),
        btn.button("Daily duties", f"What does a {role.name} do?"),
        btn.button("How to become one", f"How do I become a {role.name}?"),
    ]
    return Reply(text="\n".join(lines), buttons=buttons, slots={"role": role.name, "topic": "overview"},
                 sources=sources)
