"""Help, small talk, and passage search for questions outside the known intents.

Relevance rule for out_of_scope / nlu_fallback: among the top BM25 hits of store.search_passages
(the role's passages first, then all), a passage is shown only when
  * its BM25 score is at least MIN_SCORE = 5.0, and
  * at least MIN_COVERAGE = 50% of the question's subject terms (bot.answers.subject: content words
    minus stopwords, vague question words and what NLU explained, lemmatised) occur in the passage,
and the best such hit (coverage, then score) wins. Measured on the sample documents: on-topic
questions score 5.4-8.7 ("do back-end engineers need to know operating systems?" 6.9 -> Skills,
"do I need a master's degree?" 8.5 -> Education and Training, "Do I need to know computer
hardware?" 5.4), off-topic ones at most 4.4 ("what about the job market in europe" matches only
"job market"; weather, pizza, jokes, music, laptops stay below 3.2). The coverage rule rejects
hits that share one frequent word (e.g. "need" in the Challenges list for "do I need to know java?").
Two refinements: a passage holding every subject term counts from MIN_FULL_SCORE = 3.0 (a small
store's BM25 scores run low), and a cost question needs a cost word in the passage. A long passage is
cut to its lines that hold every subject term.
Otherwise the bot says honestly that it doesn't know and offers the topics it covers.
tests/answers/test_fallback.py checks both sides with these questions.
"""

from __future__ import annotations

from bot.answers import buttons as btn
from bot.answers.context import Context, Store, default_role, top_roles
from bot.answers.direct import sentences_answer
from bot.answers.format import clean, join_words, source_line
from bot.answers.subject import enough, names_role, subject_terms, terms_in
from bot.answers.unknown import unknown_role_reply
from bot.core.types import Query, Reply
from bot.language.asks import COST_TERMS
from bot.language.text import sentences, words
from bot.store.types import PassageHit

MIN_SCORE = 5.0
MIN_COVERAGE = 0.5
MIN_FULL_SCORE = 3.0
MAX_CHARS = 700


def coverage(terms: list[str], passage: str) -> float:
    """Share of the question's subject terms (lemmatised) that the passage contains."""
    if not terms:
        return 0.0
    found = terms_in(passage)
    return sum(1 for t in terms if t in found) / len(terms)


def relevant(hit: PassageHit, terms: list[str]) -> bool:
    """The documented relevance rule: MIN_SCORE, MIN_COVERAGE and enough of the subject terms; or every
    subject term, at MIN_FULL_SCORE (a small store's BM25 scores run low: "is there a tool allowance")."""
    share = coverage(terms, f"{hit.heading} {hit.text}")
    if any(t in COST_TERMS for t in terms) and not set(terms) & COST_TERMS & terms_in(hit.text):
        return False  # "how much does the MLS exam cost": a passage on the exam with no price is no answer
    if share == 1.0 and hit.score >= MIN_FULL_SCORE:
        return True
    return hit.score >= MIN_SCORE and share >= MIN_COVERAGE and enough(round(share * len(terms)), len(terms))


def best_passage(store: Store, question: str | Query, role: str | None = None,
                 only_role: bool = False) -> PassageHit | None:
    """The most relevant passage for a free question, or None when nothing is relevant enough: the
    role's passages first, then any role's, unless the question names its role (`only_role`): another
    role's passage never answers a question about this one."""
    query = question if isinstance(question, Query) else Query(intent="nlu_fallback", text=question)
    found = _best_hit(store, query, role, only_role)
    return found[0] if found else None


def _best_hit(store: Store, query: Query, role: str | None,
              only_role: bool) -> tuple[PassageHit, list[str]] | None:
    """`best_passage` with the subject terms the passage was judged on."""
    if not query.text.strip():
        return None
    terms = subject_terms(query, (), [role] if role else [])
    hits = store.search_passages(query.text, role=role, limit=5) if role else []
    if not (role and only_role):
        hits += store.search_passages(query.text, limit=5)
    good = [(h, own) for h in hits if relevant(h, own := _beside_role(terms, h.role))]
    if not good:
        return None
    return max(good, key=lambda g: (coverage(g[1], f"{g[0].heading} {g[0].text}"), g[0].score))


def _beside_role(terms: list[str], role: str | None) -> list[str]:
    """The terms a passage of `role` must contain: the role's own words ("hr" in "fees for an MBA in
    HR") name it and say nothing of what is asked."""
    own = [w.lower() for w in words(role or "")]
    return [t for t in terms if not names_role(t, own)]


