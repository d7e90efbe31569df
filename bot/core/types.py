"""What the conversation layer hands to the answer layers (Query) and gets back (Reply). No Rasa here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SOURCE_PREFIX = "Source: "
SURE = 0.9  # an entity with a lower "confidence" (a role written with a typo) is only a suggestion


def source_line(titles: list[str] | tuple[str, ...]) -> str:
    """"Source: A; B" with duplicates removed, order kept."""
    return SOURCE_PREFIX + "; ".join(dict.fromkeys(t for t in titles if t))


@dataclass
class Query:
    """One user turn as the action sees it: intent, raw text, NLU entities and current slots.

    Each entity is a dict from NLU (bot.nlp.mentions): {"entity": "role"|"place"|"skill"|"level"|
    "currency"|"superlative"|"pay", "value": canonical value (e.g. "Backend Software Engineer",
    "unknown:nurse", "senior", "EUR"), "text": the words as written, "start"/"end": character offsets,
    "confidence": below 0.9 for a role matched fuzzily, optional "claim" for skills: "known" | "unknown" |
    "wanted" (a self-statement, a negated one, a wish)}.
    """

    intent: str
    text: str = ""
    entities: list[dict[str, Any]] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)  # role, place, topic, skills

    def values(self, entity: str) -> list[str]:
        """Values of one entity type in message order, without duplicates."""
        seen: list[str] = []
        for ent in self.entities:
            value = str(ent.get("value") or "").strip()
            if ent.get("entity") == entity and value and value not in seen:
                seen.append(value)
        return seen

    def of(self, entity: str) -> list[dict[str, Any]]:
        """The entity dicts of one type, in message order."""
        return [e for e in self.entities if e.get("entity") == entity]

    def first(self, entity: str) -> str | None:
        """The first value of an entity type, or None."""
        values = self.values(entity)
        return values[0] if values else None


@dataclass
class Reply:
    """An answer: text (ending in its "Source:" line when it cites), quick replies, structured extras.

    `kind` says what the reply is: "answer" (cites a source), "not_covered" (says plainly what the
    documents don't cover), "clarify" (asks which one), "smalltalk", "ack" (acknowledges a statement).
    `topic` and `roles` say what an answer is about; `custom` carries the chart or checklist.
    """

    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)  # {"title": ..., "payload": ...}
    custom: dict[str, Any] | None = None  # e.g. {"chart": {...}} or {"checklist": {...}}
    slots: dict[str, Any] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    kind: str = ""
    topic: str = ""
    roles: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)  # {"text": "£95,000 (GBP)", "amount", ...}

    def __post_init__(self) -> None:
        if not self.kind:
            self.kind = "answer" if self.sources else "not_covered"

    @property
    def body(self) -> str:
        """The text without its closing "Source:" line (the channels show sources from `sources`)."""
        if self.sources:
            line = source_line(self.sources)
            stripped = self.text.rstrip()
            if stripped.endswith(line):
                return stripped[: -len(line)].rstrip()
        return self.text

    def structured(self) -> dict[str, Any]:
        """The reply as data for the channels: body, sources, kind, topic and any chart or checklist."""
        data: dict[str, Any] = {"body": self.body, "sources": list(self.sources), "kind": self.kind}
        if self.topic:
            data["topic"] = self.topic
        if self.figures:
            data["figures"] = list(self.figures)
        if self.custom:
            data.update(self.custom)
        return data
