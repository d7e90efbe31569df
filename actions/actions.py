"""Thin rasa_sdk adapter: tracker -> Query -> bot.dispatch.answer -> messages and SlotSet events.

The store comes from one factory (`bot.store.open_store`, configured by `DATABASE_URL`), opened once per
process on first use; tests pass their own store. The answer runs in a worker thread so a slow store
call never blocks the action server's event loop.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import DBAPIError, OperationalError

from bot.core.protocol import Store
from bot.core.types import Query, Reply
from bot.dispatch import answer

log = logging.getLogger(__name__)
UNAVAILABLE = ("Sorry, the career knowledge service is temporarily unavailable. "
               "Please try again in a moment.")
FAILED = "Sorry, something went wrong while answering that. Please try asking in another way."
SLOTS = ("role", "place", "topic", "skills")
ENTITY_KEYS = ("entity", "value", "text", "start", "end", "claim", "confidence")


def _open_default_store() -> Store:
    from bot.store import open_store

    return open_store()


def query_from(tracker: Tracker) -> Query:
    """The turn as bot.dispatch sees it: intent, text, NLU entities (canonical values, offsets), slots."""
    msg = tracker.latest_message or {}
    return Query(
        intent=(msg.get("intent") or {}).get("name") or "nlu_fallback",
        text=msg.get("text") or "",
        entities=[{k: e[k] for k in ENTITY_KEYS if e.get(k) is not None}
                  for e in msg.get("entities") or []],
        slots={name: tracker.get_slot(name) for name in SLOTS},
    )


class ActionAnswer(Action):
    """Answers every knowledge and advice intent from the store."""

    def __init__(self, store: Store | None = None,
                 factory: Callable[[], Store] = _open_default_store) -> None:
        self._store = store
        self._factory = factory
        self._lock = threading.Lock()

    def name(self) -> str:
        return "action_answer"

    def store(self) -> Store:
        """This process's store, opened on first use."""
        with self._lock:
            if self._store is None:
                self._store = self._factory()
            return self._store

    def reset_store(self) -> None:
        """Drop the store after a database failure so the next call reconnects."""
        with self._lock:
            store, self._store = self._store, None
        close = getattr(store, "close", None)
        if callable(close):
            try:
                close()
            except Exception:  # noqa: BLE001 - closing a broken connection may fail too
                log.debug("closing the failed store raised", exc_info=True)

    def reply(self, query: Query) -> Reply | str:
        """The Reply, or the apology text when the store or the answer failed."""
        try:
            return answer(self.store(), query)
        except (OperationalError, DBAPIError) as exc:
            log.warning("knowledge store unavailable: %s", exc)
            self.reset_store()
            return UNAVAILABLE
        except Exception:  # noqa: BLE001 - never leave the user without a reply
            log.exception("answering %r failed", query.intent)
            return FAILED

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        query = query_from(tracker)
        reply = await asyncio.get_running_loop().run_in_executor(None, self.reply, query)
        if isinstance(reply, str):
            dispatcher.utter_message(text=reply)
            return []
        if reply.kind == "smalltalk":  # greetings and help: text and buttons are the whole reply
            dispatcher.utter_message(text=reply.text, buttons=reply.buttons)
        else:
            dispatcher.utter_message(text=reply.text, buttons=reply.buttons,
                                     json_message={"reply": reply.structured()})
        return [SlotSet(k, v) for k, v in reply.slots.items() if k in SLOTS]
