"""Ingestion: validate and parse every file first, then apply all changes in one write transaction."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session
from tqdm import tqdm

from bot import config
from bot.ingest.extract import parse_document
from bot.ingest.model import ParsedDocument
from bot.ingest.reader import DocumentError, discover, read_document
from bot.language.text import slugify
from bot.store.db import bump_generation
from bot.store.models import (
    CHILD_TABLES,
    Document,
    DocumentRole,
    FactRow,
    Meta,
    PlaceRow,
    Role,
    RoleAlias,
    SalaryRow,
    TermRow,
)
from bot.store.models import Passage as PassageRow
from bot.store.roles import generate_aliases, parent_name, role_key
from bot.store.store import KnowledgeStore
from bot.store.types import IngestSummary

NOSYNC = {"synchronize_session": False}


class IngestError(Exception):
    """One or more files could not be ingested; nothing was written."""

    def __init__(self, errors: Sequence[DocumentError]) -> None:
        self.errors = list(errors)
        lines = "\n".join(f"  {e}" for e in self.errors)
        super().__init__(f"{len(self.errors)} document(s) rejected, store left unchanged:\n{lines}")


def _role(s: Session, name: str) -> Role:
    k = " ".join(role_key(name))
    role = s.execute(select(Role).where(Role.key == k)).scalar_one_or_none()
    if role is None:
        role = Role(name=name, slug=slugify(name), key=k, parent_name=parent_name(name))
        s.add(role)
        s.flush()
    return role


def _write(s: Session, doc: ParsedDocument, existing: Document | None) -> set[int]:
    roles = {r.name: _role(s, r.name) for r in doc.roles}
    first = roles[doc.role_name]
    if existing is None:
        row = Document(path=doc.path, file=doc.file, title=doc.title, role_title=doc.role_title,
                       sha256=doc.sha256, role_id=first.id, posting=doc.posting)
        s.add(row)
        s.flush()
    else:
        row = existing
        for model in CHILD_TABLES:
            s.execute(delete(model).where(model.document_id == row.id), execution_options=NOSYNC)
        row.file, row.title, row.role_title, row.sha256, row.role_id, row.posting = (
            doc.file, doc.title, doc.role_title, doc.sha256, first.id, doc.posting)
    base = {"document_id": row.id}

    def owned(record: Any, **extra: object) -> dict[str, object]:
        values = {**asdict(record), **base, **extra}
        values["role_id"] = roles[str(values.pop("role"))].id
        return values

    written = doc.role_title if len(doc.roles) == 1 else ""
    batches: list[tuple[Any, list[dict[str, object]]]] = [
        (DocumentRole, [{**base, "role_id": roles[r.name].id, "written": written or r.name,
                         "aliases": "\n".join(r.aliases)} for r in doc.roles]),
        (PassageRow, [{**asdict(p), **base, "roles": "\n".join(p.roles)} for p in doc.passages]),
        (FactRow, [owned(f, terms="\n".join(f.terms)) for f in doc.facts]),
        (TermRow, [owned(t) for t in doc.terms]),
        (SalaryRow, [owned(x) for x in doc.salaries]),
        (PlaceRow, [{**asdict(p), **base} for p in doc.places]),
    ]
    for model, rows in batches:
        if rows:
            s.execute(insert(model), rows)
    return {int(r.id) for r in roles.values()}


def _refresh_roles(s: Session, role_ids: set[int]) -> None:
    """Drop roles no document is about; regenerate aliases of the roles that changed."""
    unused = ~exists(select(DocumentRole.id).where(DocumentRole.role_id == Role.id))
    s.execute(delete(RoleAlias).where(RoleAlias.role_id.in_(select(Role.id).where(unused))),
              execution_options=NOSYNC)
    s.execute(delete(Role).where(unused), execution_options=NOSYNC)
    for role in s.execute(select(Role).where(Role.id.in_(role_ids))).scalars():
        links = s.execute(
            select(DocumentRole.written, DocumentRole.aliases).join(Document)
            .where(DocumentRole.role_id == role.id).order_by(Document.file)
        ).all()
        extra = [a for _, aliases in links for a in aliases.split("\n") if a]
        wanted = generate_aliases(role.name, [w for w, _ in links], extra)
        have = set(s.execute(select(RoleAlias.alias).where(RoleAlias.role_id == role.id)).scalars())
        if have != set(wanted):
            s.execute(delete(RoleAlias).where(RoleAlias.role_id == role.id), execution_options=NOSYNC)
            s.execute(insert(RoleAlias), [{"role_id": role.id, "alias": a} for a in wanted])


PARSER_KEY = "parser"
_PACKAGE = Path(__file__).resolve().parent.parent


FINGERPRINT_SOURCES = ("ingest", "language", "store", "facets.py", "data")


def parser_fingerprint() -> str:
    """Hash of every source and data file of the packages ingestion runs (bot.ingest, bot.language,
    bot.store, bot.facets, bot/data): a change to any of them re-parses every document."""
    files: list[Path] = []
    for name in FINGERPRINT_SOURCES:
        path = _PACKAGE / name
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".py", ".yml"))
        else:
            files.append(path)
    h = hashlib.sha256()
    for f in files:
        h.update(str(f.relative_to(_PACKAGE)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def _meta(s: Session, name: str) -> str | None:
    return s.execute(select(Meta.value).where(Meta.key == name)).scalar_one_or_none()


def _set_meta(s: Session, name: str, value: str) -> None:
    row = s.get(Meta, name)
    if row is None:
        s.add(Meta(key=name, value=value))
    elif row.value != value:
        row.value = value


def ingest(
    store: KnowledgeStore, paths: Sequence[Path | str] | None = None, progress: bool = True
) -> IngestSummary:
    """Ingest files/directories (default: bot.config.documents_dir(), removing documents gone from it).

    Raises IngestError (naming every bad file) before writing anything when a file is malformed.
    """
    targets = [Path(p) for p in paths] if paths else [config.documents_dir()]
    files, dirs = discover(targets)
    fingerprint = parser_fingerprint()
    with store.session() as s:
        known = {d.path: d.sha256 for d in s.execute(select(Document)).scalars()}
        if _meta(s, PARSER_KEY) != fingerprint:
            known = {p: "" for p in known}  # the parser changed: re-parse every document
    parsed: list[ParsedDocument] = []
    unchanged: list[str] = []
    errors: list[DocumentError] = []
    warnings: list[str] = []
    for f in tqdm(files, desc="ingest", unit="doc", file=sys.stderr, disable=not progress, leave=False):
        try:
            raw = read_document(f)
            if known.get(raw.path) == raw.sha256:
                unchanged.append(raw.path)
                continue
            warnings.extend(raw.warnings)
            parsed.append(parse_document(raw))
        except DocumentError as exc:
            errors.append(exc)
    if errors:
        raise IngestError(errors)
    seen = {d.path for d in parsed} | set(unchanged)
    gone = [p for p in known if p not in seen and any(Path(p).parent == d for d in dirs)]
    added: list[str] = []
    updated: list[str] = []
    if parsed or gone:
        with store.session() as s, s.begin():
            touched: set[int] = set()
            rows = {d.path: d for d in s.execute(select(Document)).scalars()}
            for doc in parsed:
                existing = rows.get(doc.path)
                (updated if existing else added).append(doc.path)
                touched |= _write(s, doc, existing)
            for path in gone:
                row = rows[path]
                for model in CHILD_TABLES:
                    s.execute(delete(model).where(model.document_id == row.id), execution_options=NOSYNC)
                s.delete(row)
            s.flush()
            _refresh_roles(s, touched)
            if all(p in seen or p in gone for p in known):
                _set_meta(s, PARSER_KEY, fingerprint)
            bump_generation(s)
    stats = store.stats()
    return IngestSummary(
        added=added,
        updated=updated,
        unchanged=sorted(unchanged),
        removed=sorted(gone),
        roles=stats["roles"],
        facts_per_facet=stats["facts_per_facet"],
        salaries=stats["salaries"],
        passages=stats["passages"],
        warnings=warnings,
    )
