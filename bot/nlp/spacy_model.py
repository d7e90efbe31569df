"""Build the blank spaCy pipeline (entity ruler for role / place / skill) that Rasa's SpacyNLP loads.

The patterns come from the knowledge store's names (`bot.nlp.patterns.store_patterns`), the skill
taxonomy plus the store's terms, and a lexicon of occupations the store does not cover (id
``unknown:<name>``, bot/data/occupations.yml), so
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
from typing import Any

from bot.language.data import table
from bot.language.inflect import plural as inflect_plural
from bot.language.lemma import agent_stem, field_forms, is_english
from bot.language.levels import levels
from bot.language.words import ambiguous, occupations, stopwords
from bot.nlp.patterns import NameSource, skill_patterns
from bot.nlp.patterns import store_patterns as patterns_of
from bot.store.roles import parent_name

log = logging.getLogger(__name__)

FINGERPRINT_FILE = "patterns.sha256"
BUILDER_VERSION = 1  # bump when _write_pipeline changes in a way the patterns do not show
LABELS = ("role", "place", "skill")
UNKNOWN_PREFIX = "unknown:"


def unknown_occupations() -> tuple[str, ...]:
    """The occupation lexicon (bot/data/occupations.yml)."""
    return occupations()


def plural(phrase: str) -> str:
    """English plural of the last word of `phrase` ("backend dev" -> "backend devs")."""
    return inflect_plural(phrase)


def phrase_fields(phrase: str) -> list[str]:
    """ "backend engineer" -> ["backend engineering"]; none when the phrase is not a multi-word role noun."""
    head, _, last = phrase.rpartition(" ")
    return [f"{head} {form}" for form in _phrase_heads(last)] if head else []


def _phrase_heads(last: str) -> list[str]:
    """Field words a multi-word role phrase can end in: "engineering", and the agent noun's own noun
    ("design" for "UX designer", "control" for "air traffic controller"; too vague on its own)."""
    stem = agent_stem(last)
    return list(dict.fromkeys([*field_forms(last), *([stem] if stem else [])]))


def _ambiguous_words() -> frozenset[str]:
    return stopwords() | ambiguous()


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
        forms.extend(phrase_fields(pattern))
        return forms
    words = _lower_tokens(pattern)
    if words:
        last = words[-1]
        if not last.endswith("s"):
            forms.append([{"LOWER": w} for w in words[:-1]] + [{"LOWER": plural(last)}])
        for form in _phrase_heads(last) if len(words) > 1 else ():
            forms.append([{"LOWER": w} for w in words[:-1]] + [{"LOWER": form}])
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


def _with_head_synonyms(names: Iterable[str]) -> list[str]:
    """Each occupation plus its head-synonym variants ("frontend developer" -> "frontend dev",
    "frontend programmer", "electrician" -> "sparky"), for the one-word synonyms of `head_synonyms`."""
    groups = [[w for w in g if " " not in w] for g in table("language")["head_synonyms"]]
    out: list[str] = []
    for name in names:
        head, _, last = name.rpartition(" ")
        variants = [name] + [f"{head} {w}".strip() for g in groups if last in g for w in g if w != last]
        out.extend(v for v in variants if v not in out)
    return out


def unknown_role_patterns(store_patterns: list[dict[str, Any]], store: Any = None) -> list[dict[str, Any]]:
    """Lexicon occupations no store role pattern covers: the store role they name when the resolver
    maps them to one by head noun ("nurse" -> "Registered Nurse"), else id "unknown:<name>"."""
    roles = [p for p in store_patterns if p.get("label") == "role"]
    covered = {_canon(phrase_text(p.get("pattern")) or "") for p in roles}
    resolve = getattr(store, "resolve_role", None)
    result: list[dict[str, Any]] = []
    for name in _with_head_synonyms(unknown_occupations()):
        if _canon(name) in covered or _canon(plural(name)) in covered:
            continue
        ref = resolve(name) if callable(resolve) else None
        ident = ref.name if ref is not None else f"{UNKNOWN_PREFIX}{name}"
        result.append({"label": "role", "pattern": name, "id": ident})
    return result


def bare_role_patterns(store_patterns: list[dict[str, Any]], store: Any = None) -> list[dict[str, Any]]:
    """A role's field words alone ("backend" for "Backend Software Engineer"), so "skills for backend"
    names the role: only words no other role has, that are not everyday English words; and the field of
    a head noun only one role has ("nursing" for "Registered Nurse", "plumbing" for "Plumber")."""
    names = {str(p.get("id")) for p in store_patterns
             if p.get("label") == "role" and not str(p.get("id") or "").startswith(UNKNOWN_PREFIX)}
    optional = set(table("language")["optional_words"]) | {w for lvl in levels() for w in lvl.title}
    fields: dict[str, set[str]] = {}
    for name in names:
        if parent_name(name):
            continue  # "Senior Backend Software Engineer" is reached through its own name
        words = [w for w in name.lower().split()[:-1] if w not in optional]
        if words:
            fields.setdefault(" ".join(words), set()).add(name)
    heads: dict[str, set[str]] = {}
    for name in names:
        head = name.lower().split()[-1]
        for form in () if parent_name(name) else field_forms(head):
            heads.setdefault(form, set()).add(name)
    skip = _ambiguous_words()
    result = [{"label": "role", "pattern": [{"LOWER": form}], "id": next(iter(owners))}
              for form, owners in sorted(heads.items())  # "nursing" names the one nurse role
              if len(owners) == 1 and form not in skip]
    for bare, owners in sorted(fields.items()):
        if len(owners) != 1 or any(w in skip or is_english(w) for w in bare.split()):
            continue
        (role_id,) = owners
        result.append({"label": "role", "pattern": [{"LOWER": w} for w in bare.split()], "id": role_id})
    return result


def default_extra_patterns(store: Any) -> list[dict[str, Any]]:
    """Skill patterns: the taxonomy's skills plus every term of the store (bot.nlp.patterns)."""
    return skill_patterns(store)


def collect_patterns(
    store: NameSource, extra_patterns: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """All ruler patterns in a canonical (sorted, deduplicated) order.

    `extra_patterns=None` means the default extras (skill patterns from bot.advice); pass [] for none.
    """
    store_patterns = [dict(p) for p in patterns_of(store)]
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
    store: NameSource,
    out_dir: Path,
    extra_patterns: list[dict[str, Any]] | None = None,
    force: bool = False,
) -> Path:
    """Build (or keep, if the patterns are unchanged) the entity-ruler pipeline at `out_dir`; return it.

    Patterns: the store's roles and places + `extra_patterns` (default: skills from the taxonomy and
    the store's terms; [] for none) + lexicon occupations the store lacks (id "unknown:<name>").
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
