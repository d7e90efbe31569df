"""The terminal channel: `rasa shell`'s console on our REST channel, without the structured reply.

`rasa shell` always uses Rasa's built-in `cmdline` channel, whose console prints every custom
payload as "Custom json:" plus a JSON dump, and a dump as the last message also hides the
quick-reply menu. This channel has the same name ("cmdline", so Rasa runs its console) and the
same URL (/webhooks/rest/webhook, which the console posts to), shares our REST channel's guard
and validation, and drops the `reply` payload: the terminal shows the text, Source line included.

Start it with `rasa run --connector bot.channels.shell.ShellInput` and the same `--model`,
`--endpoints` and `-p` arguments as `rasa shell` (which accepts no other connector).
"""

from __future__ import annotations

from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel
from rasa.core.channels.rest import QueueOutputChannel

from bot.channels.guard import ReplyCounting
from bot.channels.reply import without_reply
from bot.channels.rest import CountingCollector, CountingQueue, RestInput


class WithoutReply(OutputChannel):
    """Mixin for output channels: custom JSON is passed on without its `reply` payload."""

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        """Pass on custom JSON other than `reply` (the text already says it all)."""
        rest = without_reply(json_message)
        if rest:
            await super().send_custom_json(recipient_id, rest, **kwargs)


class ShellQueue(WithoutReply, CountingQueue):
    """The console's streaming output, minus the structured reply."""


class ShellCollector(WithoutReply, CountingCollector):
    """The non-streaming variant (`rasa shell` with streaming off), minus the structured reply."""


class ShellInput(RestInput):
    """`cmdline` channel: Rasa starts its console for it; served at /webhooks/rest/."""

    @classmethod
    def name(cls) -> str:
        """"cmdline": Rasa runs the terminal console for a channel of this name."""
        return "cmdline"

    def url_prefix(self) -> str:
        """The console posts to /webhooks/rest/webhook."""
        return RestInput.name()

    def counting_output(self, channel: OutputChannel | None) -> ReplyCounting | None:
        """Rasa's queue or collector, rebuilt as ours (sharing its message store)."""
        if isinstance(channel, ReplyCounting):
            return channel
        if isinstance(channel, QueueOutputChannel):
            return ShellQueue(channel.messages)
        if isinstance(channel, CollectingOutputChannel):
            collector = ShellCollector()
            collector.messages = channel.messages
            return collector
        return None
