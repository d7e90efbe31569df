"""Direct answers: the sentences that address the question's subject, or an honest "not covered".

"Is a bootcamp enough?" gets what the documents say about bootcamps, not the whole how-to-become
passage; "do nurses need security clearance?" gets "The documents don't discuss security clearance",
then the closest material, marked as such.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import facets as fc
from bot.answers import buttons as btn
from bot.answers.context import Context, Store
from bot.answers.format import join_words, render_facts, source_line, unique
from bot.answers.subject import Hit, answering, covered, heading_facts, is_yes_no
from bot.core.types import Reply
from bot.store.types import Fact, RoleRef

CLOSEST_ITEMS = 3
_NEGATION = re.compile(r"\b(not|no|never|don't|doesn't|isn't|aren't|without|unless|rarely)\b", re.I)


def role_facts(store: Store, role: str) -> list[Fact]:
    """Every fact of a role, facet by facet (salary facts last: their figures have their own answer)."""
    return [f for facet in fc.ALL_FACETS if facet != fc.SALARY for f in store.facts(role, facet)]


def _lead(text: str, hits: Sequence[Hit]) -> str:
    if not is_yes_no(text):
        return "The documents say:"
    if any(_NEGATION.search(h.sentence) for h in hits[:1]):
        return "Not necessarily; the documents say:"
    return "Yes; the documents say:"


def direct_answer(store: Store, role: RoleRef, topic: str, ctx: Context, text: str,
                  facts: Sequence[Fact]) -> Reply | list[Fact]:
    """Answer the subject terms from the topic's sentences; the facts under a heading that names the
    subject go back to the caller as the answer; else the role's other sentences; else say the documents
    don't discuss it and offer the topic's facts as the closest material."""
    terms = ctx.subject
    hits = answering(facts, terms)
    if not covered(hits, terms) and (under := heading_facts(facts, terms)):
        return under
    if not covered(hits, terms):
        wider = answering(role_facts(store, role.name), terms)
        if covered(wider, terms):
            hits = wider
    slots = {"role": role.name, "topic": topic}
    buttons = btn.after_topic(role.name, topic)
    if covered(hits, terms) and hits:
        lines = [f"About {join_words(list(unique(t for h in hits for t in h.matched)))} for {role.name}: "
                 f"{_lead(text, hits)}"]
        lines += [f"• {h.sentence}" for h in hits]
        sources = unique(h.fact.source.title for h in hits)
        return Reply(text="\n".join([*lines, source_line(sources)]), buttons=buttons, slots=slots,
                     sources=sources, topic=topic, roles=[role.name])
    missing = join_words(terms)
    lines = [f"The documents about {role.name} don't discuss {missing}."]
    if facts:
        closest = list(facts[:CLOSEST_ITEMS])
        lines.append("Closest thing they cover:")
        lines.append(render_facts(closest))
        sources = unique(f.source.title for f in closest)
        lines.append(source_line(sources))
        return Reply(text="\n".join(lines), buttons=buttons, slots=slots, sources=sources,
                     kind="not_covered", topic=topic, roles=[role.name])
    return Reply(text=lines[0] + " I can tell you about other topics instead.", buttons=buttons, slots=slots,
                 kind="not_covered", topic=topic, roles=[role.name])
