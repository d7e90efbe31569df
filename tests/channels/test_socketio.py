"""The socket.io channel (what the widget speaks), with a Python socket.io client."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.channels.sio_client import socketio_exchange, texts

pytestmark = pytest.mark.e2e


def test_answer_is_one_event_with_text_reply_and_quick_replies(bot_stack: Any) -> None:
    payloads = socketio_exchange(bot_stack.rasa_url, "How much do backend engineers earn in London?")
    answers = [p for p in payloads if "£95,000" in str(p.get("text", ""))]
    assert len(answers) == 1 and len(payloads) == 1, f"one event per reply: {payloads}"
    answer = answers[0]
    assert "\nSource: " in answer["text"], "the source line stays with its answer"
    reply = answer["reply"]
    assert "£95,000" in reply["body"] and "Source:" not in reply["body"]
    assert reply["sources"] and reply["kind"] == "answer"
    assert answer["text"].endswith("Source: " + "; ".join(reply["sources"]))
    assert answer.get("quick_replies")
    for quick in answer["quick_replies"]:
        assert quick["title"] and quick["payload"]


def test_chart_arrives_in_the_reply_of_the_same_event(bot_stack: Any) -> None:
    payloads = socketio_exchange(
        bot_stack.rasa_url, "Compare backend engineer salaries in New York, San Francisco and Austin"
    )
    assert len(payloads) == 1, f"text, chart and sources in one event: {payloads}"
    reply = payloads[0]["reply"]
    assert "$214,000" in payloads[0]["text"] and "$214,000" in reply["body"]
    charts = [reply["chart"]] if "chart" in reply else list(reply.get("charts", []))
    assert charts, f"no chart in {reply}"
    usd = next(c for c in charts if c["currency"] == "USD")
    assert {"label": "New York", "value": 214000} in usd["bars"]
    assert usd["symbol"] == "$" and usd["source"]


def test_responses_without_a_reply_keep_their_shape(bot_stack: Any) -> None:
    payloads = socketio_exchange(bot_stack.rasa_url, "hello")
    assert payloads and all("reply" not in p and p.get("text") for p in payloads), payloads


def test_session_persistence_keeps_context_across_connections(bot_stack: Any) -> None:
    session = uuid.uuid4().hex
    first = socketio_exchange(bot_stack.rasa_url, "How much do backend engineers earn in London?", session)
    assert "£95,000" in texts(first)
    second = socketio_exchange(bot_stack.rasa_url, "What about Paris?", session)  # a new connection
    assert "€64,500" in texts(second)
