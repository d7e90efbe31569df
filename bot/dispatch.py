"""answer(store, query): one table maps each intent to its handler in bot.answers or bot.advice.

Both packages are peers below this module; neither imports the other. Before a topic is answered the
turn's scope is settled (bot.answers.context: role, place, level; bot.answers.subject: what it asks
about), so a question about something the documents don't cover gets an honest answer.
"""

from __future__ import annotations

from collections.abc import Callable

from bot import facets as fc
from bot.advice import answer_advice, answer_fit
from bot.answers.compare import answer_compare
from bot.answers.context import Context, build_context, default_role
from bot.answers.direct import not_discussed, salary_facts, with_sentences
from bot.answers.facts import INTENT_TOPIC, TOPIC_FACETS, answer_topic
from bot.answers.fallback import answer_fallback, answer_help, answer_smalltalk
from bot.answers.overview import answer_overview
from bot.answers.salary import answer_salary
from bot.answers.salary_base import labelled_role, named_rows
from bot.answers.salary_scope import settle_rows_and_role, without_role_words
from bot.answers.subject import (
    answering,
    covered,
    mentioned,
    required,
    subject_terms,
    topic_named,
    topic_words,
)
from bot.answers.unknown import clarify_role_reply, uncompared_reply
from bot.core.protocol import Store
from bot.core.types import Query, Reply
from bot.language.asks import asks_gap, asks_other_names, asks_trend
from bot.language.levels import junior_words
from bot.language.statistics import extra_pay
from bot.language.text import words

Handler = Callable[[Store, Query], Reply]


def _topic(store: Store, query: Query) -> Reply:
    topic = INTENT_TOPIC[query.intent]
    ctx = scoped(store, query, topic)
    if topic != "locations":  # "jobs in India": the place is part of what is asked, unless it is the
        # one country all the role's figures are from ("become a plumber in the UK" on a UK page)
        own = {sal.country for r in ctx.roles for sal in store.salaries(role=r.name)}
        ctx.subject += [w.lower() for p in ctx.places if not (len(own) == 1 and p.name in own)
                        for w in p.name.split() if w.lower() not in ctx.subject]
    if ctx.suggestions and not ctx.roles:
        return clarify_role_reply(ctx.suggestions, topic)
    if topic == "overview":
        return answer_overview(store, ctx, query.text)
    return answer_topic(store, topic, ctx, query.text)


def _salary(store: Store, query: Query) -> Reply:
    ctx = compare_context(store, query)
    if ctx.suggestions and not ctx.roles:
        return clarify_role_reply(ctx.suggestions, "salary")
    versus = not ctx.amounts and any(side.get("between") != "or" for side in query.of("side"))  # "startups
    # vs big tech"; "my $38/hr compared to the national numbers" is the user's own figure
    if ctx.uncompared and (query.intent == "compare_salary" or versus):
        return uncompared_reply(store, ctx.uncompared, ctx.roles, "salary")
    if not ctx.pay and not ctx.direction and not ctx.statistic and query.intent == "ask_salary":
        return _fallback(store, query)  # "how much of the day ...", "how much does a course cost" aren't pay
    ctx.subject = subject_terms(query, topic_words("salary"), role_names(ctx))
    settle_rows_and_role(store, query, ctx)
    if asks_trend(query.text) and "trend" not in ctx.subject:
        ctx.subject.append("trend")  # "are salaries going up": figures are no trend unless a page gives one
    reply = answer_salary(store, query, ctx)
    role = ctx.role.name if ctx.role else (reply.roles[0] if len(reply.roles) == 1 else None)
    pool = salary_facts(store, role) if role else []  # what the pay passages discuss
    if role and not ctx.roles:  # a role the figures chose: its words and aliases are no subject
        ctx.subject = without_role_words(store, ctx.subject, role)
    if ctx.junior and reply.kind == "not_covered" and pool and not ctx.amounts and all(
            any(name.lower() in f.text.lower() for f in pool)  # a place the pay passages never name
            for name in [*(p.name for p in ctx.places), *ctx.unknown_places]):  # stays not covered
        said = answering(pool, junior_words())  # no starting figure, but "apprentices earn 30 to 50 percent"
        if said:
            reply = with_sentences(reply, said[:2])
            reply.kind = "answer"
            return reply
    rows = named_rows(store.salaries(role=role), ctx.subject + ctx.row_words) if role else []  # "EIT"
    labelled = any(not extra_pay(s.label) for s in rows)  # pay rows say it all; extra money's sentences
    # say how it is paid ("sign on bonus?? how does it get paid out")
    need = required(ctx.subject, query.text, "salary")  # none: pay asked in so many words, everyday words
    if ctx.subject and reply.kind == "answer" and not ctx.amounts and not labelled:  # rows say it all
        if need and not mentioned(pool, need):  # "relocation package?": perhaps said with the benefits
            pool = store.facts(role, fc.BENEFITS) if role else []
            if not (pool and covered(answering(pool, need), need)):
                return not_discussed(reply, need)  # "at google", "freelance", "nannies": not in the pages
        hits = answering(pool, need or ctx.subject, limit=2)  # "apprentice" pay; "sign on bonus?? how
        if not (need or covered(hits, ctx.subject)):  # does it get paid out"
            return reply
        return with_sentences(reply, [h for h in hits if len(h.matched) == len(hits[0].matched)])
    return reply


