"""With the action server down, every channel still answers, with one clear apology."""

from __future__ import annotations

from typing import Any

import pytest

from bot.channels.guard import APOLOGY
from tests.channels.sio_client import socketio_exchange, texts
from tests.channels.slack_client import in_channel, message_event, post_event, post_text, wait_for_posts
from tests.conftest import SLACK_SIGNING_SECRET
from tests.support.chat import new_sender, reply_text, rest_send

pytestmark = pytest.mark.e2e

QUESTION = "How much do backend engineers earn in London?"


def test_channels_apologise_when_the_knowledge_service_is_down(bot_stack: Any, fake_slack: Any) -> None:
    bot_stack.stop_actions()
    try:
        rest = rest_send(bot_stack.rasa_url, new_sender("apology"), QUESTION)
        assert [m.get("text") for m in rest] == [APOLOGY]

        assert texts(socketio_exchange(bot_stack.rasa_url, QUESTION)) == APOLOGY

        event = message_event(QUESTION)
        assert post_event(bot_stack.rasa_url, event, SLACK_SIGNING_SECRET)[0] == 200
        posts = wait_for_posts(fake_slack.posts, in_channel(event["event"]["channel"]))
        assert [post_text(p) for p in posts] == [APOLOGY]
    finally:
        bot_stack.start_actions()
    assert "£95,000" in reply_text(rest_send(bot_stack.rasa_url, new_sender("apology"), QUESTION))
