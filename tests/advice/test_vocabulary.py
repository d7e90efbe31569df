"""skill_patterns(store): EntityRuler patterns for the NLU builder, built from store.terms() + lexicon."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.advice.vocabulary import build_vocabulary, skill_patterns
from bot.store import KnowledgeStore


def test_patterns_are_skill_patterns_with_canonical_ids(advice_store: KnowledgeStore) -> None:
    patterns = skill_patterns(advice_store)
    assert patterns and all(p["label"] == "skill" and p["id"] for p in patterns)
    by_id: dict[str, list[object]] = {}
    for p in patterns:
        by_id.setdefault(p["id"], []).append(p["pattern"])
    assert "postgres" in by_id["PostgreSQL"]
    assert "js" in by_id["JavaScript"]
    assert "gcp" in by_id["Google Cloud"]
    assert "golang" in by_id["Go"]
    assert "k8s" in by_id["Kubernetes"]
    # "Go" only as an exact-case token, never the lowercase phrase "go"
    assert [{"ORTH": "Go"}] in by_id["Go"] and "go" not in by_id["Go"]


def test_every_store_term_has_a_pattern(advice_store: KnowledgeStore) -> None:
    vocab = build_vocabulary(advice_store)
    ids = {p["id"] for p in skill_patterns(advice_store)}
    for term in advice_store.terms():
        name = vocab.canonical(term.name)
        assert name is not None, term.name
        if not vocab.entries[name].generic:
            assert name in ids, term.name


def test_a_new_document_brings_its_own_vocabulary(extended_store: KnowledgeStore) -> None:
    patterns = skill_patterns(extended_store)
    assert {"label": "skill", "pattern": "quarkflow", "id": "Quarkflow"} in patterns


def _check_pipeline(nlp: Any) -> None:
    ents = {(e.text, e.label_, e.ent_id_) for e in nlp("I know Go and Postgres").ents}
    assert ("Go", "skill", "Go") in ents and ("Postgres", "skill", "PostgreSQL") in ents
    assert not [e for e in nlp("how do I go about it").ents if e.label_ == "skill"]


def test_patterns_work_in_a_ruler_configured_like_the_nlu_model(advice_store: KnowledgeStore) -> None:
    """Same setup as bot.nlp.spacy_model: blank("en"), LOWER phrase matching, string patterns lowercased."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns([{**p, "pattern": p["pattern"].lower()} if isinstance(p["pattern"], str) else p  # type: ignore[attr-defined]
                        for p in skill_patterns(advice_store)])
    _check_pipeline(nlp)


def test_nlu_builder_accepts_the_patterns(advice_store: KnowledgeStore, tmp_path: Path) -> None:
    import spacy

    from bot.nlp.spacy_model import build_spacy_model

    out = build_spacy_model(advice_store, tmp_path / "spacy_model", skill_patterns(advice_store))
    _check_pipeline(spacy.load(out))
