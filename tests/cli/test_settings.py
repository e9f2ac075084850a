"""Settings are read once and checked: a bad value of any of them stops careerbot with one
line naming the variable and what it may be, exit code 2, whatever the command; log levels
read in any case; a database URL with a driver careerbot does not install gets the right
one suggested, its password left out."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from careerbot import cli
from careerbot.app.settings import VARIABLES, Settings

#: each setting's bad values; where the value may hold a secret, the part that must never be
#: written, else None and the value is quoted back
TOKEN = "123456789:AAEfakeTokenFakeTokenFakeTokenFake01"
BAD: dict[str, list[tuple[str, str | None]]] = {
    "TELEGRAM_BOT_TOKEN": [("not-a-token", "not-a-token"), ("123:short", "123:short")],
    "TELEGRAM_BASE_URL": [
        (f"telegram.example.org/bot{TOKEN}", TOKEN),
        ("ftp://telegram.example.org/bot", "ftp:"),
    ],
    "CAREERBOT_DATABASE_URL": [
        ("postgresql://bot:s3cret@db/careerbot", "s3cret"),
        ("mysql://bot:s3cret@db/x", "s3cret"),
        ("sqlite:///x.db", "s3cret"),
        ("x.db", "x.db"),
    ],
    "CAREERBOT_WEBHOOK_SECRET": [("has spaces", "has spaces"), ("ü", "ü")],
    "CAREERBOT_ADMIN_IDS": [("12,abc", None), ("@operator", None)],
    "CAREERBOT_RATE_LIMIT": [("fast", None), ("20/0", None)],
    "CAREERBOT_METRICS_PORT": [
        ("abc", None),
        ("0", None),
        ("70000", None),
        ("-1", None),
        ("٣", None),
    ],
    "CAREERBOT_LOG_LEVEL": [("verbose", None), ("10", None), ("warn ing", None)],
    "CAREERBOT_LOG_FORMAT": [("xml", None), ("text", None)],
    "CAREERBOT_WEBAPP_MAX_AGE": [("0", None), ("a day", None), ("-5", None)],
}
CASES = [(name, value, hidden) for name, values in BAD.items() for value, hidden in values]


def test_every_setting_has_bad_values_here() -> None:
    assert set(BAD) == {variable.name for variable in VARIABLES}


@pytest.mark.parametrize(("name", "value", "hidden"), CASES)
def test_a_bad_value_is_one_line_naming_the_variable_and_exit_2(
    cli_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *,
    name: str,
    value: str,
    hidden: str | None,
) -> None:
    monkeypatch.setenv(name, value)
    command = ["run"] if name.startswith("TELEGRAM_") else ["list"]
    if name == "TELEGRAM_BASE_URL":
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    assert cli.main(command) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith(f"careerbot: {name} ")
    if hidden is not None:
        assert hidden not in err
    else:
        assert repr(value) in err  # what was wrong, quoted


@pytest.mark.parametrize(
    ("url", "suggested"),
    [
        (
            "postgresql://careerbot:s3cret@db.example.org/careerbot",
            "use postgresql+asyncpg://careerbot:***@db.example.org/careerbot",
        ),
        ("postgres://bot@db/careerbot", "use postgresql+asyncpg://bot@db/careerbot"),
        ("postgresql+psycopg2://bot@db/x", "use postgresql+asyncpg://bot@db/x"),
        ("sqlite:///x", "use sqlite+aiosqlite:///x"),
        ("sqlite:////var/lib/careerbot.db", "use sqlite+aiosqlite:////var/lib/careerbot.db"),
    ],
)
def test_a_database_url_with_another_driver_gets_the_right_scheme_suggested(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str, suggested: str
) -> None:
    monkeypatch.setenv("CAREERBOT_DATABASE_URL", url)
    assert cli.main(["health"]) == 2
    err = capsys.readouterr().err
    assert err.rstrip().endswith(suggested), err
    assert "s3cret" not in err


@pytest.mark.parametrize(
    ("env", "level", "fmt"),
    [
        ({}, "WARNING", "plain"),
        ({"CAREERBOT_LOG_LEVEL": "debug"}, "DEBUG", "plain"),
        ({"CAREERBOT_LOG_LEVEL": "Info", "CAREERBOT_LOG_FORMAT": "JSON"}, "INFO", "json"),
        ({"CAREERBOT_LOG_LEVEL": " error ", "CAREERBOT_LOG_FORMAT": ""}, "ERROR", "plain"),
    ],
)
def test_log_settings_read_in_any_case(env: dict[str, str], level: str, fmt: str) -> None:
    settings = Settings.from_env(env)
    assert (settings.log_level, settings.log_format) == (level, fmt)


def test_the_metrics_port_is_a_setting() -> None:
    assert Settings.from_env({"CAREERBOT_METRICS_PORT": "9100"}).metrics_port == 9100
    assert Settings.from_env({}).metrics_port is None


@pytest.mark.parametrize(
    "command",
    [["list"], ["about"], ["health"], ["ask", "electrician or plumber?"], ["import", "nowhere"]],
)
def test_debug_logs_in_lower_case_work_on_every_command(
    cli_database: str, command: list[str]
) -> None:
    env = {**os.environ, "CAREERBOT_LOG_LEVEL": "debug", "CAREERBOT_LOG_FORMAT": "json"}
    done = subprocess.run(
        [sys.executable, "-m", "careerbot.cli", *command],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == (1 if command[0] == "import" else 0), done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert "Unknown level" not in done.stderr
