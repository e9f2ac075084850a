"""Operators' view: /metrics scraped over HTTP from a running bot, in Prometheus's format."""

from __future__ import annotations

import asyncio
import os
import socket
import sys

import aiohttp

from careerbot.app.settings import RateLimit
from tests.e2e.conftest import RunningBot
from tests.e2e.test_journey import CHAT, button, press, say
from tests.fakes.fake_bot_api import FakeBotApi

#: the rate's windows are fixed spans of the clock; one this long is never crossed mid-test
#: (the next boundary is in 2286), so the third message is always the one refused
ONE_WINDOW = 10**10


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def sample(text: str, name: str) -> float:
    """A sample's value from Prometheus's text format (the first line that names it)."""
    for line in text.splitlines():
        if line.rsplit(" ", 1)[0] == name:
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"no sample {name} in:\n{text}")


async def scrape(port: int) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/metrics") as response,
    ):
        return response.status, await response.text()


async def test_metrics_count_updates_latency_retries_refusals_and_the_catalog(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    port = free_port()
    async with running_bot(rate_limit=RateLimit(2, ONE_WINDOW)) as app:
        server = app.bot_data["metrics"].serve("127.0.0.1", port)
        try:
            card = await say(fake, "routing vs middleware")
            fake.fail_next("editMessageText", status=502)
            await press(fake, card, button(card, "⇄ Swap")["callback_data"])
            fake.push_message(CHAT, "and again")  # the third in the window: refused
            await fake.wait_for("sendMessage")
            status, text = await scrape(port)
        finally:
            server.shutdown()
            server.server_close()
    assert status == 200
    assert sample(text, 'careerbot_updates_total{kind="message"}') == 1
    assert sample(text, 'careerbot_updates_total{kind="button"}') == 1
    assert sample(text, 'careerbot_reply_seconds_count{kind="message"}') == 1
    assert sample(text, 'careerbot_bot_api_retries_total{method="editMessageText"}') == 1
    assert sample(text, "careerbot_rate_limit_refusals_total") == 1
    assert sample(text, "careerbot_catalog_version") >= 1
    assert fake.token not in text


async def test_careerbot_run_serves_metrics_when_the_setting_asks(
    fake: FakeBotApi, database_url: str
) -> None:
    """CAREERBOT_METRICS_PORT turns metrics on for `careerbot run`, polling, as in the image."""
    port = free_port()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": fake.base_url,
        "CAREERBOT_DATABASE_URL": database_url,
        "CAREERBOT_METRICS_PORT": str(port),
        "PTB_TIMEDELTA": "true",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "careerbot.cli", "run", "--listen", "127.0.0.1", env=env
    )
    try:
        async with asyncio.timeout(60):
            while True:
                try:
                    status, text = await scrape(port)
                    break
                except aiohttp.ClientConnectionError:
                    assert process.returncode is None, "careerbot run ended"
                    await asyncio.sleep(0.2)
    finally:
        process.terminate()
        await process.wait()
    assert status == 200
    assert "careerbot_catalog_version" in text
    assert process.returncode == 0
