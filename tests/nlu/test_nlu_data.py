"""NLU/dialogue data consistency: coverage per intent, no train/test leakage, a rule for every intent."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot import config

ROOT = config.PROJECT_ROOT
HELD_OUT = sorted((ROOT / "tests" / "nlu").glob("test_nlu*.yml"))
# greet goes to action_answer (the greeting names the store's roles); goodbye and thanks are responses.
SMALLTALK = {"goodbye": "utter_goodbye", "thanks": "utter_thanks"}


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _examples(path: Path) -> dict[str, list[str]]:
    """intent -> plain example texts (entity annotations stripped, lowercased, punctuation-free)."""
    out: dict[str, list[str]] = {}
    for block in _load(path)["nlu"]:
        if "intent" not in block:
            continue
        texts = [line[2:] for line in block["examples"].splitlines() if line.startswith("- ")]
        out[block["intent"]] = [_plain(t) for t in texts]
    return out


def _plain(text: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@pytest.fixture(scope="module")
def domain_intents() -> list[str]:
    return list(_load(ROOT / "domain.yml")["intents"])


@pytest.fixture(scope="module")
def training() -> dict[str, list[str]]:
    return _examples(ROOT / "data" / "nlu.yml")


def test_every_intent_has_enough_training_examples(domain_intents: list[str],
                                                   training: dict[str, list[str]]) -> None:
    assert set(training) == set(domain_intents)
    thin = {i: len(training[i]) for i in domain_intents if len(training[i]) < 25}
    assert not thin, f"intents with fewer than 25 examples: {thin}"


def test_no_duplicate_training_examples(training: dict[str, list[str]]) -> None:
    counts = Counter(t for texts in training.values() for t in texts if t)  # "?" and "$$$?" normalise to ""
    assert [t for t, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
def test_held_out_covers_every_intent_without_leakage(path: Path, domain_intents: list[str],
                                                      training: dict[str, list[str]]) -> None:
    held = _examples(path)
    assert set(held) == set(domain_intents)
    if path.name == "test_nlu.yml":
        assert min(len(v) for v in held.values()) >= 8
    seen = {t for texts in training.values() for t in texts}
    leaked = [t for texts in held.values() for t in texts if t in seen]
    # A few two-word fragments ("and delhi") are bound to coincide; whole sentences must not.
    assert [t for t in leaked if len(t.split()) > 2] == []


def test_rules_route_every_intent(domain_intents: list[str]) -> None:
    routes: dict[str, str] = {}
    for rule in _load(ROOT / "data" / "rules.yml")["rules"]:
        steps = rule["steps"]
        assert len(steps) == 2, rule["rule"]
        routes[steps[0]["intent"]] = steps[1]["action"]
    for intent in [*domain_intents, "nlu_fallback"]:
        assert routes.get(intent) == SMALLTALK.get(intent, "action_answer"), intent


def test_domain_slots_are_set_by_the_action_only() -> None:
    slots = _load(ROOT / "domain.yml")["slots"]
    assert set(slots) == {"role", "place", "topic", "skills"}
    for name, slot in slots.items():
        assert slot["influence_conversation"] is False, name
        assert slot["mappings"] == [{"type": "custom"}], name
    assert slots["skills"]["type"] == "list"
