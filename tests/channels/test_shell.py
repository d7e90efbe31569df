"""The terminal chat in a pseudo-terminal (pexpect), answering through the running action server.

It runs as `make shell` should start it: Rasa's console on our `cmdline` channel
(`rasa run --connector bot.channels.shell.ShellInput`), which shows each answer's text and
never dumps its structured reply as JSON.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest

from bot.config import PROJECT_ROOT
from bot.launcher import latest_model
from bot.processes import free_port

pytestmark = pytest.mark.e2e

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
PROMPT = "Your input ->"
MENU_END = "Type out your own message..."


def test_shell_answers_a_salary_question_as_text(bot_stack: Any, tmp_path: Path) -> None:
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f"action_endpoint:\n  url: {bot_stack.action_url}\n", encoding="utf-8")
    model = bot_stack.model or latest_model()
    rasa = str(Path(sys.executable).parent / "rasa")
    args = ["run", "--connector", "bot.channels.shell.ShellInput", "--model", str(model),
            "--endpoints", str(endpoints), "-p", str(free_port())]
    child = pexpect.spawn(
        rasa, args, cwd=str(PROJECT_ROOT), env={**os.environ, "TERM": "xterm"},
        encoding="utf-8", timeout=300, dimensions=(50, 200),
    )
    try:
        child.expect_exact(PROMPT)
        child.sendline("How much do backend engineers earn in London?")
        child.expect_exact("£95,000", timeout=120)
        # Buttons turn the prompt into a menu of quick replies (arrow keys) ending in a free-text entry.
        index = child.expect_exact([MENU_END, PROMPT], timeout=60)
        answer = ANSI.sub("", (child.before or "") + str(child.after))
        assert "Source: " in answer
        assert "Custom json" not in answer and '"reply"' not in answer, "the structured reply is not dumped"
        if index == 0:
            first_choice = re.search(r"» 1: .*\((.+)\)", answer)
            assert first_choice, answer
            child.send("\r")  # Enter picks the first quick reply: its payload goes to the bot
            child.expect_exact([MENU_END, PROMPT], timeout=120)  # the next turn, after the new answer
            shown = ANSI.sub("", child.before or "")
            # the menu's closing line repeats the old answer; the quick reply's answer names its source too
            assert shown.count("Source: ") >= 2, shown
            assert "Custom json" not in shown, shown
    finally:
        child.close(force=True)
