"""Settings read from the environment; nothing is opened at import time."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def build_dir() -> Path:
    """Directory for generated artefacts (store file, spaCy model); git-ignored."""
    return Path(os.environ.get("BOT_BUILD_DIR", PROJECT_ROOT / "build"))


def database_url() -> str:
    """SQLAlchemy URL of the knowledge store (`DATABASE_URL`), a SQLite file by default."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{build_dir() / 'knowledge.db'}"


def documents_dir() -> Path:
    """Directory holding the career documents (`DOCUMENTS_DIR`)."""
    return Path(os.environ.get("DOCUMENTS_DIR", PROJECT_ROOT / "data" / "documents"))


def spacy_model_dir() -> Path:
    """Directory of the blank spaCy pipeline with the store's entity ruler."""
    return Path(os.environ.get("SPACY_MODEL_DIR", build_dir() / "spacy_model"))


def turn_timeout_seconds() -> float:
    """Seconds after which a turn is answered with an apology (`BOT_TURN_TIMEOUT_SECONDS`, 10)."""
    return float(os.environ.get("BOT_TURN_TIMEOUT_SECONDS", "10"))
