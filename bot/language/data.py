"""Loading of the language layer's YAML tables (bot/data/*.yml), once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def table(name: str) -> Any:
    """The parsed YAML file bot/data/<name>.yml."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: ~10x faster
    with open(DATA_DIR / f"{name}.yml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader
