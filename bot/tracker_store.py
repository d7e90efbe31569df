"""Rasa's SQL tracker store with an in-process cache, for a bot that runs as one Rasa process.

Every turn Rasa reads the whole conversation from SQL (and counts its stored events before writing
the new ones); profiling showed that taking about 40 % of the Rasa process's time. This store keeps
the latest trackers in memory (LRU) and still writes every event to SQL, so history survives
restarts exactly as with `SQLTrackerStore`. Only correct when one process owns the conversations:
the launcher uses it only without REDIS_URL (no replicas) and with one Sanic worker.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker


class CachedSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` whose reads are served from memory after the first one per conversation."""

    def __init__(self, *args: Any, cache_size: int = 2000, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cache_size = int(cache_size)
        # sender_id -> (serialised tracker, number of its events already in SQL)
        self._cache: OrderedDict[str, tuple[str, int]] = OrderedDict()

    def _remember(self, tracker: DialogueStateTracker) -> None:
        self._cache[tracker.sender_id] = (self.serialise_tracker(tracker), len(tracker.events))
        self._cache.move_to_end(tracker.sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """From memory when cached, else from SQL (then cached)."""
        cached = self._cache.get(sender_id)
        if cached is not None:
            self._cache.move_to_end(sender_id)
            return self.deserialise_tracker(sender_id, cached[0])
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            self._remember(tracker)
        return tracker

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        """The events not yet in SQL: known from the cache, else counted in SQL as Rasa does."""
        cached = self._cache.get(tracker.sender_id)
        if cached is None:
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, cached[1], len(tracker.events))

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Write the new events to SQL, then cache the tracker."""
        await super().save(tracker)
        self._remember(tracker)
