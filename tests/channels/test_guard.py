"""The reply guard: an apology for silence or a slow turn, without cancelling the turn itself."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from bot.channels import guard


class CountingCollector(guard.ReplyCounting, CollectingOutputChannel):
    """Rasa's collecting output channel with the guard's reply counter."""


class Guarded(guard.ReplyGuard):
    def counting_output(self, channel: Any) -> Any:
        return channel


def test_slow_turn_gets_the_apology_and_still_finishes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A turn slower than the limit is answered with the apology but runs to the end (its tracker
    is saved), instead of being cancelled halfway through."""
    monkeypatch.setattr(guard, "REPLY_TIMEOUT_SECONDS", 0.2)
    finished: list[str] = []

    async def slow_turn(message: UserMessage) -> None:
        await asyncio.sleep(0.6)
        finished.append(message.text or "")

    async def scenario() -> list[dict[str, Any]]:
        output = CountingCollector()
        handler = Guarded().guard(slow_turn)
        await handler(UserMessage("and in Paris?", output, "sender-1"))
        assert finished == [], "the user is not kept waiting for the slow turn"
        await asyncio.sleep(0.8)
        return output.messages

    messages = asyncio.run(scenario())
    assert [m["text"] for m in messages] == [guard.APOLOGY]
    assert finished == ["and in Paris?"], "the slow turn was not cancelled"


def test_silent_turn_gets_the_apology_and_long_messages_are_refused() -> None:
    async def silent_turn(message: UserMessage) -> None:
        return None

    async def scenario() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        silent, long = CountingCollector(), CountingCollector()
        handler = Guarded().guard(silent_turn)
        await handler(UserMessage("hello", silent, "s"))
        await handler(UserMessage("x" * (guard.MAX_MESSAGE_CHARS + 1), long, "s"))
        return silent.messages, long.messages

    silent, long = asyncio.run(scenario())
    assert [m["text"] for m in silent] == [guard.APOLOGY]
    assert "too long" in long[0]["text"]
