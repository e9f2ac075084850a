"""`careerbot --help` and each command's: a description and examples for every command, the
settings and exit codes at the top; the examples answer as shown; the version; and a bash
completion script made from the same argument tree."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from importlib.metadata import version
from pathlib import Path

import pytest

from careerbot import cli
from careerbot.app.settings import VARIABLES
from careerbot.commands import parser
from careerbot.commands.exits import MEANINGS


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert cli.main([*argv, "--help"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def commands() -> list[str]:
    return sorted(parser.subcommands(parser.build()))


def examples(text: str) -> list[str]:
    block = text.split("examples:\n", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in block.splitlines()]


def test_the_top_help_lists_every_command_setting_and_exit_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = help_of(capsys)
    for command in commands():
        assert re.search(rf"^\s+{command}\b", text, re.M), command
    for variable in VARIABLES:
        assert variable.name in text
    for code, meaning in MEANINGS.items():
        assert f"  {code.value}  {meaning}" in text
    assert examples(text)


@pytest.mark.parametrize("command", commands())
def test_every_command_has_a_description_and_an_example(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    text = help_of(capsys, command)
    description = text.split("\n\n")[1]
    assert len(description.split()) >= 3, text
    assert all(line.startswith("careerbot ") or "careerbot " in line for line in examples(text))


#: the examples that only read: each runs as written and answers
SAFE = ("ask", "compare", "roadmap", "fit", "about", "stats", "health")


@pytest.mark.parametrize("command", SAFE)
def test_the_examples_answer_as_shown(
    cli_database: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    for example in examples(help_of(capsys, command)):
        for part in example.split(" && "):
            words = shlex.split(part)
            if words[0] != "careerbot":  # "… && echo ready"
                continue
            assert cli.main(words[1:]) == 0, part
            assert capsys.readouterr().out


def test_version_is_the_installed_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"careerbot {version('careerbot')}\n"


def complete(script: Path, line: str) -> list[str]:
    """What bash offers after ``line`` (ending in a space: a new word)."""
    words = line.split(" ")
    program = f"""
source {shlex.quote(str(script))}
COMP_WORDS=({" ".join(shlex.quote(w) for w in words)})
COMP_CWORD={len(words) - 1}
_careerbot
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    done = subprocess.run(
        ["bash", "-c", program], check=True, capture_output=True, text=True, timeout=30
    )
    return [w for w in done.stdout.splitlines() if w]


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_the_completion_script_completes_commands_and_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["completion", "bash"]) == 0
    script = tmp_path / "careerbot.bash"
    script.write_text(capsys.readouterr().out, encoding="utf-8")
    subprocess.run(["bash", "-n", str(script)], check=True)
    assert sorted(complete(script, "careerbot ")) == commands()
    assert complete(script, "careerbot comp") == ["compare", "completion"]
    assert complete(script, "careerbot ask --") == ["--help", "--json", "--chat"]
    assert complete(script, "careerbot import --r") == ["--replace-all"]
    assert complete(script, "careerbot completion ") == ["bash"]
    assert complete(script, "careerbot chart electrician --out ") == []  # the shell's files
    assert complete(script, "careerbot compare ") == []
