"""Intent macro-F1 and entity F1 of a trained Rasa model on the held-out NLU file.

`rasa test nlu` skips pre-trained extractors (our SpacyEntityExtractor) in its entity evaluation, so this
script parses every held-out example with the model itself and scores:
  * intent accuracy and macro-F1 (the final intent, so an `nlu_fallback` counts as an error, except for
    gold `out_of_scope` examples, where falling back is the right behaviour);
  * entity precision/recall/F1 (exact span text + label match, micro-averaged) for the labels the held-out
    files annotate (role, place, skill), per label too;
  * a sweep of FallbackClassifier threshold / ambiguity_threshold on the raw intent ranking.

Usage (default: the newest model in models/ on the four held-out files, with a line per file):
  .venv/bin/python -m bench.nlu_report [--errors]
  .venv/bin/python bench/nlu_report.py --model /tmp/nlu-models/dev-nlu.tar.gz [--nlu tests/nlu/test_nlu.yml]
  .venv/bin/python bench/nlu_report.py --model M --nlu tests/nlu/test_nlu.yml tests/nlu/ood_probe.yml
  .venv/bin/python bench/nlu_report.py --results /tmp/nlu-results   # macro-F1 from `rasa test nlu` output
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FALLBACK = "nlu_fallback"
HELD_OUT = [Path("tests/nlu") / name
            for name in ("test_nlu.yml", "test_nlu_blind.yml", "test_nlu_final.yml", "test_nlu_roles.yml")]
OUT_OF_SCOPE = "out_of_scope"


@dataclass
class Example:
    """One held-out example: text, gold intent and gold (label, text) entities."""

    text: str
    intent: str
    entities: list[tuple[str, str]]


@dataclass
class Prediction:
    """The model's output for one example: raw ranking (without fallback) and entities."""

    ranking: list[tuple[str, float]]
    final_intent: str
    entities: list[tuple[str, str]]


def load_examples(paths: list[Path]) -> list[Example]:
    """Read Rasa YAML NLU files with Rasa's own reader (entity annotations included)."""
    from rasa.shared.nlu.training_data.loading import load_data

    out = []
    for path in paths:
        out += _load_one(path, load_data)
    return out


def _load_one(path: Path, load_data: Any) -> list[Example]:
    data = load_data(str(path))
    out = []
    for msg in data.intent_examples:
        text = msg.get("text")
        ents = [(e["entity"], text[e["start"] : e["end"]].lower()) for e in msg.get("entities", []) or []]
        out.append(Example(text=text, intent=msg.get("intent"), entities=ents))
    return out


async def _parse_all(model: Path, texts: list[str]) -> list[dict[str, Any]]:
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)

    agent = Agent.load(str(model))
    return [await agent.parse_message(t) for t in texts]


def predict(model: Path, examples: list[Example]) -> list[Prediction]:
    """Parse every example with the trained model."""
    parsed = asyncio.run(_parse_all(model, [e.text for e in examples]))
    preds = []
    for p in parsed:
        ranking = [
            (r["name"], float(r["confidence"])) for r in p.get("intent_ranking", []) if r["name"] != FALLBACK
        ]
        ranking.sort(key=lambda r: -r[1])
        # The surface text, as the held-out files annotate it (the value is the store's canonical id).
        ents = [(e["entity"], str(e.get("text") or e["value"]).lower()) for e in p.get("entities", [])]
        preds.append(Prediction(ranking=ranking, final_intent=p["intent"]["name"], entities=ents))
    return preds


def macro_f1(gold: list[str], pred: list[str]) -> tuple[float, float, dict[str, float]]:
    """(accuracy, macro-F1 over gold labels, per-label F1). A fallback for out_of_scope counts as correct."""
    pred = [
        OUT_OF_SCOPE if (p == FALLBACK and g == OUT_OF_SCOPE) else p for g, p in zip(gold, pred, strict=True)
    ]
    labels = sorted(set(gold))
    per: dict[str, float] = {}
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)
    return acc, sum(per.values()) / len(per), per


# Labels the held-out files annotate. CareerEntities also emits level, currency, superlative and pay
# entities, which no held-out file annotates; they are left out of the score rather than counted as errors.
SCORED_LABELS = frozenset({"role", "place", "skill"})


