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

    with open(DATA_DIR / f"{name}.yml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)