def _asked_units(text: str, terms: list[str]) -> str:
    """The lines or sentences of a long passage that hold every subject term ("is there a tool
    allowance" -> "Annual tool allowance of $1,100 …"), after its lead-in line ("You will get:"); ""
    when none does, or all do."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    units = [u for line in lines for u in (sentences(line) or [line])]
    asked = [u for u in units if terms and all(t in terms_in(u) for t in terms)]
    if len(units) < 3 or not asked or len(asked) == len(units):
        return ""
    lead = [lines[0]] if lines[0].endswith(":") and lines[0] not in asked else []
    return "\n".join([*lead, *(u if u.startswith("•") else f"• {u}" for u in asked[:3])])


def answer_fallback(store: Store, query: Query | str, ctx: Context) -> Reply:
    """Best matching passage with its source, or an honest "I don't know" with topic buttons."""
    if isinstance(query, str):
        query = Query(intent="nlu_fallback", text=query)
    if ctx.unknown_roles and not ctx.roles:
        return unknown_role_reply(store, ctx.unknown_roles)
    role = default_role(store, ctx)
    found = _best_hit(store, query, role.name if role else None, only_role=bool(ctx.roles))
    if found is not None:
        hit, terms = found
        body = _asked_units(hit.text, terms) or clean(hit.text)
        if len(body) > MAX_CHARS:
            body = body[:MAX_CHARS].rsplit(" ", 1)[0] + " …"
        heading = clean(hit.heading).rstrip(":")
        intro = f"Here is the closest passage I found ({heading}):" if heading else \
            "Here is the closest passage I found:"
        outside = query.intent == "out_of_scope" and role is None  # no role and judged off-topic: near only
        if outside:
            intro = "My documents don't answer that directly; " + intro[0].lower() + intro[1:]
        slots = {"role": hit.role} if hit.role else {}
        return Reply(text=f"{intro}\n{body}\n{source_line([hit.source.title])}",
                     buttons=btn.topics(hit.role or (role.name if role else None)), slots=slots,
                     sources=[hit.source.title], topic=hit.facet, roles=[hit.role] if hit.role else [],
                     kind="not_covered" if outside else "")
    said = sentences_answer(store, ctx.roles[0], ctx.subject, query.text) if len(ctx.roles) == 1 else None
    if said is not None:  # no passage as a whole, but the role's sentences say it ("when do applications
        # close")
        return said
    roles = [r.name for r in top_roles(store)] or [r.name for r in store.roles()]
    about = f" about {join_words(roles)}" if roles else ""
    return Reply(text=("Sorry, I don't know the answer to that: my documents don't cover it. I can answer "
                       "questions" + about + ": what the job involves, skills, tools, education, pay, "
                       "hours and career outlook."),
                 buttons=btn.topics(role.name if role else None), kind="not_covered")


def answer_help(store: Store, ctx: Context, greeting: bool = False) -> Reply:
    """What the bot can do, with starting-point buttons for the store's own roles (greets too)."""
    roles = [r.name for r in store.roles()]
    role = default_role(store, ctx)
    first = role.name if role else (roles[0] if roles else None)
    known = f" I know about {join_words(roles)}." if roles else " My knowledge store has no documents yet."
    hello = "Hi! I'm a career-advice bot. " if greeting else ""
    text = (hello + "I answer career questions from my career documents." + known + " Ask me about:\n"
            "• what a job involves and its daily duties\n"
            "• skills, personality traits, tools and technologies\n"
            "• education, certification, projects and courses\n"
            "• salaries: averages, city medians, comparisons between cities and roles\n"
            "• role types, top locations, career outlook, growth and challenges\n"
            "• your skill gaps: tell me what you know, then ask what to learn next\n"
            "Every answer names the document it comes from.")
    return Reply(text=text, buttons=btn.topics(first), kind="smalltalk", topic="help")


def answer_smalltalk(store: Store, intent: str) -> Reply:
    """greet / goodbye / thanks."""
    texts = {
        "greet": "Hi! I'm a career-advice bot. Ask me about a job's skills, tools, education or salary.",
        "goodbye": "Goodbye, and good luck with your career!",
        "thanks": "You're welcome! Anything else you'd like to know?",
    }
    roles = [r.name for r in top_roles(store)] or [r.name for r in store.roles()]
    buttons = btn.topics(roles[0] if roles else None) if intent != "goodbye" else []
    return Reply(text=texts.get(intent, texts["greet"]), buttons=buttons, kind="smalltalk")
