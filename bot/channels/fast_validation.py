"""Cache the JSON-schema validator Rasa uses for every action-server response.

Rasa's `RemoteAction._validate_action_result` calls `jsonschema.validate(result, schema)`, which
re-checks the schema itself against the JSON-Schema meta-schema on every call. Profiling our bot
under load showed that check taking over half of the Rasa process's CPU time. This builds the
validator once and validates each response exactly as before (same schema, same errors).
Installed when Rasa imports our channels (bot/channels/__init__.py).
"""

from __future__ import annotations

from typing import Any

from jsonschema import ValidationError, validators
from jsonschema.exceptions import best_match
from rasa.core.actions.action import RemoteAction

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


def install() -> None:
    """Replace Rasa's per-call schema check with the cached validator (idempotent)."""
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
