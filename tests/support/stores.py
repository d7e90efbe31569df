"""Knowledge stores built from real documents for tests (temp SQLite files)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.config import PROJECT_ROOT, documents_dir
from bot.ingest import ingest
from bot.store import KnowledgeStore, open_store

DOCS = documents_dir()
CORPUS_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "documents"  # pages of many genres and occupations
FIXTURE_DOCS = CORPUS_DOCS / "data-engineer-career-guide.txt"  # the page the original suites use
HELDOUT_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "heldout"  # scored only, never tuned on
HELDOUT2_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "heldout2"  # written blind, since inspected
HELDOUT3_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "heldout3"  # a third set, scored only, never tuned on
SET4_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "set4"  # written blind as development data
SET5_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "set5"  # written blind as development data
SET6_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "set6"  # written blind as development data
SET7_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "set7"  # written blind as development data
SET8_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "set8"  # written blind as development data
SET9_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "set9"  # written blind as development data
SET10_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "set10"  # written blind as development data
SET11_DOCS = PROJECT_ROOT / "tests" / "fixtures" / "set11"  # written blind as development data


def build_store(db_file: Path, sources: Sequence[Path] = (DOCS,)) -> str:
    """Ingest `sources` into a fresh SQLite file and return its URL."""
    url = f"sqlite:///{db_file}"
    store = open_store(url)
    try:
        ingest(store, list(sources), progress=False)
    finally:
        store.close()
    return url


def open_built_store(db_file: Path, sources: Sequence[Path] = (DOCS,)) -> KnowledgeStore:
    """`build_store`, then open it (the caller closes it)."""
    return open_store(build_store(db_file, sources))
