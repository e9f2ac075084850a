"""The commands a one-shot answer offers to copy read back as the same words in a shell,
and a name with an apostrophe reads as a person would type it."""

from __future__ import annotations

import shlex

import pytest

from careerbot.commands.choices import command


@pytest.mark.parametrize(
    "argv",
    [
        ["careerbot", "compare", "Police and Sheriff's Patrol Officers", "Firefighters"],
        ["careerbot", "compare", "Nurses", 'a "quoted" name'],
        ["careerbot", "chart", "it's $HOME", "x", "--out", "charts"],
        ["careerbot", "roadmap", "plain"],
    ],
)
def test_a_command_reads_back_as_its_words(argv: list[str]) -> None:
    assert shlex.split(command(argv)) == argv


def test_an_apostrophe_is_quoted_as_typed() -> None:
    line = command(["careerbot", "compare", "Police and Sheriff's Patrol Officers", "Nurses"])
    assert line == 'careerbot compare "Police and Sheriff\'s Patrol Officers" Nurses'
