"""A per-store cache: values are kept for one store object and its generation, failures never."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

V = TypeVar("V")


class PerStore(Generic[V]):
    """`get(store, key)` builds `build(store, key)` once per (store object, store.generation(), key).

    A store without `generation()` is not cached. An exception from `build` propagates and is not kept.
    """

    def __init__(self, build: Callable[[Any, Hashable], V], size: int = 64) -> None:
        self._build = build
        self._size = size
        self._lock = threading.Lock()
        self._entries: dict[tuple[int, str, Hashable], tuple[Any, V]] = {}

    def get(self, store: Any, key: Hashable = None) -> V:
        """The cached value for this store state and key, built on first use."""
        generation = getattr(store, "generation", None)
        if not callable(generation):
            return self._build(store, key)
        slot = (id(store), str(generation()), key)
        with self._lock:
            hit = self._entries.get(slot)
        if hit is not None and hit[0] is store:
            return hit[1]
        value = self._build(store, key)
        with self._lock:
            if len(self._entries) >= self._size:
                self._entries.clear()
            self._entries[slot] = (store, value)
        return value
