"""Build the blank spaCy pipeline (entity ruler for role / place / skill) that Rasa's SpacyNLP loads.

The patterns come from the knowledge store (`store.entity_patterns()`), plus optional extra patterns
(e.g. skills) and a small lexicon of occupations the store does not cover (id ``unknown:<name>``), so
"how much do nurses make" still yields a role entity the answer layer can honestly say it has no data for.
The build is deterministic (same patterns -> byte-identical files), skipped when the patterns did not
change, and atomic (built in a temporary directory, then renamed into place).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

FINGERPRINT_FILE = "patterns.sha256"
BUILDER_VERSION = 1  # bump when _write_pipeline changes in a way the patterns do not show
LABELS = ("role", "place", "skill")
UNKNOWN_PREFIX = "unknown:"

# Occupations people may ask about that the sample documents do not cover. Each is added as a "role"
# pattern with id "unknown:<name>" only when no store role pattern already covers the phrase.
UNKNOWN_OCCUPATIONS: tuple[str, ...] = (
    "accountant", "actor", "baker", "barista", "carpenter", "cashier", "chef", "cook",
    "dentist", "doctor", "economist", "electrician", "farmer", "firefighter",
    "graphic designer", "journalist", "lawyer", "librarian", "mechanic", "nurse", "paramedic",
    "pharmacist", "photographer", "physician", "physiotherapist", "pilot", "plumber", "police officer",
    "psychologist", "real estate agent", "receptionist", "salesperson", "secretary",
    "social worker", "surgeon", "teacher", "translator", "truck driver", "vet", "veterinarian",
    "waiter", "waitress", "writer", "marketing manager", "project manager", "product manager",
    "data scientist", "data analyst", "data engineer", "devops engineer", "frontend developer",
    "front-end developer", "frontend engineer", "front-end engineer", "full stack developer",
    "full-stack developer", "fullstack developer", "mobile developer", "ios developer",
    "android developer", "game developer", "qa engineer", "test engineer", "ux designer",
    "ui designer", "machine learning engineer", "ml engineer", "security engineer", "sysadmin",
    "system administrator", "database administrator", "network engineer", "cloud engineer",
    "site reliability engineer", "embedded engineer", "web developer",
)

_IRREGULAR_PLURALS = {"chef": "chefs", "staff": "staff", "waitress": "waitresses"}
# Role nouns whose field name people also use: "backend engineering", "back-end development".
_FIELD_FORMS = {"engineer": "engineering", "developer": "development", "dev": "development"}
# Single-word patterns that are also everyday English ("tell us", "go for", "the rest") only match as
# written in upper or title case ("US", "Go", "REST"); see `_case_sensitive`.
_EXTRA_AMBIGUOUS = frozenset({"rest", "express", "swift", "chef", "salt", "puppet", "less", "make", "ant"})


class PatternSource(Protocol):
    """Anything exposing the store's `entity_patterns()` (the real KnowledgeStore or a test double)."""

    def entity_patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns with labels "role" and "place" and "id" = canonical name."""
        ...


def plural(phrase: str) -> str:
    """English plural of the last word of `phrase` ("backend dev" -> "backend devs")."""
    head, _, last = phrase.rpartition(" ")
    if last in _IRREGULAR_PLURALS:
        word = _IRREGULAR_PLURALS[last]
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        word = last + "es"
    elif len(last) > 1 and last.endswith("y") and last[-2] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def field_form(phrase: str) -> str | None:
    """ "backend engineer" -> "backend engineering"; None when the phrase is not a multi-word role noun."""
    head, _, last = phrase.rpartition(" ")
    if head and last in _FIELD_FORMS:
        return f"{head} {_FIELD_FORMS[last]}"
    return None


def _ambiguous_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | _EXTRA_AMBIGUOUS


def _case_sensitive(label: str, word: str) -> list[dict[str, Any]]:
    """Token pattern matching only "US" (places) or "Go"/"GO" (skills, roles) for an ambiguous word."""
    forms = [word.upper()] if label == "place" else sorted({word.upper(), word.title()})
    return [{"ORTH": {"IN": forms}}]


def _norm(pattern: Any) -> Any:
    """Phrase patterns are matched on LOWER, so store them lowercased and whitespace-normalised."""
    if isinstance(pattern, str):
        return " ".join(pattern.lower().split())
    return pattern


def _key(pattern: dict[str, Any]) -> str:
    return json.dumps(pattern, sort_keys=True, ensure_ascii=False)


def _lower_tokens(pattern: Any) -> list[str] | None:
    """The words of a token pattern made only of {"LOWER": word} items, else None."""
    if not isinstance(pattern, list) or not pattern:
        return None
    words = []
    for token in pattern:
        if not isinstance(token, dict) or set(token) != {"LOWER"} or not isinstance(token["LOWER"], str):
            return None
        words.append(token["LOWER"])
    return words


def phrase_text(pattern: Any) -> str | None:
    """Lowercase text a pattern matches: the phrase itself or its LOWER/ORTH tokens joined by spaces."""
    if isinstance(pattern, str):
        return _norm(pattern)
    if isinstance(pattern, list) and pattern and all(isinstance(t, dict) and len(t) == 1 for t in pattern):
        values = [next(iter(t.values())) for t in pattern]
        if all(isinstance(v, str) for v in values):
            return " ".join(v.lower() for v in values)
    return None


def _canon(text: str) -> str:
    """Phrase key ignoring case and punctuation: "Front-end dev" == "front - end dev" == "front end dev"."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _variants(label: str, pattern: Any) -> list[Any]:
    """The pattern itself plus, for roles, its plural and field form ("backend engineering")."""
    forms: list[Any] = [pattern]
    if label != "role":
        return forms
    if isinstance(pattern, str):
        if not pattern.endswith("s"):
            forms.append(plural(pattern))
        field = field_form(pattern)
        if field:
            forms.append(field)
        return forms
    words = _lower_tokens(pattern)
    if words:
        last = words[-1]
        if not last.endswith("s"):
            forms.append([{"LOWER": w} for w in words[:-1]] + [{"LOWER": plural(last)}])
        if len(words) > 1 and last in _FIELD_FORMS:
            forms.append([{"LOWER": w} for w in words[:-1]] + [{"LOWER": _FIELD_FORMS[last]}])
    return forms


