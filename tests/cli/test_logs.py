"""Logs: one JSON object a line with CAREERBOT_LOG_FORMAT=json; never the bot's token."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator

import pytest

from careerbot._utils import logs

TOKEN = "123456789:AAEfakeTokenFakeTokenFakeTokenFake01"


@pytest.fixture(autouse=True)
def root_logger_restored() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_json_lines_carry_level_logger_message_and_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    logs.configure("INFO", "json", force=True)
    log = logging.getLogger("careerbot.test")
    log.info("calling https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise RuntimeError(f"failed for {TOKEN}")
    except RuntimeError:
        log.exception("update %s failed", 7)
    lines = capsys.readouterr().err.strip().splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first["level"] == "INFO"
    assert first["logger"] == "careerbot.test"
    assert first["message"] == "calling https://api.telegram.org/bot<token>/getMe"
    assert second["message"] == "update 7 failed"
    assert "RuntimeError: failed for <token>" in second["error"]
    assert TOKEN not in "\n".join(lines)


def test_plain_lines_hide_the_token_too(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure("WARNING", force=True)
    logging.getLogger("careerbot.test").warning("token %s", TOKEN)
    assert capsys.readouterr().err.strip() == "WARNING careerbot.test: token <token>"


def test_a_commands_error_line_follows_the_log_format() -> None:
    assert logs.error_line(f"no career called “x” ({TOKEN})") == (
        "careerbot: no career called “x” (<token>)"
    )
    line = logs.error_line(f"gave up\non {TOKEN}", "json")
    assert "\n" not in line
    record = json.loads(line)
    assert (record["level"], record["logger"]) == ("ERROR", "careerbot")
    assert record["message"] == "gave up\non <token>"


def test_a_pool_reset_stopped_by_a_cancel_is_not_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A Ctrl-C or SIGTERM cancelling a pooled connection's reset is the stop asked for, not
    a traceback for the person; any other pool error, or a cancel logged elsewhere, shows."""
    logs.configure("WARNING", force=True)
    pool = logging.getLogger("sqlalchemy.pool.impl.AsyncAdaptedQueuePool")
    for error in (asyncio.CancelledError(), RuntimeError("disk I/O error")):
        try:
            raise error
        except BaseException:  # logged as SQLAlchemy logs it
            pool.error("Exception during reset or similar", exc_info=True)
    text = capsys.readouterr().err
    assert "CancelledError" not in text
    assert "disk I/O error" in text
