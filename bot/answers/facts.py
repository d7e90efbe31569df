"""Facet answers (duties, skills, tools, education, ...): store facts grouped by source document."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import facets as fc
from bot.answers import buttons as btn
from bot.answers.context import Context, Store, base_of, default_role, top_roles
from bot.answers.direct import about_lines, asked_topic_words, direct_answer, role_facts, topic_sentences
from bot.answers.format import (
    article,
    clean,
    heading_text,
    join_words,
    plural,
    render_facts,
    sentence_with,
    source_line,
    unique,
)
from bot.answers.subject import Hit, mentioned, names_role, specific, terms_in
from bot.answers.titles import titles_reply
from bot.answers.unknown import asked_first, role_note, unknown_role_reply
from bot.core.types import Reply
from bot.language.asks import asks_other_names
from bot.language.skills import taxonomy
from bot.store.types import Fact, RoleRef

INTENT_TOPIC: dict[str, str] = {
    "ask_overview": "overview", "ask_duties": "duties", "ask_skills": "skills",
    "ask_education": "education", "ask_certification": "certification",
    "ask_projects_courses": "projects_courses", "ask_salary": "salary", "compare_salary": "salary",
    "ask_tools": "tools", "ask_role_types": "role_types", "ask_locations": "locations",
    "ask_outlook": "outlook", "ask_career_growth": "career_growth", "ask_challenges": "challenges",
    "ask_work_environment": "work_environment", "ask_hours": "hours", "ask_related_roles": "related_roles",
    "ask_benefits": "benefits",
}
TOPIC_FACETS: dict[str, tuple[str, ...]] = {
    "overview": (fc.OVERVIEW,), "duties": (fc.DUTIES,), "skills": (fc.TOP_SKILLS, fc.SKILLS),
    "education": (fc.EDUCATION, fc.HOW_TO_BECOME), "certification": (fc.CERTIFICATION,),
    "projects_courses": (fc.PROJECTS, fc.COURSES), "tools": (fc.TOOLS,), "role_types": (fc.ROLE_TYPES,),
    "locations": (fc.LOCATIONS,), "outlook": (fc.OUTLOOK,),
    "career_growth": (fc.CAREER_GROWTH, fc.PERSONAL_GROWTH), "challenges": (fc.CHALLENGES,),
    "work_environment": (fc.WORK_ENVIRONMENT,), "hours": (fc.HOURS,), "related_roles": (fc.RELATED_ROLES,),
    "benefits": (fc.BENEFITS,),
}
TOPIC_NAMES: dict[str, str] = {
    "overview": "an overview", "duties": "duties", "skills": "skills", "education": "education",
    "certification": "certifications", "projects_courses": "projects or courses", "tools": "tools",
    "role_types": "roles and types", "locations": "job locations", "outlook": "the career outlook",
    "career_growth": "career growth", "challenges": "challenges", "work_environment": "the work environment",
    "hours": "working hours", "related_roles": "related occupations", "benefits": "benefits",
}
INTROS: dict[str, str] = {
    "overview": "What {who} does", "duties": "What {who} does day to day", "skills": "Skills {who} needs",
    "education": "How to become {who}", "certification": "Certification for {who}",
    "projects_courses": "Projects and courses for becoming {who}", "tools": "Tools {who} typically uses",
    "role_types": "Roles and types of {plural}", "locations": "Top locations for {role} jobs",
    "outlook": "Career outlook for {plural}", "career_growth": "Career growth for {plural}",
    "challenges": "Challenges {plural} face", "work_environment": "Where and how {plural} work",
    "hours": "Working hours of {plural}", "related_roles": "Occupations similar to {role}",
    "benefits": "Benefits for {plural}",
}
# Facets that answer a topic when the role's pages have no section of its own.
FALLBACK_FACETS: dict[str, tuple[str, ...]] = {
    "skills": (fc.QUALIFICATIONS, fc.PERSONALITY), "education": (fc.QUALIFICATIONS,),
    "duties": (fc.OVERVIEW,), "career_growth": (fc.OUTLOOK,),
}
SOFT = re.compile(r"\b(soft|personality|traits?|character|interests?|temperament)\b", re.I)
SOFT_ITEM = re.compile(r"communicat|team|collaborat|problem|analytic|detail", re.I)
FAQ = re.compile(r"frequently asked|\bfaq\b", re.I)
QUALIFY = re.compile(r"\b(qualifications?|requirements?|required|requires?)\b", re.I)


def facets_for(topic: str, text: str) -> tuple[str, ...]:
    """Facets to show for a topic; the wording refines skills questions (soft skills, qualifications)."""
    if topic == "skills" and SOFT.search(text):
        return (fc.PERSONALITY,)
    if topic == "skills" and QUALIFY.search(text):
        return (fc.QUALIFICATIONS, fc.TOP_SKILLS)
    return TOPIC_FACETS.get(topic, (fc.OVERVIEW,))


def collect(store: Store, role: str, topic: str, text: str) -> list[Fact]:
    """Facts of a role for a topic, in facet then document order."""
    facts: list[Fact] = []
    for facet in facets_for(topic, text):
        facts.extend(store.facts(role, facet))
    if topic == "skills" and SOFT.search(text):
        for facet in (fc.TOP_SKILLS, fc.QUALIFICATIONS):
            facts.extend(f for f in store.facts(role, facet) if SOFT_ITEM.search(f.text))
    if topic == "certification" and not facts:
        facts = certification_mentions(store, role)
    if topic == "tools" and not facts:
        facts = named_tool_mentions(store, role)
    for facet in FALLBACK_FACETS.get(topic, ()) if not facts else ():
        facts.extend(store.facts(role, facet))  # a job ad's "Requirements" are its skills
    return facts


def certification_mentions(store: Store, role: str) -> list[Fact]:
    """Sentences about certification anywhere in a role's facts (no certification section exists)."""
    found: list[Fact] = []
    for facet in fc.ALL_FACETS:
        for fact in store.facts(role, facet):
            sent = sentence_with(fact.text, "certif")
            if sent and all(sent != f.text for f in found):
                found.append(Fact(role=fact.role, facet=fact.facet, text=sent, source=fact.source,
                                  terms=fact.terms, heading=fact.heading))
    return found


