"""Personal advice: remember the skills a user claims (slot `skills`), compare them with a role's documents.

Skills come only from the turn's skill entities (see bot.advice.extract): "known" ones are recorded,
"unknown" (negated) ones acknowledged without recording, "wanted" ones and plain mentions never recorded.
"""

from __future__ import annotations

from typing import Any

from bot.advice.extract import SkillClaim, claimed, skill_claims
from bot.advice.gap import compute_gap
from bot.advice.render import checklist_payload, gap_text, join_names
from bot.advice.requirements import role_requirements
from bot.advice.roles import base_roles, choose_role, is_senior, senior_of
from bot.advice.vocabulary import Vocabulary, vocabulary
from bot.core.protocol import Store
from bot.core.types import Query, Reply, source_line
from bot.language.claims import KNOWN, UNKNOWN, WANTED
from bot.language.inflect import article

TELL, GAP, FORGET, EDUCATION = "tell_skills", "ask_skill_gap", "forget_skills", "ask_education"
INTENTS = (TELL, GAP, FORGET, EDUCATION)
SKILL_GAP, TELL_SKILLS = "skill_gap", "tell_skills"


def slot_skills(vocab: Vocabulary, query: Query) -> list[str]:
    """The `skills` slot, canonicalised ("Postgres" -> "PostgreSQL"); unknown names are kept."""
    raw = query.slots.get("skills") or []
    if isinstance(raw, str):
        raw = [raw]
    out: list[str] = []
    for value in raw:
        text = str(value).strip()
        name = (vocab.canonical(text) if text else None) or text
        if name and name not in out:
            out.append(name)
    return out


def merge(old: list[str], new: list[str]) -> list[str]:
    """`old` followed by the names of `new` it lacks."""
    return [*old, *(s for s in dict.fromkeys(new) if s not in old)]


def buttons(
    store: Store, role: str | None, have_skills: bool, after_gap: bool = False
) -> list[dict[str, str]]:
    """Plain-text quick replies; after a gap answer no button repeats it (ask_education + skills = gap)."""
    out: list[dict[str, str]] = []
    if role:
        a_role = article(role)
        if have_skills and not after_gap:
            out.append({"title": "What am I missing?", "payload": f"What am I missing to become {a_role}?"})
        out.append({"title": "Skills needed", "payload": f"What skills does {a_role} need?"})
        if not have_skills:
            out.append({"title": "How to become one", "payload": f"How do I become {a_role}?"})
        senior = senior_of(store, role)
        if senior and have_skills:
            out.append({"title": "Ready for senior?", "payload": f"Am I ready for {article(senior)} role?"})
        out.append({"title": "Salary", "payload": f"What is the average salary of {a_role}?"})
    if have_skills:
        out.append({"title": "Forget my skills", "payload": "Forget my skills"})
    return out[:5]


def role_buttons(store: Store) -> list[dict[str, str]]:
    """One "compare with this role" button per role."""
    return [{"title": r.name, "payload": f"What am I missing to become {article(r.name)}?"}
            for r in store.roles()]


def _forget(store: Store, query: Query) -> Reply:
    old = slot_skills(vocabulary(store), query)
    text = (f"Done — I've forgotten the skills you told me ({join_names(old)})." if old
            else "I wasn't keeping any skills for you, so there's nothing to forget.")
    text += " Tell me what you know (e.g. \"I know Python and MySQL\") whenever you like."
    return Reply(text=text, buttons=[{"title": r.name, "payload": f"What skills does {article(r.name)} need?"}
                                     for r in base_roles(store)][:3],
                 slots={"skills": []}, kind="ack", topic=TELL_SKILLS)


def _aside(claims: list[SkillClaim]) -> list[str]:
    """Acknowledgements of negated and wished-for skills (never recorded)."""
    lines: list[str] = []
    denied = claimed(claims, UNKNOWN)
    wanted = claimed(claims, WANTED)
    if denied:
        lines.append(f"Noted that you don't know {join_names(denied, 'or')} yet — I haven't added it to "
                     "your skills.")
    if wanted:
        lines.append(f"You'd like to learn {join_names(wanted, 'or')} — I haven't added "
                     f"{'them' if len(wanted) > 1 else 'it'} to the skills you have.")
    return lines


