"""Slack channel (`/webhooks/slack/webhook`): Rasa's SlackInput with our rules on top.

Register as `bot.channels.slack.SlackInput: {slack_token: ..., slack_signing_secret: ...,
use_threads: true}`. Differences from Rasa's stock channel:
- an answer carrying a structured reply (`custom.reply`, see `bot.channels.reply`) is posted
  once, rendered from the structure: body in mrkdwn with its `figures` in bold, the salary
  table from its chart as a code block, an italic source line from `sources`, and the quick
  replies as buttons under it; other messages are rendered from their text as before;
- a reply goes into a thread only when the user wrote in one (event `thread_ts`);
- Slack retries (any `X-Slack-Retry-Num`) are acknowledged and dropped, and events seen
  before (same `event_id`, or the same user message delivered as both `message` and
  `app_mention`) are answered once;
- `SLACK_API_BASE_URL` points the Web API client elsewhere (an offline fake in tests);
- the shared apology guard (`bot.channels.guard`).
Signature checks (HMAC v0, 5-minute timestamp window, HTTP 400) are Rasa's.
"""

from __future__ import annotations

import json
import logging
import os
from collections import OrderedDict
from http import HTTPStatus
from typing import Any

from rasa.core.channels.channel import OutputChannel
from rasa.core.channels.slack import SlackBot
from rasa.core.channels.slack import SlackInput as RasaSlackInput
from sanic import Blueprint, response
from sanic.request import Request
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.guard import OnNewMessage, ReplyCounting, ReplyGuard
from bot.channels.mrkdwn import charts_of, charts_to_mrkdwn, reply_to_mrkdwn, to_mrkdwn
from bot.channels.reply import buttons_of, remainder, reply_of

logger = logging.getLogger(__name__)

SECTION_LIMIT = 3000  # characters of text in one Slack section block
MAX_BUTTONS = 25  # elements in one actions block


def api_base_url() -> str | None:
    """`SLACK_API_BASE_URL` with the trailing slash slack_sdk expects, or None."""
    base = os.environ.get("SLACK_API_BASE_URL", "").strip()
    if not base:
        return None
    return base if base.endswith("/") else base + "/"


def sections(text: str) -> list[dict[str, Any]]:
    """mrkdwn section blocks, split at line ends to respect Slack's size limit."""
    blocks: list[str] = [""]
    for line in text.splitlines():
        if blocks[-1] and len(blocks[-1]) + len(line) + 1 > SECTION_LIMIT:
            blocks.append("")
        blocks[-1] = f"{blocks[-1]}\n{line}" if blocks[-1] else line[:SECTION_LIMIT]
    return [{"type": "section", "text": {"type": "mrkdwn", "text": b}} for b in blocks if b]


