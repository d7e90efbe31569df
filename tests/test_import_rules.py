"""Who may import whom (docs/design.md): checked on the source, so a violation fails before it runs.

- bot.store and bot.ingest never import Rasa; bot.store never imports spaCy;
- bot.language imports neither Rasa nor spaCy (it is loaded in the action server);
- bot.answers and bot.advice never import each other (bot.dispatch joins them);
- the action server's packages (actions, bot.dispatch, bot.answers, bot.advice, bot.core) never import
  spaCy, directly or through a bot module they import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT

BOT = PROJECT_ROOT / "bot"


def _module(path: Path) -> str:
    rel = path.relative_to(PROJECT_ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Absolute module names a file imports (anywhere in it, lazily or not)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def files(package: str) -> list[Path]:
    """The Python files of a package (a directory under the project root) or a module."""
    path = PROJECT_ROOT / package.replace(".", "/")
    return sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]


def _hits(package: str, forbidden: tuple[str, ...]) -> list[str]:
    out = []
    for f in files(package):
        for name in imports_of(f):
            if any(name == p or name.startswith(p + ".") for p in forbidden):
                out.append(f"{f.relative_to(PROJECT_ROOT)} imports {name}")
    return out


@pytest.mark.parametrize(("package", "forbidden"), [
    ("bot.store", ("rasa", "rasa_sdk", "spacy", "thinc")),
    ("bot.ingest", ("rasa", "rasa_sdk")),
    ("bot.language", ("rasa", "rasa_sdk", "spacy", "thinc")),
    ("bot.core", ("rasa", "rasa_sdk", "spacy", "bot.answers", "bot.advice")),
    ("bot.answers", ("rasa", "rasa_sdk", "spacy", "bot.advice")),
    ("bot.advice", ("rasa", "rasa_sdk", "spacy", "bot.answers")),
])
def test_package_does_not_import(package: str, forbidden: tuple[str, ...]) -> None:
    assert _hits(package, forbidden) == []


def _closure(start: list[str]) -> set[str]:
    """Every bot module reachable by imports from `start` (module names)."""
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = PROJECT_ROOT / name.replace(".", "/")
        for candidate in (path.with_suffix(".py"), path / "__init__.py"):
            if candidate.is_file():
                todo.extend(n for n in imports_of(candidate) if n.split(".")[0] in ("bot", "actions")
                            and ((PROJECT_ROOT / n.replace(".", "/")).with_suffix(".py").is_file()
                                 or (PROJECT_ROOT / n.replace(".", "/") / "__init__.py").is_file()))
    return seen


def test_action_server_never_reaches_spacy() -> None:
    """What the action server loads (actions.actions and everything of ours it imports) has no spaCy."""
    modules = _closure(["actions.actions"])
    assert "bot.dispatch" in modules and "bot.advice" in modules
    bad = []
    for name in sorted(modules):
        path = PROJECT_ROOT / name.replace(".", "/")
        for f in (path.with_suffix(".py"), path / "__init__.py"):
            if f.is_file():
                bad += [f"{name} imports {n}" for n in imports_of(f)
                        if n.split(".")[0] in ("spacy", "thinc", "tensorflow")]
    assert bad == []


def test_module_names_resolve() -> None:
    """The helper sees the packages it checks (a renamed package would make the rules vacuous)."""
    assert _module(BOT / "store" / "store.py") == "bot.store.store"
    assert files("bot.store") and files("bot.answers") and files("bot.advice") and files("bot.language")
