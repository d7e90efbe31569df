"""socket.io channel for the web widget: same name/URLs as Rasa's, plus our fixes.

Register as `bot.channels.socketio.SocketIOInput: {user_message_evt: user_uttered,
bot_message_evt: bot_uttered, session_persistence: true}` instead of `socketio:`.

Differences from Rasa's stock channel:
- an answer carrying a structured reply (`custom.reply`, see `bot.channels.reply`) is emitted
  as ONE `bot_uttered` event `{"text", "quick_replies"?, "reply": {...}}`; the widget renders
  the reply (body, citation, chart, checklist) and falls back to `text` without it;
- any other text is sent as one `bot_uttered` message (Rasa splits at blank lines, which would
  detach the "Source: ..." line from its answer); the widget lays out paragraphs;
- custom JSON such as the chart payload `{"chart": {...}}` is emitted as the message
  itself (Rasa passes it as keyword arguments to `emit`, which fails for any key other
  than `data`/`room`); `{"data": ...}` keeps Rasa's behaviour;
- the shared apology guard (`bot.channels.guard`).
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.channel import OutputChannel
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from rasa.core.channels.socketio import SocketIOOutput
from sanic import Blueprint

from bot.channels.guard import OnNewMessage, ReplyCounting, ReplyGuard
from bot.channels.reply import buttons_of, remainder, reply_of


def quick_replies(buttons: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Buttons as the widget's quick replies: `[{"content_type", "title", "payload"}]`."""
    return [
        {"content_type": "text", "title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
        for b in buttons
    ]


class WidgetShapes(SocketIOOutput):
    """socket.io output in the shapes our widget renders."""

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """A structured reply as one event with its text and quick replies; anything else as Rasa does."""
        reply = reply_of(message)
        if reply is None:
            await super().send_response(recipient_id, message)
            return
        event: dict[str, Any] = {"text": str(message.get("text") or "").strip()}
        buttons = buttons_of(message)
        if buttons:
            event["quick_replies"] = quick_replies(buttons)
        event["reply"] = reply
        await self._send_message(recipient_id, event)
        await super().send_response(recipient_id, remainder(message))  # e.g. an image, if any

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        """`{"text": ...}`, whole."""
        await self._send_message(recipient_id, {"text": text.strip()})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        """`{"text": ..., "quick_replies": [{"title", "payload"}]}` in one message."""
        message = {"text": text.strip(), "quick_replies": quick_replies(buttons)}
        await self._send_message(recipient_id, message)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        """Emit the custom payload itself (`{"chart": ...}`), or Rasa's `{"data": ...}` form."""
        message = dict(json_message)
        room = message.pop("room", recipient_id)
        if set(message) == {"data"}:
            await self.sio.emit(self.bot_message_evt, message["data"], room=room)
        else:
            await self.sio.emit(self.bot_message_evt, message, room=room)


class WidgetOutput(ReplyCounting, WidgetShapes):
    """`WidgetShapes` that counts its replies for the apology guard."""


class SocketIOInput(ReplyGuard, RasaSocketIOInput):
    """Rasa's socket.io input channel with `WidgetOutput` and the apology guard."""

    def counting_output(self, channel: OutputChannel | None) -> ReplyCounting | None:
        """Rasa builds a stock `SocketIOOutput` per message; rebuild it as `WidgetOutput`."""
        if isinstance(channel, ReplyCounting):
            return channel
        if isinstance(channel, SocketIOOutput):
            return WidgetOutput(channel.sio, channel.bot_message_evt)
        return None

    def get_output_channel(self) -> OutputChannel | None:
        """Output channel for messages triggered from outside (e.g. the HTTP API)."""
        if self.sio is None:
            return super().get_output_channel()
        return WidgetOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Rasa's socket.io server and routes, fed through the guard."""
        return super().blueprint(self.guard(on_new_message))
