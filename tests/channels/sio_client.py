"""A socket.io client speaking to the bot like the widget does (session persistence on)."""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import socketio


def socketio_exchange(
    rasa_url: str, message: str, session_id: str | None = None, timeout: float = 90.0, quiet: float = 2.0
) -> list[Any]:
    """Connect, request `session_id`, send `message`; return every `bot_uttered` payload received."""
    session = session_id or uuid.uuid4().hex
    received: list[Any] = []
    confirmed = threading.Event()
    client = socketio.Client(reconnection=False)
    client.on("session_confirm", lambda data: confirmed.set())
    client.on("bot_uttered", received.append)
    client.connect(rasa_url, socketio_path="socket.io", transports=["polling"], wait_timeout=20)
    try:
        client.emit("session_request", {"session_id": session})
        if not confirmed.wait(20):
            raise TimeoutError("no session_confirm from the socket.io channel")
        client.emit("user_uttered", {"message": message, "session_id": session})
        deadline = time.monotonic() + timeout
        while not received and time.monotonic() < deadline:
            time.sleep(0.2)
        seen = -1
        while len(received) != seen and time.monotonic() < deadline:  # until no more arrive
            seen = len(received)
            time.sleep(quiet)
        return list(received)
    finally:
        client.disconnect()


def texts(payloads: list[Any]) -> str:
    """The text of all text messages among `payloads`."""
    return "\n".join(str(p.get("text")) for p in payloads if isinstance(p, dict) and p.get("text"))
