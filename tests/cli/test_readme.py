"""The README tells the truth: every reply line of its sample chat is what `careerbot ask`
answers to the message above it, none of its messages opens a question back, and it lists
every setting and exit code there is."""

from __future__ import annotations

import re
import shlex

import pytest
from seed_pages import REPO_ROOT

from careerbot import cli
from careerbot.app.settings import VARIABLES
from careerbot.commands.exits import MEANINGS

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


def test_the_readme_lists_every_setting_and_exit_code() -> None:
    text = README.read_text(encoding="utf-8")
    for variable in VARIABLES:
        assert f"| `{variable.name}` |" in text, variable.name
    for code, meaning in MEANINGS.items():
        assert f"| {code.value} | {meaning} |" in text


def shell_examples() -> list[tuple[str, list[str], int]]:
    """(command, the lines shown after it, the exit code shown by `echo $?`) for each
    `$ careerbot …` in the README's code blocks."""
    found: list[tuple[str, list[str], int]] = []
    lines = README.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if not line.startswith("$ careerbot "):
            continue
        shown: list[str] = []
        code = 0
        for after in lines[number + 1 :]:
            if after.startswith("```") or after.startswith("$ careerbot "):
                break
            if after == "$ echo $?":
                continue
            if after.isdigit():
                code = int(after)
            elif after.strip() != SKIPPED:
                shown.append(after.strip())
        found.append((line.removeprefix("$ "), shown, code))
    return found


@pytest.mark.parametrize(("command", "shown", "code"), shell_examples())
def test_each_shell_example_prints_what_the_readme_shows(
    cli_database: str, capsys: pytest.CaptureFixture[str], command: str, shown: list[str], code: int
) -> None:
    assert cli.main(shlex.split(command)[1:]) == code
    out, err = capsys.readouterr()
    printed = [line.strip() for line in (out + err).splitlines()]
    for line in shown:
        assert line in printed, (command, line)
