"""Personal career advice: the user's skills (slot `skills`) against what the store's documents ask for.

Public API (no Rasa, no spaCy, nothing from bot.answers):
  answer_advice(store, query) -> Reply   tell_skills, forget_skills, ask_skill_gap, ask_education
  answer_fit(store, query) -> Reply      ask_role_fit: every role ranked by overlap with the user's skills
  vocabulary.skill_patterns(store) -> list[dict]  EntityRuler patterns, label "skill", id = canonical name

Skills come only from the Query's "skill" entities; their "role" ("known" | "unknown" | "wanted" | absent)
decides what is recorded (see bot.advice.extract). Replies set `kind` ("answer" | "ack" | "clarify" |
"not_covered") and `topic` ("skill_gap" | "tell_skills" | "role_fit").

Reply.custom of a gap answer: {"checklist": {"role", "skills", "covered", "total", "have": [req],
"missing": {group: [req]}, "groups": {group: title}, "experience": [step], "not_in_documents": [str],
"listed_for_other_roles": {skill: [role]}, "next_steps": [step], "sources": [title]}} where
req = {"label", "category", "options", "sources", "matched"?} and step = {"kind", "text", "source"}.
"""

from __future__ import annotations

from bot.advice.answer import INTENTS, answer_advice
from bot.advice.fit import ROLE_FIT, answer_fit

FIT_INTENT = "ask_role_fit"

__all__ = ["FIT_INTENT", "INTENTS", "ROLE_FIT", "answer_advice", "answer_fit"]
