"""Answers from the knowledge store about roles: facts, salaries, overviews, fallbacks. Never imports Rasa.

The turn and reply types live in bot.core.types; bot.dispatch maps intents to these handlers and to
bot.advice's.
"""
