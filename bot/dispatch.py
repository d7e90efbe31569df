"""answer(store, query): route one turn to the right answer by intent; follow-ups reuse slots."""

from __future__ import annotations

import importlib
import logging

from bot.answers import buttons as btn
from bot.answers.context import Context, Store, build_context
from bot.answers.facts import INTENT_TOPIC, TOPIC_FACETS, answer_topic
from bot.answers.fallback import answer_fallback, answer_help, answer_smalltalk
from bot.answers.overview import answer_overview
from bot.answers.salary import answer_salary
from bot.core.types import Query, Reply

log = logging.getLogger(__name__)

ADVICE_INTENTS = frozenset({"tell_skills", "ask_skill_gap", "forget_skills"})
SMALLTALK = frozenset({"greet", "goodbye", "thanks"})


def answer(store: Store, query: Query) -> Reply:
    """The reply to one user turn, from the store only."""
    intent = query.intent or "nlu_fallback"
    if intent in ADVICE_INTENTS or (intent == "ask_education" and query.slots.get("skills")):
        return advice(store, query)
    if intent in SMALLTALK:
        return answer_smalltalk(store, intent)
    if intent == "help":
        return answer_help(store, build_context(store, query))
    intent = swap_followup(intent, query)
    if intent in ("followup_place", "followup_role") and not has_context(query):
        return answer_fallback(store, query.text, build_context(store, query))
    if intent == "followup_place":
        return answer_salary(store, query, build_context(store, query))
    if intent == "followup_role":
        return followup_role(store, query)
    if intent in ("ask_salary", "compare_salary"):
        return answer_salary(store, query, compare_context(store, query))
    topic = INTENT_TOPIC.get(intent)
    if topic == "overview":
        return answer_overview(store, build_context(store, query), query.text)
    if topic is not None:
        return answer_topic(store, topic, build_context(store, query), query.text)
    return answer_fallback(store, query.text, build_context(store, query))


def has_context(query: Query) -> bool:
    """A follow-up ("and in Paris?") needs something to follow: an entity or an earlier topic or role."""
    return bool(query.values("place") or query.values("role")
                or any(query.slots.get(name) for name in ("topic", "role", "place")))


def swap_followup(intent: str, query: Query) -> str:
    """"what about X?" is a place or a role follow-up by what X turned out to be, not by the classifier."""
    has_place, has_role = bool(query.values("place")), bool(query.values("role"))
    if intent == "followup_role" and has_place and not has_role:
        return "followup_place"
    if intent == "followup_place" and has_role and not has_place:
        return "followup_role"
    return intent


def compare_context(store: Store, query: Query) -> Context:
    """Salary context; "compare with Paris" after a London answer compares the slot place too."""
    ctx = build_context(store, query)
    if query.intent == "compare_salary" and len(ctx.places) == 1 and not ctx.direction:
        slot_place = str(query.slots.get("place") or "")
        prev = store.resolve_place(slot_place) if slot_place else None
        if prev is not None and prev != ctx.places[0]:
            ctx.places.insert(0, prev)
    return ctx


def followup_role(store: Store, query: Query) -> Reply:
    """"What about senior ones?": new role (entity or seniority word + slot role), same topic as before."""
    topic = str(query.slots.get("topic") or "")
    if topic == "salary":
        return answer_salary(store, query, build_context(store, query, place_from_slot=True))
    ctx = build_context(store, query)
    if topic == "overview" or topic not in TOPIC_FACETS:
        return answer_overview(store, ctx, query.text)
    return answer_topic(store, topic, ctx, query.text)


def advice(store: Store, query: Query) -> Reply:
    """Delegate skill-gap turns to bot.advice (imported lazily; honest reply while it is missing)."""
    try:
        module = importlib.import_module("bot.advice")
        answer_advice = module.answer_advice
    except (ImportError, AttributeError):
        log.warning("bot.advice.answer_advice is not available")
        roles = [r.name for r in store.roles()]
        return Reply(text="Sorry, personalised skill advice is not available yet. "
                          "I can still tell you which skills a role needs.",
                     buttons=btn.topics(roles[0] if roles else None))
    reply: Reply = answer_advice(store, query)
    return reply
