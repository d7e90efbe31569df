"""Command line of the project.

`python -m bot ingest [PATHS]`, `python -m bot build-nlp [--out DIR]`, `python -m bot stats`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot import config


def _table(stats: dict[str, Any], title: str) -> str:
    rows: list[tuple[str, str]] = [("roles", str(stats["roles"]))]
    if "documents" in stats:
        rows.append(("documents", str(stats["documents"])))
    for facet, count in stats["facts_per_facet"].items():
        rows.append((f"facts: {facet}", str(count)))
    rows.append(("facts: total", str(sum(stats["facts_per_facet"].values()))))
    rows += [("salaries", str(stats["salaries"])), ("passages", str(stats["passages"]))]
    if "terms" in stats:
        rows.append(("terms", str(stats["terms"])))
    width = max(len(k) for k, _ in rows)
    num = max(len(v) for _, v in rows)
    line = f"+-{'-' * width}-+-{'-' * num}-+"
    body = [f"| {k:<{width}} | {v:>{num}} |" for k, v in rows]
    return "\n".join([title, line, *body, line])


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest documents; print a summary table; exit 1 (store unchanged) when a file is rejected."""
    from bot.ingest import IngestError, ingest
    from bot.store import open_store

    store = open_store(args.url)
    try:
        summary = ingest(store, args.paths or None, progress=not args.quiet)
    except IngestError as exc:
        for err in exc.errors:
            print(f"error: {err.path}: {err.reason}", file=sys.stderr)
        print("ingest failed: nothing was written to the store", file=sys.stderr)
        return 1
    finally:
        stats = store.stats()
        store.close()
    counts = (
        f"{len(summary.added)} added, {len(summary.updated)} updated, "
        f"{len(summary.unchanged)} unchanged, {len(summary.removed)} removed"
    )
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(_table(stats, f"Ingested documents: {counts}"))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Print what the store holds."""
    from bot.store import open_store

    store = open_store(args.url)
    try:
        print(
            _table(store.stats(), f"Knowledge store: {store.engine.url.render_as_string(hide_password=True)}")
        )
        for doc in store.documents():
            print(f"  {doc.file}: {doc.title} -> {doc.role}")
    finally:
        store.close()
    return 0


def cmd_build_nlp(args: argparse.Namespace) -> int:
    """Build the spaCy entity-ruler pipeline from the store (bot.nlp.spacy_model.build_spacy_model)."""
    from bot.nlp.spacy_model import build_spacy_model
    from bot.store import open_store

    store = open_store(args.url)
    try:
        out = Path(args.out) if args.out else config.spacy_model_dir()
        build_spacy_model(store, out)
        print(f"spaCy model written to {out}")
    finally:
        store.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser of `python -m bot`."""
    parser = argparse.ArgumentParser(prog="python -m bot", description="Career-advice bot tools.")
    parser.add_argument("--url", default=None, help="store URL (default: DATABASE_URL or build/knowledge.db)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", help="ingest career documents (default: the documents directory)")
    p.add_argument("paths", nargs="*", type=Path, help="files or directories")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("build-nlp", help="build the spaCy entity-ruler model from the store")
    p.add_argument("--out", default=None, help="output directory (default: build/spacy_model)")
    p.set_defaults(func=cmd_build_nlp)
    p = sub.add_parser("stats", help="show what the store holds")
    p.set_defaults(func=cmd_stats)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = build_parser().parse_args(argv)
    return int(args.func(args))
