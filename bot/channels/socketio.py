"""socket.io channel for the web widget: same name/URLs as Rasa's, plus our fixes.

Register as `bot.channels.socketio.SocketIOInput: {user_message_evt: user_uttered,
bot_message_evt: bot_uttered, session_persistence: true}` instead of `socketio:`.

Differences from Rasa's stock channel:
- a text is sent as one `bot_uttered` message (Rasa splits at blank lines, which would
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


class WidgetOutput(ReplyCounting, SocketIOOutput):
    """socket.io output in the shapes our widget renders."""

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        """`{"text": ...}`, whole."""
        await self._send_message(recipient_id, {"text": text.strip()})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        """`{"text": ..., "quick_replies": [{"title", "payload"}]}` in one message."""
        replies = [
            {"content_type": "text", "title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in buttons
        ]
        await self._send_message(recipient_id, {"text": text.strip(), "quick_replies": replies})

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
