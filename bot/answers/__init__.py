"""Answers from the knowledge store: `answer(store, query) -> Reply`. Never imports Rasa."""

from bot.answers.dispatch import answer
from bot.answers.types import Query, Reply

__all__ = ["Query", "Reply", "answer"]
