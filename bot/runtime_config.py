"""Rasa runtime configuration (endpoints.yml, credentials.yml) generated from the environment.

Secrets never reach the files: they are written as `${VAR}` references, which Rasa expands when it
reads them, and passed to the Rasa process through its environment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml
from sqlalchemy.engine import make_url

from bot import config

CACHED_TRACKER_STORE = "bot.tracker_store.CachedSQLTrackerStore"
ATOMIC_LOCK_STORE = "bot.lock_store.AtomicRedisLockStore"  # Rasa's Redis lock store, changes made atomic
DEFAULT_CHANNELS: tuple[str, ...] = ("rest", "socketio", "web", "slack")

# Input channels by the short names used in RASA_CHANNELS / Stack(channels=...).
CHANNEL_CLASSES = {
    "rest": "bot.channels.rest.RestInput",
    "socketio": "bot.channels.socketio.SocketIOInput",
    "web": "bot.channels.web.WebChatInput",
    "slack": "bot.channels.slack.SlackInput",
}


def tracker_store_url(env: Mapping[str, str]) -> str:
    """The conversation store: `TRACKER_STORE_URL`, by default a SQLite file under build/."""
    return env.get("TRACKER_STORE_URL") or f"sqlite:///{config.build_dir() / 'tracker.db'}"


def tracker_store_section(url: str) -> tuple[dict[str, Any], dict[str, str]]:
    """An SQLTrackerStore section for a SQLAlchemy URL, and the secret env vars it references."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return {"type": "SQL", "dialect": "sqlite", "db": parsed.database or ""}, {}
    # SQLAlchemy 1.4 (Rasa's) no longer accepts the "postgres://" spelling many hosts hand out
    dialect = "postgresql" if parsed.drivername == "postgres" else parsed.drivername
    section: dict[str, Any] = {
        "type": "SQL",
        "dialect": dialect,
        "url": parsed.host or "localhost",
        "db": parsed.database or "",
    }
    if parsed.port:
        section["port"] = parsed.port
    if parsed.username:
        section["username"] = parsed.username
    secrets: dict[str, str] = {}
    if parsed.password:
        secrets["BOT_TRACKER_STORE_PASSWORD"] = str(parsed.password)
        section["password"] = "${BOT_TRACKER_STORE_PASSWORD}"
    if parsed.query:  # e.g. ?sslmode=require
        section["query"] = dict(parsed.query)
    return section, secrets


def lock_store_section(url: str) -> tuple[dict[str, Any], dict[str, str]]:
    """A Redis lock store section (bot.lock_store) for `redis://[:password@]host:port/db`."""
    parts = urlsplit(url)
    section: dict[str, Any] = {
        "type": ATOMIC_LOCK_STORE,
        "url": parts.hostname or "localhost",
        "port": parts.port or 6379,
        "db": int(parts.path.lstrip("/") or 0),
        "key_prefix": "careerbot",
    }
    if parts.scheme == "rediss":
        section["use_ssl"] = True
    secrets: dict[str, str] = {}
    if parts.password:
        secrets["BOT_REDIS_PASSWORD"] = unquote(parts.password)
        section["password"] = "${BOT_REDIS_PASSWORD}"
    return section, secrets


def endpoints(action_url: str, env: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """endpoints.yml content and the secret env vars it references."""
    tracker, secrets = tracker_store_section(tracker_store_url(env))
    if not env.get("REDIS_URL") and env.get("SANIC_WORKERS", "1").strip() in ("", "1"):
        # one Rasa process owns every conversation: serve reads from memory, still write to SQL
        tracker["type"] = CACHED_TRACKER_STORE
    data: dict[str, Any] = {"action_endpoint": {"url": action_url}, "tracker_store": tracker}
    if env.get("REDIS_URL"):
        lock, lock_secrets = lock_store_section(env["REDIS_URL"])
        data["lock_store"] = lock
        secrets.update(lock_secrets)
    return data, secrets


def slack_configured(env: Mapping[str, str]) -> bool:
    """Slack is on only when both its token and its signing secret are in the environment."""
    return bool(env.get("SLACK_TOKEN") and env.get("SLACK_SIGNING_SECRET"))


def credentials(channels: Sequence[str], env: Mapping[str, str]) -> dict[str, Any]:
    """credentials.yml content for the requested channels (Slack only when configured)."""
    data: dict[str, Any] = {}
    for name in channels:
        if name not in CHANNEL_CLASSES:
            raise ValueError(f"unknown channel {name!r}; known: {', '.join(CHANNEL_CLASSES)}")
        if name == "slack" and not slack_configured(env):
            continue
        cls = CHANNEL_CLASSES[name]
        if name == "socketio":
            data[cls] = {
                "user_message_evt": "user_uttered",
                "bot_message_evt": "bot_uttered",
                "session_persistence": True,
            }
        elif name == "slack":
            slack: dict[str, Any] = {
                "slack_token": "${SLACK_TOKEN}",
                "slack_signing_secret": "${SLACK_SIGNING_SECRET}",
                "use_threads": True,
            }
            if env.get("SLACK_CHANNEL"):
                slack["slack_channel"] = "${SLACK_CHANNEL}"
            data[cls] = slack
        else:
            data[cls] = None
    return data


def write_runtime_files(
    directory: Path, action_url: str, channels: Sequence[str], env: Mapping[str, str]
) -> tuple[Path, Path, dict[str, str]]:
    """Write endpoints.yml and credentials.yml into `directory`; return their paths and secret env vars."""
    directory.mkdir(parents=True, exist_ok=True)
    endpoints_data, secrets = endpoints(action_url, env)
    endpoints_path = directory / "endpoints.yml"
    credentials_path = directory / "credentials.yml"
    endpoints_path.write_text(yaml.safe_dump(endpoints_data, sort_keys=False), encoding="utf-8")
    credentials_path.write_text(
        yaml.safe_dump(credentials(channels, env), sort_keys=False), encoding="utf-8"
    )
    return endpoints_path, credentials_path, secrets
