"""Memory: the action server never loads spaCy or TensorFlow, not even for a skill-gap turn.

The action server is started as the launcher starts it (`Stack.start_actions`: `python -m rasa_sdk
--actions actions`), gets one knowledge turn and one skill-gap turn through POST /webhook (the JSON
Rasa sends, with the entities NLU found), and then its /proc/<pid>/maps must map no file of the
`spacy`, `thinc` or `tensorflow` packages (each of them loads compiled extensions on import).
Entities come from Rasa's NLU, so the action server has no reason to parse text itself.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.language import asks
from bot.launcher import Stack
from tests.production.conftest import make_stack

FORBIDDEN = ("spacy", "thinc", "tensorflow")
SLOTS = {"role": None, "place": None, "topic": None, "skills": None}


def webhook_call(sender: str, intent: str, text: str, entities: list[dict[str, Any]],
                 slots: dict[str, Any] | None = None) -> dict[str, Any]:
    """The body Rasa's RemoteAction posts to the action server for one user turn."""
    latest = {"intent": {"name": intent, "confidence": 0.95}, "entities": entities, "text": text,
              "intent_ranking": [{"name": intent, "confidence": 0.95}]}
    return {
        "next_action": "action_answer", "sender_id": sender, "version": "3.6.21", "domain": {},
        "tracker": {
            "sender_id": sender, "slots": {**SLOTS, **(slots or {})}, "latest_message": latest,
            "latest_event_time": 1.0, "followup_action": None, "paused": False,
            "events": [{"event": "user", "timestamp": 1.0, "text": text, "parse_data": latest}],
            "latest_input_channel": "rest", "active_loop": {},
            "latest_action": {"action_name": "action_listen"}, "latest_action_name": "action_listen",
        },
    }


def entity(name: str, value: str, text: str, said: str) -> dict[str, Any]:
    """An entity as the CareerEntities NLU component reports it, with its offsets in `said`."""
    start = said.index(text)
    return {"entity": name, "value": value, "text": text, "start": start, "end": start + len(text),
            "extractor": "CareerEntities", "confidence": 1.0}


def post(url: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        result: dict[str, Any] = json.loads(response.read())
    return result


def mapped_packages(pid: int) -> set[str]:
    """Which FORBIDDEN packages have a file mapped into the process (its loaded extensions)."""
    found = set()
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        for name in FORBIDDEN:
            if f"/site-packages/{name}/" in line or f"/site-packages/{name}." in line:
                found.add(name)
    return found


@pytest.fixture()
def action_server(sqlite_knowledge_url: str) -> Iterator[Stack]:
    stack = make_stack({"DATABASE_URL": sqlite_knowledge_url})
    stack.start_actions()
    try:
        yield stack
    finally:
        stack.stop_actions()


def test_action_server_loads_neither_spacy_nor_tensorflow(action_server: Stack) -> None:
    assert action_server.actions is not None
    pid = action_server.actions.pid
    url = action_server.action_url
    said = "How much do backend engineers earn in London?"
    knowledge = post(url, webhook_call("imports-1", "ask_salary", said, [
        entity("role", "Backend Software Engineer", "backend engineers", said),
        entity("place", "London", "London", said), *asks.entities(said),
    ]))
    assert "95,000" in " ".join(str(r.get("text")) for r in knowledge["responses"])
    said = "I know Python and SQL, what am I missing for a backend role?"
    gap = post(url, webhook_call("imports-2", "ask_skill_gap", said, [
        {**entity("skill", "Python", "Python", said), "claim": "known"},
        {**entity("skill", "SQL", "SQL", said), "claim": "known"},
        entity("role", "Backend Software Engineer", "backend", said), *asks.entities(said),
    ]))
    gap_text = " ".join(str(r.get("text")) for r in gap["responses"])
    assert "Python" in gap_text, gap_text[:300]
    loaded = mapped_packages(pid)
    assert not loaded, f"the action server (pid {pid}) has loaded {sorted(loaded)}"
