"""Which roles fit the user's skills: every role in the store ranked by overlap with its documents' terms."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.advice.answer import merge, slot_skills
from bot.advice.extract import claimed, skill_claims
from bot.advice.render import join_names
from bot.advice.vocabulary import Vocabulary, vocabulary
from bot.core.protocol import Store
from bot.core.types import Query, Reply, source_line
from bot.language.claims import KNOWN
from bot.language.inflect import article

ROLE_FIT = "role_fit"
MAX_ROLES, MAX_MISSING = 5, 4
# Missing items worth naming first: concrete skills before qualities and family words.
_LATER = ("soft_skills", "knowledge", "other")


@dataclass
class Fit:
    """One role against the user's skills: the terms they have, the top missing ones, the sources."""

    role: str
    have: list[str]
    missing: list[str]
    total: int
    sources: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        """Share of the role's terms the user has."""
        return len(self.have) / self.total if self.total else 0.0


def _role_terms(store: Store, vocab: Vocabulary, role: str) -> tuple[list[str], list[str]]:
    """Canonical, non-family terms the documents list for `role` (first mention first) and their sources."""
    names: list[str] = []
    sources: list[str] = []
    for term in store.terms(role):
        name = vocab.canonical(term.name) or term.name
        if vocab.generic(name):
            continue
        if name not in names:
            names.append(name)
        if term.source.title and term.source.title not in sources:
            sources.append(term.source.title)
    return names, sources


def role_fits(store: Store, skills: list[str]) -> list[Fit]:
    """Every role with terms, best overlap first (more matches, then a larger share, then name)."""
    vocab = vocabulary(store)
    fits: list[Fit] = []
    for ref in store.roles():
        terms, sources = _role_terms(store, vocab, ref.name)
        if not terms:
            continue
        have = [t for t in terms if t in skills]
        missing = [t for t in terms if t not in skills]
        missing.sort(key=lambda t: vocab.category(t) in _LATER)
        fits.append(Fit(ref.name, have, missing[:MAX_MISSING], len(terms), sources))
    fits.sort(key=lambda f: (-len(f.have), -f.share, f.role))
    return fits


def _line(fit: Fit) -> str:
    have = f"you have {join_names(fit.have)}" if fit.have else \
        "none of your skills are listed"
    missing = f"; missing e.g. {join_names(fit.missing)}" if fit.missing else ""
    return f"• {fit.role}: {have}{missing}."


def answer_fit(store: Store, query: Query) -> Reply:
    """"Which roles fit my skills?": roles ranked by overlap with the user's skills (slot + known ones)."""
    vocab = vocabulary(store)
    old = slot_skills(vocab, query)
    skills = merge(old, claimed(skill_claims(vocab, query), KNOWN))
    slots = {"skills": skills} if skills != old else {}
    if not skills:
        return Reply(text="Tell me what you already know (e.g. \"I know Python and MySQL\") and I'll rank "
                     "the roles in my documents by how well your skills fit them.", slots=slots,
                     kind="clarify", topic=ROLE_FIT)
    fits = role_fits(store, skills)
    if not fits:
        return Reply(text="My documents don't list skills for any role yet, so I can't rank them.",
                     slots=slots, kind="not_covered", topic=ROLE_FIT)
    matching = [f for f in fits if f.have]
    shown = (matching or fits)[:MAX_ROLES]
    listed = join_names(skills)
    head = (f"How your skills ({listed}) fit the roles in my documents, best first:" if matching
            else f"None of the roles in my documents list your skills ({listed}). What they ask for:")
    lines = [head, *(_line(f) for f in shown)]
    rest = len(fits) - len(shown)
    if rest > 0:
        lines.append(f"{rest} more role{'s' if rest > 1 else ''} in my documents "
                     f"{'share' if rest > 1 else 'shares'} fewer or none of your skills.")
    sources = list(dict.fromkeys(t for f in shown for t in f.sources))
    lines.append(source_line(sources))
    buttons = [{"title": f"Gap for {f.role}", "payload": f"What am I missing to become {article(f.role)}?"}
               for f in shown[:3]]
    return Reply(text="\n".join(lines), buttons=buttons, slots=slots,
                 sources=sources, kind="answer", topic=ROLE_FIT, roles=[f.role for f in shown])
