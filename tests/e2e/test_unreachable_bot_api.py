"""`careerbot run` against a Bot API that is not there (a closed port on 127.0.0.1): one clear
line a try, with backoff; Ctrl-C or giving up ends it with one line and an exit code, never a
traceback and never an unclosed connection."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.startup import BotStartError, reach_bot_api
from tests.e2e.processes import free_port
from tests.fakes.fake_bot_api import FakeBotApi

TOKEN = "123456789:AAEfakeTokenFakeTokenFakeTokenFake01"
LEAKS = ("Traceback", "Unclosed", "Task was destroyed", TOKEN)


def start_run(database_url: str, base_url: str, log_format: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": base_url,
        "CAREERBOT_DATABASE_URL": database_url,
        "CAREERBOT_LOG_FORMAT": log_format,
        "PYTHONWARNINGS": "default",  # a ResourceWarning would be printed, not hidden
    }
    return subprocess.Popen(
        [sys.executable, "-m", "careerbot.cli", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def first_line(process: subprocess.Popen[str]) -> str:
    assert process.stderr is not None
    line = process.stderr.readline()  # the first try, once careerbot has started
    assert line, f"no output before exit ({process.poll()})"
    return line


@pytest.mark.parametrize(
    ("log_format", "stop", "code"),
    [("plain", signal.SIGINT, 130), ("json", signal.SIGINT, 130), ("json", signal.SIGTERM, 0)],
    ids=["Ctrl-C", "Ctrl-C, JSON logs", "SIGTERM, JSON logs"],
)
def test_an_unreachable_bot_api_is_said_in_one_line_a_try_and_a_signal_ends_it_cleanly(
    database_url: str, log_format: str, stop: signal.Signals, code: int
) -> None:
    closed = free_port()  # nothing listens there
    process = start_run(database_url, f"http://127.0.0.1:{closed}/bot", log_format)
    try:
        line = first_line(process)
        process.send_signal(stop)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    text = line + err
    assert process.returncode == code, text
    assert out == ""
    assert not [leak for leak in LEAKS if leak in text], text
    if log_format == "json":  # every line a JSON object, the stop included
        messages = [json.loads(row)["message"] for row in text.splitlines()]
    else:
        messages = text.splitlines()
    assert f"cannot reach the Bot API at http://127.0.0.1:{closed}/bot" in messages[0]
    assert "trying again in 1 s (try 1 of 7)" in messages[0]
    assert messages[1:] == (["stopped before the Bot API answered"] if code == 0 else [])


async def test_after_the_last_try_it_gives_up_with_one_line_and_closes_its_connection(
    caplog: pytest.LogCaptureFixture,
) -> None:
    closed = free_port()
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    url = f"http://127.0.0.1:{closed}/bot"
    with pytest.raises(BotStartError) as failure:
        await reach_bot_api(url + TOKEN, url, delays=(1.0, 2.0, 4.0), sleep=sleep)
    assert failure.value.code == 1
    assert str(failure.value).startswith(f"gave up: the Bot API at {url} did not answer in 4 tries")
    assert "\n" not in str(failure.value)
    assert waits == [1.0, 2.0, 4.0]  # backoff
    tries = [r.getMessage() for r in caplog.records if "cannot reach" in r.getMessage()]
    assert [m.split("(try ")[1] for m in tries] == ["1 of 4)", "2 of 4)", "3 of 4)"]


async def test_a_refused_token_stops_it_at_once_as_a_bad_setting() -> None:
    async with FakeBotApi(token=TOKEN) as fake:  # any other token is refused, as a revoked one
        wrong = "123456789:AAEwrongTokenWrongTokenWrongTokenXX"
        with pytest.raises(BotStartError) as failure:
            await reach_bot_api(fake.base_url + wrong, fake.base_url)
    assert failure.value.code == 2
    assert f"the Bot API at {fake.base_url} refused TELEGRAM_BOT_TOKEN" in str(failure.value)


async def test_a_bot_api_that_answers_is_reached_on_the_first_try(fake: FakeBotApi) -> None:
    await reach_bot_api(fake.base_url + fake.token, fake.base_url, delays=())


def test_the_command_gives_up_as_one_line_and_exit_1(tmp_path: Path) -> None:
    """The whole command, with no tries left to wait for: `careerbot run` exits 1."""
    closed = free_port()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": f"http://127.0.0.1:{closed}/bot",
        "CAREERBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite3'}",
    }
    code = (
        "import bot.startup, sys; bot.startup.DELAYS = (0.01,); "
        "from careerbot import cli; sys.exit(cli.main(['run']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines[-1].startswith(f"careerbot: gave up: the Bot API at http://127.0.0.1:{closed}/bot")
    assert len(lines) == 2  # one try said, then giving up
    assert not [leak for leak in LEAKS if leak in done.stderr], done.stderr
