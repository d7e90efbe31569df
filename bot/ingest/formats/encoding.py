"""Decoding text bytes: UTF-8 (with or without BOM), else Windows-1252 / Latin-1 with a warning."""

from __future__ import annotations

import re

from bot.ingest.formats.errors import FormatError

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def check_binary(data: bytes) -> None:
    """Refuse NUL bytes (the first test, before any decoding)."""
    if b"\x00" in data:
        raise FormatError("file looks binary (contains NUL bytes)")


def check_controls(text: str) -> None:
    """Refuse text with many control characters (a binary file that happens to decode)."""
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise FormatError("file looks binary (control characters)")


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_LIGATURES = {ord("ﬀ"): "ff", ord("ﬁ"): "fi", ord("ﬂ"): "fl", ord("ﬃ"): "ffi", ord("ﬄ"): "ffl"}


def normalise_newlines(text: str) -> str:
    """CRLF/CR -> LF, no-break spaces -> spaces, soft hyphens and zero-width characters removed,
    typographic ligatures (from PDFs) spelled out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text.translate(_INVISIBLE).translate(_LIGATURES)


def decode(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """(text, warnings): UTF-8 first (a declared charset wins when Python knows it), then cp1252, Latin-1."""
    check_binary(data)
    if declared:
        try:
            return data.decode(declared), []
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        return data.decode("cp1252"), [f"decoded as Windows-1252; not valid UTF-8 at byte {bad}"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [f"decoded as Latin-1; not valid UTF-8 at byte {bad}"]


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag within its first 4 KB, if any."""
    m = _CHARSET_RE.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    if name in ("utf-8", "utf8"):
        return None
    return "cp1252" if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else name
