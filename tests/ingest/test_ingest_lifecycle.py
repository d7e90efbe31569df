"""Idempotence, updates, removals and rejection of malformed files (store unchanged, CLI exits non-zero)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.ingest import IngestError, ingest
from bot.store import KnowledgeStore


def test_reingest_is_idempotent(fresh_store: KnowledgeStore, docs_copy: Path) -> None:
    first = ingest(fresh_store, [docs_copy], progress=False)
    assert len(first.added) == 4 and first.roles == 2 and first.salaries == 14
    before = fresh_store.checksum()
    gen = fresh_store.generation()
    again = ingest(fresh_store, [docs_copy], progress=False)
    assert again.added == [] and again.updated == [] and len(again.unchanged) == 4
    assert fresh_store.checksum() == before
    assert fresh_store.generation() == gen


def test_changed_file_replaces_its_facts(fresh_store: KnowledgeStore, docs_copy: Path) -> None:
    ingest(fresh_store, [docs_copy], progress=False)
    doc = docs_copy / "backend-software-engineer-careers.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace("$110,000", "$111,500"), encoding="utf-8")
    summary = ingest(fresh_store, [docs_copy], progress=False)
    assert [Path(p).name for p in summary.updated] == [doc.name] and len(summary.unchanged) == 3
    avg = [s.amount for s in fresh_store.salaries("Backend Software Engineer") if s.statistic == "average"]
    assert avg == [111_500]
    assert len(fresh_store.facts("Backend Software Engineer", "top_skills")) == 5


def test_removed_file_and_orphan_role_go(fresh_store: KnowledgeStore, docs_copy: Path) -> None:
    ingest(fresh_store, [docs_copy], progress=False)
    (docs_copy / "senior-backend-software-engineer-careers.txt").unlink()
    summary = ingest(fresh_store, [docs_copy], progress=False)
    assert [Path(p).name for p in summary.removed] == ["senior-backend-software-engineer-careers.txt"]
    assert [r.name for r in fresh_store.roles()] == ["Backend Software Engineer"]
    assert fresh_store.salaries("Senior Backend Software Engineer") == []
    fallback = fresh_store.resolve_role("senior backend engineer")
    assert fallback is not None and fallback.name == "Backend Software Engineer"
    assert all(s.amount != 120_000 for s in fresh_store.salaries())


def _malformed(kind: str, path: Path) -> Path:
    target = path / f"bad-{kind}.txt"
    if kind == "empty":
        target.write_text("  \n\n", encoding="utf-8")
    elif kind == "binary":
        target.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    elif kind == "latin1":
        target.write_bytes(
            "Caf\xe9 Manager jobs & Careers\n\nA caf\xe9 manager runs a caf\xe9.".encode("latin-1")
        )
    elif kind == "huge":
        target.write_text("Data Engineer\n\n" + ("word " * 1_100_000), encoding="utf-8")
    elif kind == "notitle":
        target.write_text(
            "This page starts with a long sentence instead of a title, so it has no role at all.\n"
            "\nMore text.\n",
            encoding="utf-8",
        )
    return target


def test_legacy_encoding_decoded_with_warning(fresh_store: KnowledgeStore, docs_copy: Path) -> None:
    """A Windows-1252/Latin-1 page is read (issue #10), with a warning naming the file."""
    bad = _malformed("latin1", docs_copy)
    summary = ingest(fresh_store, [docs_copy], progress=False)
    assert any(bad.name in w for w in summary.warnings)
    assert any(r.name == "Caf\xe9 Manager" for r in fresh_store.roles())


@pytest.mark.parametrize("kind", ["empty", "binary", "huge", "notitle"])
def test_malformed_file_rejected_store_unchanged(
    fresh_store: KnowledgeStore, docs_copy: Path, kind: str
) -> None:
    ingest(fresh_store, [docs_copy], progress=False)
    before = fresh_store.checksum()
    bad = _malformed(kind, docs_copy)
    doc = docs_copy / "backend-software-engineer-careers.txt"
    doc.write_text(doc.read_text(encoding="utf-8").replace("$110,000", "$99,000"), encoding="utf-8")
    with pytest.raises(IngestError) as err:
        ingest(fresh_store, [docs_copy], progress=False)
    assert [Path(e.path).name for e in err.value.errors] == [bad.name]
    assert bad.name in str(err.value)
    assert fresh_store.checksum() == before, "a rejected run must not write the valid files either"


def test_cli_rejects_malformed_file(tmp_path: Path, docs_copy: Path) -> None:
    bad = _malformed("binary", tmp_path)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "PYTHONPATH": str(PROJECT_ROOT)}
    ok = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", "-q", str(docs_copy)],
        env=env,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert "4 added" in ok.stdout and "salaries" in ok.stdout and "facts: top_skills" in ok.stdout
    res = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(docs_copy), str(bad)],
        env=env,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=120,
    )
    assert res.returncode != 0
    assert bad.name in res.stderr and "binary" in res.stderr
    stats = subprocess.run(
        [sys.executable, "-m", "bot", "stats"],
        env=env,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=120,
    )
    assert stats.returncode == 0 and "| salaries " in stats.stdout and "14" in stats.stdout


def test_default_directory_sync(
    monkeypatch: pytest.MonkeyPatch, fresh_store: KnowledgeStore, docs_copy: Path
) -> None:
    monkeypatch.setenv("DOCUMENTS_DIR", str(docs_copy))
    assert len(ingest(fresh_store, progress=False).added) == 4
    (docs_copy / "software-engineer-backend-career-guide.txt").unlink()
    summary = ingest(fresh_store, progress=False)
    assert len(summary.removed) == 1
    assert fresh_store.salaries(place="London") == []
    assert len(fresh_store.salaries()) == 2


def test_parser_change_reparses_everything(fresh_store: KnowledgeStore, docs_copy: Path) -> None:
    from sqlalchemy import update

    from bot.store.models import Meta

    ingest(fresh_store, [docs_copy], progress=False)
    before = fresh_store.checksum()
    with fresh_store.session() as s, s.begin():
        s.execute(update(Meta).where(Meta.key == "parser").values(value="an older parser"))
    summary = ingest(fresh_store, [docs_copy], progress=False)
    assert len(summary.updated) == 4 and summary.unchanged == []
    assert fresh_store.checksum() == before
    assert len(ingest(fresh_store, [docs_copy], progress=False).unchanged) == 4
