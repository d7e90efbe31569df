"""Small clients for talking to a running bot in tests."""

from __future__ import annotations

import json
import urllib.request
import uuid
from typing import Any

from tests.support.numbers import invented_numbers


def new_sender(prefix: str = "test") -> str:
    """A fresh conversation id."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def rest_send(rasa_url: str, sender: str, message: str, timeout: float = 30.0) -> list[dict[str, Any]]:
    """POST one message to the REST channel and return Rasa's list of bot messages."""
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(
        f"{rasa_url}/webhooks/rest/webhook", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return list(json.loads(response.read().decode()))


def reply_text(messages: list[dict[str, Any]]) -> str:
    """All text of a reply, with button titles, joined by newlines."""
    parts: list[str] = []
    for message in messages:
        if message.get("text"):
            parts.append(str(message["text"]))
        for button in message.get("buttons") or []:
            parts.append(str(button.get("title", "")))
    return "\n".join(parts)


def check_reply(text: str, case: dict[str, Any], known: set[str]) -> None:
    """The reply holds every expected substring, no forbidden one, a source, and no unknown number."""
    folded = text.casefold()
    for expected in case.get("expect") or []:
        assert expected.casefold() in folded, f"{case['q']!r}: expected {expected!r} in reply:\n{text}"
    for forbidden in case.get("absent") or []:
        assert forbidden.casefold() not in folded, f"{case['q']!r}: {forbidden!r} in reply:\n{text}"
    if case.get("source", True):
        assert "source:" in folded, f"{case['q']!r}: no source named in reply:\n{text}"
    unknown = invented_numbers(text, known)
    assert not unknown, f"{case['q']!r}: numbers absent from the documents {unknown} in reply:\n{text}"
