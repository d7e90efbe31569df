"""Rasa's Redis lock store with atomic ticket updates, for replicas that share one conversation.

Rasa's `RedisLockStore` changes a conversation's ticket lock by reading it, changing it in Python and
writing it back. Two replicas that take a turn of one conversation at the same moment can both read
the same lock and issue the same ticket number; both then "hold" the lock, both update the tracker,
and one turn is lost (seen in tests/production/test_scaleout.py on a loaded machine). Here every
change of a lock (issue a ticket, drop expired tickets, finish a ticket, clean up) runs in a Redis
WATCH/MULTI transaction and is retried when another replica changed the lock meanwhile.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

T = TypeVar("T")


class AtomicRedisLockStore(RedisLockStore):
    """`RedisLockStore` whose lock changes are transactions (endpoints.yml `type:
    bot.lock_store.AtomicRedisLockStore`, with the same keys as `type: redis`)."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _change(self, conversation_id: str,
                change: Callable[[TicketLock | None], tuple[TicketLock | None, T]]) -> T:
        """Apply `change` to the stored lock atomically: it gets the lock (None when there is none) and
        returns the lock to store (None deletes it) and a result."""
        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    lock = TicketLock.from_dict(json.loads(raw)) if raw else None
                    new, result = change(lock)
                    pipe.multi()
                    if new is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, new.dumps())
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # another replica changed the lock first: read it again

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """A new ticket, numbered after every ticket issued so far by any replica."""
        def issue(lock: TicketLock | None) -> tuple[TicketLock, int]:
            lock = lock or TicketLock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)
        return self._change(conversation_id, issue)

    def update_lock(self, conversation_id: str) -> None:
        """Drop expired tickets."""
        def expire(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None
        self._change(conversation_id, expire)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Drop a finished ticket."""
        def finish(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock, None
        self._change(conversation_id, finish)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Drop a finished ticket, and the lock with it when no one is waiting (in one step: a ticket
        issued meanwhile keeps the lock)."""
        def clean(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None
        self._change(conversation_id, clean)
