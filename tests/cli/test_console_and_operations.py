"""`careerbot chat` (buttons as numbered choices), `careerbot about` and `careerbot health`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerbot import cli
from careerbot.app.service import CareerService
from careerbot.console import PROMPT, charts_folder, chat, wrapped
from careerbot.store import Store


def scripted(lines: list[str]) -> Iterator[str]:
    yield from lines
    raise EOFError


async def run_chat(database_url: str, lines: list[str], folder: Path | None = None) -> str:
    store = Store(database_url)
    out: list[str] = []
    typed = scripted(lines)
    try:
        await chat(
            CareerService(store), read=lambda prompt: next(typed), write=out.append, folder=folder
        )
    finally:
        await store.dispose()
    return "\n".join(out)


def choice_number(transcript: str, label: str) -> str:
    for line in reversed(transcript.splitlines()):
        if label in line and line.strip().startswith("["):
            return line.strip()[1 : line.strip().index("]")]
    raise AssertionError(f"no choice {label!r} in:\n{transcript}")


async def test_console_chat_presses_a_button_by_its_number(database_url: str) -> None:
    first = await run_chat(database_url, ["routing vs middleware", "quit"])
    assert "AI Model Routing Engineer vs AI Middleware Engineer" in first
    swap = choice_number(first, "⇄ Swap")
    transcript = await run_chat(database_url, ["routing vs middleware", swap, "quit"])
    assert "AI Middleware Engineer vs AI Model Routing Engineer" in transcript
    assert PROMPT not in transcript  # prompts go to the reader, not into the reply text


async def test_console_chat_survives_nonsense(database_url: str) -> None:
    transcript = await run_chat(database_url, ["", "\u200b<b>&", "swap"])
    assert "Traceback" not in transcript
    assert "Nothing to swap yet" in transcript


@pytest.mark.parametrize("typed", ["9", "0", "99999999999999999999"])
async def test_a_number_outside_the_choices_says_which_numbers_are_valid(
    database_url: str, typed: str
) -> None:
    first = await run_chat(database_url, ["routing vs middleware"])
    shown = [line for line in first.splitlines() if line.strip().startswith("[")]
    transcript = await run_chat(database_url, ["routing vs middleware", typed])
    assert (
        f"There is no choice {int(typed)}: type a number from 1 to {len(shown)}, or a message."
        in (transcript)
    )
    assert "couldn't find a career question" not in transcript


async def test_a_number_with_no_choices_shown_says_so(database_url: str) -> None:
    transcript = await run_chat(database_url, ["thanks", "2"])
    assert "There is no choice 2: nothing to choose from now. Type a message." in transcript


async def test_ctrl_c_at_the_prompt_ends_the_chat_at_once(database_url: str) -> None:
    store = Store(database_url)

    def interrupted(prompt: str) -> str:
        raise KeyboardInterrupt

    try:
        await chat(CareerService(store), read=interrupted, write=lambda _: None)
    finally:
        await store.dispose()


def test_long_lines_wrap_between_words_and_the_grid_stays_aligned() -> None:
    prose = "• " + "Want an easier way in (entry barrier Medium vs High) " * 3
    grid = "Median pay   $98k ★         $63k"
    lines = wrapped(f"{grid}\n{prose}", 40).splitlines()
    assert lines[0] == grid
    assert all(len(line) <= 40 for line in lines)
    words = " ".join(line.strip() for line in lines[1:]).split()
    assert words == prose.split()  # no word was broken
    assert all(line.startswith("  ") for line in lines[2:])  # under the bullet's text


async def test_a_chart_choice_is_saved_where_the_person_said_never_in_the_current_folder(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, charts = tmp_path / "here", tmp_path / "my charts"
    here.mkdir()
    monkeypatch.chdir(here)
    first = await run_chat(database_url, ["routing vs middleware"])
    press = choice_number(first, "📊 Chart")
    transcript = await run_chat(database_url, ["routing vs middleware", press, "quit"], charts)
    saved = pngs(charts)
    assert len(saved) == 1
    assert f"Chart saved: {saved[0]}" in transcript
    assert not list(here.iterdir())


async def test_without_a_folder_charts_go_to_careerbots_data_folder(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert charts_folder() == tmp_path / "data" / "careerbot" / "charts"
    first = await run_chat(database_url, ["routing vs middleware"])
    press = choice_number(first, "📊 Chart")
    transcript = await run_chat(database_url, ["routing vs middleware", press, "quit"])
    saved = pngs(charts_folder())
    assert len(saved) == 1
    assert f"Chart saved: {saved[0]}" in transcript
    assert not list(here.iterdir())


def pngs(folder: Path) -> list[Path]:
    found = sorted(folder.glob("careerbot-cmp-*.png"))
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in found)
    return found


def test_about_lists_every_source_with_its_attribution(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["about"]) == 0
    out = capsys.readouterr().out
    for name in ("O*NET 29.3", "Occupational Employment and Wage Statistics", "GPTs are GPTs"):
        assert name in out
    assert "CC BY 4.0" in out
    assert "not a replacement risk" in out
    assert not out.rstrip().endswith("(shortened)")  # all of it, within one Telegram message
    assert not re.search(r"\((\d{4})\)\s*\(\1\)", out), "a year said twice"


def test_about_names_the_exposure_figure_the_cards_lead_with(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["compare", "registered nurse", "electrician"]) == 0
    card = capsys.readouterr().out
    assert "as human annotators rated them" in card
    assert cli.main(["about"]) == 0
    about = capsys.readouterr().out
    block = next(b for b in about.split("\n\n") if "GPTs are GPTs" in b)
    assert "On cards: LLM task exposure rated by human annotators (GPT-4's rating beside it)." in (
        block
    )
    assert "human_rating_beta" in block
    assert block.index("human annotators") < block.index("GPT-4")


def test_health_reports_the_catalog(cli_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["health"]) == 0
    assert capsys.readouterr().out.startswith("ok: 929 careers")


def test_run_without_a_token_is_one_line_and_exit_2(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["run"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "TELEGRAM_BOT_TOKEN" in err
