"""KnowledgeStore: the read API over the store (roles, places, facts, terms, salaries, passages)."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot import config
from bot.language.text import key
from bot.store import gazetteer as gz
from bot.store.db import GENERATION_KEY, create_schema, make_engine
from bot.store.models import Document, FactRow, Meta, Passage, PlaceRow, Role, RoleAlias, SalaryRow, TermRow
from bot.store.role_index import RoleEntry, RoleIndex
from bot.store.roles import role_key
from bot.store.snapshot import Snapshot
from bot.store.types import Fact, PassageHit, PlaceRef, RoleRef, Salary, Source, Term

_GENERATION_Q = select(Meta.value).where(Meta.key == GENERATION_KEY)


@dataclass(frozen=True)
class DocumentRef:
    """An ingested document."""

    title: str
    file: str
    path: str
    sha256: str
    role: str


@dataclass
class _State:
    """Per-generation caches."""

    generation: str
    snapshot: Snapshot
    roles: dict[str, RoleRef] = field(default_factory=dict)
    role_ids: dict[str, int] = field(default_factory=dict)
    index: RoleIndex = field(default_factory=lambda: RoleIndex([]))
    extra_places: dict[str, gz.Place] = field(default_factory=dict)
    data_cities: list[str] = field(default_factory=list)
    data_countries: set[str] = field(default_factory=set)
    posting_roles: list[str] = field(default_factory=list)  # the first roles of job adverts
    page_roles: list[str] = field(default_factory=list)  # the first role of each document


def _place_ref(place: gz.Place, state: _State) -> PlaceRef:
    has = place.name in (state.data_cities if place.kind != "country" else state.data_countries)
    return PlaceRef(place.name, place.kind, place.country, place.country_code, place.aliases, has)


class KnowledgeStore:
    """Query API over the knowledge store. Thread-safe for reads; caches are rebuilt per generation.

    Reads are served from an in-memory snapshot of the current generation (one cheap generation check
    per call), so another process's ingestion is seen on the next call.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._state: _State | None = None
        self._lock = threading.RLock()

    # -- infrastructure -------------------------------------------------------------------------
    def session(self) -> Session:
        """A new ORM session (2.0 style)."""
        return Session(self.engine, future=True)

    def generation(self) -> str:
        """Token that changes whenever an ingestion writes to the store."""
        with self.engine.connect() as conn:
            return conn.execute(_GENERATION_Q).scalar_one_or_none() or ""

    def _current(self) -> _State:
        gen = self.generation()
        state = self._state
        if state is not None and state.generation == gen:
            return state
        with self._lock:
            if self._state is None or self._state.generation != gen:
                self._state = self._load(gen)
            return self._state

    def _load(self, gen: str) -> _State:
        with self.engine.connect() as conn:
            roles = conn.execute(
                select(Role.id, Role.name, Role.slug, Role.key, Role.parent_name).order_by(Role.name)
            ).all()
            state = _State(generation=gen, snapshot=Snapshot({r.id: r.name for r in roles}))
            aliases: dict[int, list[str]] = {}
            for rid, alias in conn.execute(select(RoleAlias.role_id, RoleAlias.alias).order_by(RoleAlias.id)):
                aliases.setdefault(rid, []).append(alias)
            names = {r.name for r in roles}
            entries = []
            for r in roles:
                parent = r.parent_name if r.parent_name in names else None
                ref = RoleRef(r.name, r.slug, parent, tuple(aliases.get(r.id, ())))
                state.roles[r.name] = ref
                state.role_ids[r.name] = r.id
                entries.append(RoleEntry(r.name, tuple(r.key.split()), ref.aliases))
            state.index = RoleIndex(entries)
            gaz = gz.gazetteer()
            q = select(
                PlaceRow.name, PlaceRow.written, PlaceRow.kind, PlaceRow.country, PlaceRow.country_code
            )
            for row in conn.execute(q.order_by(PlaceRow.id)):
                if gaz.lookup(row.name) is None and key(row.name) not in state.extra_places:
                    written = (row.written,) if row.written != row.name else ()
                    state.extra_places[key(row.name)] = gz.Place(
                        row.name, row.kind, row.country, row.country_code, written
                    )
            posting = select(Role.name).join(Document, Document.role_id == Role.id).where(Document.posting)
            state.posting_roles = sorted({name for (name,) in conn.execute(posting)})
            firsts = select(Role.name).join(Document, Document.role_id == Role.id)
            state.page_roles = sorted({name for (name,) in conn.execute(firsts)})
            for _rid, sal in state.snapshot.load_salaries(conn):
                if sal.place and sal.place not in state.data_cities:
                    state.data_cities.append(sal.place)
                if sal.country:
                    state.data_countries.add(sal.country)
        return state

    def close(self) -> None:
        """Release the engine's connections."""
        self.engine.dispose()

    def _with_conn(self, load: Any) -> Any:
        """Run a snapshot loader with a connection (under the lock, once per generation)."""
        with self._lock, self.engine.connect() as conn:
            return load(conn)

    # -- roles ----------------------------------------------------------------------------------
    def roles(self) -> list[RoleRef]:
        """Canonical roles in the store, by name."""
        return list(self._current().roles.values())

    def page_roles(self) -> list[str]:
        """The first role of each document (a page's other roles are its kinds or sub-roles)."""
        return list(self._current().page_roles)

    def posting_roles(self) -> list[str]:
        """The roles of the job advertisements in the store (bot.ingest.page.is_posting)."""
        return list(self._current().posting_roles)

    def resolve_role(self, text: str) -> RoleRef | None:
        """Canonical role of a mention ("back-end dev", "Software Engineer - Backend", "senior devs")."""
        state = self._current()
        entry = state.index.resolve(text or "")
        return state.roles[entry.name] if entry else None

    def _role_id(self, state: _State, role: str) -> int | None:
        """Id of a canonical role name (or of a name with the same key, e.g. "backend developer")."""
        if role in state.role_ids:
            return state.role_ids[role]
        entry = state.index.by_key.get(role_key(role))
        return state.role_ids.get(entry.name) if entry else None

    # -- places ---------------------------------------------------------------------------------
    def resolve_place(self, text: str) -> PlaceRef | None:
        """City or country for a mention ("NYC", "SF", "Bangalore", "Seattle, WA", "India")."""
        state = self._current()
        place = gz.resolve(text or "", state.extra_places)
        return _place_ref(place, state) if place else None

    def places(self, with_data: bool = True) -> list[PlaceRef]:
        """Cities with salary figures (document order); with_data=False: every known city and country."""
        state = self._current()
        if with_data:
            out = []
            for name in state.data_cities:
                place = gz.gazetteer().lookup(name) or state.extra_places.get(key(name))
                if place:
                    out.append(_place_ref(place, state))
            return out
        all_places = list(gz.gazetteer().places) + list(state.extra_places.values())
        return [_place_ref(p, state) for p in all_places]

    def cities_in(self, country: str) -> list[PlaceRef]:
        """Cities with salary data in a country (any alias of it: "India", "USA", "UK") or in a region
        the gazetteer knows their place in ("Texas": Austin)."""
        ref = self.resolve_place(country)
        if ref is not None and ref.kind == "region":
            return [p for p in self.places(True) if gz.gazetteer().in_region(p.name, ref.name)]
        name = ref.country if ref and ref.kind == "country" else None
        return [p for p in self.places(True) if name and p.country == name]

    # -- facts, terms, salaries -----------------------------------------------------------------
    def facts(self, role: str, facet: str) -> list[Fact]:
        """Facts of a role (canonical name) in a facet, in document order."""
        state = self._current()
        rid = self._role_id(state, role)
        if rid is None:
            return []
        snap = state.snapshot
        facts = snap.facts if snap.facts is not None else self._with_conn(snap.load_facts)
        return list(facts.get((rid, facet), ()))

    def terms(self, role: str | None = None) -> list[Term]:
        """Distinct skills/technologies per role (first mention first); all roles when role is None."""
        state = self._current()
        snap = state.snapshot
        terms = snap.terms if snap.terms is not None else self._with_conn(snap.load_terms)
        if role is None:
            return [t for rid in sorted(terms, key=lambda i: snap.role_names.get(i, "")) for t in terms[rid]]
        rid = self._role_id(state, role)
        return list(terms.get(rid, ())) if rid is not None else []

    def salaries(
        self, role: str | None = None, place: str | None = None, country: str | None = None
    ) -> list[Salary]:
        """Salary figures, optionally for one role, one city and/or one country (canonical names)."""
        state = self._current()
        rid = None
        if role is not None:
            rid = self._role_id(state, role)
            if rid is None:
                return []
        if place is not None and place not in state.data_cities:
            ref = self.resolve_place(place)
            place = ref.name if ref else place
        if country is not None:
            ref = self.resolve_place(country)
            country = ref.country if ref and ref.country else country
        snap = state.snapshot
        rows = snap.salaries if snap.salaries is not None else self._with_conn(snap.load_salaries)
        if rid is not None:
            rows = snap.salaries_by_role.get(rid, [])
        elif place is not None:
            rows = snap.salaries_by_place.get(place, [])
        return [
            s
            for r, s in rows
            if (rid is None or r == rid)
            and (place is None or s.place == place)
            and (country is None or s.country == country)
        ]

    # -- passages -------------------------------------------------------------------------------
    def search_passages(self, query: str, role: str | None = None, limit: int = 3) -> list[PassageHit]:
        """BM25-ranked passages for a query, optionally restricted to one role."""
        state = self._current()
        if role is not None and role not in state.roles:
            ref = self.resolve_role(role)
            role = ref.name if ref else role
        snap = state.snapshot
        index = snap.index if snap.index is not None else self._with_conn(snap.load_index)
        hits = index.search(query or "", limit=limit, role=role)
        return [
            PassageHit(p.text, p.heading, p.facet, round(score, 4), Source(p.title, p.file, p.text), p.role)
            for score, p in hits
        ]

    # -- misc -----------------------------------------------------------------------------------
    def entity_names(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        """Names the NLU recognises: roles (canonical name, aliases) and places (name, aliases)."""
        roles = [(r.name, (r.name.lower(), *r.aliases)) for r in self.roles()]
        places = [(p.name, (p.name, *p.aliases)) for p in self.places(with_data=False)]
        return {"role": roles, "place": places}

    def documents(self) -> list[DocumentRef]:
        """Ingested documents, by file name."""
        q = select(Document.title, Document.file, Document.path, Document.sha256, Role.name).join(Role)
        with self.session() as s:
            return [DocumentRef(*row) for row in s.execute(q.order_by(Document.file, Document.path))]

    def checksum(self) -> str:
        """sha256 over the store's contents (ids and generation excluded), stable across no-op re-ingests."""
        h = hashlib.sha256()
        with self.session() as s:
            queries = [
                select(Role.name, Role.key, Role.parent_name).order_by(Role.name),
                select(Role.name, RoleAlias.alias).join(Role).order_by(Role.name, RoleAlias.alias),
                select(Document.path, Document.title, Document.sha256, Role.name)
                .join(Role)
                .order_by(Document.path),
            ]
            for model in (Passage, FactRow, TermRow, SalaryRow, PlaceRow):
                cols = [c for c in model.__table__.columns if c.name not in ("id", "document_id", "role_id")]
                queries.append(select(Document.path, *cols).join(Document).order_by(Document.path, *cols))
            for q in queries:
                for row in s.execute(q):
                    h.update(repr(tuple(row)).encode("utf-8"))
                h.update(b"\x00")
        return h.hexdigest()

    def stats(self) -> dict[str, Any]:
        """Counts for the CLI summary: roles, documents, facts per facet, salaries, passages, terms."""
        with self.session() as s:
            per_facet = dict(s.execute(select(FactRow.facet, func.count()).group_by(FactRow.facet)).all())
            return {
                "roles": s.execute(select(func.count()).select_from(Role)).scalar_one(),
                "documents": s.execute(select(func.count()).select_from(Document)).scalar_one(),
                "facts_per_facet": {k: int(v) for k, v in sorted(per_facet.items())},
                "salaries": s.execute(select(func.count()).select_from(SalaryRow)).scalar_one(),
                "passages": s.execute(select(func.count()).select_from(Passage)).scalar_one(),
                "terms": s.execute(select(func.count()).select_from(TermRow)).scalar_one(),
            }


def open_store(url: str | None = None) -> KnowledgeStore:
    """Open (and create the tables of) the store at `url`, default bot.config.database_url()."""
    engine = make_engine(url or config.database_url())
    create_schema(engine)
    return KnowledgeStore(engine)
