"""Quick replies: plain-text questions, so they work in every channel."""

from __future__ import annotations

Button = dict[str, str]


def button(title: str, payload: str) -> Button:
    """One quick reply."""
    return {"title": title, "payload": payload}


def _who(role: str | None) -> str:
    if not role:
        return "someone in this career"
    return ("an " if role[:1].lower() in "aeiou" else "a ") + role


def after_salary(role: str | None, place: str | None, other_place: str | None = None) -> list[Button]:
    """Next questions after a salary answer."""
    out = []
    if place and other_place:
        question = f"How do salaries in {place} and {other_place} compare?"
        out.append(button("Compare with another city", question))
    else:
        out.append(button("Compare with another city", "Which city pays the most?"))
    out.append(button("Skills for this role", f"What skills does {_who(role)} need?"))
    if role and "senior" not in role.lower():
        out.append(button("Senior salary", f"What does a Senior {role} earn?"))
    out.append(button("How to get there", f"How do I become {_who(role)}?"))
    return out


def after_topic(role: str | None, topic: str) -> list[Button]:
    """Next questions after a facet answer (skills, tools, education, ...)."""
    who = _who(role)
    options = [
        ("skills", "Skills", f"What skills does {who} need?"),
        ("tools", "Tools", f"What tools does {who} use?"),
        ("education", "How to become one", f"How do I become {who}?"),
        ("salary", "Salary", f"How much does {who} earn?"),
        ("outlook", "Job outlook", f"What is the job outlook for {who}?"),
        ("duties", "Daily duties", f"What does {who} do?"),
    ]
    return [button(title, payload) for key, title, payload in options if key != topic][:4]


def topics(role: str | None = None) -> list[Button]:
    """The topics the bot covers, as starting points."""
    who = _who(role)
    return [
        button("What the job involves", f"What does {who} do?"),
        button("Skills", f"What skills does {who} need?"),
        button("Salary", f"How much does {who} earn?"),
        button("Education", f"How do I become {who}?"),
        button("Tools", f"What tools does {who} use?"),
    ]


def roles(names: list[str]) -> list[Button]:
    """One button per known role."""
    return [button(name, f"What is {_who(name)}?") for name in names[:5]]
