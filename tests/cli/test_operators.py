"""For operators: CAREERBOT_ADMIN_IDS and CAREERBOT_RATE_LIMIT as read (their bad values are
in test_settings.py), and `careerbot stats` shows usage."""

from __future__ import annotations

import pytest

from careerbot import cli
from careerbot.app.admission import RateLimit
from careerbot.app.settings import DEFAULT_RATE_LIMIT, Settings


@pytest.mark.parametrize(
    ("env", "admins", "rate"),
    [
        ({}, frozenset(), RateLimit(20, 60)),
        ({"CAREERBOT_ADMIN_IDS": "12, 34,56"}, frozenset({12, 34, 56}), DEFAULT_RATE_LIMIT),
        ({"CAREERBOT_RATE_LIMIT": "5/10"}, frozenset(), RateLimit(5, 10)),
        ({"CAREERBOT_RATE_LIMIT": "off"}, frozenset(), None),
    ],
)
def test_operator_settings_are_read_from_the_environment(
    env: dict[str, str], admins: frozenset[int], rate: RateLimit | None
) -> None:
    settings = Settings.from_env({"CAREERBOT_DATABASE_URL": "sqlite+aiosqlite://", **env})
    assert (settings.admin_ids, settings.rate_limit) == (admins, rate)


def test_stats_from_the_command_line_show_what_was_asked(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["ask", "routing vs middleware"])
    cli.main(["ask", "tell me about zqxjv plorbing"])
    capsys.readouterr()
    assert cli.main(["stats"]) == 0
    out = capsys.readouterr().out
    assert "2 messages answered." in out
    assert "AI Middleware Engineer vs AI Model Routing Engineer — 1" in out
    assert "“zqxjv plorbing” — 1" in out
