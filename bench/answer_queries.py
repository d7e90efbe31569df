"""Answer latency through `bot.dispatch.answer`: the realistic question mix as NLU hands it to the action.

Each conversation is a list of turns (intent, text, entities with canonical values and offsets, and
an expected substring or ""); slots carry over from one turn's reply to the next, as Rasa's SlotSet
events do. `measure(store, repeats)` answers every conversation `repeats` times and returns the
per-answer milliseconds and the turns whose expected text was missing.
"""

from __future__ import annotations

import time
from typing import Any

from bot.core.types import Query
from bot.dispatch import answer
from bot.language import asks

ROLE = "Backend Software Engineer"
SENIOR = "Senior Backend Software Engineer"


def ent(kind: str, value: str, text: str, said: str, claim: str | None = None) -> dict[str, Any]:
    """One NLU entity with offsets into `said`."""
    start = said.find(text)
    out: dict[str, Any] = {"entity": kind, "value": value, "text": text, "start": max(start, 0),
                           "end": max(start, 0) + len(text)}
    if claim:
        out["claim"] = claim
    return out


def turn(intent: str, said: str, entities: list[tuple[str, str, str]] | None = None,
         expect: str = "", skill_claim: str | None = None) -> tuple[Query, str]:
    """A turn: the Query (without slots) and the text its answer must contain.

    Besides the names, NLU adds what the message asks for (level, currency, ranking, pay) from
    `bot.language.asks`, as the Rasa component does.
    """
    ents = [ent(k, v, t, said, skill_claim if k == "skill" else None) for k, v, t in entities or []]
    return Query(intent=intent, text=said, entities=ents + asks.entities(said)), expect


CONVERSATIONS: list[list[tuple[Query, str]]] = [
    [
        turn("ask_salary", "How much do backend engineers earn in London?",
             [("role", ROLE, "backend engineers"), ("place", "London", "London")], "95,000"),
        turn("followup_place", "and in Berlin?", [("place", "Berlin", "Berlin")], "92,000"),
        turn("followup_place", "what about Paris?", [("place", "Paris", "Paris")], "64,500"),
        turn("followup_role", "what about senior ones?"),
        turn("ask_skills", "What skills does a backend engineer need?", [("role", ROLE, "backend engineer")],
             "Source:"),
        turn("ask_tools", "What tools do backend engineers use?", [("role", ROLE, "backend engineers")],
             "Source:"),
        turn("ask_education", "What degree do I need to become a backend engineer?",
             [("role", ROLE, "backend engineer")]),
        turn("out_of_scope", "what's the weather like today?"),
        turn("thanks", "thanks"),
    ],
    [
        turn("ask_salary", "What do backend engineers earn in the US?",
             [("role", ROLE, "backend engineers"), ("place", "United States", "US")]),
        turn("compare_salary", "Compare backend engineer salaries in Paris and Toronto",
             [("role", ROLE, "backend engineer"), ("place", "Paris", "Paris"),
              ("place", "Toronto", "Toronto")], "119,000"),
        turn("followup_place", "How about New York?", [("place", "New York", "New York")], "214,000"),
        turn("ask_salary", "How much does a senior backend engineer make?",
             [("role", SENIOR, "senior backend engineer")]),
        turn("ask_duties", "What does a backend engineer do?", [("role", ROLE, "backend engineer")]),
        turn("ask_outlook", "What is the job outlook for backend engineers?",
             [("role", ROLE, "backend engineers")]),
        turn("nlu_fallback", "asdf qwerty"),
        turn("greet", "Hi"),
    ],
    [
        turn("tell_skills", "I know Python and SQL", [("skill", "Python", "Python"), ("skill", "SQL", "SQL")],
             skill_claim="known"),
        turn("ask_skill_gap", "what am I missing for a backend role?", [("role", ROLE, "backend")]),
        turn("tell_skills", "I also know Docker", [("skill", "Docker", "Docker")], skill_claim="known"),
        turn("ask_skill_gap", "am I ready for a senior backend role?", [("role", SENIOR, "senior backend")]),
        turn("ask_skill_gap", "I know Java and AWS, what am I missing?",
             [("skill", "Java", "Java"), ("skill", "AWS", "AWS")], skill_claim="known"),
        turn("ask_certification", "Are there certifications for backend developers?",
             [("role", ROLE, "backend developers")]),
        turn("forget_skills", "forget my skills"),
    ],
]


def measure(store: Any, repeats: int) -> tuple[list[float], list[str]]:
    """(ms per answer, descriptions of answers missing their expected text) over `repeats` passes."""
    times: list[float] = []
    wrong: list[str] = []
    for rep in range(repeats):
        for conversation in CONVERSATIONS:
            slots: dict[str, Any] = {"role": None, "place": None, "topic": None, "skills": None}
            for query, expect in conversation:
                q = Query(intent=query.intent, text=query.text, entities=query.entities, slots=dict(slots))
                started = time.perf_counter()
                reply = answer(store, q)
                times.append((time.perf_counter() - started) * 1000)
                slots.update({k: v for k, v in reply.slots.items() if k in slots})
                if rep == 0 and expect and expect not in reply.text:
                    wrong.append(f"{query.text!r}: {reply.text[:100]!r}")
    return times, wrong
