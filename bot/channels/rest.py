"""REST channel (`/webhooks/rest/webhook`) that always answers, even when actions fail.

Same name and URLs as Rasa's `rest` channel; register it in credentials.yml as
`bot.channels.rest.RestInput:` instead of `rest:`.
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel
from rasa.core.channels.rest import QueueOutputChannel
from rasa.core.channels.rest import RestInput as RasaRestInput
from sanic import Blueprint

from bot.channels.guard import OnNewMessage, ReplyCounting, ReplyGuard


class CountingCollector(ReplyCounting, CollectingOutputChannel):
    """Collects messages into the list of the collector it replaces (same JSON response)."""


class CountingQueue(ReplyCounting, QueueOutputChannel):
    """Streaming variant (`?stream=true`): puts messages on the replaced channel's queue."""


class RestInput(ReplyGuard, RasaRestInput):
    """Rasa's REST input channel plus the shared apology guard."""

    def counting_output(self, channel: OutputChannel | None) -> ReplyCounting | None:
        """Rebuild Rasa's collector as a counting one that shares its message store."""
        if isinstance(channel, ReplyCounting):
            return channel
        if isinstance(channel, QueueOutputChannel):
            return CountingQueue(channel.messages)
        if isinstance(channel, CollectingOutputChannel):
            collector = CountingCollector()
            collector.messages = channel.messages  # the blueprint returns this very list
            return collector
        return None

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Rasa's REST routes, fed through the guard."""
        return super().blueprint(self.guard(on_new_message))

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> RestInput:
        """No settings needed."""
        return cls()
