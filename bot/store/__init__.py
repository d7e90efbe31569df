"""Knowledge store: SQLAlchemy models and the read API (`open_store`, `KnowledgeStore`). No I/O at import."""

from __future__ import annotations

from bot.store.store import DocumentRef, KnowledgeStore, open_store
from bot.store.types import Fact, IngestSummary, PassageHit, PlaceRef, RoleRef, Salary, Source, Term

__all__ = [
    "DocumentRef",
    "Fact",
    "IngestSummary",
    "KnowledgeStore",
    "PassageHit",
    "PlaceRef",
    "RoleRef",
    "Salary",
    "Source",
    "Term",
    "open_store",
]
