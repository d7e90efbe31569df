"""What the conversation layer hands to bot.answers (Query) and gets back (Reply). No Rasa here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Query:
    """One user turn as the action sees it: intent, raw text, extracted entities and current slots."""

    intent: str
    text: str = ""
    # each entity: {"entity": "role"|"place"|"skill", "value": str}
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


@dataclass
class Reply:
    """An answer: text (with its "Source:" line), quick replies, optional chart payload and slot updates."""

    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)  # {"title": ..., "payload": ...}
    custom: dict[str, Any] | None = None  # e.g. {"chart": {...}} for the widget
    slots: dict[str, Any] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
