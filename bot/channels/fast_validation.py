"""Two per-call costs of Rasa's `RemoteAction` (the call to the action server), measured and cut.

- Validation: `RemoteAction._validate_action_result` calls `jsonschema.validate(result, schema)`,
  which re-checks the schema itself against the JSON-Schema meta-schema on every call. Profiling
  under load showed that check taking over half of the Rasa process's CPU time. This builds the
  validator once and validates each response exactly as before (same schema, same errors).
- Payload: `RemoteAction._action_call_format` sends `tracker.current_state(EventVerbosity.ALL)`,
  every event of the tracker, on every call, and the action server parses them all. Our action
  reads only the latest message and the slots (which the state carries apart from the events), so
  the call sends the events of the current turn only: from the latest user message on.
  Everything else in the request (slots, latest_message, active loop, domain) is unchanged.

Installed when Rasa imports our channels (bot/channels/__init__.py).
"""

from __future__ import annotations

from typing import Any

import rasa
from jsonschema import ValidationError, validators
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

_validator: Any = None


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """Same contract as Rasa's method: True, or raise the best-matching ValidationError."""
    global _validator
    if _validator is None:
        schema = RemoteAction.action_response_format_spec()
        cls = validators.validator_for(schema)
        cls.check_schema(schema)
        _validator = cls(schema)
    error: ValidationError | None = best_match(_validator.iter_errors(result))
    if error is not None:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from "
            "the Action endpoint is valid."
        )
        raise error
    return True


def current_turn_events(tracker: DialogueStateTracker) -> list[Event]:
    """The tracker's events from its latest user message on (all of them if there is none)."""
    turn: list[Event] = []
    for event in reversed(tracker.events):
        turn.append(event)
        if isinstance(event, UserUttered):
            break
    turn.reverse()
    return turn


def _action_call_format(self: RemoteAction, tracker: DialogueStateTracker, domain: Domain) -> dict[str, Any]:
    """Rasa's request body for the action server, with the current turn's events only."""
    state = tracker.current_state(EventVerbosity.NONE)
    state["events"] = [event.as_dict() for event in current_turn_events(tracker)]
    result: dict[str, Any] = {
        "next_action": self._name,
        "sender_id": tracker.sender_id,
        "tracker": state,
        "version": rasa.__version__,
    }
    if not self._is_selective_domain_enabled() or domain.does_custom_action_explicitly_need_domain(
        self.name()
    ):
        result["domain"] = domain.as_dict()
    return result


def install() -> None:
    """Replace Rasa's per-call schema check and request body (idempotent)."""
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    RemoteAction._action_call_format = _action_call_format  # type: ignore[method-assign]
