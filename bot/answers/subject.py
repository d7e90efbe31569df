"""What a question is about beyond its role, place and topic, and the sentences that answer it.

"Is a bootcamp enough?" asks about bootcamps; "how many years to become senior?" about years. The
subject terms are the question's content words minus the words NLU already explained (role, place,
level, currency, pay mentions), stopwords and vague question words. Sentences of the role's facts are
ranked by how many subject terms they contain; when none contains any, the documents don't cover it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.core.types import Query
from bot.language.asks import COST_TERMS, posting_spans
from bot.language.data import table
from bot.language.frequency import is_common
from bot.language.lemma import is_adjective, is_english, lemma
from bot.language.levels import YEARS_OF_EXPERIENCE
from bot.language.text import clause_after_or, points_back, question_spans, sentences, word_spans, words
from bot.language.words import is_occupation_word, question_words, stopwords
from bot.store.types import Fact

_FIGURE = re.compile(r"^\d[\d.,]*(st|nd|rd|th|k|s|m|yrs?|pm|am)?$")  # "25th", "150k", "2023", "3yrs"
_YES_NO = re.compile(r"^\s*(is|are|do|does|did|can|could|should|will|would|must|has|have|am)\b", re.I)


@lru_cache(maxsize=1)
def _vague() -> frozenset[str]:
    return frozenset(table("language")["vague_words"]) | stopwords() | question_words()


def specific(terms: Iterable[str]) -> set[str]:
    """The terms that say something on their own ("apprenticeship", not "become")."""
    return {t for t in terms if t not in _vague()}


def _lemma(word: str) -> str:
    """The word's lemma; an unknown word loses a plural "s" ("bootcamps" -> "bootcamp", not "dangerous");
    an adverb is its adjective or noun ("commercially" -> "commercial", "weekly" -> "week")."""
    form = lemma(word.strip(".'"))
    if form != word.lower() and is_common(word) and not is_common(form):
        return word.lower()  # "dying" is no "dye": an everyday word's lemma is an everyday word
    if form == word.lower() and len(form) > 4 and form.endswith("s") and not form.endswith("ss") \
            and not (is_english(form) or is_adjective(form)):
        return form[:-1]
    if form.endswith("ly") and len(form) > 5 and is_english(form[:-2]):
        return form[:-2]
    return form


def _explains(ent: dict[str, object]) -> bool:
    """An entity whose words are explained: not a pay phrase ("how much do nannies make" explains only
    its pay words, which are topic words) and not a skill the user asks about ("use docker?")."""
    return ent.get("entity") != "pay" and not (ent.get("entity") == "skill" and ent.get("claim") != "known")


def _aside(side: dict[str, object], text: str) -> bool:
    """The second side of an "or" that opens a clause: an aside, not what is asked ("do i need jira or is
    that just for PMs", "... or did i just get unlucky"). Other sides are what is asked about: "X vs Y",
    "Rust or Kotlin", "a travel or meal allowance", and the first side of any "or" ("check vitals")."""
    start = side.get("start")
    return side.get("between") == "or" and isinstance(start, int) and clause_after_or(text, start)


_YEARS_OF = re.compile(rf"\b{YEARS_OF_EXPERIENCE}", re.I)


def years_terms(text: str) -> list[str]:
    """The years of experience a message states, as a pay row's label has them ("10+ yrs" -> "10+",
    "year"; "5-9 yrs exp" -> "5", "9", "year")."""
    found = [t for m in _YEARS_OF.finditer(text) for t in lemmas(m.group(0))
             if t != "experience" and t not in stopwords()]
    return list(dict.fromkeys(found))


def subject_terms(query: Query, topic_words: Iterable[str] = (), roles: Iterable[str] = ()) -> list[str]:
    """Lemmatised content words of the question that no entity, topic word or role name explains."""
    explaining = [e for e in query.entities if _explains(e)
                  and not (e.get("entity") == "side" and not _aside(e, query.text))]
    spans = [(int(e["start"]), int(e["end"])) for e in explaining
             if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)]
    explained = {_lemma(w) for e in explaining for w in words(str(e.get("value") or ""))}
    own = [w.lower() for r in roles for w in words(r)]
    skip = _vague() | {_lemma(w) for w in topic_words} | {_lemma(w) for w in own}
    spans += [m.span() for m in _YEARS_OF.finditer(query.text)]  # "5-9 yrs exp" says a level, as figures do
    spans += posting_spans(query.text)  # "this position" names the advert

    def found(asked: list[tuple[int, int]]) -> list[str]:
        out: list[str] = []
        for start, end, w in word_spans(query.text):
            if any(s < end and start < e for s, e in spans):  # a word an entity (partly) covers is explained
                continue
            if not any(a <= start < b for a, b in asked):
                continue  # "single mum of 2, trying to figure it out": context, not what is asked
            lemma = _lemma(w)
            if len(lemma) > 1 and lemma not in skip and w not in skip and lemma not in explained \
                    and not _FIGURE.match(lemma) and lemma not in out and not _misspelt(w, topic_words) \
                    and not names_role(w.lower(), own):
                out.append(lemma)
        return out

    asked = question_spans(query.text)
    terms = found(asked)
    named = [e for e in query.entities if isinstance(e.get("start"), int) and any(
        a <= int(e["start"]) < b for a, b in asked)]
    if points_back(" ".join(query.text[a:b] for a, b in asked)):  # "burnt out after 3 years of
        return found([(0, len(query.text))])  # pager duty. is every sre job like this": what it points to
    if len(terms) + len(named) < 2:  # the question alone says too little: with what is said before it
        return found(question_spans(query.text, said_first=True))  # "i only have my c2, can i apply"
    return terms


def names_role(word: str, role_words: Iterable[str]) -> bool:
    """The word is one of the role's own words, one cut short ("eng" for engineer, "tech" for
    technician) or, for a long word, one formed from it ("management" for manager, "nursing" for nurse,
    "accounting" for accountant): it names the role or its field, it is no subject."""
    for r in role_words:
        if r == word or (len(word) >= 3 and r.startswith(word)):
            return True
        if len(r) >= 5 and len(word) > len(r) - 2 and _shared_start(r, word) >= min(5, len(r) - 1):
            return True
    return False


def _shared_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _misspelt(word: str, among: Iterable[str]) -> str | None:
    """The word of `among` that a long non-English word misspells ("apprenticship"), if any."""
    if len(word) < 8 or is_english(word):
        return None
    hit = process.extractOne(word, list(among), scorer=fuzz.ratio, score_cutoff=90)
    return str(hit[0]) if hit else None


def topic_words(topic: str) -> tuple[str, ...]:
    """The words that name a topic itself (bot/data/language.yml)."""
    return tuple(table("language")["topic_words"].get(topic, ()))


@lru_cache(maxsize=1)
def _distinctive_topic_words() -> dict[str, str]:
    """Lemmatised topic words that name one topic only and are not vague ("licence" -> certification)."""
    owners: dict[str, set[str]] = {}
    for topic, names in table("language")["topic_words"].items():
        for name in names:
            owners.setdefault(_lemma(str(name)), set()).add(str(topic))
    vague = {_lemma(w) for w in _vague()}
    return {w: next(iter(t)) for w, t in owners.items() if len(t) == 1 and w not in vague}


def topic_named(text: str) -> str | None:
    """The one topic a message's own words name ("how long does the training take" -> education), for a
    question the intent classifier could not place; None when no topic or several tie."""
    table_ = _distinctive_topic_words()
    counts: dict[str, int] = {}
    for word in words(text):
        topic = table_.get(_lemma(word)) or _near_topic_word(word, table_)
        if topic:
            counts[topic] = counts.get(topic, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


def _near_topic_word(word: str, table_: dict[str, str]) -> str | None:
    """The topic of a misspelt long topic word ("apprenticship" -> education)."""
    near = _misspelt(word, table_)
    return table_[near] if near else None


def is_yes_no(text: str) -> bool:
    """A yes/no question ("Is Node.js used for backend?", "do electricians need a licence?")."""
    return bool(_YES_NO.match(text))


@dataclass(frozen=True)
class Hit:
    """A sentence of a fact that contains some of the subject terms."""

    sentence: str
    fact: Fact
    matched: tuple[str, ...]


def lemmas(text: str) -> list[str]:
    """The text's words as lemmas, in order."""
    return [_lemma(w) for w in words(text)]


