"""When the Bot API throttles, fails or stalls, the reply is retried and still arrives."""

from __future__ import annotations

import asyncio

import pytest

from bot.resilience import Timeouts
from tests.e2e.conftest import RunningBot
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.objects import StoredMessage

CHAT = 5150
QUESTION = "routing vs middleware"
TITLE = "AI Model Routing Engineer vs AI Middleware Engineer"
# Short enough that a stalled call is abandoned quickly, long enough for a loaded machine.
IMPATIENT = Timeouts(connect=2.0, read=1.0, write=2.0, pool=2.0)
STALL = 2.5


def cards(fake: FakeBotApi) -> list[StoredMessage]:
    return [m for m in fake.messages(CHAT) if TITLE in m.text]


async def test_flood_control_is_waited_out_and_the_reply_arrives(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        fake.fail_next("sendMessage", status=429, retry_after=1)
        fake.push_message(CHAT, QUESTION)
        await fake.wait_for_calls("sendMessage", 2)
    assert len(cards(fake)) == 1
    assert [e.status for e in fake.errors] == [429]


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_are_retried_until_the_reply_arrives(
    fake: FakeBotApi, running_bot: RunningBot, status: int
) -> None:
    async with running_bot():
        fake.fail_next("sendMessage", status=status, times=2)
        fake.push_message(CHAT, QUESTION)
        calls = await fake.wait_for_calls("sendMessage", 3)
    assert len(calls) == 3
    assert len(cards(fake)) == 1
    fake.assert_no_errors()


async def test_a_stalled_send_is_abandoned_and_retried_once_delivered(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot(IMPATIENT):
        # The fake hangs before acting; the bot hangs up, so this attempt never takes effect.
        fake.fail_next("sendMessage", status=None, delay=STALL)
        fake.push_message(CHAT, QUESTION)
        await fake.wait_for_calls("sendMessage", 2)
        await asyncio.sleep(STALL)  # long enough for a late first attempt to show up
    assert len(cards(fake)) == 1


async def test_a_lost_answer_means_the_reply_shows_twice_never_zero_times(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    # Telegram sent the message but its answer never came back: a timeout cannot tell this
    # from a lost request, so the retry delivers at least once, here twice (bot/resilience).
    async with running_bot(IMPATIENT):
        fake.fail_next("sendMessage", status=None, delay=STALL, execute_before_delay=True)
        fake.push_message(CHAT, QUESTION)
        await fake.wait_for_calls("sendMessage", 2)
        await asyncio.sleep(0.2)
    shown = cards(fake)
    assert len(shown) == 2
    assert shown[0].text == shown[1].text


async def test_a_button_press_survives_failing_answer_and_edit(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        fake.push_message(CHAT, QUESTION)
        await fake.wait_for("sendMessage")
        card = cards(fake)[0]
        swap = next(b["callback_data"] for b in card.buttons if "Swap" in b["text"])
        fake.fail_next("answerCallbackQuery", status=502)
        fake.fail_next("editMessageText", status=500)
        fake.push_callback(CHAT, card.message_id, swap)
        await fake.wait_for_calls("editMessageText", 2)
        await asyncio.sleep(0.2)
    assert len(fake.answered_callbacks) == 1
    (edited,) = fake.messages(CHAT)
    assert edited.message_id == card.message_id
    assert edited.text.startswith("AI Middleware Engineer vs AI Model Routing Engineer")
    fake.assert_no_errors()


async def test_a_callback_answer_whose_reply_was_lost_is_not_taken_for_a_failure(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot(IMPATIENT):
        fake.push_message(CHAT, QUESTION)
        await fake.wait_for("sendMessage")
        card = cards(fake)[0]
        swap = next(b["callback_data"] for b in card.buttons if "Swap" in b["text"])
        fake.fail_next("answerCallbackQuery", status=None, delay=STALL, execute_before_delay=True)
        fake.push_callback(CHAT, card.message_id, swap)
        await fake.wait_for("editMessageText", timeout=10)
        await asyncio.sleep(0.2)
    # The retry hears "query is too old": the first answer got through, so the press goes on.
    assert [(e.method, e.status) for e in fake.errors] == [("answerCallbackQuery", 400)]
    (edited,) = fake.messages(CHAT)
    assert edited.text.startswith("AI Middleware Engineer vs AI Model Routing Engineer")
