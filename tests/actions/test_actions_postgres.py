"""The action against a real PostgreSQL that goes down and comes back (skipped without PostgreSQL tools).

A throw-away cluster is created in a temp dir (as the `postgres` user when the tests run as root),
bound to 127.0.0.1 on a free port, and stopped at the end.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import UNAVAILABLE, ActionAnswer
from bot.config import documents_dir

PG_BIN = [shutil.which(n) for n in ("initdb", "pg_ctl")]
pytestmark = pytest.mark.skipif(not all(PG_BIN), reason="PostgreSQL server tools not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """A private PostgreSQL cluster controlled with pg_ctl."""

    def __init__(self, root: Path) -> None:
        self.data = root / "pgdata"
        self.port = _free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            self.prefix = ["runuser", "-u", "postgres", "--"]
            shutil.chown(root, "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "bot", "--no-sync")

    def _run(self, *args: str) -> None:
        subprocess.run([*self.prefix, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories='' -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-w", "-l", str(self.data / "log"), "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://bot@127.0.0.1:{self.port}/postgres?connect_timeout=3"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    # not under pytest's tmp dir: that one is private to root, and the server runs as `postgres`
    root = Path(tempfile.mkdtemp(prefix="actions-pg-"))
    try:
        pg = Cluster(root)
        pg.start()
    except (subprocess.SubprocessError, OSError, LookupError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"cannot run a private PostgreSQL here: {exc}")
    try:
        from bot.ingest import ingest
        from bot.store import open_store

        st = open_store(pg.url)
        ingest(st, [documents_dir()], progress=False)
        st.close()
        yield pg
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            pg.stop()
        shutil.rmtree(root, ignore_errors=True)


def ask_london() -> str:
    tr = Tracker("pg-user", {}, latest_message={"intent": {"name": "ask_salary", "confidence": 1.0},
                                                "entities": [{"entity": "place", "value": "London"}],
                                                "text": "salary in London"},
                 events=[], paused=False, followup_action=None, active_loop={}, latest_action_name=None)
    dispatcher = CollectingDispatcher()
    ActionAnswer().run(dispatcher, tr, {})
    return str(dispatcher.messages[0]["text"])


def test_postgres_down_then_back(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    import actions.actions as mod

    monkeypatch.setenv("DATABASE_URL", cluster.url)
    mod.reset_store()
    try:
        assert "£95,000 (GBP)" in ask_london()
        cluster.stop()
        assert ask_london() == UNAVAILABLE
        cluster.start()
        assert "£95,000 (GBP)" in ask_london()
    finally:
        mod.reset_store()