def button_blocks(buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The quick replies as one actions block (none for no buttons)."""
    elements = [
        {
            "type": "button",
            "action_id": f"quick_reply_{i}",
            "text": {"type": "plain_text", "text": str(b.get("title", ""))[:75] or "…"},
            "value": str(b.get("payload", ""))[:2000],
        }
        for i, b in enumerate(buttons[:MAX_BUTTONS])
    ]
    return [{"type": "actions", "elements": elements}] if elements else []


class MrkdwnSlackBot(SlackBot):
    """Posts mrkdwn replies, one post per reply; the Web API client honours `SLACK_API_BASE_URL`."""

    def __init__(
        self,
        token: str,
        slack_channel: str | None = None,
        thread_id: str | None = None,
        proxy: str | None = None,
    ) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        base_url = api_base_url()
        if base_url:
            self.client = AsyncWebClient(token=token, proxy=proxy, base_url=base_url)

    async def post(self, recipient_id: str, body: str, buttons: list[dict[str, Any]] | None = None) -> None:
        """One post (in the thread, if any): mrkdwn `body`, with `buttons` as section blocks + actions."""
        channel = self.slack_channel or recipient_id
        if not buttons:
            await self._post_message(channel=channel, text=body, mrkdwn=True)
            return
        await self._post_message(channel=channel, text=body, blocks=sections(body) + button_blocks(buttons))

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """A structured reply is posted once, from its structure; anything else as Rasa does."""
        reply = reply_of(message)
        if reply is None:
            await super().send_response(recipient_id, message)
            return
        await self.post(recipient_id, reply_to_mrkdwn(reply), buttons_of(message))
        await super().send_response(recipient_id, remainder(message))  # e.g. an image, if any

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        """One message per reply (Rasa would split at blank lines)."""
        await self.post(recipient_id, to_mrkdwn(text))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        """The reply as mrkdwn section(s) with the quick replies as buttons below."""
        await self.post(recipient_id, to_mrkdwn(text), buttons)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        """A chart payload without a structured reply becomes a code-block table; a bare skill
        checklist is not posted (its text reply has the ✅/⬜ lines); other custom JSON is a raw
        Slack message."""
        charts = charts_of(json_message)
        if charts:
            await self.post(recipient_id, charts_to_mrkdwn(charts))
        elif "checklist" not in json_message:
            await super().send_custom_json(recipient_id, json_message, **kwargs)


class SlackOutput(ReplyCounting, MrkdwnSlackBot):
    """`MrkdwnSlackBot` that counts its replies for the apology guard."""


class RecentKeys:
    """A bounded, insertion-ordered set (LRU) of keys already handled."""

    def __init__(self, capacity: int = 2048) -> None:
        self.capacity = capacity
        self._keys: OrderedDict[str, None] = OrderedDict()

    def seen(self, key: str) -> bool:
        """True if `key` was added before; otherwise remember it and return False."""
        if key in self._keys:
            self._keys.move_to_end(key)
            return True
        self._keys[key] = None
        if len(self._keys) > self.capacity:
            self._keys.popitem(last=False)
        return False


def _json_body(request: Request) -> dict[str, Any]:
    """The JSON event body, or {} for other content."""
    if request.headers.get("content-type") != "application/json":
        return {}
    body = request.json
    return body if isinstance(body, dict) else {}


def _form_payload(request: Request) -> dict[str, Any]:
    """The interactive payload of a form-encoded request (button clicks), or {}."""
    if request.headers.get("content-type") != "application/x-www-form-urlencoded":
        return {}
    try:
        payload = json.loads(request.form["payload"][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return {}
    return payload if isinstance(payload, dict) else {}


def delivery_keys(request: Request) -> list[str]:
    """Keys identifying what a request delivers: Slack's event id and the user message itself."""
    body = _json_body(request)
    keys: list[str] = []
    if body:
        event = body.get("event") or {}
        if body.get("event_id"):
            keys.append(f"event:{body['event_id']}")
        if event.get("channel") and event.get("ts"):
            keys.append(f"message:{event['channel']}:{event['ts']}")
        return keys
    payload = _form_payload(request)
    if payload.get("trigger_id"):
        keys.append(f"trigger:{payload['trigger_id']}")
    return keys


class SlackInput(ReplyGuard, RasaSlackInput):
    """Rasa's Slack input channel with retries dropped, dedupe, threads and mrkdwn replies."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recent = RecentKeys()

    def get_output_channel(
        self, channel: str | None = None, thread_id: str | None = None
    ) -> OutputChannel:
        """Our `SlackOutput` instead of Rasa's `SlackBot`."""
        return SlackOutput(self.slack_token, channel or self.slack_channel, thread_id, self.proxy)

    def get_metadata(self, request: Request) -> dict[str, Any]:
        """Rasa's metadata, with `thread_id` set only when the user wrote in a thread."""
        metadata = super().get_metadata(request)
        if not metadata:
            return metadata
        body = _json_body(request)
        if body:
            metadata["thread_id"] = (body.get("event") or {}).get("thread_ts")
        else:
            metadata["thread_id"] = (_form_payload(request).get("message") or {}).get("thread_ts")
        return metadata

    async def process_message(
        self,
        request: Request,
        on_new_message: OnNewMessage,
        text: str,
        sender_id: str | None,
        metadata: dict[str, Any] | None,
    ) -> Any:
        """Answer a signed user message once: drop retries and duplicates with 200."""
        retry = request.headers.get(self.retry_num_header or "x-slack-retry-num")
        if retry:
            reason = request.headers.get(self.retry_reason_header or "x-slack-retry-reason")
            logger.info("Dropping Slack retry #%s (%s): the first delivery is answered.", retry, reason)
            return response.text("", status=HTTPStatus.OK, headers={"X-Slack-No-Retry": "1"})
        keys = delivery_keys(request)
        if any([self.recent.seen(key) for key in keys]):  # list: remember every key
            logger.info("Dropping a Slack event delivered before: %s", keys)
            return response.text("", status=HTTPStatus.OK)
        return await super().process_message(request, on_new_message, text, sender_id, metadata)

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Rasa's Slack routes, fed through the guard."""
        return super().blueprint(self.guard(on_new_message))

