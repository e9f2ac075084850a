"""`careerbot chat` in a pseudo-terminal: one Ctrl-C ends it at once and cleanly wherever it
comes (while careerbot starts, at the prompt, during an answer or a chart), exit code 130,
and never a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from terminal import CTRL_C, Terminal

PROMPT = b"you> "
LEAKS = ("Traceback", "Error", "Exception", "Unclosed", "Task was destroyed", "failed")


@pytest.fixture
def chat(database_url: str, tmp_path: Path) -> Iterator[Terminal]:
    env = {
        **os.environ,
        "CAREERBOT_DATABASE_URL": database_url,
        "PYTHONWARNINGS": "default",  # a ResourceWarning would show, not hide
        "COLUMNS": "100",
    }
    argv = [sys.executable, "-m", "careerbot.cli", "chat", "--out", str(tmp_path / "charts")]
    terminal = Terminal(argv, env)
    try:
        yield terminal
    finally:
        terminal.kill()


def assert_ended_cleanly(terminal: Terminal) -> None:
    assert terminal.wait() == 130, terminal.text
    leaks = [leak for leak in LEAKS if leak in terminal.text]
    assert not leaks, terminal.text


def test_ctrl_c_at_the_prompt_ends_the_chat(chat: Terminal) -> None:
    chat.expect(PROMPT)
    chat.type(CTRL_C)
    assert_ended_cleanly(chat)
    assert chat.text.rstrip().endswith(PROMPT.decode() + "^C")


def test_ctrl_c_while_careerbot_starts_ends_it(chat: Terminal) -> None:
    chat.expect(b"careerbot: compare careers")  # the catalog is still loading
    chat.type(CTRL_C)
    assert_ended_cleanly(chat)


def test_ctrl_c_right_after_a_message_ends_the_chat(chat: Terminal) -> None:
    chat.expect(PROMPT)
    chat.type(b"routing vs middleware\r" + CTRL_C)
    assert_ended_cleanly(chat)


def test_ctrl_c_while_a_chart_is_drawn_ends_the_chat(chat: Terminal) -> None:
    chat.expect(PROMPT)
    chat.type(b"routing vs middleware\r")
    chat.expect(b"Chart")
    chat.expect(PROMPT)
    number = next(
        line.split("]")[0].strip(" [")
        for line in chat.text.splitlines()
        if "📊 Chart" in line and line.strip().startswith("[")
    )
    chat.type(number.encode() + b"\r")  # drawing loads matplotlib: the slowest answer there is
    chat.type(CTRL_C)
    assert_ended_cleanly(chat)


def test_quit_ends_the_chat_with_0(chat: Terminal) -> None:
    chat.expect(PROMPT)
    chat.type(b"quit\r")
    assert chat.wait() == 0, chat.text
