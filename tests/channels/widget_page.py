"""Helpers for driving the chat widget page with Playwright."""

from __future__ import annotations

from typing import Any

REPLY_TIMEOUT_MS = 90_000


def bot_count(page: Any) -> int:
    """How many bot messages the page shows."""
    return int(page.locator(".msg.bot").count())


def wait_connected(page: Any) -> None:
    """Wait until the widget's socket is connected and the session confirmed by Rasa."""
    page.wait_for_function(
        "() => window.careerChat && window.careerChat.socket.connected", timeout=REPLY_TIMEOUT_MS
    )


def wait_for_reply(page: Any, before: int) -> str:
    """Wait for bot messages after the first `before` ones and the typing indicator to go; their text."""
    page.wait_for_function(
        "n => document.querySelectorAll('.msg.bot').length > n", arg=before, timeout=REPLY_TIMEOUT_MS
    )
    page.wait_for_timeout(1200)  # a turn can bring more than one message (e.g. an apology after a slow one)
    return "\n".join(page.locator(".msg.bot").nth(i).inner_text() for i in range(before, bot_count(page)))


def ask(page: Any, text: str) -> str:
    """Type `text`, press Enter, and return the text of the bot's reply."""
    before = bot_count(page)
    page.fill("#chat-input", text)
    page.press("#chat-input", "Enter")
    return wait_for_reply(page, before)
