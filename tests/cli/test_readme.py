"""The README's first screen tells the truth: every reply line of its sample chat is what
`careerbot ask` answers to the message above it, and none of its messages opens a question
back."""

from __future__ import annotations

import re

import pytest
from seed_pages import REPO_ROOT

from careerbot import cli

README = REPO_ROOT / "README.md"
SKIPPED = "…"


def sample_chat() -> list[tuple[str, list[str]]]:
    """(message, the reply lines shown) for each `you>` line of the first plain code block
    after the quick start."""
    text = README.read_text(encoding="utf-8")
    block = re.search(r"\n```\n(you> .*?)\n```", text, re.S)
    assert block is not None, "the README has no sample chat"
    turns: list[tuple[str, list[str]]] = []
    for line in block.group(1).splitlines():
        if line.startswith("you> "):
            turns.append((line.removeprefix("you> "), []))
        elif line.strip() and line.strip() != SKIPPED:
            turns[-1][1].append(line.strip())
    return turns


def test_the_sample_chat_has_a_few_turns_near_the_top() -> None:
    text = README.read_text(encoding="utf-8")
    assert 2 <= len(sample_chat()) <= 5
    assert text.index("you> ") < text.index("\n## ", text.index("## Quick start"))


@pytest.mark.parametrize(("message", "shown"), sample_chat())
def test_each_sample_reply_is_what_careerbot_answers(
    cli_database: str, capsys: pytest.CaptureFixture[str], message: str, shown: list[str]
) -> None:
    assert cli.main(["ask", message]) == 0
    answer = [line.strip() for line in capsys.readouterr().out.splitlines()]
    for line in shown:
        assert line in answer, (message, line)
