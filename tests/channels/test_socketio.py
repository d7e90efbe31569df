"""The socket.io channel (what the widget speaks), with a Python socket.io client."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.channels.sio_client import socketio_exchange, texts

pytestmark = pytest.mark.e2e


def test_answer_is_one_message_with_its_source_and_quick_replies(bot_stack: Any) -> None:
    payloads = socketio_exchange(bot_stack.rasa_url, "How much do backend engineers earn in London?")
    answer = next(p for p in payloads if "£95,000" in str(p.get("text", "")))
    assert "\nSource: " in answer["text"], "the source line stays with its answer"
    for reply in answer.get("quick_replies", []):
        assert reply["title"] and reply["payload"]


def test_chart_payload_is_emitted_as_a_message(bot_stack: Any) -> None:
    payloads = socketio_exchange(
        bot_stack.rasa_url, "Compare backend engineer salaries in New York, San Francisco and Austin"
    )
    charts = [p["chart"] for p in payloads if "chart" in p]
    charts += [c for p in payloads for c in p.get("charts", [])]
    assert charts, f"no chart among {payloads}"
    usd = next(c for c in charts if c["currency"] == "USD")
    assert {"label": "New York", "value": 214000} in usd["bars"]
    assert usd["symbol"] == "$" and usd["source"]


def test_session_persistence_keeps_context_across_connections(bot_stack: Any) -> None:
    session = uuid.uuid4().hex
    first = socketio_exchange(bot_stack.rasa_url, "How much do backend engineers earn in London?", session)
    assert "£95,000" in texts(first)
    second = socketio_exchange(bot_stack.rasa_url, "What about Paris?", session)  # a new connection
    assert "€64,500" in texts(second)
