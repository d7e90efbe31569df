"""What sets two things of one page apart: "difference between a vet technologist and a vet technician",
"carpenter vs joiner", "tower vs centre controllers".

When the compared roles come from one page, their facts are the same passages and a side-by-side shows
the same list twice. The answer is instead the sentences that speak of one side apart from the other:
"Technicians usually need a 2-year associate's degree; technologists usually need a 4-year bachelor's
degree". A side is the words of its name that the other side's name lacks ("technologist" against
"technician"). A sentence that only names the sides together ("technologists and technicians run
tests") says nothing about their difference; a heading that names both sides and a difference ("Carpenter
or joiner: what's the difference?") says that everything under it does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.answers.subject import Hit, fact_sentences, lemmas
from bot.language.data import table
from bot.store.types import Fact

LIMIT = 4
_NEAR = 3  # words apart: two sides named this close are named together


@dataclass(frozen=True)
class _Scored:
    sides: frozenset[int]  # the sides the sentence speaks of on its own (all, under a difference heading)
    marked: bool  # it uses a contrast word ("whereas", "usually", "more") or sits under its side's heading
    said: bool  # the sentence itself names the side(s)
    pos: int
    hit: Hit


def side_words(names: Sequence[str], shared: Sequence[str] = ()) -> list[frozenset[str]]:
    """Each name's lemmas that no other name has (and that are not in `shared`, e.g. the role's own
    words for "tower vs centre controllers"); an empty set when a name has none."""
    sets = [set(lemmas(n)) for n in names]
    common = set(lemmas(" ".join(shared)))
    out = []
    for i, own in enumerate(sets):
        others = set().union(*(s for j, s in enumerate(sets) if j != i))
        out.append(frozenset(own - others - common - _filler()))
    return out


def _filler() -> frozenset[str]:
    return frozenset(table("language")["role_filler"])


def _contrast_words() -> frozenset[str]:
    return frozenset(table("language")["contrast_words"])


def _spoken_of(tokens: list[str], sides: Sequence[frozenset[str]]) -> set[int]:
    """The sides the tokens mention on their own. Mentions of two sides within a few words of each other
    ("technologists and technicians", "centres and towers", "bench joiner, site carpenter") are joint
    ones and count for neither."""
    owner = [(i, k) for i, t in enumerate(tokens) for k, side in enumerate(sides) if t in side]
    joint = {i for i, k in owner for j, m in owner if m != k and abs(i - j) <= _NEAR}
    return {k for i, k in owner if i not in joint}


def contrast_hits(facts: Sequence[Fact], sides: Sequence[frozenset[str]]) -> list[Hit]:
    """The sentences of `facts` that speak of the sides apart, best first: those naming two sides on
    their own or under a heading that names a difference, then, side by side in turn, sentences about
    one side that use a contrast word or sit under a heading naming that side alone ("Nutritionists").
    Empty unless every side has words and together the sentences speak of at least two sides."""
    if len(sides) < 2 or not all(sides):
        return []
    marks = _contrast_words()
    every = set(range(len(sides)))
    scored: list[_Scored] = []
    for pos, fact, sent in fact_sentences(facts):
        head = lemmas(fact.heading)
        named = _spoken_of(head, sides)
        difference = len(named) >= 2 and bool(set(head) & marks)
        tokens = lemmas(sent)
        own = _spoken_of(tokens, sides)
        spoken = every if difference else own or (named if len(named) == 1 else set())
        if spoken:
            matched = tuple(sorted(w for k in spoken for w in sides[k] if w in tokens))
            marked = bool(set(tokens) & marks) or (len(named) == 1 and named <= spoken)
            scored.append(_Scored(frozenset(spoken), marked, bool(own), pos, Hit(sent, fact, matched)))
    scored.sort(key=lambda s: (not s.said, s.pos))
    best = [s for s in scored if len(s.sides) >= 2][:LIMIT]
    singles = [[s for s in scored if s.sides == {k} and s.marked] for k in sorted(every)]
    for row in zip(*singles, strict=False):  # one sentence per side in turn, while every side has one left
        best.extend(row[: LIMIT - len(best)])
    if not best or (len(best[0].sides) < 2 and len({k for s in best for k in s.sides}) < 2):
        return []
    return [s.hit for s in best[:LIMIT]]