TOOL_CATEGORIES = frozenset({"languages", "databases", "cloud", "frameworks", "tools", "platforms"})


def named_tool_mentions(store: Store, role: str) -> list[Fact]:
    """Facts anywhere in a role's pages that name a product, language or platform of the taxonomy's
    named categories (a job ad's duties and requirements name its tools without a tools section)."""
    tax = taxonomy()
    found: list[Fact] = []
    for facet in fc.ALL_FACETS:
        if facet in (fc.SALARY, fc.BENEFITS, fc.RELATED_ROLES):
            continue
        found.extend(f for f in store.facts(role, facet)
                     if any(tax.named_category(t) in TOOL_CATEGORIES for t in f.terms) and f not in found)
    return found


def without_repeats(facts: Sequence[Fact]) -> list[Fact]:
    """Drop facts whose text repeats, or is contained in, another fact of the same document."""
    texts = [clean(f.text) for f in facts]
    keep: list[Fact] = []
    for i, fact in enumerate(facts):
        dup = any(j != i and facts[j].source.title == fact.source.title and (
            (texts[i] in texts[j] and len(texts[j]) > len(texts[i])) or (texts[i] == texts[j] and j < i))
            for j in range(len(facts)))
        if texts[i] and not dup:
            keep.append(fact)
    return keep


def shown(facts: Sequence[Fact]) -> list[Fact]:
    """The facts to display: no repeats, and FAQ answers only when no section covers the topic."""
    facts = without_repeats(facts)
    main = [f for f in facts if not FAQ.search(f.heading)]
    return main or facts


def grouped(facts: Sequence[Fact]) -> list[tuple[str, str, list[Fact]]]:
    """(heading, source title, facts) groups in first-seen order."""
    groups: list[tuple[str, str, list[Fact]]] = []
    for fact in facts:
        key = (fact.heading or "Introduction", fact.source.title)
        for heading, title, items in groups:
            if (heading, title) == key:
                if all(clean(f.text) != clean(fact.text) for f in items):
                    items.append(fact)
                break
        else:
            groups.append((key[0], key[1], [fact]))
    return groups


def render(facts: Sequence[Fact], intro: str) -> str:
    """Facts under one intro; several documents or sections are each labelled with heading and source."""
    groups = grouped(facts)
    if len(groups) == 1:
        return f"{intro}:\n{render_facts(groups[0][2])}"
    parts = [f"{intro}. The documents say:"]
    for heading, title, items in groups:
        parts.append(f"{heading_text(heading)} (from {title}):\n{render_facts(items)}")
    return "\n\n".join(parts)


def intro_for(topic: str, role: str) -> str:
    """"Skills a Backend Software Engineer needs"."""
    return INTROS.get(topic, "About {who}").format(who=article(role), plural=plural(role), role=role)


def related_roles(store: Store, role: RoleRef) -> list[tuple[RoleRef, str]]:
    """Roles to borrow a missing facet from: the base role first, then senior variants."""
    out: list[tuple[RoleRef, str]] = []
    base = base_of(store, role)
    if base.name != role.name:
        out.append((base, "the base role"))
    for other in store.roles():
        if other.parent == role.name:
            out.append((other, "a more senior role"))
    return out


