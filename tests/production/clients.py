"""Async clients for production tests: REST over aiohttp, socket.io as the web widget speaks it,
and readers for the SQL tracker store and process memory."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import socketio
import sqlalchemy as sa


@dataclass
class RestResult:
    """Outcome of one REST request."""

    status: int
    body: Any
    seconds: float

    @property
    def text(self) -> str:
        """All bot texts joined by newlines (empty if the body is not a list of messages)."""
        if not isinstance(self.body, list):
            return ""
        return "\n".join(str(m.get("text", "")) for m in self.body if isinstance(m, dict))


async def rest_post(
    session: aiohttp.ClientSession,
    rasa_url: str,
    payload: Any = None,
    *,
    raw: bytes | None = None,
    content_type: str = "application/json",
    timeout: float = 60.0,
) -> RestResult:
    """POST to the REST webhook: `payload` as JSON, or `raw` bytes as they are."""
    data = raw if raw is not None else json.dumps(payload).encode()
    started = time.monotonic()
    async with session.post(
        f"{rasa_url}/webhooks/rest/webhook",
        data=data,
        headers={"Content-Type": content_type},
        timeout=aiohttp.ClientTimeout(total=timeout),
    ) as response:
        body_text = await response.text(errors="replace")
        try:
            body: Any = json.loads(body_text)
        except ValueError:
            body = body_text
        return RestResult(response.status, body, time.monotonic() - started)


async def rest_say(
    session: aiohttp.ClientSession, rasa_url: str, sender: str, message: str, timeout: float = 60.0
) -> RestResult:
    """One user turn through REST."""
    return await rest_post(session, rasa_url, {"sender": sender, "message": message}, timeout=timeout)


@dataclass
class WidgetClient:
    """A socket.io client that behaves like the web widget (session_request, then user_uttered)."""

    rasa_url: str
    session_id: str
    quiet: float = 0.4
    sio: socketio.AsyncClient = field(default_factory=lambda: socketio.AsyncClient(reconnection=False))
    inbox: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)

    async def __aenter__(self) -> WidgetClient:
        confirmed: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

        @self.sio.on("bot_uttered")
        async def on_bot(data: Any) -> None:
            await self.inbox.put(data)

        @self.sio.on("session_confirm")
        async def on_confirm(data: Any) -> None:
            if not confirmed.done():
                confirmed.set_result(data)

        await self.sio.connect(self.rasa_url, socketio_path="/socket.io", transports=["websocket"])
        await self.sio.emit("session_request", {"session_id": self.session_id})
        await asyncio.wait_for(confirmed, 15)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.sio.disconnect()

    async def say(self, message: Any, timeout: float = 30.0) -> list[Any]:
        """Send one message; return the bot messages that arrive until `quiet` seconds of silence."""
        while not self.inbox.empty():
            self.inbox.get_nowait()
        await self.sio.emit(
            "user_uttered", {"message": message, "session_id": self.session_id, "metadata": {}}
        )
        replies: list[Any] = []
        try:
            replies.append(await asyncio.wait_for(self.inbox.get(), timeout))
            while True:
                replies.append(await asyncio.wait_for(self.inbox.get(), self.quiet))
        except asyncio.TimeoutError:
            pass
        return replies


def user_texts(tracker_url: str, sender: str) -> list[str]:
    """Texts of the user events of one conversation, in stored order, read from Rasa's `events` table."""
    engine = sa.create_engine(tracker_url, future=True)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' ORDER BY id"),
                {"s": sender},
            ).all()
    finally:
        engine.dispose()
    return [str(json.loads(row[0]).get("text")) for row in rows]


def event_types(tracker_url: str, sender: str) -> list[str]:
    """Event type names of one conversation in stored order."""
    engine = sa.create_engine(tracker_url, future=True)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text("SELECT type_name FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender}
            ).all()
    finally:
        engine.dispose()
    return [str(row[0]) for row in rows]


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def tree_rss_mb(pid: int) -> float:
    """Resident memory (VmRSS) of a process and all its descendants, in MB."""
    total_kb = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
        todo += _children(current)
    return total_kb / 1024
