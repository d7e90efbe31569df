"""Render a skill gap as chat text (✅ / ⬜ checklist), quick replies and a structured widget payload."""

from __future__ import annotations

from typing import Any

from bot.advice.gap import Gap, Item, Step
from bot.advice.vocabulary import GROUP_TITLES, GROUPS, Vocabulary
from bot.core.types import source_line

HAVE, MISSING = "✅", "⬜"
COMPACT_GROUPS = ("knowledge", "soft_skills")  # many short items: one line per group
MAX_STEPS_IN_TEXT = 9
_STEP_INTRO = {
    "learn": "", "education": "Education: ", "project": "Project: ", "course": "Courses: ",
    "certification": "Certification: ",
}


def join_names(names: list[str], last: str = "and") -> str:
    """"A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {last} " + names[-1]


def _item_line(item: Item, have: bool) -> str:
    label = item.requirement.label
    if have:
        return f"{HAVE} {label} — you have {join_names(item.matched)}"
    return f"{MISSING} {label}"


def checklist_lines(gap: Gap) -> list[str]:
    """The ✅ / ⬜ lines grouped by display group (compact groups on one line each)."""
    lines: list[str] = []
    for group in GROUPS:
        have = [i for i in gap.have if i.group == group]
        missing = [i for i in gap.missing if i.group == group]
        if not have and not missing:
            continue
        lines.append(f"{GROUP_TITLES[group]}:")
        if group in COMPACT_GROUPS:
            if have:
                lines.append(f"{HAVE} " + ", ".join(f"{i.requirement.label} ({join_names(i.matched)})"
                                                     for i in have))
            if missing:
                lines.append(f"{MISSING} " + ", ".join(i.requirement.label for i in missing))
            continue
        lines += [_item_line(i, True) for i in have] + [_item_line(i, False) for i in missing]
    return lines


def step_lines(steps: list[Step]) -> list[str]:
    """One line per step, with the self-guided projects of one document joined on a single line."""
    lines: list[str] = []
    projects: dict[str, list[str]] = {}
    for step in steps:
        if step.kind == "project":
            if step.source not in projects:
                projects[step.source] = []
                lines.append(f"\0project:{step.source}")
            projects[step.source].append(step.text)
            continue
        lines.append(f"{_STEP_INTRO.get(step.kind, '')}{step.text} (Source: {step.source})")
    out: list[str] = []
    for line in lines:
        if line.startswith("\0project:"):
            source = line[len("\0project:"):]
            line = f"Self-guided projects: {'; '.join(projects[source])} (Source: {source})"
        out.append(line)
    return out


def gap_text(gap: Gap, senior: bool) -> str:
    """The whole chat answer for a skill-gap question."""
    head = (f"Checking your skills ({join_names(gap.skills)}) against what the documents list for "
            f"{gap.role}:")
    lines = [head, "", *checklist_lines(gap)]
    if gap.experience:
        ask = "For a senior role the documents also ask for experience:" if senior else \
            "The documents also ask for experience:"
        lines += ["", ask] + [f"{MISSING} {s.text} (Source: {s.source})" for s in gap.experience]
    notes: list[str] = []
    for skill, roles in gap.elsewhere.items():
        notes.append(f"The documents list {skill} for {join_names(roles)}, not for {gap.role}.")
    if gap.unmentioned:
        notes.append(f"The documents don't mention {join_names(gap.unmentioned)} for this role.")
    if notes:
        lines += ["", *notes]
    if gap.next_steps:
        lines += ["", "Next steps:"]
        lines += [f"• {line}" for line in step_lines(gap.next_steps)[:MAX_STEPS_IN_TEXT]]
    lines += ["", source_line(gap.sources)]
    return "\n".join(lines)


def _req_payload(item: Item, vocab: Vocabulary) -> dict[str, Any]:
    req = item.requirement
    payload: dict[str, Any] = {
        "label": req.label, "category": item.group, "options": req.specific(vocab) or list(req.options),
        "sources": list(req.sources),
    }
    if item.matched:
        payload["matched"] = list(item.matched)
    return payload


def _step_payload(step: Step) -> dict[str, str]:
    return {"kind": step.kind, "text": step.text, "source": step.source}


def checklist_payload(gap: Gap, vocab: Vocabulary) -> dict[str, Any]:
    """{"checklist": {...}} for the widget / Slack (see the module docs of bot.advice)."""
    missing = gap.missing_by_group()
    return {"checklist": {
        "role": gap.role,
        "skills": list(gap.skills),
        "covered": len(gap.have),
        "total": len(gap.have) + len(gap.missing),
        "have": [_req_payload(i, vocab) for i in gap.have],
        "missing": {g: [_req_payload(i, vocab) for i in items] for g, items in missing.items()},
        "groups": dict(GROUP_TITLES),
        "experience": [_step_payload(s) for s in gap.experience],
        "not_in_documents": list(gap.unmentioned),
        "listed_for_other_roles": {k: list(v) for k, v in gap.elsewhere.items()},
        "next_steps": [_step_payload(s) for s in gap.next_steps],
        "sources": list(gap.sources),
    }}