def answer_topic(store: Store, topic: str, ctx: Context, text: str) -> Reply:
    """Answer a topic for the context's role; borrow from a related role when the facet is missing."""
    if ctx.unknown_roles and not ctx.roles:
        return unknown_role_reply(store, ctx.unknown_roles, topic)
    role = default_role(store, ctx)
    inferred = ""
    if role is None:
        owners = roles_about(store, topic, ctx, text)
        if not owners and ctx.subject and store.roles():
            return Reply(text=f"None of my documents discuss {join_words(ctx.subject)}. "
                         f"I know about {join_words([r.name for r in top_roles(store)])}.",
                         buttons=btn.roles([r.name for r in top_roles(store)]), slots={"topic": topic},
                         kind="not_covered", topic=topic)
        if len(owners) != 1:
            return ask_which_role(store, topic, owners)
        role = owners[0]  # "is there a pension with the job?": only one role's documents say
        own = terms_in(role.name)  # "cyber analyst roles": words of its own name are no subject
        ctx.subject = [t for t in ctx.subject if not names_role(t, own)]
        inferred = f"(You named no role; only the documents about {role.name} discuss this.)"
    reply = _role_topic(store, role, topic, ctx, text)
    if ctx.unknown_roles and ctx.roles and asked_first(text, ctx.unknown_roles[0], role, ctx.role_from_slot):
        reply.text = f"{role_note(ctx.unknown_roles, store)} Closest, about {role.name}:\n{reply.text}"
        reply.kind = "not_covered"  # "what skills do ml engineers need that data scientists dont"
    if inferred:
        reply.text = f"{inferred}\n{reply.text}"
    return reply


def roles_about(store: Store, topic: str, ctx: Context, text: str) -> list[RoleRef]:
    """The base roles whose documents discuss the question's subject (or, with none, have the topic)."""
    out = []
    for role in top_roles(store) or list(store.roles()):
        if ctx.subject:  # every word of the subject, everyday ones too, tells the roles apart ("loading")
            if mentioned(role_facts(store, role.name), ctx.subject):
                out.append(role)
        elif collect(store, role.name, topic, text):
            out.append(role)
    return out


def _role_topic(store: Store, role: RoleRef, topic: str, ctx: Context, text: str) -> Reply:
    if topic == "role_types" and asks_other_names(text) and (titles := titles_reply(store, role)):
        return titles  # "what other job titles do librarians go by"
    every = collect(store, role.name, topic, text)
    named = specific(asked_topic_words(text, topic))  # "through an apprenticeship": that section first
    facts = shown([*(f for f in every if named & terms_in(f.heading)),
                   *(f for f in every if not named & terms_in(f.heading))])
    extra: list[Hit] = []
    if ctx.subject:
        direct = direct_answer(store, role, topic, ctx, text, facts)
        if isinstance(direct, Reply):
            return direct
        facts, extra = direct
    if not facts and (found := topic_sentences(store, role, topic, text)):
        said = [f"The documents about {role.name} have no section on {TOPIC_NAMES.get(topic, topic)}; "
                "what they say about it elsewhere:", *(f"• {h.sentence}" for h in found)]
        sources = unique(h.fact.source.title for h in found)
        return Reply(text="\n".join([*said, source_line(sources)]),
                     slots={"role": role.name, "topic": topic}, buttons=btn.after_topic(role.name, topic),
                     sources=sources, topic=topic, roles=[role.name])
    what = TOPIC_NAMES.get(topic, topic)
    lines: list[str] = []
    asked = specific(asked_topic_words(text, topic))  # "equipment", not "day" of "day to day"
    lead: list[Hit] = []
    if facts and not extra and asked and not any(asked & terms_in(f"{f.heading} {f.text}") for f in facts):
        # the facet never uses the question's own word: the sentences elsewhere that do, first
        lead = [h for h in topic_sentences(store, role, topic, text) if asked & set(h.matched)][:2]
    if facts:
        lines.extend(about_lines(lead, lead="About"))
        lines.append(render(facts, intro_for(topic, role.name)))
        lines.extend(about_lines(extra))
        facts = [*facts, *(h.fact for h in [*lead, *extra])]
    else:
        lines.append(f"The documents about {role.name} don't cover {what}.")
        for other, relation in related_roles(store, role):
            borrowed = shown(collect(store, other.name, topic, text))
            if borrowed:
                lines.append(f"Here is what they say about {other.name} ({relation}), which may also apply:")
                lines.append(render(borrowed, intro_for(topic, other.name)))
                facts = borrowed
                break
    if not facts:
        return Reply(text=lines[0] + " I can tell you about other topics instead.",
                     buttons=btn.after_topic(role.name, topic), slots={"role": role.name, "topic": topic},
                     topic=topic, roles=[role.name])
    sources = unique(f.source.title for f in facts)
    lines.append(source_line(sources))
    return Reply(text="\n".join(lines), buttons=btn.after_topic(role.name, topic),
                 slots={"role": role.name, "topic": topic}, sources=sources, topic=topic,
                 roles=unique(f.role for f in facts))


def ask_which_role(store: Store, topic: str, candidates: Sequence[RoleRef] = ()) -> Reply:
    """Several base roles and none named: ask which one (of those whose documents discuss it, if known)."""
    if candidates:
        names = [r.name for r in candidates]
        return Reply(text=f"Which role do you mean? The documents discuss this for {join_words(names)}.",
                     buttons=btn.roles(names), slots={"topic": topic}, kind="clarify")
    names = [r.name for r in top_roles(store)] or [r.name for r in store.roles()]
    if not names:
        return Reply(text="My knowledge store has no career documents yet, so I can't answer that.",
                     slots={"topic": topic})
    return Reply(text=f"Which role do you mean? I know about {join_words(names)}.",
                 buttons=btn.roles(names), slots={"topic": topic})
