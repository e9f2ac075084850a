"""`careerbot chat` (buttons as numbered choices), `careerbot about` and `careerbot health`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from careerbot import cli
from careerbot.app.service import CareerService
from careerbot.console import PROMPT, chat, wrapped
from careerbot.store import Store


def scripted(lines: list[str]) -> Iterator[str]:
    yield from lines
    raise EOFError


async def run_chat(database_url: str, lines: list[str]) -> str:
    store = Store(database_url)
    out: list[str] = []
    typed = scripted(lines)
    try:
        await chat(CareerService(store), read=lambda prompt: next(typed), write=out.append)
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


async def test_console_chat_survives_nonsense_and_out_of_range_numbers(database_url: str) -> None:
    transcript = await run_chat(database_url, ["99", "", "\u200b<b>&", "swap"])
    assert "Traceback" not in transcript
    assert "Nothing to swap yet" in transcript


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


async def test_a_chart_choice_saves_a_picture_and_says_where(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = await run_chat(database_url, ["routing vs middleware"])
    transcript = await run_chat(
        database_url, ["routing vs middleware", choice_number(first, "📊 Chart"), "quit"]
    )
    saved = pngs(tmp_path)
    assert len(saved) == 1
    assert f"Chart saved: {saved[0]}" in transcript


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
