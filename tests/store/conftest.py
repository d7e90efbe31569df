"""Fixtures for store tests: the sample store (SQLite) and a private PostgreSQL server."""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.ingest import ingest
from bot.store import KnowledgeStore, open_store

DOCS = PROJECT_ROOT / "data" / "documents"
FIXTURE_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "documents"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    """The four sample documents and the fixture page, ingested once (read-only for tests)."""
    db = tmp_path_factory.mktemp("kb") / "knowledge.db"
    store = open_store(f"sqlite:///{db}")
    ingest(store, [DOCS, FIXTURE_DOCS], progress=False)
    yield store
    store.close()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tool(name: str) -> str | None:
    found = shutil.which(name) or (
        f"/usr/local/bin/{name}" if Path(f"/usr/local/bin/{name}").exists() else None
    )
    return found


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throw-away PostgreSQL on 127.0.0.1:<free port> in a temp dir (run as `nobody` when we are root)."""
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found")
    base = Path(tempfile.mkdtemp(prefix="kb-pg-"))
    user = None
    if os.geteuid() == 0:  # initdb refuses to run as root
        user = os.environ.get("PG_TEST_USER", "nobody")
        entry = pwd.getpwnam(user)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    data, log = base / "data", base / "server.log"

    def run(cmd: list[str]) -> None:
        argv = ["su", user, "-s", "/bin/sh", "-c", shlex.join(cmd)] if user else cmd
        res = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=base)
        if res.returncode != 0:
            tail = log.read_text() if log.exists() else ""
            raise RuntimeError(f"{shlex.join(cmd)} failed: {res.stdout}{res.stderr}{tail}")

    run([initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"])
    port = _free_port()
    opts = f"-h 127.0.0.1 -p {port} -k {base} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    run([pg_ctl, "-D", str(data), "-o", opts, "-l", str(log), "-w", "-t", "60", "start"])
    try:
        yield f"postgresql+psycopg2://postgres@127.0.0.1:{port}/postgres"
    finally:
        try:
            run([pg_ctl, "-D", str(data), "-m", "fast", "-w", "-t", "60", "stop"])
        finally:
            shutil.rmtree(base, ignore_errors=True)
