"""Several bot processes behind a load balancer, sharing one database: a conversation
continues whichever process gets the next message, an update Telegram re-delivers to
another process is answered once, and requests without the webhook secret are refused."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.e2e.processes import SECRET, BotProcess, bot_processes
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.objects import ApiCall

CHAT = 6060
HELP = "Ask me to compare"


async def deliver(fake: FakeBotApi, bot: BotProcess, text: str, expect: str) -> ApiCall:
    """Post a message to one process and wait for its reply, which contains ``expect``."""
    update = fake.message_update(CHAT, text)
    assert await fake.post_update_to(bot.url, update, secret_token=SECRET) == 200
    return await fake.wait_for(
        lambda call: call.method == "sendMessage" and expect in call.params["text"], timeout=30
    )


async def test_a_conversation_continues_across_processes_and_a_redelivery_is_answered_once(
    fake: FakeBotApi, database_url: str, tmp_path: Path
) -> None:
    async with bot_processes(2, fake, database_url, tmp_path) as (first, second):
        card = await deliver(fake, first, "routing vs middleware", "Engineer vs")
        swapped = await deliver(fake, second, "swap", "Engineer vs")

        start = fake.mark()
        update = fake.message_update(CHAT, "tell me about middleware")
        statuses = await asyncio.gather(
            fake.post_update_to(first.url, update, secret_token=SECRET),
            fake.post_update_to(second.url, update, secret_token=SECRET),
        )
        # Each process handles its updates in order, so once both have answered a later
        # message, both have dealt with the re-delivered one.
        for bot in (first, second):
            await deliver(fake, bot, "help", HELP)
        replies = [call.params["text"] for call in fake.calls_to("sendMessage", since=start)]

    assert "AI Model Routing Engineer vs AI Middleware Engineer" in card.params["text"]
    assert "AI Middleware Engineer vs AI Model Routing Engineer" in swapped.params["text"]
    assert statuses == [200, 200]
    profiles = [text for text in replies if "AI Middleware Engineer" in text]
    assert len(profiles) == 1, replies
    assert len(replies) == 3, replies
    fake.assert_no_errors()


async def test_webhook_requests_without_the_secret_are_refused(
    fake: FakeBotApi, database_url: str, tmp_path: Path
) -> None:
    async with bot_processes(1, fake, database_url, tmp_path) as (bot,):
        start = fake.mark()
        update = fake.message_update(CHAT, "routing vs middleware")
        missing = await fake.post_update_to(bot.url, update)
        wrong = await fake.post_update_to(bot.url, update, secret_token="not-the-secret")
        answer = await deliver(fake, bot, "help", HELP)
    assert (missing, wrong) == (403, 403)
    assert [c.params["text"] for c in fake.calls_to("sendMessage", since=start)] == [
        answer.params["text"]
    ]
