"""Real `careerbot run --webhook` processes, as a load balancer would have behind it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from tests.fakes.fake_bot_api import FakeBotApi

SECRET = "load-balanced_s3cret"
START_TIMEOUT = 60.0


@dataclass(frozen=True)
class BotProcess:
    name: str
    url: str
    process: asyncio.subprocess.Process
    log: Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def _listening(port: int) -> bool:
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return False
    writer.close()
    await writer.wait_closed()
    return True


async def _start(name: str, fake: FakeBotApi, database_url: str, logs: Path) -> BotProcess:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": fake.base_url,
        "CAREERBOT_DATABASE_URL": database_url,
        "CAREERBOT_WEBHOOK_SECRET": SECRET,
        "CAREERBOT_RATE_LIMIT": "off",
        "CAREERBOT_LOG_LEVEL": "INFO",
        "PTB_TIMEDELTA": "true",
    }
    log = logs / f"{name}.log"
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "careerbot.cli",
            "run",
            "--webhook",
            url,
            "--listen",
            "127.0.0.1",
            "--port",
            str(port),
            env=env,
            stdout=out,
            stderr=asyncio.subprocess.STDOUT,
        )
    bot = BotProcess(name, url, process, log)
    async with asyncio.timeout(START_TIMEOUT):
        while not await _listening(port):
            if process.returncode is not None:
                raise RuntimeError(f"{name} exited: {log.read_text()}")
            await asyncio.sleep(0.1)
    return bot


async def _stop(bot: BotProcess) -> None:
    if bot.process.returncode is None:
        bot.process.send_signal(signal.SIGTERM)
        try:
            async with asyncio.timeout(15):
                await bot.process.wait()
        except TimeoutError:
            bot.process.kill()
            await bot.process.wait()


@contextlib.asynccontextmanager
async def bot_processes(
    count: int, fake: FakeBotApi, database_url: str, logs: Path
) -> AsyncIterator[list[BotProcess]]:
    """Start ``count`` processes on one database and one Bot API; stop them afterwards."""
    started = await asyncio.gather(
        *(_start(f"bot-{n}", fake, database_url, logs) for n in range(count)),
        return_exceptions=True,
    )
    bots = [bot for bot in started if isinstance(bot, BotProcess)]
    try:
        for failure in started:
            if isinstance(failure, BaseException):
                raise failure
        # Each process registers its webhook once it is up; then all of them serve.
        await fake.wait_for_calls("setWebhook", count, since=0, timeout=START_TIMEOUT)
        yield bots
    finally:
        await asyncio.gather(*(_stop(bot) for bot in bots))