@lru_cache(maxsize=16384)
def terms_in(sentence: str) -> frozenset[str]:
    """The sentence's lemmas as a set; cached, since the same labels, headings and sentences of the
    store are read on every turn."""
    return frozenset(lemmas(sentence))


def fact_sentences(facts: Sequence[Fact]) -> Iterator[tuple[int, Fact, str]]:
    """(position of the fact, fact, sentence) for each sentence of `facts`, each sentence once."""
    seen: set[str] = set()
    for pos, fact in enumerate(facts):
        for sent in sentences(fact.text) or [fact.text]:
            key = sent.strip().lower()
            if key not in seen:
                seen.add(key)
                yield pos, fact, sent.strip()


def answering(facts: Sequence[Fact], terms: Sequence[str], limit: int = 3,
              also: Sequence[str] = ()) -> list[Hit]:
    """The sentences of `facts` that contain the most subject terms (at least one), best first; among
    equals, those with more of the words `also` ("maths" beside the required "matric")."""
    if not terms:
        return []
    hits: list[tuple[int, int, int, Hit]] = []
    for pos, fact, sent in fact_sentences(facts):
        found = terms_in(sent)
        matched = tuple(t for t in terms if t in found)
        if matched:
            hits.append((len(matched), sum(1 for t in also if t in found), -pos, Hit(sent, fact, matched)))
    hits.sort(key=lambda h: (h[0], h[1], h[2]), reverse=True)
    return [h for *_, h in hits[:limit]]


