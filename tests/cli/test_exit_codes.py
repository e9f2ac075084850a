"""Every command's exit code and streams, table-driven: 0 and the answer on stdout; 1, 2 or
3 and nothing on stdout, one line on stderr saying what to do, and for 3 the choices as the
exact `careerbot …` commands, each of which answers."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from seed_pages import REPO_ROOT

from careerbot import cli

EXAMPLE = str(REPO_ROOT / "data" / "examples" / "catalog.json")
OUT = "{tmp}/chart.png"

#: (arguments, exit code, what stdout or stderr says)
TABLE: list[tuple[list[str], int, str]] = [
    (["--version"], 0, r"^careerbot \S+$"),
    (["--help"], 0, "exit codes:"),
    (["ask", "--help"], 0, "examples:"),
    (["nosuchcommand"], 2, "invalid choice"),
    (["compare", "electrician", "plumber"], 0, "^Electricians vs Plumbers"),
    (["compare", "electrician", "plumber", "--json"], 0, '"intent": "compare"'),
    (["compare", "xyzzy", "plumber"], 1, "no career called “xyzzy”: see careerbot list"),
    (["compare", "nurse", "nurse"], 3, "Both names are one occupation .*: Registered Nurses"),
    (["compare", "nurse", "teacher"], 0, "“teacher” can mean several careers: showing"),
    (["compare", "", "plumber"], 2, "needs career names"),
    (["compare", "plumber"], 2, "required: B"),
    (["ask", "how much do electricians make?"], 0, r"Pay: median \$63k"),
    (["ask", ""], 2, "needs a message"),
    (["ask", "   "], 2, "needs a message"),
    (["ask", "xyzzy"], 1, "no career question found"),
    (["ask", "xyzzy plover"], 1, "no career called “xyzzy plover”"),
    (["ask", "tell me about zqxjv plorbing"], 1, "no career called “zqxjv plorbing”"),
    (["ask", "nurse or teacher"], 0, "showing Elementary School Teachers"),
    (["ask", "how much do teachers make"], 3, "Which one do you mean by “teachers”"),
    (["ask", "product manager vs nurse"], 0, "Showing Marketing Managers, the nearest"),
    (["ask", "product manager salary"], 3, "no occupation called “product manager”"),
    (["ask", "which career fits me?"], 2, "careerbot chat"),
    (["ask", "swap"], 1, "no career question found"),
    (["ask", "routing vs middleware", "--chat", "x"], 2, "invalid int value"),
    (["fit", "remote, no coding"], 0, "^Careers that fit you"),
    (["fit", ""], 2, "needs a message"),
    (["fit", "purple elephants"], 1, "no preference found"),
    (["roadmap", "cashier", "registered nurse"], 0, "From Cashiers to Registered Nurses"),
    (["roadmap", "teacher"], 3, "Which one do you mean by “teacher”"),
    (["roadmap", "xyzzy"], 1, "no career called “xyzzy”"),
    (["roadmap", "a", "b", "c"], 2, r"takes one or two careers: \[FROM\] TO"),
    (["chart", "electrician", "--out", OUT], 0, "^Wrote .*chart.png"),
    (["chart", "teacher", "plumber", "--out", OUT], 3, "Which one do you mean by “teacher”"),
    (["chart", "a", "b", "c", "--out", OUT], 2, "takes one or two careers"),
    (["chart", "electrician"], 2, "required: --out"),
    (["chart", "electrician", "--out", "/proc/no/such/chart.png"], 2, "cannot write"),
    (["list"], 0, "^ai-model-routing-engineer"),
    (["about"], 0, "^Where the figures come from"),
    (["health"], 0, "^ok: 929 careers"),
    (["stats"], 0, "messages answered"),
    (["import", EXAMPLE], 0, "^Imported 5 careers"),
    (["import", "{tmp}/nowhere.json"], 1, "no such file"),
    (["import"], 2, "required: PATH"),
    (["remove", "no-such-career"], 1, "no career 'no-such-career'"),
    (["remove"], 2, "required: SLUG"),
    (["completion", "bash"], 0, "complete -o default -F _careerbot careerbot"),
    (["completion", "fish"], 2, "invalid choice"),
    (["run"], 2, "TELEGRAM_BOT_TOKEN is not set"),
]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("argv", "code", "says"), TABLE, ids=[" ".join(r[0]) for r in TABLE])
def test_exit_code_and_streams(
    cli_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    argv: list[str],
    code: int,
    says: str,
) -> None:
    got, out, err = run([arg.replace("{tmp}", str(tmp_path)) for arg in argv], capsys)
    assert got == code, (out, err)
    if code == 0:
        assert err == ""
        assert re.search(says, out, re.M), out
        if "--json" not in argv:
            assert not re.search(r"^\s+\[[^\]]+\]", out, re.M), "a button no one can press"
        return
    assert out == ""
    lines = err.splitlines()
    assert re.search(says, lines[0]), err
    assert lines[0].startswith("careerbot")
    if code != 3:
        assert len(lines) == 1, err
    assert "Traceback" not in err
    assert "/list" not in err  # Telegram's commands are for Telegram


CHOICES = [row[0] for row in TABLE if row[1] == 3]


@pytest.mark.parametrize("argv", CHOICES, ids=[" ".join(argv) for argv in CHOICES])
def test_each_choice_is_an_exact_command_that_answers(
    cli_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    _, _, err = run([arg.replace("{tmp}", str(tmp_path)) for arg in argv], capsys)
    commands = [line.strip() for line in err.splitlines()[1:]]
    assert len(commands) >= 2, err
    for command in commands:
        words = shlex.split(command)
        assert words[0] == "careerbot"
        assert shlex.join(words) == command  # quoted to paste as it is
        code, out, err_again = run(words[1:], capsys)
        assert code == 0, (command, err_again)
        assert out


def test_other_kinds_of_a_shared_name_are_printed_as_commands_that_answer(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["ask", "nurse or teacher"], capsys)
    assert code == 0
    kinds = out.split("\nOther kinds:\n")[1].splitlines()
    assert len(kinds) >= 2
    for command in kinds:
        words = shlex.split(command)
        assert words[:3] == ["careerbot", "compare", "Registered Nurses"]
        again, shown, _ = run(words[1:], capsys)
        assert again == 0
        assert shown.startswith(f"Registered Nurses vs {words[3]}")


def test_a_condensed_card_names_the_command_that_prints_it_whole(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["ask", "electrician or plumber?"], capsys)
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("The whole card: "))
    words = shlex.split(line.removeprefix("The whole card: "))
    again, whole, _ = run(words[1:], capsys)
    assert again == 0
    assert "Choose Electricians if you" in whole
    assert "The whole card:" not in whole