def entity_scores(examples: list[Example], preds: list[Prediction]) -> dict[str, tuple[float, float, float]]:
    """Micro P/R/F1 of (label, text) matches over SCORED_LABELS, overall ("all") and per label."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for ex, pr in zip(examples, preds, strict=True):
        gold = Counter(e for e in ex.entities if e[0] in SCORED_LABELS)
        got = Counter(e for e in pr.entities if e[0] in SCORED_LABELS)
        for (label, _), n in (gold & got).items():
            for key in (label, "all"):
                counts[key]["tp"] += n
        for (label, _), n in (got - gold).items():
            for key in (label, "all"):
                counts[key]["fp"] += n
        for (label, _), n in (gold - got).items():
            for key in (label, "all"):
                counts[key]["fn"] += n
    out = {}
    for key, c in sorted(counts.items()):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        out[key] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def with_fallback(pred: Prediction, threshold: float, ambiguity: float) -> str:
    """What FallbackClassifier would output for this raw ranking."""
    if not pred.ranking:
        return FALLBACK
    top = pred.ranking[0][1]
    second = pred.ranking[1][1] if len(pred.ranking) > 1 else 0.0
    if top < threshold or top - second < ambiguity:
        return FALLBACK
    return pred.ranking[0][0]


def sweep(examples: list[Example], preds: list[Prediction]) -> list[tuple[float, float, float, float, float]]:
    """(threshold, ambiguity, macro-F1, accuracy, in-scope fallback rate) over a grid."""
    gold = [e.intent for e in examples]
    rows = []
    in_scope = [i for i, g in enumerate(gold) if g != OUT_OF_SCOPE]
    for threshold in (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
        for ambiguity in (0.0, 0.02, 0.05, 0.1):
            final = [with_fallback(p, threshold, ambiguity) for p in preds]
            acc, f1, _ = macro_f1(gold, final)
            fb = sum(1 for i in in_scope if final[i] == FALLBACK) / max(1, len(in_scope))
            rows.append((threshold, ambiguity, f1, acc, fb))
    return rows


def report_model(model: Path, nlu: list[Path], show_errors: bool) -> None:
    """Print intent and entity scores, the fallback sweep and (optionally) the errors."""
    per_file = [(path, load_examples([path])) for path in nlu]
    examples = [e for _, file_examples in per_file for e in file_examples]
    preds = predict(model, examples)
    gold = [e.intent for e in examples]
    if len(per_file) > 1:
        start = 0
        for path, file_examples in per_file:
            part = slice(start, start + len(file_examples))
            start += len(file_examples)
            _, file_f1, _ = macro_f1(gold[part], [p.final_intent for p in preds[part]])
            file_ents = entity_scores(file_examples, preds[part]).get("all", (0.0, 0.0, 0.0))
            print(f"{path}: {len(file_examples)} examples, intent macro-F1 {file_f1:.4f}, "
                  f"entity F1 {file_ents[2]:.4f}")
    raw = [p.ranking[0][0] if p.ranking else FALLBACK for p in preds]
    final = [p.final_intent for p in preds]
    acc_raw, f1_raw, _ = macro_f1(gold, raw)
    acc, f1, per = macro_f1(gold, final)
    print(f"held-out examples: {len(examples)}  files: {', '.join(map(str, nlu))}  model: {model}")
    print(f"intent macro-F1 (configured fallback): {f1:.4f}  accuracy {acc:.4f}")
    print(f"intent macro-F1 (no fallback)        : {f1_raw:.4f}  accuracy {acc_raw:.4f}")
    weak = {k: round(v, 3) for k, v in per.items() if v < 0.95}
    print(f"intents below 0.95 F1: {weak or 'none'}")
    for key, (p, r, f) in entity_scores(examples, preds).items():
        print(f"entity F1 [{key}]: P {p:.4f} R {r:.4f} F1 {f:.4f}")
    print("fallback sweep (threshold, ambiguity -> macro-F1, accuracy, in-scope fallback rate):")
    for t, a, f, ac, fb in sweep(examples, preds):
        print(f"  {t:.2f} {a:.2f} -> {f:.4f} {ac:.4f} {fb:.3f}")
    if show_errors:
        for ex, pr, fi in zip(examples, preds, final, strict=True):
            if fi != ex.intent and not (fi == FALLBACK and ex.intent == OUT_OF_SCOPE):
                conf = pr.ranking[0][1] if pr.ranking else 0.0
                print(f"  ERR {ex.intent} -> {fi} ({conf:.2f}) | {ex.text}")
            if Counter(ex.entities) != Counter(pr.entities):
                print(f"  ENT {ex.entities} != {pr.entities} | {ex.text}")


def report_results(results: Path) -> None:
    """Macro-F1 from the intent_report.json written by `rasa test nlu --out DIR`."""
    data = json.loads((results / "intent_report.json").read_text(encoding="utf-8"))
    macro = data["macro avg"]["f1-score"]
    print(f"intent macro-F1 (rasa test nlu): {macro:.4f}  accuracy {data['accuracy']:.4f}")
    ent = results / "SpacyEntityExtractor_report.json"
    if ent.exists():
        e = json.loads(ent.read_text(encoding="utf-8"))
        print(f"entity F1 (rasa test nlu): {e['micro avg']['f1-score']:.4f}")
    else:
        print("entity F1: not in rasa's results (it skips pre-trained extractors); run with --model")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, help="trained model .tar.gz (default: the newest in models/)")
    parser.add_argument("--nlu", type=Path, nargs="+", default=HELD_OUT,
                        help="held-out NLU file(s); add tests/nlu/ood_probe.yml to tune the fallback")
    parser.add_argument("--results", type=Path, help="output directory of `rasa test nlu`")
    parser.add_argument("--errors", action="store_true", help="list misclassified examples")
    args = parser.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    if args.results:
        report_results(args.results)
    if args.model:
        report_model(args.model, args.nlu, args.errors)
    if not args.results and not args.model:
        from bot.launcher import latest_model

        report_model(latest_model(), args.nlu, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
