"""Engine creation (SQLite or PostgreSQL via DATABASE_URL) and the store generation counter."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool, StaticPool
from sqlalchemy.schema import CreateTable

from bot.store.models import Base, Meta

GENERATION_KEY = "generation"


def make_engine(url: str) -> Engine:
    """A 2.0-style engine for the URL; SQLite files get their directory, WAL and foreign keys."""
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        kwargs["connect_args"] = {"check_same_thread": False}
        if database in ("", ":memory:"):
            kwargs["poolclass"] = StaticPool
        else:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            kwargs["poolclass"] = QueuePool  # SQLAlchemy 1.4 defaults to NullPool (a connect per query)
            kwargs["pool_size"] = 5
        engine = create_engine(url, **kwargs)
        memory = database in ("", ":memory:")

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if not memory:
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    kwargs["pool_pre_ping"] = True
    return create_engine(url, **kwargs)


SCHEMA_KEY = "schema"


def schema_fingerprint(engine: Engine) -> str:
    """Hash of the tables' DDL for this engine's dialect (derived from the models, never hand-bumped)."""
    ddl = "\n".join(str(CreateTable(t).compile(engine)) for t in Base.metadata.sorted_tables)
    return hashlib.sha256(ddl.encode("utf-8")).hexdigest()


def create_schema(engine: Engine) -> None:
    """Create missing tables; a store written with other models is dropped and recreated (the store is
    derived from the documents, so the next ingestion rebuilds it)."""
    wanted = schema_fingerprint(engine)
    tables = set(inspect(engine).get_table_names())
    if tables:
        have = None
        if Meta.__tablename__ in tables:
            with Session(engine, future=True) as s:
                have = s.execute(select(Meta.value).where(Meta.key == SCHEMA_KEY)).scalar_one_or_none()
        if have != wanted:
            Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    try:
        with Session(engine, future=True) as s, s.begin():
            row = s.get(Meta, SCHEMA_KEY)
            if row is None:
                s.add(Meta(key=SCHEMA_KEY, value=wanted))
            elif row.value != wanted:
                row.value = wanted
    except IntegrityError:
        pass  # another process opening the same new store wrote it first


def bump_generation(session: Session) -> str:
    """Give the store a new generation token (call inside the writing transaction)."""
    token = uuid.uuid4().hex
    row = session.get(Meta, GENERATION_KEY)
    if row is None:
        session.add(Meta(key=GENERATION_KEY, value=token))
    else:
        row.value = token
    return token
