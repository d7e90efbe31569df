"""Rasa's SQL tracker store with an in-process cache, for a bot that runs as one Rasa process.

Every event still goes to SQL, so the history survives restarts exactly as with `SQLTrackerStore`.
What changes is what a turn works on:

- Reads are served from memory. Rasa rebuilt the tracker from JSON on every turn (the whole
  session: 51 % of Rasa's time at turn 200, mostly `Event.resolve_by_type` per event); this store
  keeps the live tracker of each conversation (LRU) and hands it to Rasa, which owns it until
  `save` puts it back. A turn that fails before saving leaves nothing in the cache, so the next
  turn reads SQL again and sees exactly what was stored.
- The tracker a turn works on holds the last `event_window` events only (Rasa's own
  `max_event_history`). Slots, the latest message and the active loop are tracker state, carried
  forward when old events drop out, so follow-ups and skills keep working however long the
  conversation; RulePolicy, the action call and Rasa's bookkeeping then cost the same at turn 200
  as at turn 10 (each walked the whole history). The full history stays in SQL
  (`retrieve_full_tracker`, `rasa export`).

Only correct when one process owns the conversations: the launcher uses it only without REDIS_URL
(no replicas) and with one Sanic worker. With an event broker configured, the window is off
(Rasa's broker diffs the stored tracker against the new one).
"""

from __future__ import annotations

import logging
from collections import OrderedDict, deque
from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

log = logging.getLogger(__name__)

# 50 events are six or seven turns (a turn is about 8 events); RulePolicy's rules need one.
DEFAULT_EVENT_WINDOW = 50
_SAVED_THROUGH = "_bot_saved_through"  # attribute on a tracker: its last event already in SQL


class CachedSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` that keeps each conversation's live tracker, bounded to recent events."""

    def __init__(
        self, *args: Any, cache_size: int = 2000, event_window: int = DEFAULT_EVENT_WINDOW, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.cache_size = int(cache_size)
        self.event_window: int | None = int(event_window) or None
        if self.event_broker is not None:
            self.event_window = None
        self._cache: OrderedDict[str, DialogueStateTracker] = OrderedDict()

    def init_tracker(self, sender_id: str) -> DialogueStateTracker:
        """A new tracker that keeps the last `event_window` events."""
        return DialogueStateTracker(sender_id, self.domain.slots, max_event_history=self.event_window)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The cached tracker (handed over until `save`), else rebuilt from SQL with the window."""
        tracker = self._cache.pop(sender_id, None)
        if tracker is not None:
            return tracker
        full = await super().retrieve(sender_id)
        if full is None:
            return None
        self._bound(full)
        _mark_saved(full)
        return full

    def _bound(self, tracker: DialogueStateTracker) -> None:
        """Keep only the last `event_window` events in memory (the state they set stays).

        Rasa wraps this store (`FailSafeTrackerStore`), whose `create_tracker` makes an unbounded
        tracker, and SQL reads replay without a bound, so the bound is applied here.
        """
        if self.event_window is None or tracker.events.maxlen == self.event_window:
            return
        tracker._max_event_history = self.event_window
        tracker.events = deque(tracker.events, self.event_window)

    async def exists(self, conversation_id: str) -> bool:
        """Whether the conversation is cached or stored (without taking it out of the cache)."""
        return conversation_id in self._cache or await super().retrieve(conversation_id) is not None

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        """The events after the last one already in SQL (by identity); else counted as Rasa does."""
        saved: Event | None = getattr(tracker, _SAVED_THROUGH, None)
        if saved is not None:
            new: list[Event] = []
            for event in reversed(tracker.events):
                if event is saved:
                    return iter(reversed(new))
                new.append(event)
            log.warning("tracker %s: last saved event left the window; counting in SQL", tracker.sender_id)
        return super()._additional_events(session, tracker)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Write the new events to SQL, then cache the tracker for the next turn."""
        await super().save(tracker)
        self._bound(tracker)
        _mark_saved(tracker)
        self._cache[tracker.sender_id] = tracker
        self._cache.move_to_end(tracker.sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)


def _mark_saved(tracker: DialogueStateTracker) -> None:
    """Remember the tracker's last event as stored."""
    setattr(tracker, _SAVED_THROUGH, tracker.events[-1] if tracker.events else None)
