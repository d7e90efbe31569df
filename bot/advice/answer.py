"""Personal advice: remember the user's skills (slot `skills`) and compare them with a role's documents."""

from __future__ import annotations

import re
from typing import Any

from bot.advice.extract import roles_in, skills_in
from bot.advice.gap import compute_gap
from bot.advice.render import checklist_payload, gap_text, join_names, source_line
from bot.advice.requirements import role_requirements
from bot.advice.vocabulary import pipeline
from bot.answers.types import Query, Reply

TELL, GAP, FORGET, EDUCATION = "tell_skills", "ask_skill_gap", "forget_skills", "ask_education"
INTENTS = (TELL, GAP, FORGET, EDUCATION)

_SENIOR_RE = re.compile(r"\b(senior|sr\.?|lead)\b", re.I)
# In a question, skills count as the user's own only with a "have" cue ("I know Python, what am I missing?").
_HAVE_CUE_RE = re.compile(r"\b(i know|i've|i have|i am|i'm|i use|i used|i worked|i work|familiar with|"
                          r"experience (?:with|in)|good at|proficient|mostly)\b", re.I)
_LEARN_CUE_RE = re.compile(r"\b(learn|should i|study|pick up)\b", re.I)


def _slot_skills(store: Any, query: Query) -> list[str]:
    """The `skills` slot, canonicalised ("Postgres" -> "PostgreSQL"); unknown names are kept."""
    raw = query.slots.get("skills") or []
    if isinstance(raw, str):
        raw = [raw]
    vocab = pipeline(store).vocab
    out: list[str] = []
    for value in raw:
        text = str(value).strip()
        name = vocab.canonical(text) if text else None
        if (name or text) and (name or text) not in out:
            out.append(name or text)
    return out


def _merge(old: list[str], new: list[str]) -> list[str]:
    out = list(old)
    for s in new:
        if s not in out:
            out.append(s)
    return out


def _base_roles(store: Any) -> list[Any]:
    return [r for r in store.roles() if not r.parent]


def _senior_of(store: Any, role: str) -> str | None:
    kids = [r.name for r in store.roles() if r.parent == role]
    return kids[0] if kids else None


def choose_role(store: Any, query: Query) -> tuple[str | None, str | None]:
    """(canonical role, None) or (None, the unknown role the user named); (None, None) when undecided."""
    roles = store.roles()
    names = {r.name for r in roles}
    role: str | None = None
    unknown: str | None = None
    for value in query.values("role"):
        ref = store.resolve_role(value)
        if ref is not None and ref.name in names:
            role = ref.name
            break
        unknown = unknown or value
    if role is None:
        found = [r for r in roles_in(store, query.text) if r in names]
        role = found[0] if found else None
    if role is None and unknown:
        return None, unknown
    if role is None and query.slots.get("role"):
        ref = store.resolve_role(str(query.slots["role"]))
        role = ref.name if ref is not None and ref.name in names else None
    senior = bool(_SENIOR_RE.search(query.text or ""))
    if senior:
        if role is not None and not any(r.name == role and r.parent for r in roles):
            role = _senior_of(store, role) or role
        elif role is None:
            seniors = [r.name for r in roles if r.parent]
            role = seniors[0] if len(seniors) == 1 else None
    if role is None:
        bases = _base_roles(store)
        role = bases[0].name if len(bases) == 1 else None
    return role, None


def _is_senior(store: Any, role: str) -> bool:
    return any(r.name == role and r.parent for r in store.roles())


def _buttons(
    store: Any, role: str | None, have_skills: bool, after_gap: bool = False
) -> list[dict[str, str]]:
    """Plain-text quick replies; after a gap answer no button repeats it (ask_education + skills = gap)."""
    out: list[dict[str, str]] = []
    if role:
        if have_skills and not after_gap:
            out.append({"title": "What am I missing?", "payload": f"What am I missing to become a {role}?"})
        out.append({"title": "Skills needed", "payload": f"What skills does a {role} need?"})
        if not have_skills:
            out.append({"title": "How to become one", "payload": f"How do I become a {role}?"})
        senior = _senior_of(store, role)
        if senior and have_skills:
            out.append({"title": "Ready for senior?", "payload": f"Am I ready for a {senior} role?"})
        out.append({"title": "Salary", "payload": f"What is the average salary of a {role}?"})
    if have_skills:
        out.append({"title": "Forget my skills", "payload": "Forget my skills"})
    return out[:5]


