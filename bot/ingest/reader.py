"""Reading and validating document files (size, format, encoding) before anything is parsed.

Every supported format (plain text, Markdown, HTML, PDF) becomes plain text in the parser's line
conventions (see bot.ingest.formats), so the parser needs no format knowledge.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.ingest.formats import SUFFIXES, FormatError, convert, format_of

MAX_BYTES = 5 * 1024 * 1024

__all__ = ["MAX_BYTES", "SUFFIXES", "DocumentError", "RawDocument", "discover", "read_document"]


class DocumentError(ValueError):
    """A document that cannot be ingested; the message names the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class RawDocument:
    """A validated document: resolved path, file name, text, hash of the raw bytes, format, warnings."""

    path: str
    file: str
    text: str
    sha256: str
    format: str = "text"  # "text" | "markdown" | "html" | "pdf"
    warnings: tuple[str, ...] = ()


def read_document(path: Path) -> RawDocument:
    """Read and convert one file; DocumentError when it is missing, empty, binary, unreadable or over 5 MB.

    Text that is not UTF-8 is decoded as Windows-1252 (else Latin-1) with a warning naming the file.
    """
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(path, f"file is too large ({size} bytes; the limit is {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DocumentError(path, "file is empty")
    fmt = format_of(path)
    try:
        converted = convert(data, fmt)
    except FormatError as exc:
        raise DocumentError(path, str(exc)) from exc
    if not converted.text.strip():
        raise DocumentError(path, f"file has no text ({fmt})")
    warnings = tuple(f"{path}: {w}" for w in converted.warnings)
    return RawDocument(
        str(path.resolve()), path.name, converted.text, hashlib.sha256(data).hexdigest(), fmt, warnings
    )


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(files to ingest, directories given). Directories contribute their non-hidden files with a
    supported suffix (SUFFIXES), sorted, except a README (a folder's notes, not a career page); files
    named explicitly may have any suffix."""
    files: list[Path] = []
    dirs: list[Path] = []
    for p in paths:
        if p.is_dir():
            dirs.append(p.resolve())
            files.extend(
                sorted(
                    f
                    for f in p.iterdir()
                    if f.is_file() and not f.name.startswith(".") and f.suffix.lower() in SUFFIXES
                    and f.stem.upper() != "README"
                )
            )
        else:
            files.append(p)
    unique = list(dict.fromkeys(files))
    return unique, dirs