def _clean(patterns: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Normalise, drop empty/foreign-label patterns, add role variants, guard ambiguous words, sort."""
    ambiguous = _ambiguous_words()
    out: dict[str, dict[str, Any]] = {}
    for raw in patterns:
        label = str(raw.get("label", ""))
        pattern = _norm(raw.get("pattern"))
        if label not in LABELS or not pattern:
            continue
        for form in _variants(label, pattern):
            if isinstance(form, str) and form in ambiguous:
                form = _case_sensitive(label, form)
            item: dict[str, Any] = {"label": label, "pattern": form}
            if raw.get("id"):
                item["id"] = str(raw["id"])
            out.setdefault(_key(item), item)
    return [out[k] for k in sorted(out)]


def unknown_role_patterns(store_patterns: list[dict[str, Any]], store: Any = None) -> list[dict[str, Any]]:
    """Lexicon occupations not covered by any store role pattern (nor by `store.resolve_role`, if any)."""
    roles = [p for p in store_patterns if p.get("label") == "role"]
    covered = {_canon(phrase_text(p.get("pattern")) or "") for p in roles}
    resolve = getattr(store, "resolve_role", None)
    result: list[dict[str, Any]] = []
    for name in UNKNOWN_OCCUPATIONS:
        if _canon(name) in covered or _canon(plural(name)) in covered:
            continue
        if callable(resolve):
            try:
                ref = resolve(name)
            except Exception:  # noqa: BLE001 - a resolver failure must not block the build
                ref = None
            # Only an exact alias hit counts as coverage; fuzzy matches would hide honest "no data" answers.
            if ref is not None and name in {_norm(a) for a in (ref.name, *getattr(ref, "aliases", ()))}:
                continue
        result.append({"label": "role", "pattern": name, "id": f"{UNKNOWN_PREFIX}{name}"})
    return result


_ROLE_NOUNS = frozenset({"engineer", "engineers", "developer", "developers", "dev", "devs", "software"})


def bare_role_patterns(store_patterns: list[dict[str, Any]], store: Any = None) -> list[dict[str, Any]]:
    """Field words alone ("backend", "back-end"), kept only when `store.resolve_role` maps them back to the
    same role, so "skills for backend" yields a role entity. No resolver, no patterns."""
    resolve = getattr(store, "resolve_role", None)
    if not callable(resolve):
        return []
    ambiguous = _ambiguous_words()
    candidates: dict[tuple[str, str], list[str]] = {}
    for p in store_patterns:
        text = phrase_text(p.get("pattern"))
        role_id = str(p.get("id") or "")
        if p.get("label") != "role" or not text or not role_id or role_id.startswith(UNKNOWN_PREFIX):
            continue
        words = text.split()
        while words and words[-1] in _ROLE_NOUNS:
            words.pop()
        if words and len(words) < len(text.split()) and " ".join(words) not in ambiguous:
            candidates.setdefault((" ".join(words), role_id), words)
    result = []
    for (bare, role_id), words in sorted(candidates.items()):
        try:
            ref = resolve(bare.replace(" - ", "-"))
        except Exception:  # noqa: BLE001 - a resolver failure only loses this convenience pattern
            ref = None
        if ref is not None and getattr(ref, "name", None) == role_id:
            result.append({"label": "role", "pattern": [{"LOWER": w} for w in words], "id": role_id})
    return result


def default_extra_patterns(store: Any) -> list[dict[str, Any]]:
    """Skill patterns from bot.advice (`skill_patterns(store)`), or [] when that is unavailable."""
    try:
        from bot.advice.vocabulary import skill_patterns
    except ImportError:
        return []
    try:
        return list(skill_patterns(store))
    except Exception as exc:  # noqa: BLE001 - e.g. a test double without terms(); roles/places still build
        log.warning("no skill patterns from bot.advice.vocabulary: %s", exc)
        return []


def collect_patterns(
    store: PatternSource, extra_patterns: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """All ruler patterns in a canonical (sorted, deduplicated) order.

    `extra_patterns=None` means the default extras (skill patterns from bot.advice); pass [] for none.
    """
    store_patterns = [dict(p) for p in store.entity_patterns()]
    extras = default_extra_patterns(store) if extra_patterns is None else extra_patterns
    extra = [dict(p) for p in extras]
    unknown = unknown_role_patterns(store_patterns + extra, store)
    bare = bare_role_patterns(store_patterns, store)
    return _clean([*store_patterns, *bare, *extra, *unknown])


def fingerprint(patterns: list[dict[str, Any]]) -> str:
    """sha256 of the canonical pattern list, the spaCy version and the builder version."""
    import spacy

    content = {"spacy": spacy.__version__, "builder": BUILDER_VERSION, "patterns": patterns}
    payload = json.dumps(content, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _write_pipeline(patterns: list[dict[str, Any]], target: Path, digest: str) -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    nlp.meta["name"] = "career_entities"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "Blank English pipeline with an entity ruler for role, place and skill."
    nlp.to_disk(target)
    (target / FINGERPRINT_FILE).write_text(digest + "\n", encoding="utf-8")


def build_spacy_model(
    store: PatternSource,
    out_dir: Path,
    extra_patterns: list[dict[str, Any]] | None = None,
    force: bool = False,
) -> Path:
    """Build (or keep, if the patterns are unchanged) the entity-ruler pipeline at `out_dir`; return it.

    Patterns: `store.entity_patterns()` (role, place) + `extra_patterns` (default: the skill patterns of
    bot.advice.vocabulary; [] for none) + lexicon occupations the store lacks (id "unknown:<name>").
    `force=True` rebuilds even when the fingerprint file says the patterns are unchanged.
    """
    out_dir = Path(out_dir)
    patterns = collect_patterns(store, extra_patterns)
    digest = fingerprint(patterns)
    marker = out_dir / FINGERPRINT_FILE
    if not force and marker.is_file() and marker.read_text(encoding="utf-8").strip() == digest:
        meta = out_dir / "meta.json"
        if meta.is_file():
            meta.touch()  # same bytes; a fresh mtime tells make the target is up to date
        return out_dir
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    old: Path | None = None
    try:
        _write_pipeline(patterns, tmp / "model", digest)
        if out_dir.exists():
            old = tmp / "old"
            os.replace(out_dir, old)
        os.replace(tmp / "model", out_dir)
    except BaseException:
        if old is not None and old.exists() and not out_dir.exists():
            os.replace(old, out_dir)
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out_dir
