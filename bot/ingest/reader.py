"""Reading and validating document files (size, binary content, UTF-8) before anything is parsed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = (".txt",)  # what a directory contributes; files named explicitly may have any suffix


class DocumentError(ValueError):
    """A document that cannot be ingested; the message names the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class RawDocument:
    """A validated document: resolved path, file name, decoded text and content hash."""

    path: str
    file: str
    text: str
    sha256: str


def read_document(path: Path) -> RawDocument:
    """Read one file; raise DocumentError when it is missing, empty, binary, not UTF-8 or over 5 MB."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(path, f"file is too large ({size} bytes; the limit is {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read file ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DocumentError(path, "file is empty")
    if b"\x00" in data:
        raise DocumentError(path, "file looks binary (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(path, f"file is not valid UTF-8 (byte {exc.start})") from exc
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise DocumentError(path, "file looks binary (control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return RawDocument(str(path.resolve()), path.name, text, hashlib.sha256(data).hexdigest())


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(files to ingest, directories given). Directories contribute their *.txt files, sorted."""
    files: list[Path] = []
    dirs: list[Path] = []
    for p in paths:
        if p.is_dir():
            dirs.append(p.resolve())
            files.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUFFIXES))
        else:
            files.append(p)
    unique = list(dict.fromkeys(files))
    return unique, dirs
