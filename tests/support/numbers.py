"""Numbers in replies and in the raw documents, normalised, so tests can check that replies invent none.

`document_numbers(paths)` reads the documents' raw files with an independent reader (bytes decoded as
text; PDFs through pypdf), never through the bot's parser, so a mis-parsed figure cannot pass by
construction. `allowed_numbers(store)` (numbers the store holds) stays for the original suites.

Normalisation: thousands separators removed ("2,034,000" and "20,34,000" -> "2034000"), a trailing
".0"/".00" dropped, leading zeros dropped. `numbers_in(text)` applies the same rule to a reply.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot import facets as fc
from bot.core.protocol import Store

NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def normalise(raw: str) -> str:
    """"$110,000" -> "110000", "64,500.00" -> "64500", "007" -> "7"."""
    digits = raw.replace(",", "").strip()
    if "." in digits:
        whole, frac = digits.split(".", 1)
        frac = frac.rstrip("0")
        digits = f"{whole}.{frac}" if frac else whole
    whole, dot, frac = digits.partition(".")
    whole = whole.lstrip("0") or "0"
    return whole + (dot + frac if frac else "")


def numbers_in(text: str) -> set[str]:
    """Normalised numbers written in a text (digits only; words like "five" are not numbers here)."""
    return {normalise(m.group(0)) for m in NUMBER.finditer(text)}


def allowed_numbers(store: Store) -> set[str]:
    """Numbers appearing in the store: facts, their source passages, terms, role names, salaries."""
    found: set[str] = set()
    texts: list[str] = []
    for role in store.roles():
        texts.append(role.name)
        texts.extend(role.aliases)
        for facet in fc.ALL_FACETS:
            for fact in store.facts(role.name, facet):
                texts.extend([fact.text, fact.heading, fact.source.title, fact.source.passage])
        for sal in store.salaries(role=role.name):
            found.add(str(sal.amount))
            texts.extend([sal.scope, sal.source.title, sal.source.passage])
    for term in store.terms():
        texts.append(term.name)
    for place in store.places(with_data=True):
        texts.append(place.name)
    for text in texts:
        found |= numbers_in(text or "")
    return found


def invented_numbers(text: str, allowed: set[str]) -> set[str]:
    """Numbers in `text` that the store does not contain."""
    return numbers_in(text) - allowed


def _raw_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix.lower() == ".pdf":
        from io import BytesIO

        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages)
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return ""


def document_numbers(paths: list[Path]) -> set[str]:
    """Normalised numbers written anywhere in the documents' raw files (files or directories)."""
    found: set[str] = set()
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            found |= numbers_in(_raw_text(f).replace("&nbsp;", " "))
    return found
