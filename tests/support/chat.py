"""Small clients for talking to a running bot in tests."""

from __future__ import annotations

import json
import urllib.request
import uuid
from typing import Any


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
