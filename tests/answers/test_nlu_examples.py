"""Every training example of data/nlu.yml, with its annotated entities, gets a sound answer.

Sound: non-empty text, no number absent from the store, a "Source:" line matching Reply.sources
whenever facts are shown, and plain-text question payloads on the buttons.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from bot import config
from bot.config import PROJECT_ROOT
from bot.core.types import Query
from bot.dispatch import answer
from tests.support.numbers import document_numbers, invented_numbers, numbers_in

ANNOTATION = re.compile(r"\[([^\]]+)\]\((\w+)\)")
ADVICE = {"tell_skills", "ask_skill_gap", "forget_skills"}


def examples() -> list[tuple[str, str, list[dict[str, Any]]]]:
    path = Path(PROJECT_ROOT) / "data" / "nlu.yml"
    if not path.exists():
        return []
    out = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
        if "intent" not in item or item["intent"] in ADVICE:
            continue
        for line in str(item.get("examples") or "").splitlines():
            raw = line.strip().removeprefix("- ").strip()
            if raw:
                ents = [{"entity": m.group(2), "value": m.group(1)} for m in ANNOTATION.finditer(raw)]
                out.append((item["intent"], ANNOTATION.sub(r"\1", raw), ents))
    return out


EXAMPLES = examples()


def test_every_nlu_example_gets_a_sound_answer(store):
    assert EXAMPLES, "data/nlu.yml is missing or has no training examples"
    allowed = document_numbers([config.documents_dir()])
    slots = {"role": "Backend Software Engineer", "topic": "salary", "place": "London"}
    problems = []
    for intent, text, ents in EXAMPLES:
        reply = answer(store, Query(intent, text, ents, dict(slots) if intent.startswith("followup") else {}))
        lines = reply.text.strip().splitlines()
        if not lines:
            problems.append((intent, text, "empty"))
            continue
        invented = invented_numbers(reply.text, allowed | numbers_in(text))  # the user's own numbers may echo
        if invented:
            problems.append((intent, text, f"numbers {invented}"))
        if reply.sources and lines[-1] != "Source: " + "; ".join(reply.sources):
            problems.append((intent, text, "source line"))
        if any(not b["payload"].endswith("?") for b in reply.buttons):
            problems.append((intent, text, "button payload"))
    assert not problems, problems[:10]
    assert len(EXAMPLES) > 100
