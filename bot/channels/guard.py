"""One place for "never leave the user without an answer", shared by every channel.

Rasa logs an error and says nothing when a custom action fails (for example when the
action server is unreachable). Each of our input channels hands Rasa a wrapped
`on_new_message` (see `ReplyGuard.guard`) that swaps in an output channel counting what
it sends (`ReplyCounting`); when a user message produced no bot message at all, the
wrapper sends `APOLOGY` through the same output channel.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage

from bot import config

logger = logging.getLogger(__name__)

APOLOGY = "Sorry, I can't reach my knowledge service right now. Please try again in a moment."

# Longer messages are refused before NLU: spaCy's tokenizer is quadratic in the length of a run
# without spaces (50,000 emoji took 300 s of CPU), and NLU blocks Rasa's event loop meanwhile.
MAX_MESSAGE_CHARS = 1000
TOO_LONG = (
    "Your message is too long for me ({length:,} characters; I read at most {limit:,}). "
    "Please ask one short question, for example: \"How much do backend engineers earn in London?\""
)
NOT_TEXT = "I can only read text messages. Please type your question."
# A turn that takes longer (e.g. an action server that accepts connections but hangs; Rasa's own
# action timeout is 5 minutes) is answered with the apology; the turn itself is not cancelled.
REPLY_TIMEOUT_SECONDS: float | None = None  # an override (tests); else config.turn_timeout_seconds()


def reply_timeout() -> float:
    """Seconds before a slow turn gets the apology (read when a turn starts, not at import)."""
    return REPLY_TIMEOUT_SECONDS if REPLY_TIMEOUT_SECONDS is not None else config.turn_timeout_seconds()

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


class ReplyCounting(OutputChannel):
    """Mixin for output channels: counts the bot messages sent through `send_response`.

    Put it first in the bases (`class X(ReplyCounting, SomeOutput)`) so the channel keeps
    its name and behaviour and only gains the counter.
    """

    replies: int = 0

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """Count, then send as the wrapped channel does."""
        self.replies += 1
        await super().send_response(recipient_id, message)


def refuse(text: Any) -> str | None:
    """The reply for a message we do not pass to NLU (not text, or too long); None to process it."""
    if not isinstance(text, str):
        return NOT_TEXT
    if len(text) > MAX_MESSAGE_CHARS:
        return TOO_LONG.format(length=len(text), limit=MAX_MESSAGE_CHARS)
    return None


class ReplyGuard:
    """Mixin for input channels: wraps `on_new_message` so every user message gets a reply."""

    def counting_output(self, channel: OutputChannel | None) -> ReplyCounting | None:
        """Return an equivalent `ReplyCounting` output channel for `channel`.

        Channels that already count return it unchanged; subclasses override this to
        rebuild Rasa's stock output channel as their counting subclass.
        """
        return channel if isinstance(channel, ReplyCounting) else None

    def guard(self, on_new_message: OnNewMessage) -> OnNewMessage:
        """`on_new_message` that apologises when Rasa produced no bot message."""

        async def handle(message: UserMessage) -> Any:
            output = self.counting_output(message.output_channel)
            if output is None:
                return await on_new_message(message)
            message.output_channel = output
            refusal = refuse(message.text)
            if refusal:
                logger.info("Refused a message from %s: %s", message.sender_id, refusal[:40])
                await output.send_text_message(message.sender_id, refusal)
                return None
            result = None
            # The turn runs as its own task, shielded: a slow turn (or a client that goes away)
            # gets the apology, but the turn is never cancelled halfway through saving its tracker.
            turn = asyncio.ensure_future(on_new_message(message))
            try:
                result = await asyncio.wait_for(asyncio.shield(turn), reply_timeout())
            except asyncio.TimeoutError:
                logger.error("No answer within %.0f s for %s; the turn goes on in the background.",
                             reply_timeout(), message.sender_id)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - any failure must still get an answer
                logger.exception("Handling a %s message failed.", output.name())
            if output.replies == 0:
                logger.warning("No bot message for sender %s: sending the apology.", message.sender_id)
                try:
                    await output.send_text_message(message.sender_id, APOLOGY)
                except Exception:  # noqa: BLE001 - the channel itself is down; nothing more to do
                    logger.exception("Could not send the apology on %s.", output.name())
            return result

        return handle