def _skills_statement(store: Store, query: Query) -> Reply:
    """A self-statement records skills; without one ("can't land a Python internship") it is a question."""
    if any(e.get("claim") == "known" for e in query.of("skill")) or query.slots.get("skills"):
        return answer_advice(store, query)
    if query.of("pay"):
        return _salary(store, query)  # "I make £60k as a backend dev in London, am I underpaid?"
    return _fallback(store, query)


def _education(store: Store, query: Query) -> Reply:
    if query.slots.get("skills"):
        return answer_advice(store, query)  # "what should I learn next?" once the user has skills
    return _topic(store, query)


def _followup_place(store: Store, query: Query) -> Reply:
    return _salary(store, query)  # "and in Paris?": the salary answer, its checks included


def _followup_role(store: Store, query: Query) -> Reply:
    """"What about senior ones?": new role (entity or level + slot role), same topic as before."""
    topic = str(query.slots.get("topic") or "")
    if topic == "salary":
        return answer_salary(store, query, build_context(store, query, place_from_slot=True))
    ctx = build_context(store, query)
    if topic == "overview" or topic not in TOPIC_FACETS:
        return answer_overview(store, ctx, query.text)
    return answer_topic(store, topic, ctx, query.text)


def _fallback(store: Store, query: Query) -> Reply:
    ctx = scoped(store, query, "")
    if not ctx.roles and _paid(query):
        ctx.subject = subject_terms(query, topic_words("salary"))
        if labelled_role(store, ctx) is not None:  # "what do captains on international flights get paid"
            query.intent = "ask_salary"
            return _salary(store, query)
    return answer_fallback(store, query, ctx)


HANDLERS: dict[str, Handler] = {
    "greet": lambda store, query: answer_help(store, build_context(store, query), greeting=True),
    "help": lambda store, query: answer_help(store, build_context(store, query)),
    "goodbye": lambda store, query: answer_smalltalk(store, "goodbye"),
    "thanks": lambda store, query: answer_smalltalk(store, "thanks"),
    "tell_skills": _skills_statement,
    "ask_skill_gap": answer_advice,
    "forget_skills": answer_advice,
    "ask_role_fit": answer_fit,
    "ask_education": _education,
    "ask_salary": _salary,
    "compare_salary": _salary,
    "compare_roles": lambda store, query: answer_compare(store, query, scoped(store, query, "")),
    "followup_place": _followup_place,
    "followup_role": _followup_role,
    **{intent: _topic for intent in INTENT_TOPIC if intent not in ("ask_salary", "compare_salary",
                                                                   "ask_education")},
}


def answer(store: Store, query: Query) -> Reply:
    """The reply to one user turn, from the store only."""
    named = topic_named(_without_names(query))  # the one topic the message's own words name, if any
    intent = backstop_intent(swap_followup(query.intent or "nlu_fallback", query), query, named)
    if intent in ("followup_place", "followup_role") and not has_context(query):
        return _fallback(store, query)
    if _words_overrule(intent, query, named) and named and _has_section(store, query, named):
        intent = f"ask_{named}"  # "hrs per week for a landscape architect?" taken for benefits
    query.intent = intent
    return HANDLERS.get(intent, _fallback)(store, query)


