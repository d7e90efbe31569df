"""The Slack channel against the running bot and the fake Slack Web API (tests/support/fake_slack)."""

from __future__ import annotations

import json
import re
import time
import urllib.parse
import uuid
from typing import Any

import pytest

from tests.channels.slack_client import in_channel, message_event, post_event, post_text, wait_for_posts
from tests.conftest import SLACK_SIGNING_SECRET

pytestmark = pytest.mark.e2e

SALARY_QUESTION = "How much do backend engineers earn in London?"
QUIET_SECONDS = 6.0  # how long "no answer" is waited for


def test_signed_message_gets_one_mrkdwn_post(bot_stack: Any, fake_slack: Any) -> None:
    event = message_event(SALARY_QUESTION)
    channel = event["event"]["channel"]
    status, _ = post_event(bot_stack.rasa_url, event, SLACK_SIGNING_SECRET)
    assert status == 200
    posts = wait_for_posts(fake_slack.posts, in_channel(channel))
    assert len(posts) == 1, "one post per reply"
    text = post_text(posts[0])
    assert re.search(r"\*£95,000( \(GBP\))?\*", text), f"figures are bold mrkdwn (from `figures`): {text}"
    assert "_Source:" in text, "the source is named"
    assert all("thread_ts" not in p for p in posts), "a top-level message gets a top-level reply"


def test_reply_goes_into_the_users_thread(bot_stack: Any, fake_slack: Any) -> None:
    thread = f"{time.time() - 60:.6f}"
    event = message_event(SALARY_QUESTION, thread_ts=thread)
    status, _ = post_event(bot_stack.rasa_url, event, SLACK_SIGNING_SECRET)
    assert status == 200
    posts = wait_for_posts(fake_slack.posts, in_channel(event["event"]["channel"]))
    assert posts and all(p.get("thread_ts") == thread for p in posts)


def test_salary_comparison_is_one_post_with_a_code_block_table(bot_stack: Any, fake_slack: Any) -> None:
    event = message_event("Compare backend engineer salaries in New York, San Francisco and Austin")
    post_event(bot_stack.rasa_url, event, SLACK_SIGNING_SECRET)
    channel = event["event"]["channel"]
    posts = wait_for_posts(fake_slack.posts, in_channel(channel))
    assert len(posts) == 1, "text and table arrive as one post"
    text = post_text(posts[0])
    assert "```" in text, "the chart arrives as a table"
    body, table, after = posts[0]["text"].split("```")
    assert "$214,000" in table and "New York" in table
    assert "$214,000" in body and after.strip().startswith("_Source:")
    assert posts[0]["text"].count("_Source:") == 1


def test_skill_checklist_is_posted_once_as_text(bot_stack: Any, fake_slack: Any) -> None:
    """The gap answer's checklist arrives as mrkdwn text; its JSON payload is not posted raw."""
    user = f"U{uuid.uuid4().hex[:8].upper()}"
    first = message_event("I know Python and MySQL", user=user)
    channel = first["event"]["channel"]
    post_event(bot_stack.rasa_url, first, SLACK_SIGNING_SECRET)
    assert wait_for_posts(fake_slack.posts, in_channel(channel))
    ask = message_event("what am I missing for a backend role?", user=user, channel=channel)
    post_event(bot_stack.rasa_url, ask, SLACK_SIGNING_SECRET)
    posts = wait_for_posts(fake_slack.posts, lambda p: in_channel(channel)(p) and "⬜" in post_text(p))
    assert len(posts) == 1, "the checklist arrives as text, in one post"
    assert "_Source:" in post_text(posts[0])
    time.sleep(2)
    assert not any("checklist" in p for p in fake_slack.posts), "no raw checklist JSON is posted"


@pytest.mark.parametrize(
    "case",
    ["forged signature", "stale timestamp", "no signature", "no timestamp", "no headers"],
)
def test_unauthentic_requests_are_refused(bot_stack: Any, fake_slack: Any, case: str) -> None:
    event = message_event(SALARY_QUESTION)
    body = json.dumps(event).encode()
    url, secret = bot_stack.rasa_url, SLACK_SIGNING_SECRET
    if case == "forged signature":
        status, _ = post_event(url, body, "not-the-secret")
    elif case == "stale timestamp":
        status, _ = post_event(url, body, secret, timestamp=str(int(time.time()) - 6 * 60))
    elif case == "no signature":
        status, _ = post_event(url, body, secret, headers={"X-Slack-Signature": ""})
    elif case == "no timestamp":
        status, _ = post_event(url, body, secret, headers={"X-Slack-Request-Timestamp": ""})
    else:
        status, _ = post_event(url, body, secret, signed=False)
    assert 400 <= status < 500
    time.sleep(QUIET_SECONDS if case == "forged signature" else 0.5)
    assert not [p for p in fake_slack.posts if in_channel(event["event"]["channel"])(p)]


def test_retries_and_redeliveries_are_answered_once(bot_stack: Any, fake_slack: Any) -> None:
    event = message_event(SALARY_QUESTION)
    channel = event["event"]["channel"]
    body = json.dumps(event).encode()
    assert post_event(bot_stack.rasa_url, body, SLACK_SIGNING_SECRET)[0] == 200
    answered = len(wait_for_posts(fake_slack.posts, in_channel(channel), settle=3.0))
    assert answered >= 1

    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
    assert post_event(bot_stack.rasa_url, body, SLACK_SIGNING_SECRET, headers=retry)[0] == 200
    assert post_event(bot_stack.rasa_url, body, SLACK_SIGNING_SECRET)[0] == 200  # same event_id again
    mention = message_event(
        SALARY_QUESTION, channel=channel, type="app_mention", ts=event["event"]["ts"], channel_type="channel"
    )  # Slack sends a mention as `message` and `app_mention`: one answer
    assert post_event(bot_stack.rasa_url, mention, SLACK_SIGNING_SECRET)[0] == 200
    time.sleep(QUIET_SECONDS)
    assert len([p for p in fake_slack.posts if in_channel(channel)(p)]) == answered


def test_url_verification_challenge(bot_stack: Any) -> None:
    payload = {"type": "url_verification", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7"}
    status, body = post_event(bot_stack.rasa_url, payload, SLACK_SIGNING_SECRET)
    assert status == 200 and payload["challenge"] in body


def test_quick_reply_button_click_is_answered_in_its_thread(bot_stack: Any, fake_slack: Any) -> None:
    channel = "C" + uuid.uuid4().hex[:10].upper()
    thread = f"{time.time() - 30:.6f}"
    payload = {
        "type": "block_actions",
        "trigger_id": uuid.uuid4().hex,
        "user": {"id": "U_TEST"},
        "channel": {"id": channel},
        "message": {"ts": f"{time.time():.6f}", "thread_ts": thread},
        "actions": [{"type": "button", "action_id": "quick_reply_0",
                     "value": "What skills does a Backend Software Engineer need?"}],
    }
    body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    assert post_event(bot_stack.rasa_url, body, SLACK_SIGNING_SECRET, headers=headers)[0] == 200
    posts = wait_for_posts(fake_slack.posts, in_channel(channel))
    assert posts and all(p.get("thread_ts") == thread for p in posts)
    assert "_Source:" in "\n".join(post_text(p) for p in posts)
