"""A private PostgreSQL cluster on loopback for tests.

    with private_postgres() as url:          # postgresql://postgres@127.0.0.1:PORT/bot
        ...

The cluster lives in a temporary directory, listens on 127.0.0.1 and a free port, trusts local
connections and is removed on exit. `PostgresServer` also offers `stop()`/`start()` so fault tests
can take the database away and bring it back on the same port with the same data:

    with PostgresServer("knowledge") as server:
        ...                                  # server.url(), server.create_database("other")
        server.stop()                        # connections now fail
        server.start()                       # same port, same data

Fixtures call `require_postgres()` first: a missing PostgreSQL is a test failure saying what to
install, never a skip (`make test` installs it via `make sysdeps`).

initdb refuses to run as root, so as root the server runs as an unprivileged user
(`PG_TEST_USER`, default: an existing `postgres` account, else a `botpg` system user is created).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

PG_BIN_DIRS = ("/usr/local/bin", *sorted(map(str, Path("/usr/lib/postgresql").glob("*/bin")), reverse=True))
INSTALL_HINT = "install the PostgreSQL server: `make sysdeps` (apt-get install postgresql)"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pg_binary(name: str) -> str:
    """Path of a PostgreSQL server program (initdb, pg_ctl)."""
    for directory in PG_BIN_DIRS:
        candidate = Path(directory) / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"PostgreSQL program {name!r} not found; {INSTALL_HINT}")
    return found


def postgres_available() -> bool:
    """Whether initdb and pg_ctl are installed."""
    try:
        pg_binary("initdb")
        pg_binary("pg_ctl")
    except FileNotFoundError:
        return False
    return True


def require_postgres() -> None:
    """Fail the calling test (or fixture) with an install hint when the PostgreSQL server is missing."""
    if not postgres_available():
        pytest.fail(f"PostgreSQL server programs (initdb, pg_ctl) not found: {INSTALL_HINT}")


class PostgresCommandError(subprocess.CalledProcessError):
    """A failed initdb/pg_ctl call; its message includes the program's output and the server log."""

    def __init__(self, error: subprocess.CalledProcessError, log_file: Path) -> None:
        super().__init__(error.returncode, error.cmd, error.output, error.stderr)
        self.log_tail = log_file.read_text(errors="replace")[-4000:] if log_file.exists() else ""

    def __str__(self) -> str:
        parts = [super().__str__(), self.output or "", self.stderr or "", self.log_tail]
        return "\n".join(part.strip() for part in parts if part and part.strip())


def _server_user() -> str | None:
    """Unprivileged account to run the server as, or None when we are not root."""
    if os.geteuid() != 0:
        return None
    wanted = os.environ.get("PG_TEST_USER")
    candidates = [wanted] if wanted else ["postgres", "botpg"]
    for name in candidates:
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    name = candidates[-1]
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
        check=True,
        capture_output=True,
    )
    return name


class PostgresServer:
    """One private PostgreSQL cluster; use as a context manager."""

    def __init__(self, database: str = "bot", port: int | None = None, locale: str | None = None) -> None:
        self.database = database
        self.locale = locale  # initdb --locale (None: the environment's)
        self.port = port or free_port()
        self.user = _server_user()
        self.tmp = Path(tempfile.mkdtemp(prefix="botpg-"))
        self.data_dir = self.tmp / "data"
        self.log_file = self.tmp / "server.log"
        self.running = False

    def url(self, database: str | None = None) -> str:
        """SQLAlchemy URL of a database in this cluster (default: the one created at start)."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database or self.database}"

    def _run(self, args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
        if self.user:
            args = ["runuser", "-u", self.user, "--", *args]
        try:
            return subprocess.run(args, check=True, capture_output=True, text=True, timeout=timeout)
        except subprocess.CalledProcessError as exc:
            raise PostgresCommandError(exc, self.log_file) from None

    def init(self) -> None:
        """Create the cluster files (initdb) and start the server."""
        if self.user:
            shutil.chown(self.tmp, self.user)
        self._run(
            [pg_binary("initdb"), "-D", str(self.data_dir), "-U", "postgres", "--auth=trust",
             "-E", "UTF8", "--no-sync", "--no-instructions",
             *([f"--locale={self.locale}"] if self.locale else [])]
        )
        self.start()
        self.create_database(self.database)

    def start(self) -> None:
        """Start (or restart) the server on the same port and data directory."""
        options = f"-h 127.0.0.1 -p {self.port} -k {self.tmp} -F -c max_connections=200"
        self._run(
            [pg_binary("pg_ctl"), "-D", str(self.data_dir), "-l", str(self.log_file),
             "-o", options, "-w", "-t", "60", "start"]
        )
        self.running = True

    def stop(self) -> None:
        """Stop the server quickly (open connections are terminated)."""
        if self.running:
            self._run([pg_binary("pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "stop"])
            self.running = False

    def create_database(self, name: str) -> str:
        """Create a database in the cluster (no-op if it exists); returns its URL."""
        import psycopg2

        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres")
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
                if cur.fetchone() is None:
                    cur.execute(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()
        return self.url(name)

    def wait_ready(self, timeout: float = 30) -> None:
        """Block until the server accepts TCP connections."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"PostgreSQL on port {self.port} did not come up")

    def cleanup(self) -> None:
        """Stop the server and delete its files."""
        with suppress(subprocess.SubprocessError):
            self.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        try:
            self.init()
        except BaseException:
            self.cleanup()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()


@contextmanager
def private_postgres(database: str = "bot") -> Iterator[str]:
    """Start a throw-away PostgreSQL cluster; yield the URL of `database`; stop and delete it."""
    with PostgresServer(database) as server:
        yield server.url()
