"""SQLAlchemy 1.4 ORM models (2.0 style) of the knowledge store.

Every fact, salary, term and passage belongs to one document (its provenance); `passage_seq` points at
the passage (same document) the item was taken from. Roles are shared by documents.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Boolean, Column, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import declarative_base, relationship

Base: Any = declarative_base()


class Meta(Base):
    """Key/value store metadata (e.g. the generation counter bumped by every ingest write)."""

    __tablename__ = "meta"
    key = Column(String(64), primary_key=True)
    value = Column(Text, nullable=False)


class Role(Base):
    """A canonical role; `key` is its normalised token key, `parent_name` the base role of a senior role."""

    __tablename__ = "roles"
    id = Column(Integer, primary_key=True)
    name = Column(String(200), nullable=False, unique=True)
    slug = Column(String(200), nullable=False)
    key = Column(String(200), nullable=False, unique=True)
    parent_name = Column(String(200), nullable=True)
    aliases = relationship("RoleAlias", cascade="all, delete-orphan", order_by="RoleAlias.id")


class RoleAlias(Base):
    """A lowercase alias of a role ("backend dev", "software engineer - backend")."""

    __tablename__ = "role_aliases"
    __table_args__ = (UniqueConstraint("role_id", "alias"),)
    id = Column(Integer, primary_key=True)
    role_id = Column(Integer, ForeignKey("roles.id", ondelete="CASCADE"), nullable=False, index=True)
    alias = Column(String(300), nullable=False, index=True)


class Document(Base):
    """An ingested career document; `path` is the resolved file path, `sha256` its content hash."""

    __tablename__ = "documents"
    id = Column(Integer, primary_key=True)
    path = Column(String(1000), nullable=False, unique=True)
    file = Column(String(300), nullable=False)
    title = Column(String(500), nullable=False)
    role_title = Column(String(300), nullable=False)
    sha256 = Column(String(64), nullable=False)
    role_id = Column(Integer, ForeignKey("roles.id"), nullable=False, index=True)
    posting = Column(Boolean, nullable=False, default=False)  # a job advertisement


class DocumentRole(Base):
    """A role a document is about (a page may name two: "Database Administrators and Architects"), with
    the title as written and the aliases the document gave it (acronyms), newline-separated."""

    __tablename__ = "document_roles"
    __table_args__ = (UniqueConstraint("document_id", "role_id"),)
    id = Column(Integer, primary_key=True)
    document_id = Column(Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True)
    role_id = Column(Integer, ForeignKey("roles.id"), nullable=False, index=True)
    written = Column(String(300), nullable=False)
    aliases = Column(Text, nullable=False, default="")


class Passage(Base):
    """A paragraph or list block (with its lead-in) of a document, under a heading, with a facet."""

    __tablename__ = "passages"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)
    id = Column(Integer, primary_key=True)
    document_id = Column(Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)
    seq = Column(Integer, nullable=False)
    heading = Column(String(500), nullable=False, default="")
    facet = Column(String(40), nullable=False)
    kind = Column(String(20), nullable=False)  # paragraph | list | table
    text = Column(Text, nullable=False)
    roles = Column(Text, nullable=False, default="")  # newline-separated; "" = every role of the document


class FactRow(Base):
    """One statement about a role in one facet; `terms` is a newline-separated list of named terms."""

    __tablename__ = "facts"
    __table_args__ = (
        UniqueConstraint("document_id", "seq"),
        Index("ix_facts_role_facet", "role_id", "facet"),
    )
    id = Column(Integer, primary_key=True)
    document_id = Column(Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)
    role_id = Column(Integer, ForeignKey("roles.id"), nullable=False)
    seq = Column(Integer, nullable=False)
    passage_seq = Column(Integer, nullable=False)
    facet = Column(String(40), nullable=False)
    heading = Column(String(500), nullable=False, default="")
    text = Column(Text, nullable=False)
    terms = Column(Text, nullable=False, default="")


class TermRow(Base):
    """A skill/technology named in a skills/tools/qualifications fact, with its category."""

    __tablename__ = "terms"
    id = Column(Integer, primary_key=True)
    document_id = Column(Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)
    role_id = Column(Integer, ForeignKey("roles.id"), nullable=False, index=True)
    seq = Column(Integer, nullable=False)
    passage_seq = Column(Integer, nullable=False)
    name = Column(String(200), nullable=False)
    category = Column(String(40), nullable=False)


class SalaryRow(Base):
    """A salary figure as a document states it (amount in whole currency units)."""

    __tablename__ = "salaries"
    __table_args__ = (Index("ix_salaries_role", "role_id"), Index("ix_salaries_place", "place"))
    id = Column(Integer, primary_key=True)
    document_id = Column(Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)
    role_id = Column(Integer, ForeignKey("roles.id"), nullable=False)
    seq = Column(Integer, nullable=False)
    passage_seq = Column(Integer, nullable=False)
    amount = Column(BigInteger, nullable=False)
    currency = Column(String(8), nullable=False)
    symbol = Column(String(8), nullable=False)
    statistic = Column(String(20), nullable=False)
    period = Column(String(20), nullable=False)
    scope = Column(String(300), nullable=False)
    place = Column(String(200), nullable=True)
    country = Column(String(200), nullable=True)
    date = Column(String(40), nullable=False, default="")  # "May 2024" when the page says
    written = Column(String(60), nullable=False, default="")  # the figure as written ("$45.00")
    applies_to = Column(String(300), nullable=False, default="")  # "" = this role; else who it covers
    label = Column(String(300), nullable=False, default="")  # the row label ("First officers, regional")


class PlaceRow(Base):
    """A place a document mentions (canonical name; gazetteer places are not copied unless mentioned)."""

    __tablename__ = "places"
    id = Column(Integer, primary_key=True)
    document_id = Column(Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)
    name = Column(String(200), nullable=False)
    written = Column(String(200), nullable=False)
    kind = Column(String(20), nullable=False)
    country = Column(String(200), nullable=True)
    country_code = Column(String(8), nullable=True)


CHILD_TABLES = (FactRow, TermRow, SalaryRow, Passage, PlaceRow, DocumentRole)
