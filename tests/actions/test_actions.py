"""ActionAnswer with real rasa_sdk Trackers and CollectingDispatcher against a real store."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import UNAVAILABLE, ActionAnswer
from bot.language import asks

UNREACHABLE_PG = "postgresql+psycopg2://u:p@127.0.0.1:1/x?connect_timeout=2"


def tracker(intent: str, text: str, entities: Sequence[tuple[str, str]] = (),
            slots: dict[str, Any] | None = None) -> Tracker:
    """A tracker whose latest message is one parsed user turn."""
    return Tracker(
        "test-user", dict({"role": None, "place": None, "topic": None, "skills": None}, **(slots or {})),
        latest_message={"intent": {"name": intent, "confidence": 1.0},
                        "entities": [{"entity": e, "value": v} for e, v in entities] + asks.entities(text),
                        "text": text},
        events=[], paused=False, followup_action=None, active_loop={}, latest_action_name=None,
    )


def run(tr: Tracker, action: ActionAnswer | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """One turn through the action (a fresh one, which opens the store from DATABASE_URL, by default)."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run((action or ActionAnswer()).run(dispatcher, tr, {}))
    return dispatcher.messages, events


def slots_of(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_name():
    assert ActionAnswer().name() == "action_answer"


def test_salary_text_buttons_and_slots(action_env):
    messages, events = run(tracker("ask_salary", "What is the salary in London?", [("place", "London")]))
    assert len(messages) == 1
    assert "£95,000 (GBP)" in messages[0]["text"]
    assert messages[0]["text"].rstrip().splitlines()[-1].startswith("Source: ")
    assert any(b["title"] == "Compare with another city" for b in messages[0]["buttons"])
    assert SlotSet("place", "London") in events and SlotSet("topic", "salary") in events


def test_followup_uses_tracker_slots(action_env):
    _, events = run(tracker("ask_salary", "What do backend engineers earn?", [("role", "backend engineers")]))
    messages, events2 = run(tracker("followup_role", "what about senior ones?", [], slots_of(events)))
    assert "$120,000 (USD)" in messages[0]["text"]
    assert slots_of(events2)["role"] == "Senior Backend Software Engineer"


def test_chart_is_sent_as_json_message(action_env):
    messages, _ = run(tracker("compare_salary", "Compare London and Paris",
                              [("place", "London"), ("place", "Paris")]))
    assert len(messages) == 1  # text and structure in one message (issue #9)
    custom = messages[0]["custom"]["reply"]
    assert [c["currency"] for c in custom["charts"]] == ["GBP", "EUR"]
    assert custom["charts"][0]["bars"] == [{"label": "London", "value": 95000}]


def test_unknown_role(action_env):
    messages, _ = run(tracker("ask_skills", "what skills does a nurse need?", [("role", "nurse")]))
    assert messages[0]["text"].startswith("I have no data about nurses")


def test_store_unavailable_then_recovers(action_env, monkeypatch: pytest.MonkeyPatch):
    action = ActionAnswer()  # one action server process across the outage
    monkeypatch.setenv("DATABASE_URL", UNREACHABLE_PG)
    messages, events = run(tracker("ask_salary", "salary in London", [("place", "London")]), action)
    assert [m["text"] for m in messages] == [UNAVAILABLE]
    assert events == []
    messages, _ = run(tracker("ask_salary", "salary in London", [("place", "London")]), action)
    assert [m["text"] for m in messages] == [UNAVAILABLE]  # still down: same honest message, no crash
    monkeypatch.setenv("DATABASE_URL", action_env)  # the database is back
    messages, _ = run(tracker("ask_salary", "salary in London", [("place", "London")]), action)
    assert "£95,000 (GBP)" in messages[0]["text"]


def test_failure_after_open_disposes_and_reopens(action_env, monkeypatch: pytest.MonkeyPatch):
    mod = ActionAnswer()
    run(tracker("ask_tools", "tools?", [("role", "backend engineer")]), mod)
    opened = mod._store
    assert opened is not None
    from sqlalchemy.exc import OperationalError

    def broken(*_a: Any, **_k: Any) -> Any:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(opened, "roles", broken)
    monkeypatch.setattr(opened, "resolve_role", broken)
    messages, _ = run(tracker("ask_tools", "tools?", [("role", "backend engineer")]), mod)
    assert [m["text"] for m in messages] == [UNAVAILABLE]
    assert mod._store is None  # the broken store was dropped
    messages, _ = run(tracker("ask_tools", "tools?", [("role", "backend engineer")]), mod)
    assert "Version control systems such as Git or SVN" in messages[0]["text"]
    assert mod._store is not None and mod._store is not opened


def test_unexpected_error_still_replies(action_env, monkeypatch: pytest.MonkeyPatch):
    import actions.actions as mod

    def boom(*_a: Any, **_k: Any) -> Any:
        raise ValueError("bug")

    monkeypatch.setattr(mod, "answer", boom)
    messages, events = run(tracker("ask_tools", "tools?", [("role", "backend engineer")]))
    assert [m["text"] for m in messages] == [mod.FAILED] and events == []


def test_action_server_executor_finds_and_runs_the_action(action_env):
    """What `rasa run actions` does: register the package, run a webhook call."""
    import asyncio

    from rasa_sdk.executor import ActionExecutor

    executor = ActionExecutor()
    executor.register_package("actions")
    call = {
        "next_action": "action_answer", "sender_id": "webhook-user", "domain": {}, "version": "3.6.21",
        "tracker": {"sender_id": "webhook-user", "slots": {"role": None, "place": None, "topic": None},
                    "latest_message": {"intent": {"name": "compare_salary", "confidence": 0.9},
                                       "entities": [{"entity": "place", "value": "india", "start": 9,
                                                     "end": 14, "extractor": "SpacyEntityExtractor"}],
                                       "text": "salaries india"},
                    "events": [], "paused": False, "followup_action": None, "active_loop": {},
                    "latest_action_name": "action_listen"},
    }
    response = asyncio.run(executor.run(call))
    assert response is not None
    texts = [r.get("text") for r in response["responses"] if r.get("text")]
    assert "₹2,200,000 (INR)" in texts[0]
    assert any(r.get("custom", {}).get("reply", {}).get("chart") for r in response["responses"])
    assert {"event": "slot", "name": "place", "value": "India", "timestamp": None} in response["events"]
