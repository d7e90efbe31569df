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
from bot.answers.subject import (
    Hit,
    answering,
    asks_topic,
    covered,
    heading_facts,
    is_yes_no,
    mentioned,
    required,
    terms_in,
    topic_words,
)
from bot.core.types import Reply
from bot.language.frequency import is_filler
from bot.language.money import MONEY_RE
from bot.store.types import Fact, RoleRef

CLOSEST_ITEMS = 3
_NEGATION = re.compile(r"\b(not|no|never|don't|doesn't|isn't|aren't|without|unless|rarely)\b", re.I)


def role_facts(store: Store, role: str) -> list[Fact]:
    """Every fact of a role, facet by facet (salary facts last: their figures have their own answer)."""
    return [f for facet in fc.ALL_FACETS if facet != fc.SALARY for f in store.facts(role, facet)]


def salary_facts(store: Store, role: str) -> list[Fact]:
    """The role's salary facts (their passages name employers, sectors and conditions)."""
    return store.facts(role, fc.SALARY)


def every_fact(store: Store, role: str) -> list[Fact]:
    """The role's facts with its pay lines last: a subject or a topic's words may be only there (a
    vacancy "near Telford" with its wage, "Typical working hours: 9 to 10 hours" in a pay snapshot)."""
    return [*role_facts(store, role), *salary_facts(store, role)]


def not_discussed(reply: Reply, terms: Sequence[str]) -> Reply:
    """A figures reply re-marked: the documents don't discuss the subject; the figures are the closest."""
    note = f"The documents don't discuss {join_words(list(terms))}. Closest: what they do give."
    reply.text = f"{note}\n{reply.text}"
    reply.kind = "not_covered"
    return reply


def with_sentences(reply: Reply, hits: Sequence[Hit]) -> Reply:
    """A figures reply led by the sentences about the question's subject ("apprentice" pay)."""
    if not hits:
        return reply
    reply.text = "\n".join([*about_lines(hits, lead="About"), reply.text])
    reply.sources = unique([*reply.sources, *(h.fact.source.title for h in hits)])
    return reply


def _lead(text: str, hits: Sequence[Hit]) -> str:
    if not is_yes_no(text):
        return "The documents say:"
    if any(_NEGATION.search(h.sentence) for h in hits[:1]):
        return "Not necessarily; the documents say:"
    return "Yes; the documents say:"


def direct_answer(store: Store, role: RoleRef, topic: str, ctx: Context, text: str,
                  facts: Sequence[Fact]) -> Reply | tuple[list[Fact], list[Hit]]:
    """Settle a question with subject terms. Returns a Reply when the sentences that answer it are the
    answer (or when nothing does: the honest "don't discuss"), else (facts to show, sentences to add):
    the facts under a heading that names the subject, or the topic's facts plus the role's other
    sentences about the subject ("what does a nurse do on shift?": duties, plus what they say of shifts)."""
    terms = required(ctx.subject, text, topic)
    if not facts and (terms or not asks_topic(text, topic) or not topic_sentences(store, role, topic)):
        terms = list(ctx.subject)  # no section on the topic: the sentences elsewhere must say what is asked,
    slots = {"role": role.name, "topic": topic}  # unless the topic is asked in its own words with everyday
    # ones and other sections say it ("hours per week, early starts?": "usually work 40 to 50 hours a week")
    buttons = btn.after_topic(role.name, topic)
    if not terms:  # the topic asked in its own words; everyday words besides ("a terrible choice?")
        said = {t for f in every_fact(store, role.name) for t in terms_in(f"{f.heading} {f.text}")}
        meant = [t for t in ctx.subject if not is_filler(t)]  # "without going to uni": no subject
        if facts and meant and not said & set(meant):  # "get to sit down during a shift": never said
            return _closest(role, topic, meant, facts, slots, buttons)
        return list(facts), []
    hits = answering(facts, terms, also=ctx.subject)
    if covered(hits, terms) and hits:
        if topic == fc.DUTIES and facts:  # "what does a vet tech do all day at the clinic": the duties,
            return list(facts), hits  # then what they say of the clinic
        return _sentences_reply(role, topic, text, hits, slots, buttons)
    under = heading_facts(facts, terms)
    if under:
        return under, []
    wider = answering(every_fact(store, role.name), terms, also=ctx.subject)
    if not facts:  # no section on the topic: sentences elsewhere must be about it too ("benefits"), or
        wider = [h for h in wider if about_topic(h.sentence, topic)  # say all of two things or more asked
                 or (len(terms) > 1 and set(h.matched) == set(terms))]  # ("free travel")
    if covered(wider, terms) and wider:
        if facts:
            return list(facts), wider
        return _sentences_reply(role, topic, text, wider, slots, buttons)
    asked = terms_in(text) & {t for w in topic_words(topic) for t in terms_in(w)}  # "certifications"
    faq = asked_there(every_fact(store, role.name), [*terms, *asked])
    if faq:  # "can court reporters work from home": the page asks it too ("Q: ...? A: ...")
        sources = unique(f.source.title for f in faq)
        lines = [f"The documents about {role.name} answer this:", render_facts(faq), source_line(sources)]
        return Reply(text="\n".join(lines), buttons=buttons, slots=slots, sources=sources, topic=faq[0].facet,
                     roles=[role.name])
    named = [t for t in terms if not is_filler(t)] or terms  # "dying and ai", not "dying, because and ai"
    if facts:
        return _closest(role, topic, named, facts[:CLOSEST_ITEMS], slots, buttons)
    return Reply(text=f"The documents about {role.name} don't discuss {join_words(named)}. I can tell you "
                 "about other topics instead.", buttons=buttons, slots=slots, kind="not_covered", topic=topic,
                 roles=[role.name])


