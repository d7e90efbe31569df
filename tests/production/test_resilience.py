"""One bot stack as `make run` starts it (SQLite tracker store), with its knowledge store in a private
PostgreSQL: history survives a Rasa restart, a dead action server gets a quick apology and the
conversation resumes, a dead knowledge store gets "temporarily unavailable" and recovers, and
nothing listens beyond loopback nor exposes Rasa's HTTP API."""

from __future__ import annotations

import os
import signal
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.launcher import Stack
from tests.production.clients import user_texts
from tests.production.conftest import make_stack, require_model
from tests.support.chat import reply_text, rest_send
from tests.support.pg import PostgresServer

SALARY_Q = "How much do backend engineers earn in London?"
UNAVAILABLE_WORDS = ("unavailable", "try again", "can't reach", "cannot reach")


@pytest.fixture(scope="module")
def tracker_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("resilience") / "tracker.db"


@pytest.fixture(scope="module")
def stack(pg_knowledge_url: str, tracker_file: Path) -> Iterator[Stack]:
    require_model()
    env = {"DATABASE_URL": pg_knowledge_url, "TRACKER_STORE_URL": f"sqlite:///{tracker_file}"}
    with make_stack(env, enable_api=False, channels=("rest", "socketio", "web")) as running:
        yield running


def say(stack: Stack, sender: str, message: str, timeout: float = 30.0) -> tuple[str, float]:
    started = time.monotonic()
    text = reply_text(rest_send(stack.rasa_url, sender, message, timeout=timeout))
    return text, time.monotonic() - started


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on `port` (from /proc/net/tcp and tcp6)."""
    found: set[str] = set()
    for name in ("tcp", "tcp6"):
        path = Path(f"/proc/net/{name}")
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].split(":")
            if fields[3] == "0A" and int(port_hex, 16) == port:
                found.add(address)
    return found


def test_servers_listen_on_loopback_only(stack: Stack) -> None:
    loopback = {"0100007F"}  # 127.0.0.1 in /proc/net/tcp byte order
    for port in (stack.rasa_port, stack.action_port):
        addresses = listening_addresses(port)
        assert addresses, f"nothing listens on {port}"
        assert addresses <= loopback, f"port {port} listens on {addresses}, not only 127.0.0.1"


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/conversations/someone/tracker"), ("POST", "/conversations/someone/messages"),
     ("POST", "/model/parse"), ("GET", "/status"), ("PUT", "/model")],
)
def test_http_api_is_off_by_default(stack: Stack, method: str, path: str) -> None:
    request = urllib.request.Request(f"{stack.rasa_url}{path}", data=b"{}" if method != "GET" else None,
                                     method=method, headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)
    assert error.value.code in (401, 403, 404, 405)


def test_history_survives_rasa_restart(stack: Stack, tracker_file: Path) -> None:
    sender = f"persist-{uuid.uuid4().hex[:8]}"
    text, _ = say(stack, sender, SALARY_Q)
    assert "95,000" in text
    stack.stop_rasa()
    stack.start_rasa()
    text, _ = say(stack, sender, "and in Paris?")
    assert "Paris" in text and "64,500" in text, text
    assert user_texts(f"sqlite:///{tracker_file}", sender) == [SALARY_Q, "and in Paris?"]


def kill_actions(stack: Stack) -> None:
    """Kill the action server abruptly, as a crash would."""
    assert stack.actions is not None
    os.killpg(stack.actions.pid, signal.SIGKILL)
    stack.actions.wait(10)
    stack.actions = None


def test_dead_action_server_gets_an_apology_then_recovers(stack: Stack) -> None:
    sender = f"actions-{uuid.uuid4().hex[:8]}"
    text, _ = say(stack, sender, SALARY_Q)
    assert "95,000" in text
    kill_actions(stack)
    try:
        text, seconds = say(stack, sender, "and in Paris?", timeout=10)
        assert seconds < 5.0, f"apology took {seconds:.1f} s"
        assert text and any(w in text.lower() for w in ("sorry", *UNAVAILABLE_WORDS)), text
        assert "64,500" not in text
    finally:
        stack.start_actions()
    text, _ = say(stack, sender, "and in Berlin?")
    assert "Berlin" in text and "92,000" in text, text


def test_hung_action_server_gets_an_apology(stack: Stack) -> None:
    """An action server that accepts connections but never answers (SIGSTOP) must not stall the user."""
    sender = f"hung-{uuid.uuid4().hex[:8]}"
    text, _ = say(stack, sender, SALARY_Q)
    assert "95,000" in text
    assert stack.actions is not None
    os.killpg(stack.actions.pid, signal.SIGSTOP)
    try:
        text, seconds = say(stack, sender, "and in Paris?", timeout=30)
        assert seconds < 15.0, f"apology took {seconds:.1f} s"
        assert text and any(w in text.lower() for w in ("sorry", *UNAVAILABLE_WORDS)), text
    finally:
        os.killpg(stack.actions.pid, signal.SIGCONT)
    text, _ = say(stack, sender, "and in Berlin?")
    assert "Berlin" in text and "92,000" in text, text


def test_knowledge_store_down_then_back(stack: Stack, pg_running: PostgresServer) -> None:
    sender = f"pgdown-{uuid.uuid4().hex[:8]}"
    text, _ = say(stack, sender, SALARY_Q)
    assert "95,000" in text
    pg_running.stop()
    try:
        text, seconds = say(stack, sender, "and in Paris?", timeout=20)
        assert seconds < 10.0, f"answer with the store down took {seconds:.1f} s"
        assert any(w in text.lower() for w in UNAVAILABLE_WORDS), text
        assert "64,500" not in text
    finally:
        pg_running.start()
    deadline = time.monotonic() + 30
    while True:
        text, _ = say(stack, sender, "and in Berlin?")
        if "92,000" in text or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert "Berlin" in text and "92,000" in text, f"no recovery after PostgreSQL restarted: {text}"
