"""Output channels given the action's one message per reply (text, buttons, custom.reply); no servers."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.channels.rest import QueueOutputChannel

from bot.channels.reply import reply_of
from bot.channels.shell import ShellInput, ShellQueue
from bot.channels.slack import SlackOutput
from bot.channels.socketio import WidgetOutput

BODY = "The median salary in London is £95,000 (GBP) per year."
REPLY: dict[str, Any] = {
    "body": BODY,
    "sources": ["Software Engineer - Backend"],
    "kind": "answer",
    "figures": [{"text": "£95,000 (GBP)", "amount": 95000, "currency": "GBP"}],
    "chart": {"title": "Median salary per year (GBP)", "currency": "GBP", "symbol": "£",
              "statistic": "median", "bars": [{"label": "London", "value": 95000}],
              "source": "Software Engineer - Backend"},
}
TEXT = BODY + "\nSource: Software Engineer - Backend"
BUTTONS = [{"title": "Senior salary", "payload": "What does a senior earn?"}]


def message(**extra: Any) -> dict[str, Any]:
    """A bot message as Rasa hands it to `send_response` (BotUttered.message())."""
    return {"text": TEXT, "buttons": list(BUTTONS), "custom": {"reply": REPLY}, "timestamp": 1.0,
            "image": None, "attachment": None, "elements": None, "quick_replies": None, **extra}


class FakeSio:
    """Records `emit` calls like python-socketio's AsyncServer would send them."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any, str | None]] = []

    async def emit(self, event: str, data: Any = None, room: str | None = None, **kwargs: Any) -> None:
        self.events.append((event, data, room))


def test_reply_of_needs_a_body() -> None:
    assert reply_of(message()) == REPLY
    assert reply_of({"text": "hi"}) is None
    assert reply_of({"custom": {"chart": {}}}) is None
    assert reply_of({"custom": {"reply": {"sources": []}}}) is None


def test_socketio_emits_one_event_with_text_quick_replies_and_reply() -> None:
    sio = FakeSio()
    output = WidgetOutput(sio, "bot_uttered")  # type: ignore[arg-type]
    asyncio.run(output.send_response("room1", message()))
    assert len(sio.events) == 1 and output.replies == 1
    event, data, room = sio.events[0]
    assert (event, room) == ("bot_uttered", "room1")
    assert data == {
        "text": TEXT,
        "quick_replies": [{"content_type": "text", **BUTTONS[0]}],
        "reply": REPLY,
    }


def test_socketio_keeps_todays_shapes_without_a_reply() -> None:
    sio = FakeSio()
    output = WidgetOutput(sio, "bot_uttered")  # type: ignore[arg-type]
    asyncio.run(output.send_response("r", {"text": "Hi!\n\nAsk me.", "buttons": BUTTONS}))
    asyncio.run(output.send_response("r", {"custom": {"chart": REPLY["chart"]}}))
    assert [data for _, data, _ in sio.events] == [
        {"text": "Hi!\n\nAsk me.", "quick_replies": [{"content_type": "text", **BUTTONS[0]}]},
        {"chart": REPLY["chart"]},
    ]


def test_socketio_sends_other_custom_keys_after_the_reply() -> None:
    sio = FakeSio()
    output = WidgetOutput(sio, "bot_uttered")  # type: ignore[arg-type]
    asyncio.run(output.send_response("r", message(custom={"reply": REPLY, "extra": 1}, buttons=None)))
    assert [data for _, data, _ in sio.events] == [{"text": TEXT, "reply": REPLY}, {"extra": 1}]


class RecordingSlack(SlackOutput):
    """SlackOutput that records chat.postMessage arguments instead of calling Slack."""

    def __init__(self, thread_id: str | None = None) -> None:
        super().__init__("xoxb-test", None, thread_id)
        self.posts: list[dict[str, Any]] = []

    async def _post_message(self, channel: str, **kwargs: Any) -> None:
        thread = {"thread_ts": self.thread_id} if self.thread_id else {}
        self.posts.append({"channel": channel, **kwargs, **thread})


def test_slack_posts_a_reply_once_with_figures_table_and_source() -> None:
    slack = RecordingSlack(thread_id="1.5")
    asyncio.run(slack.send_response("D1", message()))
    assert len(slack.posts) == 1 and slack.replies == 1
    post = slack.posts[0]
    assert post["channel"] == "D1" and post["thread_ts"] == "1.5"
    text = post["text"]
    assert text.startswith("The median salary in London is *£95,000 (GBP)* per year.")
    assert "```" in text and text.split("```")[1].splitlines()[2].split() == ["London", "£95,000"]
    assert text.endswith("_Source: Software Engineer - Backend_") and text.count("Source:") == 1
    blocks = post["blocks"]
    assert blocks[-1]["type"] == "actions" and blocks[-1]["elements"][0]["value"] == BUTTONS[0]["payload"]
    assert "\n".join(b["text"]["text"] for b in blocks[:-1]) == text


def test_slack_plain_text_and_bare_checklist_as_before() -> None:
    slack = RecordingSlack()
    asyncio.run(slack.send_response("D1", {"text": "- Python\nSource: Guide"}))
    asyncio.run(slack.send_response("D1", {"custom": {"checklist": {"role": "x"}}}))
    assert [p["text"] for p in slack.posts] == ["• Python\n_Source: Guide_"]


def test_shell_drops_only_the_structured_reply() -> None:
    queue: asyncio.Queue[Any] = asyncio.Queue()
    output = ShellInput().counting_output(QueueOutputChannel(queue))
    assert isinstance(output, ShellQueue)

    async def send() -> list[Any]:
        await output.send_response("me", message())
        await output.send_response("me", {"custom": {"reply": REPLY, "extra": 1}})
        return [queue.get_nowait() for _ in range(queue.qsize())]

    sent = asyncio.run(send())
    assert [m.get("text") for m in sent] == [TEXT, None]
    assert sent[0]["buttons"] == BUTTONS and sent[1]["custom"] == {"extra": 1}
    assert ShellInput.name() == "cmdline" and ShellInput().url_prefix() == "rest"
