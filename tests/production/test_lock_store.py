"""The atomic Redis lock store (bot.lock_store): tickets issued at the same moment by many clients (as
two replicas do for one conversation) are all distinct, and a lock is not deleted under a new ticket.
Rasa's own RedisLockStore reads, changes and writes a lock in three steps, so such tickets collide."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

from rasa.utils.endpoints import EndpointConfig

from bot.lock_store import AtomicRedisLockStore
from bot.runtime_config import lock_store_section
from tests.support.redis import RedisServer


def _store(redis_server: RedisServer) -> AtomicRedisLockStore:
    section, _ = lock_store_section(redis_server.url)
    config = EndpointConfig(**{k: v for k, v in section.items()})
    return AtomicRedisLockStore(endpoint_config=config)


def test_concurrent_tickets_are_distinct(redis_server: RedisServer) -> None:
    conversation = f"lock-{uuid.uuid4().hex[:8]}"
    stores = [_store(redis_server) for _ in range(4)]  # one client each, as separate replicas have
    with ThreadPoolExecutor(8) as pool:
        tickets = list(pool.map(lambda i: stores[i % 4].issue_ticket(conversation, 60), range(40)))
    assert sorted(tickets) == list(range(40))


def test_cleanup_keeps_a_lock_that_someone_waits_for(redis_server: RedisServer) -> None:
    store = _store(redis_server)
    conversation = f"lock-{uuid.uuid4().hex[:8]}"
    first = store.issue_ticket(conversation, 60)
    second = store.issue_ticket(conversation, 60)
    store.cleanup(conversation, first)
    lock = store.get_lock(conversation)
    assert lock is not None and not lock.is_locked(second)  # the second ticket is served next
    store.cleanup(conversation, second)
    assert store.get_lock(conversation) is None