def _without_names(query: Query) -> str:
    """The message with its role and place names blanked: "train drivers" names no training."""
    text = query.text
    for e in query.entities:
        start, end = e.get("start"), e.get("end")
        if e.get("entity") in ("role", "place") and isinstance(start, int) and isinstance(end, int):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _words_overrule(intent: str, query: Query, named: str | None) -> bool:
    """The question was classified as a topic none of whose words it uses, while its words name
    another (`named`)."""
    own = intent.removeprefix("ask_")
    return bool(own in TOPIC_FACETS and named and named != own and named in TOPIC_FACETS
                and f"ask_{named}" in HANDLERS and not _uses_topic_words(query, own))


def _has_section(store: Store, query: Query, topic: str) -> bool:
    """The question's role (or the store's one role) has a section on the topic: only then do its words
    overrule the classifier ("related roles for backend developers" stays the role types it was taken
    for: the backend pages have no related-occupations section)."""
    ctx = build_context(store, query)
    role = ctx.role or default_role(store, ctx)
    return role is None or any(store.facts(role.name, facet) for facet in TOPIC_FACETS[topic])


def backstop_intent(intent: str, query: Query, named: str | None) -> str:
    """A question naming a role that the classifier could not place (nlu_fallback, out_of_scope),
    or took for a comparison of one role, goes by its own words: one topic's words to that topic, else
    pay words to salary ("what do SREs get paid", "retraining as a plumber, how long is the training").
    The topic answer still checks the question's subject, so "how much does nursing school cost" stays
    an honest "the documents don't discuss cost". A skill-gap or topic reading of a plain pay question
    ("how much do electricians get paid" as benefits) goes to salary too. `named`: the topic the
    message's own words name (`topic_named`)."""
    paid = _paid(query)
    stated = any(e.get("claim") == "known" for e in query.of("skill"))
    if intent == "ask_skill_gap" and not stated and (query.of("amount") or paid):
        return "ask_salary"  # "got an offer for 150k, am I getting lowballed": no skills stated, pay asked
    if intent == "ask_skill_gap" and not (stated or query.slots.get("skills") or asks_gap(query.text)):
        intent = "nlu_fallback"  # "is part time a thing in accountancy": no skills, no readiness asked
    if intent == "ask_role_fit" and query.of("role") and not (stated or query.slots.get("skills")):
        intent = "nlu_fallback"  # "what kind of math do machinists use, i suck at math": about the role
    own = intent.removeprefix("ask_")
    asked = any(e.get("asked") and e.get("value") == "pay" for e in query.of("pay"))
    if own in TOPIC_FACETS and paid and (asked or not _uses_topic_words(query, own)):
        return "ask_salary"  # "how much do electricians get paid" taken for benefits: no benefits word;
        # "what do apprentice ODPs get paid while training" asks pay in so many words
    one_role = intent == "compare_roles" and len(query.of("role")) < 2
    if not (intent in ("nlu_fallback", "out_of_scope") or one_role) or not query.of("role"):
        return intent
    if query.of("amount"):
        return "ask_salary"  # "got an offer for $150k, is that decent", "£62k ... underpaid or is it London"
    if query.of("side") and one_role:
        return intent  # "senior backend vs regular backend": a comparison of one role's levels
    if asks_other_names(query.text):
        return "ask_role_types"  # "what are landscape architects also called" ("called" sounds like on-call)
    if asked:
        return "ask_salary"  # "got my advanced coc, what should i be on per hour": pay asked in so many words
    if named and named != "salary" and f"ask_{named}" in HANDLERS:
        return f"ask_{named}"  # "how many openings per year": the outlook, though "per year" sounds like pay
    return "ask_salary" if query.of("pay") or named == "salary" else intent


def _paid(query: Query) -> bool:
    """A pay word proper was written, not only "annual" (leave) or a rate word (the pay entity's value)."""
    return any(e.get("value") == "pay" for e in query.of("pay"))


def _uses_topic_words(query: Query, topic: str) -> bool:
    """The message uses one of the topic's words, outside its role and place names."""
    own = {w.lower() for w in topic_words(topic)}
    return any(w in own for w in words(_without_names(query)))


def scoped(store: Store, query: Query, topic: str) -> Context:
    """The turn's context with its subject terms (what it asks about beyond role, place and topic)."""
    ctx = build_context(store, query)
    ctx.subject = subject_terms(query, topic_words(topic), role_names(ctx))
    return ctx


def role_names(ctx: Context) -> list[str]:
    """The turn's roles by their names and aliases: words of either name the role ("medical lab
    scientist (MLS)" for Clinical Laboratory Technologist), they are no subject."""
    return [name for r in ctx.roles for name in (r.name, *r.aliases)]


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
