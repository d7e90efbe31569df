"""The Slack app manifest asks for what the Slack channel needs, and no more."""

from __future__ import annotations

import yaml

from bot.config import PROJECT_ROOT

WEBHOOK = "https://YOUR_HOST/webhooks/slack/webhook"


def test_manifest_scopes_events_and_urls() -> None:
    manifest = yaml.safe_load((PROJECT_ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8"))
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert scopes == {"chat:write", "app_mentions:read", "im:history", "channels:history"}
    assert manifest["features"]["bot_user"]["display_name"]
    events = manifest["settings"]["event_subscriptions"]
    assert events["request_url"] == WEBHOOK
    assert set(events["bot_events"]) == {"app_mention", "message.im", "message.channels"}
    assert manifest["settings"]["interactivity"]["request_url"] == WEBHOOK
