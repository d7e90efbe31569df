"""Per-generation in-memory snapshot of the store's read side (loaded lazily, one query per kind)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from bot.store.models import Document, FactRow, Passage, SalaryRow, TermRow
from bot.store.search import BM25Index, IndexedPassage
from bot.store.types import Fact, Salary, Source, Term

PassageKey = tuple[int, int]  # (document id, passage seq)


@dataclass
class Snapshot:
    """Facts, salaries, terms and the BM25 index of one store generation (built on first use)."""

    role_names: dict[int, str]
    docs: dict[int, tuple[str, str, int]] = field(default_factory=dict)  # id -> (title, file, role id)
    sources: dict[PassageKey, Source] = field(default_factory=dict)
    passages: list[tuple[PassageKey, str, str, str]] = field(
        default_factory=list
    )  # key, text, heading, facet
    facts: dict[tuple[int, str], list[Fact]] | None = None
    salaries: list[tuple[int, Salary]] | None = None  # (role id, salary) in document order
    salaries_by_role: dict[int, list[tuple[int, Salary]]] = field(default_factory=dict)
    salaries_by_place: dict[str, list[tuple[int, Salary]]] = field(default_factory=dict)
    terms: dict[int, list[Term]] | None = None
    index: BM25Index | None = None

    def load_passages(self, conn: Connection) -> None:
        """Documents and passages (shared Source objects), in file order."""
        if self.docs:
            return
        docs = conn.execute(select(Document.id, Document.title, Document.file, Document.role_id))
        self.docs = {d.id: (d.title, d.file, d.role_id) for d in docs}
        rows = conn.execute(
            select(Passage.document_id, Passage.seq, Passage.text, Passage.heading, Passage.facet)
        )
        ordered = sorted(rows, key=lambda r: (self.docs[r.document_id][1], r.document_id, r.seq))
        for r in ordered:
            title, file, _ = self.docs[r.document_id]
            k = (r.document_id, r.seq)
            self.sources[k] = Source(title, file, r.text)
            self.passages.append((k, r.text, r.heading, r.facet))

    def _order(self, doc_id: int, seq: int) -> tuple[str, int, int]:
        return (self.docs[doc_id][1], doc_id, seq)

    def load_facts(self, conn: Connection) -> dict[tuple[int, str], list[Fact]]:
        """Facts grouped by (role id, facet), in document order."""
        if self.facts is None:
            self.load_passages(conn)
            q = select(
                FactRow.document_id,
                FactRow.role_id,
                FactRow.seq,
                FactRow.passage_seq,
                FactRow.facet,
                FactRow.heading,
                FactRow.text,
                FactRow.terms,
            )
            out: dict[tuple[int, str], list[Fact]] = defaultdict(list)
            for r in sorted(conn.execute(q), key=lambda r: self._order(r.document_id, r.seq)):
                src = self.sources[(r.document_id, r.passage_seq)]
                terms = tuple(t for t in r.terms.split("\n") if t)
                out[(r.role_id, r.facet)].append(
                    Fact(self.role_names.get(r.role_id, ""), r.facet, r.text, src, terms, r.heading)
                )
            self.facts = dict(out)
        return self.facts

    def load_salaries(self, conn: Connection) -> list[tuple[int, Salary]]:
        """Every salary with its role id, in document order."""
        if self.salaries is None:
            self.load_passages(conn)
            rows = sorted(conn.execute(select(SalaryRow)), key=lambda r: self._order(r.document_id, r.seq))
            self.salaries = [
                (
                    r.role_id,
                    Salary(
                        self.role_names.get(r.role_id, ""),
                        int(r.amount),
                        r.currency,
                        r.symbol,
                        r.statistic,
                        r.period,
                        r.scope,
                        self.sources[(r.document_id, r.passage_seq)],
                        r.place,
                        r.country,
                        r.date,
                        r.written,
                        r.applies_to,
                        r.label,
                    ),
                )
                for r in rows
            ]
            for rid, sal in self.salaries:
                self.salaries_by_role.setdefault(rid, []).append((rid, sal))
                if sal.place:
                    self.salaries_by_place.setdefault(sal.place, []).append((rid, sal))
        return self.salaries

    def load_terms(self, conn: Connection) -> dict[int, list[Term]]:
        """Distinct terms per role id (first mention first)."""
        if self.terms is None:
            self.load_passages(conn)
            q = select(
                TermRow.document_id,
                TermRow.role_id,
                TermRow.seq,
                TermRow.passage_seq,
                TermRow.name,
                TermRow.category,
            )
            out: dict[int, list[Term]] = defaultdict(list)
            seen: set[tuple[int, str]] = set()
            for r in sorted(conn.execute(q), key=lambda r: self._order(r.document_id, r.seq)):
                k = (r.role_id, r.name.lower())
                if k not in seen:
                    seen.add(k)
                    src = self.sources[(r.document_id, r.passage_seq)]
                    out[r.role_id].append(Term(r.name, r.category, self.role_names.get(r.role_id, ""), src))
            self.terms = dict(out)
        return self.terms

    def load_index(self, conn: Connection) -> BM25Index:
        """The BM25 index over all passages."""
        if self.index is None:
            self.load_passages(conn)
            rows = []
            for (doc_id, _seq), text, heading, facet in self.passages:
                title, file, role_id = self.docs[doc_id]
                rows.append(IndexedPassage(text, heading, facet, title, file, self.role_names.get(role_id)))
            self.index = BM25Index(rows)
        return self.index
