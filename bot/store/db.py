"""Engine creation (SQLite or PostgreSQL via DATABASE_URL) and the store generation counter."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool, StaticPool

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


def create_schema(engine: Engine) -> None:
    """Create missing tables (idempotent)."""
    Base.metadata.create_all(engine)


def read_generation(session: Session) -> str:
    """The token identifying the store's current contents ("" for an empty store)."""
    value = session.execute(select(Meta.value).where(Meta.key == GENERATION_KEY)).scalar_one_or_none()
    return value or ""


def bump_generation(session: Session) -> str:
    """Give the store a new generation token (call inside the writing transaction)."""
    token = uuid.uuid4().hex
    row = session.get(Meta, GENERATION_KEY)
    if row is None:
        session.add(Meta(key=GENERATION_KEY, value=token))
    else:
        row.value = token
    return token
