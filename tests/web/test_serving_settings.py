"""How old launch data may be is a setting read once and validated like the others; the
tool's public address must be https, as Telegram opens Mini Apps only over https."""

from __future__ import annotations

import pytest

from careerbot import cli
from careerbot.app.settings import DEFAULT_WEBAPP_MAX_AGE, Settings, SettingsError


@pytest.mark.parametrize(
    ("value", "seconds"), [(None, DEFAULT_WEBAPP_MAX_AGE), ("3600", 3600), (" 600 ", 600)]
)
def test_the_launch_data_age_is_read_once(value: str | None, seconds: int) -> None:
    env = {"CAREERBOT_WEBAPP_MAX_AGE": value} if value is not None else {}
    assert Settings.from_env(env).webapp_max_age == seconds
    assert DEFAULT_WEBAPP_MAX_AGE == 24 * 3600


@pytest.mark.parametrize("value", ["0", "-5", "a day", "1e5", "99999999999"])
def test_a_bad_launch_data_age_stops_start_up_in_one_line(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CAREERBOT_WEBAPP_MAX_AGE", value)
    assert cli.main(["list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "CAREERBOT_WEBAPP_MAX_AGE" in err


@pytest.mark.parametrize(
    "url",
    ["http://example.org/tool", "example.org", "https://", "ftp://example.org", "https://x.org/#a"],
)
def test_the_tools_address_must_be_https(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SettingsError):
        Settings().with_webapp_url(url)
    assert cli.main(["run", "--webapp-port", "0", "--webapp-url", url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--webapp-url" in err


def test_an_https_address_is_kept() -> None:
    url = "https://example.org/careerbot?from=menu"
    assert Settings().with_webapp_url(url).webapp_url == url
    assert Settings().with_webapp_url(None).webapp_url is None
