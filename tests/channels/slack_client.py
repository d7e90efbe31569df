"""Sending Slack Events API requests to the bot the way Slack does (signed, HMAC v0)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Mapping
from typing import Any


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's request signature: v0= + HMAC-SHA256 over "v0:{timestamp}:{body}"."""
    base = f"v0:{timestamp}:".encode() + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def message_event(text: str, channel: str | None = None, **event: Any) -> dict[str, Any]:
    """An `event_callback` for a direct message from user U_TEST (fresh event id and channel)."""
    inner = {
        "type": "message",
        "channel_type": "im",
        "channel": channel or "D" + uuid.uuid4().hex[:10].upper(),
        "user": "U_TEST",
        "text": text,
        "ts": f"{time.time():.6f}",
        **event,
    }
    return {
        "type": "event_callback",
        "team_id": "T_TEST",
        "event_id": "Ev" + uuid.uuid4().hex[:12].upper(),
        "event_time": int(time.time()),
        "event": inner,
    }


def post_event(
    rasa_url: str,
    payload: Mapping[str, Any] | bytes,
    secret: str,
    timestamp: str | None = None,
    headers: Mapping[str, str] | None = None,
    signed: bool = True,
) -> tuple[int, str]:
    """POST to /webhooks/slack/webhook; returns (status, body). Never raises on 4xx/5xx."""
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    ts = timestamp or str(int(time.time()))
    all_headers = {"Content-Type": "application/json"}
    if signed:
        all_headers.update({"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sign(secret, ts, body)})
    all_headers.update(headers or {})
    request = urllib.request.Request(f"{rasa_url}/webhooks/slack/webhook", data=body, headers=all_headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_for_posts(
    posts: list[dict[str, Any]],
    match: Callable[[dict[str, Any]], bool],
    count: int = 1,
    timeout: float = 60.0,
    settle: float = 1.5,
) -> list[dict[str, Any]]:
    """Poll the fake Slack's recorded posts until `count` match, then wait `settle` s for stragglers."""
    deadline = time.monotonic() + timeout
    found: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        found = [p for p in list(posts) if match(p)]
        if len(found) >= count:
            time.sleep(settle)
            return [p for p in list(posts) if match(p)]
        time.sleep(0.2)
    return found


def in_channel(channel: str) -> Callable[[dict[str, Any]], bool]:
    """Predicate: a post to `channel`."""
    return lambda post: post.get("channel") == channel


def post_text(post: Mapping[str, Any]) -> str:
    """Everything readable in a post: its text and the text of its blocks."""
    parts = [str(post.get("text") or "")]
    blocks = post.get("blocks") or []
    if isinstance(blocks, str):  # form-encoded bodies carry blocks as a JSON string
        blocks = json.loads(blocks)
    for block in blocks:
        text = block.get("text") if isinstance(block, dict) else None
        if isinstance(text, dict):
            parts.append(str(text.get("text", "")))
        for element in block.get("elements", []) if isinstance(block, dict) else []:
            parts.append(str((element.get("text") or {}).get("text", "")))
    return "\n".join(parts)