def _closest(role: RoleRef, topic: str, terms: Sequence[str], facts: Sequence[Fact], slots: dict[str, str],
             buttons: list[dict[str, str]]) -> Reply:
    """"The documents don't discuss X", then the topic's facts as the closest thing they cover."""
    sources = unique(f.source.title for f in facts)
    lines = [f"The documents about {role.name} don't discuss {join_words(list(terms))}.",
             "Closest thing they cover:", render_facts(list(facts)), source_line(sources)]
    return Reply(text="\n".join(lines), buttons=buttons, slots=slots, sources=sources, kind="not_covered",
                 topic=topic, roles=[role.name])


def sentences_answer(store: Store, role: RoleRef, terms: Sequence[str], text: str) -> Reply | None:
    """The role's sentences that cover the question's subject terms, as the answer ("when do
    applications close" -> "Closing date: 12 January 2027"), or None when no one sentence covers them."""
    hits = answering(role_facts(store, role.name), terms)
    if not (terms and hits and covered(hits[:1], terms)):
        return None
    hits = [h for h in hits if len(h.matched) == len(hits[0].matched)]
    topic = hits[0].fact.facet
    return _sentences_reply(role, topic, text, hits, {"role": role.name}, btn.after_topic(role.name, topic))


_FAQ_QUESTION = re.compile(r"^(?:(?:Q|Question)\s?[:.]\s*)?(?P<q>[^?]{5,200}\?)\s")


def asked_there(facts: Sequence[Fact], terms: Sequence[str]) -> list[Fact]:
    """The facts that are a page's own question and its answer (an FAQ's "Q: ...? A: ...", or text
    under a heading that is a question) whose question has every subject term: the first one."""
    wanted = set(terms)
    for fact in facts:
        own = _FAQ_QUESTION.match(fact.text)
        question = own.group("q") if own else (fact.heading if fact.heading.endswith("?") else "")
        if wanted and question and wanted <= terms_in(question) and (own or fact.text != question):
            return [fact]
    return []


def subject_owner(store: Store, terms: Sequence[str]) -> RoleRef | None:
    """With no role named, the one role whose pages discuss every subject term ("sign on bonus?? how
    does it get paid out" with one advert that has one), among the roles of the nearest passages."""
    if not terms:
        return None
    near = dict.fromkeys(h.role for h in store.search_passages(" ".join(terms), limit=5) if h.role)
    owners = [ref for name in near if (ref := store.resolve_role(name)) is not None
              and mentioned(every_fact(store, name), terms)]
    return owners[0] if len(owners) == 1 else None


def about_topic(sentence: str, topic: str) -> bool:
    """The sentence uses one of the topic's own words ("pension" is not, "benefits" is)."""
    return bool(terms_in(sentence) & {t for w in topic_words(topic) for t in terms_in(w)})


def _sentences_reply(role: RoleRef, topic: str, text: str, hits: Sequence[Hit], slots: dict[str, str],
                     buttons: list[dict[str, str]]) -> Reply:
    about = join_words(list(unique(t for h in hits for t in h.matched)))
    lines = [f"About {about} for {role.name}: {_lead(text, hits)}", *(f"• {h.sentence}" for h in hits)]
    sources = unique(h.fact.source.title for h in hits)
    return Reply(text="\n".join([*lines, source_line(sources)]), buttons=buttons, slots=slots,
                 sources=sources, topic=topic, roles=[role.name])


def about_lines(hits: Sequence[Hit], lead: str = "Also, about") -> list[str]:
    """ "Also, about shifts, the documents say: • ..." lines for sentences added to an answer."""
    if not hits:
        return []
    about = join_words(list(unique(t for h in hits for t in h.matched)))
    return [f"{lead} {about}, the documents say:", *(f"• {h.sentence}" for h in hits)]


def asked_topic_words(text: str, topic: str) -> frozenset[str]:
    """The topic's own words the question uses ("equipment" in "what equipment do they use")."""
    return terms_in(text) & set(topic_words(topic))


def topic_sentences(store: Store, role: RoleRef, topic: str, text: str = "") -> list[Hit]:
    """Sentences anywhere in the role's documents that use the topic's own words ("tools", "hours"),
    for a role whose pages have no section on the topic: two of them, its head word, or one the
    question itself uses ("is it a stressful job": a sentence saying the work is stressful); a sentence
    with a figure of money is about pay."""
    words = list(topic_words(topic))
    head = words[0] if words else ""
    asked = asked_topic_words(text, topic)
    moneyless = topic not in ("salary", "benefits")  # "paid $45 per hour" is pay, not hours
    return [h for h in answering(every_fact(store, role.name), words, limit=4)
            if (len(set(h.matched)) >= 2 or head in h.matched or asked & set(h.matched))
            and not (moneyless and MONEY_RE.search(h.sentence))]
