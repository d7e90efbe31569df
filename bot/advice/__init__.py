"""Personal career advice: the user's skills (slot `skills`) against what a role's documents ask for.

Public API (no Rasa imports):
  answer_advice(store, query) -> Reply   tell_skills, forget_skills, ask_skill_gap, ask_education
  vocabulary.skill_patterns(store) -> list[dict]  EntityRuler patterns, label "skill", id = canonical term
  extract.skills_in(store, text, entities) -> list[str]  canonical skill names

Reply.custom of a gap answer: {"checklist": {"role", "skills", "covered", "total", "have": [req],
"missing": {group: [req]}, "groups": {group: title}, "experience": [step], "not_in_documents": [str],
"listed_for_other_roles": {skill: [role]}, "next_steps": [step], "sources": [title]}} where
req = {"label", "category", "options", "sources", "matched"?} and step = {"kind", "text", "source"}.
"""

from __future__ import annotations

from bot.advice.answer import INTENTS, answer_advice

__all__ = ["INTENTS", "answer_advice"]
