"""The spaCy entity-ruler builder: patterns, determinism, skip-when-unchanged, atomic replace, extraction."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import spacy

from bot.ingest import ingest
from bot.nlp.spacy_model import (
    FINGERPRINT_FILE,
    build_spacy_model,
    collect_patterns,
    plural,
)
from bot.store import open_store

BACKEND = "Backend Software Engineer"
SENIOR = "Senior Backend Software Engineer"


class FakeStore:
    """Exposes entity_names() and terms() like the knowledge store."""

    def __init__(self, roles: dict[str, list[str]] | None = None, places: dict[str, list[str]] | None = None):
        self.roles = roles or {
            BACKEND: ["backend software engineer", "software engineer - backend", "back-end developer",
                      "backend dev", "backend engineer"],
            SENIOR: ["senior backend software engineer", "senior backend engineer"],
        }
        self.places = places or {"New York": ["new york", "nyc"], "London": ["london"], "Sydney": ["sydney"],
                                 "United States": ["US"]}

    def entity_names(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        return {"role": [(r, tuple(a)) for r, a in self.roles.items()],
                "place": [(p, tuple(a)) for p, a in self.places.items()]}

    def terms(self, role: str | None = None) -> list[Any]:
        return []

    def resolve_role(self, text: str) -> Any:
        return None


SKILLS: list[dict[str, Any]] = [{"label": "skill", "pattern": "python", "id": "Python"},
          {"label": "skill", "pattern": "mysql", "id": "MySQL"},
          {"label": "skill", "pattern": [{"ORTH": "Go"}], "id": "Go"}]


def _ents(model: Path, text: str) -> list[tuple[str, str, str]]:
    nlp = spacy.load(model)
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


def _digest(directory: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(directory)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_spacy_model(FakeStore(), tmp_path_factory.mktemp("nlp") / "spacy_model", SKILLS)


def test_extracts_roles_places_and_skills(model: Path) -> None:
    assert _ents(model, "how much do backend devs make in NYC?") == [
        ("backend devs", "role", BACKEND), ("NYC", "place", "New York")]
    assert _ents(model, "Senior Backend Engineers in London") == [
        ("Senior Backend Engineers", "role", SENIOR), ("London", "place", "London")]
    assert _ents(model, "I know Python, MySQL and Go") == [
        ("Python", "skill", "Python"), ("MySQL", "skill", "MySQL"), ("Go", "skill", "Go")]


def test_role_variants_plural_and_field(model: Path) -> None:
    assert _ents(model, "what about back-end developers") == [("back-end developers", "role", BACKEND)]
    assert _ents(model, "explain backend engineering") == [("backend engineering", "role", BACKEND)]


def test_unknown_occupations_get_unknown_ids(model: Path) -> None:
    assert _ents(model, "how much do nurses make in Sydney") == [
        ("nurses", "role", "unknown:nurse"), ("Sydney", "place", "Sydney")]
    assert _ents(model, "what do data engineers earn") == [
        ("data engineers", "role", "unknown:data engineer")]


def test_ambiguous_words_are_case_sensitive(model: Path) -> None:
    assert _ents(model, "can you help us, what should I go for") == []
    assert _ents(model, "salaries in the US") == [("US", "place", "United States")]


def test_unknown_lexicon_skips_roles_the_store_covers() -> None:
    store = FakeStore(roles={"Data Engineer": ["data engineer"], "Nurse": ["nurses"]})
    ids = {p.get("id") for p in collect_patterns(store, [])}
    assert "unknown:data engineer" not in ids and "unknown:nurse" not in ids
    assert "unknown:teacher" in ids and "Data Engineer" in ids


def test_extra_patterns_are_added_and_foreign_labels_dropped() -> None:
    extra = [{"label": "skill", "pattern": "Kubernetes", "id": "Kubernetes"},
             {"label": "colour", "pattern": "red", "id": "red"}]
    patterns = collect_patterns(FakeStore(), extra)
    assert {"label": "skill", "pattern": "kubernetes", "id": "Kubernetes"} in patterns
    assert all(p["label"] in {"role", "place", "skill"} for p in patterns)


def test_plural() -> None:
    assert [plural(w) for w in ("backend dev", "nurse", "waitress", "secretary", "chef")] == [
        "backend devs", "nurses", "waitresses", "secretaries", "chefs"]


def test_build_is_deterministic(tmp_path: Path) -> None:
    a = build_spacy_model(FakeStore(), tmp_path / "a", SKILLS)
    reordered = list(reversed(SKILLS))
    b = build_spacy_model(FakeStore(), tmp_path / "b", reordered)
    assert _digest(a) == _digest(b)


def test_unchanged_patterns_skip_rebuild_and_changes_replace_atomically(tmp_path: Path) -> None:
    out = tmp_path / "spacy_model"
    build_spacy_model(FakeStore(), out, SKILLS)
    marker = out / FINGERPRINT_FILE
    stamp = marker.stat().st_mtime_ns
    before = _digest(out)
    build_spacy_model(FakeStore(), out, SKILLS)
    assert marker.stat().st_mtime_ns == stamp and _digest(out) == before

    bigger = FakeStore(places={"Madrid": ["madrid"]})
    build_spacy_model(bigger, out, SKILLS)
    assert _digest(out) != before
    assert _ents(out, "salary in Madrid") == [("Madrid", "place", "Madrid")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spacy_model"]  # no temp dirs left behind


def test_failed_build_keeps_previous_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "spacy_model"
    build_spacy_model(FakeStore(), out, SKILLS)
    before = _digest(out)

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("bot.nlp.spacy_model._write_pipeline", boom)
    with pytest.raises(RuntimeError):
        build_spacy_model(FakeStore(places={"Paris": ["paris"]}), out, SKILLS)
    assert _digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spacy_model"]


def test_real_store_patterns(tmp_path: Path) -> None:
    """With the real store built from data/documents: documented roles, cities and skills are found."""
    store = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    try:
        ingest(store, None, progress=False)
        out = build_spacy_model(store, tmp_path / "spacy_model")
    finally:
        store.close()
    assert _ents(out, "how much does a Software Engineer - Backend make in Bangalore") == [
        ("Software Engineer - Backend", "role", BACKEND), ("Bangalore", "place", "Bengaluru")]
    assert ("backend", "role", BACKEND) in _ents(out, "skills for backend")
    assert ("Python", "skill", "Python") in _ents(out, "I know Python and MySQL")
    assert _ents(out, "how much do nurses make") == [("nurses", "role", "unknown:nurse")]


def test_trade_slang_is_no_skill_name(model: Path) -> None:
    assert [e for e in _ents(model, "do u need spark for this") if e[1] == "role"] == []  # Apache Spark
    assert [e[:2] for e in _ents(model, "how much does a sparky make")] == [("sparky", "role")]
