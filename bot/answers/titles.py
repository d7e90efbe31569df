"""Other names of a role ("what other job titles do librarians go by"): the titles its page lists, cited
from the passage that lists them."""

from __future__ import annotations

import re

from bot.answers import buttons as btn
from bot.answers.context import Store
from bot.answers.direct import role_facts
from bot.answers.format import join_words, source_line
from bot.core.types import Reply
from bot.language.inflect import article, is_plural
from bot.store.types import RoleRef


def other_names(role: RoleRef) -> list[str]:
    """The role's other names as its page gives them: singular, not its own name, no bracketed title."""
    own = role.name.lower()
    return [a for a in role.aliases if a != own and not is_plural(a.split()[-1])
            and not re.search(r"[()|]| - ", a) and len(a) > 3]


def titles_reply(store: Store, role: RoleRef) -> Reply | None:
    """The role's other names, cited from the fact that lists them; None when no fact of the role does
    (an alias with no passage behind it is not cited)."""
    names = other_names(role)
    facts = [f for f in role_facts(store, role.name) if sum(n in f.text.lower() for n in names) >= 2]
    if len(names) < 2 or not facts:
        return None
    listed = [n for n in names if n in facts[0].text.lower()]
    return Reply(text=f"The documents also call {article(role.name)} {join_words(listed, 'or')}.\n"
                      f"{source_line([facts[0].source.title])}",
                 buttons=btn.after_topic(role.name, "role_types"), slots={"role": role.name,
                                                                          "topic": "role_types"},
                 sources=[facts[0].source.title], topic="role_types", roles=[role.name])
