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
from sanic.exceptions import InvalidUsage
from sanic.request import Request

from bot.channels.guard import OnNewMessage, ReplyCounting, ReplyGuard


class CountingCollector(ReplyCounting, CollectingOutputChannel):
    """Collects messages into the list of the collector it replaces (same JSON response)."""


class CountingQueue(ReplyCounting, QueueOutputChannel):
    """Streaming variant (`?stream=true`): puts messages on the replaced channel's queue."""


# Rasa's tracker stores keep sender ids in VARCHAR(255); PostgreSQL rejects longer ones.
MAX_SENDER_CHARS = 255
BODY_HELP = 'Send a JSON object: {"sender": "<conversation id>", "message": "<text>"}.'


def json_object(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, or a 400 error that says what is expected."""
    try:
        body = request.json
    except InvalidUsage as exc:
        raise InvalidUsage(f"The body is not valid JSON. {BODY_HELP}") from exc
    if not isinstance(body, dict):
        raise InvalidUsage(f"The body must be a JSON object. {BODY_HELP}")
    return body


class RestInput(ReplyGuard, RasaRestInput):
    """Rasa's REST input channel plus the shared apology guard and request validation (400s)."""

    async def _extract_sender(self, req: Request) -> str | None:
        """`sender`: required, a non-empty string of at most 255 characters."""
        sender = json_object(req).get("sender")
        if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
            raise InvalidUsage(f'"sender" must be a non-empty string of at most {MAX_SENDER_CHARS} chars.')
        return sender

    def _extract_message(self, req: Request) -> str | None:
        """`message`: required, a string (the guard refuses over-long ones with a reply)."""
        message = json_object(req).get("message")
        if not isinstance(message, str):
            raise InvalidUsage(f'"message" must be a string. {BODY_HELP}')
        return message

    def _extract_input_channel(self, req: Request) -> str:
        value = json_object(req).get("input_channel")
        return value if isinstance(value, str) and value else self.name()

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        """`metadata`: optional JSON object."""
        metadata = json_object(request).get("metadata")
        if metadata is not None and not isinstance(metadata, dict):
            raise InvalidUsage('"metadata" must be a JSON object.')
        return metadata

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