def enough(found: int, wanted: int) -> bool:
    """Enough of a question's subject terms are found: all of one or two, two thirds of more."""
    return wanted == 0 or (found >= wanted if wanted <= 2 else found * 3 >= wanted * 2)


def required(terms: Sequence[str], text: str, topic: str) -> list[str]:
    """The subject terms an answer must cover: its rare words, since a word of everyday English ("over",
    "choice", "once") says little on its own; with no rare word, every term, unless the question names
    its topic in the topic's own words ("whats the working environment like? would it be a terrible
    choice for me": the environment is what is asked)."""
    rare = [t for t in terms if not is_common(t) or t in COST_TERMS]  # "what does it cost" asks a price
    if rare or not terms:
        return rare
    return [] if asks_topic(text, topic) else list(terms)


_GOVERNING = frozenset({"after", "before", "during", "for", "in", "on", "at", "with", "per", "of", "from",
                        "by", "between", "within", "without", "than"})
_DETERMINERS = frozenset({"a", "an", "the", "every", "each", "this", "that", "these", "those", "my", "your",
                          "his", "her", "their", "our", "its", "any", "some", "no"})


def asks_topic(text: str, topic: str) -> bool:
    """The question asks for the topic by one of its own words, as the thing asked ("whats the working
    environment like", "how many hours a week", "any certs that help"), not in a phrase about something
    else ("after every shift", "questions for 2 yrs experience", "the pass rate", "full stack")."""
    own = specific(topic_words(topic))
    for part in re.split(r"[.?!;]+", text):  # "is X a dying trade? outlook": a word that starts a sentence
        toks = [w.lower() for w in words(part)]
        for i, tok in enumerate(toks):
            if _lemma(tok) not in own and tok not in own:
                continue
            j = i - 1  # past determiners, figures, topic and occupation words of a compound ("12 hour
            while j >= 0 and (toks[j] in _DETERMINERS or _FIGURE.match(toks[j]) or _lemma(toks[j]) in own
                              or is_occupation_word(toks[j])):  # shifts", "scaffolder hours per week")
                j -= 1
            before = toks[j] if j >= 0 else ""
            if before not in _GOVERNING and (not before or before in _vague()) and not _FIGURE.match(before) \
                    and _lemma(before) not in ("yr", "year"):  # "2 yrs experience" is a level
                return True
    return False


def covered(hits: Sequence[Hit], terms: Sequence[str]) -> bool:
    """The best sentences cover the question's subject terms (see `enough`), and its cost, when it asks
    one ("how much does the MLS exam cost": sentences on the exam without a price don't answer it)."""
    matched = {t for h in hits for t in h.matched}
    return all(t in matched for t in terms if t in COST_TERMS) and enough(len(matched), len(terms))


def mentioned(facts: Sequence[Fact], terms: Sequence[str]) -> bool:
    """The facts use the subject terms at all (anywhere in their text)."""
    found = {w for f in facts for w in terms_in(f"{f.heading} {f.text}")}
    return enough(sum(1 for t in terms if t in found), len(terms))


def heading_facts(facts: Sequence[Fact], terms: Sequence[str]) -> list[Fact]:
    """The facts under headings that name at least half of the subject ("Personality Traits ...")."""
    wanted = set(terms)
    return [f for f in facts if (named := terms_in(f.heading) & wanted) and len(named) * 2 >= len(wanted)]
