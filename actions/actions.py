"""Thin rasa_sdk adapter: tracker -> Query -> bot.answers.answer -> messages and SlotSet events."""

from __future__ import annotations

import logging
import threading
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.answers import Query, answer

log = logging.getLogger(__name__)
UNAVAILABLE = ("Sorry, the career knowledge service is temporarily unavailable. "
               "Please try again in a moment.")
FAILED = "Sorry, something went wrong while answering that. Please try asking in another way."
SLOTS = ("role", "place", "topic", "skills")
_lock = threading.Lock()
_store: Any = None


def get_store() -> Any:
    """The process-wide store, opened on first use (no engine at import time)."""
    global _store
    with _lock:
        if _store is None:
            from bot.store import open_store
            _store = open_store()
        return _store


def reset_store() -> None:
    """Dispose the store after a database failure so the next call reconnects."""
    global _store
    with _lock:
        store, _store = _store, None
    if store is not None:
        try:
            store.close()
        except Exception:  # noqa: BLE001 - closing a broken connection may fail too
            log.debug("closing the failed store raised", exc_info=True)


class ActionAnswer(Action):
    """Answers every knowledge intent from the store."""

    def name(self) -> str:
        return "action_answer"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        msg = tracker.latest_message or {}
        query = Query(
            intent=(msg.get("intent") or {}).get("name") or "nlu_fallback",
            text=msg.get("text") or "",
            entities=[{"entity": e.get("entity"), "value": e.get("value")}
                      for e in msg.get("entities") or []],
            slots={name: tracker.get_slot(name) for name in SLOTS},
        )
        try:
            reply = answer(get_store(), query)
        except (OperationalError, DBAPIError) as exc:
            log.warning("knowledge store unavailable: %s", exc)
            reset_store()
            dispatcher.utter_message(text=UNAVAILABLE)
            return []
        except Exception:  # noqa: BLE001 - never leave the user without a reply
            log.exception("answering %r failed", query.intent)
            dispatcher.utter_message(text=FAILED)
            return []
        dispatcher.utter_message(text=reply.text, buttons=reply.buttons)
        if reply.custom:
            dispatcher.utter_message(json_message=reply.custom)
        return [SlotSet(k, v) for k, v in reply.slots.items() if k in SLOTS]
