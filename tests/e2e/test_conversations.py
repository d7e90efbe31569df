"""End to end through the REST channel: questions and multi-turn conversations against the running bot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import config
from bot.launcher import Stack
from tests.support.chat import check_reply, new_sender, reply_text, rest_send
from tests.support.numbers import document_numbers, numbers_in

HERE = Path(__file__).parent
QUESTIONS: list[dict[str, Any]] = yaml.safe_load((HERE / "questions.yml").read_text())["questions"]
CONVERSATIONS: list[dict[str, Any]] = yaml.safe_load((HERE / "conversations.yml").read_text())[
    "conversations"
]

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def known_numbers() -> set[str]:
    """Numbers in the raw documents (an independent reader, not the bot's parser) and the questions."""
    return document_numbers([config.documents_dir()]) | {n for c in QUESTIONS for n in numbers_in(c["q"])}


@pytest.mark.parametrize("case", QUESTIONS, ids=[c["q"][:60] for c in QUESTIONS])
def test_question(bot_stack: Stack, known_numbers: set[str], case: dict[str, Any]) -> None:
    messages = rest_send(bot_stack.rasa_url, new_sender("q"), case["q"])
    assert messages, f"{case['q']!r}: the bot said nothing"
    check_reply(reply_text(messages), case, known_numbers)


@pytest.mark.parametrize("conversation", CONVERSATIONS, ids=[c["name"] for c in CONVERSATIONS])
def test_conversation(bot_stack: Stack, known_numbers: set[str], conversation: dict[str, Any]) -> None:
    sender = new_sender("conv")
    for turn in conversation["turns"]:
        messages = rest_send(bot_stack.rasa_url, sender, turn["q"])
        assert messages, f"{turn['q']!r}: the bot said nothing"
        check_reply(reply_text(messages), {**turn, "source": False}, known_numbers)


def test_suite_size() -> None:
    """The issue asks for at least 80 questions and 10 multi-turn conversations."""
    assert len(QUESTIONS) >= 80
    assert sum(1 for c in CONVERSATIONS if len(c["turns"]) >= 2) >= 10
