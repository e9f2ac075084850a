"""SIGTERM (a deploy, `docker stop`) lets the reply being sent finish before the bot exits."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest

from tests.fakes.fake_bot_api import FakeBotApi

CHAT = 1515
STALL = 1.5


async def start_bot(fake: FakeBotApi, database_url: str) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": fake.base_url,
        "CAREERBOT_DATABASE_URL": database_url,
        "PTB_TIMEDELTA": "true",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "careerbot.cli",
        "run",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def terminated(bot: asyncio.subprocess.Process) -> bytes:
    """SIGTERM, as `docker stop` sends it; what the bot wrote to stderr once it has ended
    (killed if it has not within 30 s, which the caller's exit-code check then shows)."""
    try:
        bot.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(bot.communicate(), timeout=30)
        return stderr
    finally:
        if bot.returncode is None:
            bot.kill()
            await bot.wait()


async def test_sigterm_finishes_the_reply_in_flight_then_exits(
    fake: FakeBotApi, database_url: str
) -> None:
    bot = await start_bot(fake, database_url)
    try:
        await fake.wait_for("getUpdates", timeout=30, since=0)
        # Telegram is slow to accept the reply; the signal arrives while it is in flight.
        fake.fail_next("sendMessage", status=None, delay=STALL)
        fake.push_message(CHAT, "routing vs middleware")
        await fake.wait_for("sendMessage", timeout=30)
    finally:
        stderr = await terminated(bot)
    assert bot.returncode == 0, stderr.decode()
    reply = fake.last_message(CHAT)
    assert reply is not None
    assert reply.text.startswith("AI Model Routing Engineer vs AI Middleware Engineer")
    # The handled update was confirmed, so a restarted bot would not answer it again.
    assert fake.pending_updates == []
    assert b"Traceback" not in stderr


@pytest.mark.parametrize("seen", ["getMe", "setMyCommands", "getUpdates"])
async def test_sigterm_at_any_moment_of_start_up_stops_the_bot(
    fake: FakeBotApi, database_url: str, seen: str
) -> None:
    """The bot's whole life is one run of its event loop: under uvloop, a signal that came
    while the loop was stopped between start-up steps waited for another signal, and
    `docker stop` would have waited for its SIGKILL."""
    bot = await start_bot(fake, database_url)
    try:
        await fake.wait_for(seen, timeout=60, since=0)
    finally:
        stderr = await terminated(bot)
    assert bot.returncode == 0, stderr.decode()
    assert b"Traceback" not in stderr
