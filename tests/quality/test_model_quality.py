"""The trained model's quality: intent macro-F1 and entity F1 on held-out data, and the test stories."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.nlu_report import entity_scores, load_examples, macro_f1, predict
from bot import config
from bot.launcher import latest_model

HELD_OUT = [config.PROJECT_ROOT / "tests" / "nlu" / name
            for name in ("test_nlu.yml", "test_nlu_blind.yml", "test_nlu_final.yml")]
# Many occupations and the six any-occupation intents; written before that training data, never tuned on.
ROLES_HELD_OUT = config.PROJECT_ROOT / "tests" / "nlu" / "test_nlu_roles.yml"


@pytest.fixture(scope="module")
def model() -> Path:
    return latest_model()


def test_held_out_intent_and_entity_f1(model: Path) -> None:
    """Targets from the conversation issue: intent macro-F1 >= 0.95 on data never used for training."""
    examples = load_examples(HELD_OUT)
    preds = predict(model, examples)
    _, f1, _ = macro_f1([e.intent for e in examples], [p.final_intent for p in preds])
    entities = entity_scores(examples, preds)
    print(f"held-out intent macro-F1 {f1:.3f}, entity F1 {entities['all'][2]:.3f} ({len(examples)} examples)")
    # The target is 0.95 (README). Since the training data was spread over ~90 occupations and six
    # intents were added (issue #10) the measured figure is 0.948; this floor guards against a further
    # regression and the README reports the figure against the target, not met.
    assert f1 >= 0.94
    assert entities["all"][2] >= 0.95


def test_rasa_test_stories_pass(model: Path, tmp_path: Path) -> None:
    """`rasa test core --fail-on-prediction-errors` on the test stories."""
    rasa = Path(sys.executable).parent / "rasa"
    result = subprocess.run(  # noqa: S603
        [str(rasa), "test", "core", "--stories", "tests/stories", "--model", str(model),
         "--fail-on-prediction-errors", "--out", str(tmp_path / "results")],
        cwd=config.PROJECT_ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_held_out_occupations_intent_f1(model: Path) -> None:
    """The occupations file is reported on its own. Its floor (0.90) is a regression guard set after its
    one honest score (0.924 on 2026-12-01), not a target the data was tuned to."""
    examples = load_examples([ROLES_HELD_OUT])
    preds = predict(model, examples)
    _, f1, _ = macro_f1([e.intent for e in examples], [p.final_intent for p in preds])
    entities = entity_scores(examples, preds)
    print(f"occupations held-out intent macro-F1 {f1:.3f}, entity F1 {entities['all'][2]:.3f} "
          f"({len(examples)} examples)")
    assert f1 >= 0.90

