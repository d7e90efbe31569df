"""A private Redis server on loopback for tests.

    with private_redis() as url:             # redis://127.0.0.1:PORT/0
        ...

No persistence, bound to 127.0.0.1 on a free port, working directory in a temp dir that is removed
on exit.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.pg import free_port


def redis_available() -> bool:
    """Whether redis-server is installed."""
    return shutil.which("redis-server") is not None


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """One private redis-server process; use as a context manager."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.tmp = Path(tempfile.mkdtemp(prefix="botredis-"))
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """redis:// URL of database 0."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 20) -> None:
        """Start the server and wait until it answers PING."""
        binary = shutil.which("redis-server")
        if not binary:
            raise FileNotFoundError("redis-server is not installed")
        log = open(self.tmp / "redis.log", "wb")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.tmp), "--protected-mode", "yes"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if _ping(self.port):
                return
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited: {(self.tmp / 'redis.log').read_text()}")
            time.sleep(0.1)
        raise TimeoutError(f"redis-server on port {self.port} did not answer PING")

    def stop(self) -> None:
        """Terminate the server process."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __enter__(self) -> RedisServer:
        try:
            self.start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)


@contextmanager
def private_redis() -> Iterator[str]:
    """Start a throw-away Redis server; yield its URL; stop it and delete its files."""
    with RedisServer() as server:
        yield server.url
