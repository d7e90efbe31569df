"""Realistic conversations for the benchmarks: a weighted question mix a real user of the bot produces.

Most turns are knowledge questions that reach the action server (salaries by city, country and
level, place and role follow-ups, skills, tools, education, comparisons), plus skill-gap turns,
off-topic questions and fallbacks, and a little small talk. `conversation(rng, turns)` draws one
conversation; the same seed gives the same conversation, so two runs put the same load on the bot.
The stock `rasa init` bot gets its own mix (`stock_conversation`), since it understands only its
moodbot intents; every stock turn is answered by a rule or a response, as our small talk is.
"""

from __future__ import annotations

import random
from collections.abc import Callable

ROLES = ["backend engineers", "a backend developer", "back-end software engineers", "a backend engineer"]
CITIES = ["London", "Paris", "Berlin", "New York", "Toronto", "Austin", "San Francisco", "Tel Aviv",
          "Beijing", "Shanghai", "Delhi", "Seattle"]
COUNTRIES = ["the US", "the United States", "the UK", "Germany", "France", "Canada", "India", "China"]
SKILLS = ["Python", "SQL", "Java", "Go", "Docker", "Kubernetes", "AWS", "PostgreSQL", "Git", "Django",
          "MySQL", "Node.js", "Redis", "Linux", "JavaScript"]

Turn = Callable[[random.Random], str]


def _salary_city(rng: random.Random) -> str:
    return rng.choice([
        f"How much do {rng.choice(ROLES)} earn in {rng.choice(CITIES)}?",
        f"What's the salary of {rng.choice(ROLES)} in {rng.choice(CITIES)}?",
        f"what does {rng.choice(ROLES)} make in {rng.choice(CITIES)}",
    ])


def _salary_country(rng: random.Random) -> str:
    return f"What do {rng.choice(ROLES)} earn in {rng.choice(COUNTRIES)}?"


def _salary_level(rng: random.Random) -> str:
    return rng.choice([
        "How much does a senior backend engineer make?",
        "What's the pay for a junior backend developer?",
        "What do senior back-end software engineers earn in the United States?",
    ])


def _followup_place(rng: random.Random) -> str:
    return rng.choice([f"and in {rng.choice(CITIES)}?", f"what about {rng.choice(CITIES)}?",
                       f"How about {rng.choice(CITIES)}?"])


def _followup_role(rng: random.Random) -> str:
    return rng.choice(["what about senior ones?", "and for senior backend engineers?",
                       "what about junior ones?"])


def _skills(rng: random.Random) -> str:
    return rng.choice(["What skills does a backend engineer need?", "which skills matter most for backend?",
                       "What should a senior backend engineer be good at?"])


def _tools(rng: random.Random) -> str:
    return rng.choice(["What tools do backend engineers use?", "which databases do backend developers use?",
                       "What frameworks should a backend developer know?"])


def _education(rng: random.Random) -> str:
    return rng.choice(["What degree do I need to become a backend engineer?",
                       "How do I become a backend engineer?",
                       "Are there certifications for backend developers?"])


def _other_facet(rng: random.Random) -> str:
    return rng.choice(["What does a backend engineer do?", "What is the job outlook for backend engineers?",
                       "How can a backend engineer grow their career?",
                       "What are the challenges of backend engineering?"])


def _compare(rng: random.Random) -> str:
    a, b = rng.sample(CITIES, 2)
    return f"Compare backend engineer salaries in {a} and {b}"


def _tell_skills(rng: random.Random) -> str:
    a, b = rng.sample(SKILLS, 2)
    return rng.choice([f"I know {a} and {b}", f"I've used {a}, {b} and a bit of Git",
                       f"I also know {a}"])


def _skill_gap(rng: random.Random) -> str:
    a, b = rng.sample(SKILLS, 2)
    return rng.choice([f"I know {a} and {b}, what am I missing?",
                       "what am I missing for a backend role?",
                       "am I ready for a senior backend role?", "what should I learn next?"])


def _off_topic(rng: random.Random) -> str:
    return rng.choice(["what's the weather like today?", "can you book me a flight to Rome?",
                       "who won the football last night?", "asdf qwerty", "tell me a joke",
                       "what's the capital of Peru?"])


def _small_talk(rng: random.Random) -> str:
    return rng.choice(["Hi", "thanks", "thank you!", "hello there"])


# (weight, turn): knowledge questions reaching the action server are about 80 % of turns.
MIX: list[tuple[float, Turn]] = [
    (16, _salary_city), (5, _salary_country), (5, _salary_level),
    (14, _followup_place), (5, _followup_role),
    (8, _skills), (7, _tools), (6, _education), (5, _other_facet), (5, _compare),
    (4, _tell_skills), (6, _skill_gap),
    (6, _off_topic), (8, _small_talk),
]
# Messages the moodbot answers in any context (its affirm/deny turns answer only after "I am sad").
STOCK_TURNS = ["hello", "hi", "I am sad", "I am great", "are you a bot?", "bye", "good morning",
               "very good", "am I talking to a human?", "I am very unhappy", "goodbye", "hey there"]


def conversation(rng: random.Random, turns: int) -> list[str]:
    """One conversation of `turns` messages drawn from MIX (it opens with a salary question)."""
    weights = [w for w, _ in MIX]
    makers = [m for _, m in MIX]
    out = [_salary_city(rng)]
    while len(out) < turns:
        out.append(rng.choices(makers, weights)[0](rng))
    return out


def stock_conversation(rng: random.Random, turns: int) -> list[str]:
    """A conversation of `turns` messages the stock moodbot understands."""
    return [rng.choice(STOCK_TURNS) for _ in range(turns)]