def _tell(store: Store, query: Query) -> Reply:
    vocab = vocabulary(store)
    old = slot_skills(vocab, query)
    claims = skill_claims(vocab, query)
    new = claimed(claims, KNOWN)
    merged = merge(old, new)
    role, _ = choose_role(store, Query(intent=query.intent, slots=query.slots))
    aside = _aside(claims)
    if not new:
        examples = [e.name for e in vocab.entries.values() if e.in_store and not e.generic][:6]
        text = " ".join(aside) if aside else (
            "I couldn't pick out a skill you have in that. Try e.g. \"I know Python and MySQL\"."
            + (f" The documents name skills such as {join_names(examples, 'or')}." if examples else ""))
        return Reply(text=text, buttons=buttons(store, role, bool(merged)), slots={"skills": merged},
                     kind="ack", topic=TELL_SKILLS)
    known = [s for s in new if (e := vocab.get(s)) is not None and e.in_store]
    unknown = [s for s in new if s not in known]
    added = [s for s in new if s not in old]
    lines = [f"Got it: {join_names(added)}." if added else f"I already have {join_names(new)} on your list."]
    sources: list[str] = []
    by_roles: dict[tuple[str, ...], list[str]] = {}
    for skill in known:
        entry = vocab.entries[skill]
        by_roles.setdefault(tuple(sorted(entry.store_roles)), []).append(skill)
        sources += [t for t in entry.sources if t not in sources]
    for roles, names in by_roles.items():
        if roles:
            lines.append(f"The documents list {join_names(names)} for {join_names(list(roles))}.")
    if unknown:
        lines.append(f"None of the career documents mention {join_names(unknown)}, "
                     "so I can't say how it counts for these roles — I've noted it anyway.")
    lines += aside
    lines.append(f"Your skills so far: {join_names(merged)}.")
    lines.append("Ask \"what am I missing?\" to compare them with a role.")
    if sources:
        lines.append(source_line(sources))
    return Reply(text="\n".join(lines), buttons=buttons(store, role, True), slots={"skills": merged},
                 sources=sources, kind="answer" if sources else "ack", topic=TELL_SKILLS)


def _overview(store: Store, role: str) -> Reply:
    """No skills yet: list what the documents ask for and invite the user to tell theirs."""
    reqs = role_requirements(store, role)
    labels = [r.label for r in reqs if r.category not in ("soft_skills", "knowledge")][:8]
    sources: list[str] = []
    for r in reqs:
        sources += [t for t in r.sources if t not in sources]
    text = (f"Tell me what you already know (e.g. \"I know Python and MySQL\") and I'll check it against "
            f"what the documents list for {role}.")
    if labels:
        text += "\nThey ask for: " + "; ".join(labels) + "."
    if sources:
        text += "\n" + source_line(sources)
    return Reply(text=text, buttons=buttons(store, role, False), slots={"role": role}, sources=sources,
                 kind="answer" if sources else "clarify", topic=SKILL_GAP, roles=[role])


def _wanted_notes(vocab: Vocabulary, role: str, claims: list[SkillClaim]) -> list[str]:
    """For skills the user asks about learning: whether the documents list them for the role."""
    notes: list[str] = []
    for name in claimed(claims, WANTED):
        entry = vocab.get(name)
        if entry is not None and role in entry.store_roles:
            notes.append(f"{name}: the documents list it for {role}.")
        else:
            notes.append(f"{name}: not in my documents for this role.")
    return notes


def _gap(store: Store, query: Query) -> Reply:
    vocab = vocabulary(store)
    skills = slot_skills(vocab, query)
    claims = skill_claims(vocab, query)
    merged = merge(skills, claimed(claims, KNOWN))
    role, unknown = choose_role(store, query)
    slots: dict[str, Any] = {"skills": merged} if merged != skills else {}
    if unknown:
        text = (f"I don't have career documents about {unknown}, so I can't compare your skills with it. "
                "I can compare them with these roles:")
        return Reply(text=text, buttons=role_buttons(store), slots=slots, kind="not_covered", topic=SKILL_GAP)
    if role is None:
        return Reply(text="Which role should I compare your skills with?", buttons=role_buttons(store),
                     slots=slots, kind="clarify", topic=SKILL_GAP)
    if not merged:
        reply = _overview(store, role)
        reply.slots.update(slots)
        return reply
    gap = compute_gap(store, role, merged)
    text = gap_text(gap, is_senior(store, role))
    extra = [*_aside([c for c in claims if c.claim == UNKNOWN]), *_wanted_notes(vocab, role, claims)]
    if extra:
        head, _, rest = text.partition("\n")
        text = "\n".join([head, *extra, rest])
    return Reply(text=text, buttons=buttons(store, role, True, after_gap=True),
                 custom=checklist_payload(gap, vocab), slots={**slots, "role": role}, sources=gap.sources,
                 kind="answer", topic=SKILL_GAP, roles=[role])


def answer_advice(store: Store, query: Query) -> Reply:
    """Answer tell_skills / forget_skills / ask_skill_gap / ask_education from the store."""
    if query.intent == FORGET:
        return _forget(store, query)
    if query.intent == TELL:
        return _tell(store, query)
    return _gap(store, query)
