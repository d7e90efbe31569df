"""The structured reply that the action sends next to its text, as the channels read it.

The action sends one bot message per answer: `text` (ending in its "Source:" line), `buttons`,
and `custom: {"reply": {...}}`, where the reply is `bot.core.types.Reply.structured()`:
`{"body", "sources", "kind", "topic"?, "chart" | "charts"?, "checklist"?, "figures"?}`.
Rich channels render from it; text-only ones (REST clients, `rasa shell`) read `text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

REPLY_KEY = "reply"


def reply_of(message: Mapping[str, Any]) -> dict[str, Any] | None:
    """The structured reply in a bot message (`custom.reply` with a text `body`), or None."""
    custom = message.get("custom")
    if not isinstance(custom, Mapping):
        return None
    reply = custom.get(REPLY_KEY)
    if not isinstance(reply, dict) or not isinstance(reply.get("body"), str):
        return None
    return reply


def without_reply(custom: Mapping[str, Any]) -> dict[str, Any]:
    """A custom payload minus its structured reply (what is left to send as custom JSON)."""
    return {key: value for key, value in custom.items() if key != REPLY_KEY}


def remainder(message: Mapping[str, Any]) -> dict[str, Any]:
    """What a message carries besides its text, buttons and structured reply (e.g. an image)."""
    rest = {k: v for k, v in message.items() if k not in ("text", "buttons", "quick_replies", "custom")}
    custom = message.get("custom")
    extra = without_reply(custom) if isinstance(custom, Mapping) else {}
    return {**rest, "custom": extra} if extra else rest


def buttons_of(message: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The message's quick-reply buttons (`buttons`, or `quick_replies`), possibly none."""
    buttons = message.get("buttons") or message.get("quick_replies") or []
    return [b for b in buttons if isinstance(b, dict)]


def figure_texts(reply: Mapping[str, Any]) -> list[str]:
    """The money figures' exact strings (`figures[].text`), longest first, without duplicates."""
    texts = [str(f["text"]) for f in reply.get("figures") or []
             if isinstance(f, Mapping) and isinstance(f.get("text"), str) and f["text"].strip()]
    return sorted(dict.fromkeys(texts), key=len, reverse=True)


def source_titles(reply: Mapping[str, Any]) -> list[str]:
    """The reply's document titles, in order, without duplicates."""
    return list(dict.fromkeys(str(s) for s in reply.get("sources") or [] if isinstance(s, str) and s))