def _role_buttons(store: Any) -> list[dict[str, str]]:
    return [{"title": r.name, "payload": f"What am I missing to become a {r.name}?"} for r in store.roles()]


def _forget(store: Any, query: Query) -> Reply:
    old = _slot_skills(store, query)
    text = (f"Done — I've forgotten the skills you told me ({join_names(old)})." if old
            else "I wasn't keeping any skills for you, so there's nothing to forget.")
    text += " Tell me what you know (e.g. \"I know Python and MySQL\") whenever you like."
    return Reply(text=text, buttons=[{"title": r.name, "payload": f"What skills does a {r.name} need?"}
                                     for r in _base_roles(store)][:3], slots={"skills": []})


def _tell(store: Any, query: Query) -> Reply:
    old = _slot_skills(store, query)
    new = skills_in(store, query.text, query.entities)
    merged = _merge(old, new)
    role, _ = choose_role(store, Query(intent=query.intent, text="", entities=[], slots=query.slots))
    if not new:
        vocab = pipeline(store).vocab
        examples = [e.name for e in vocab.entries.values() if e.in_store and not e.generic][:6]
        text = ("I couldn't pick out a skill or technology in that. Try e.g. \"I know Python and MySQL\"."
                + (f" The documents name skills such as {join_names(examples, 'or')}." if examples else ""))
        return Reply(text=text, buttons=_buttons(store, role, bool(merged)), slots={"skills": merged})
    vocab = pipeline(store).vocab
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
    lines.append(f"Your skills so far: {join_names(merged)}.")
    lines.append("Ask \"what am I missing?\" to compare them with a role.")
    if sources:
        lines.append(source_line(sources))
    return Reply(text="\n".join(lines), buttons=_buttons(store, role, True), slots={"skills": merged},
                 sources=sources)


def _overview(store: Any, role: str) -> Reply:
    """No skills yet: list what the documents ask for and invite the user to tell theirs."""
    reqs = role_requirements(store, role)
    labels = [r.label for r in reqs if r.category not in ("soft_skills", "foundations")][:8]
    sources: list[str] = []
    for r in reqs:
        sources += [t for t in r.sources if t not in sources]
    text = (f"Tell me what you already know (e.g. \"I know Python and MySQL\") and I'll check it against "
            f"what the documents list for {role}.")
    if labels:
        text += "\nThey ask for: " + "; ".join(labels) + "."
    if sources:
        text += "\n" + source_line(sources)
    return Reply(text=text, buttons=_buttons(store, role, False), slots={"role": role}, sources=sources)


def _gap(store: Any, query: Query) -> Reply:
    skills = _slot_skills(store, query)
    from_text: list[str] = []
    text = query.text or ""
    if _HAVE_CUE_RE.search(text) and not _LEARN_CUE_RE.search(text):
        from_text = skills_in(store, query.text, query.entities)
    merged = _merge(skills, from_text)
    role, unknown = choose_role(store, query)
    slots: dict[str, Any] = {"skills": merged} if merged != skills else {}
    if unknown:
        text = (f"I don't have career documents about {unknown}, so I can't compare your skills with it. "
                "I can compare them with these roles:")
        return Reply(text=text, buttons=_role_buttons(store), slots=slots)
    if role is None:
        return Reply(text="Which role should I compare your skills with?", buttons=_role_buttons(store),
                     slots=slots)
    if not merged:
        reply = _overview(store, role)
        reply.slots.update(slots)
        return reply
    gap = compute_gap(store, role, merged)
    vocab = pipeline(store).vocab
    return Reply(text=gap_text(gap, _is_senior(store, role)),
                 buttons=_buttons(store, role, True, after_gap=True), custom=checklist_payload(gap, vocab),
                 slots={**slots, "role": role}, sources=gap.sources)


def answer_advice(store: Any, query: Query) -> Reply:
    """Answer tell_skills / forget_skills / ask_skill_gap / ask_education from the store."""
    if query.intent == FORGET:
        return _forget(store, query)
    if query.intent == TELL:
        return _tell(store, query)
    return _gap(store, query)
