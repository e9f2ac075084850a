"""Hostile messages, forged button data and odd inline queries, through the real bot: the
strict fake Bot API accepts every answer, and every callback is answered."""

from __future__ import annotations

from tests.e2e.conftest import RunningBot
from tests.fakes.fake_bot_api import FakeBotApi

CHAT = 6666
MESSAGES = [
    "\u200b\u200d\ufeff",
    "\u202eroutnig sv erawelddim",
    "routing\x00 vs\x1b[31m middleware",
    "<script>alert(1)</script> vs <b>routing</b>",
    "**routing** vs _middleware_ `code` [x](http://e.com)",
    "'; DROP TABLE careers; -- vs routing",
    "&amp; &lt; &#0; &#x110000; &bogus;",
    "🤖" * 4096,
    "x" * 4096,
    "vs " * 1365,
    "tell me about " + "&<>" * 1300,
    "/compare@careerbot_test_bot",
    "/start cmp_zzzzzzzz_0",
    "/start " + "\u200b" * 60,
    "/list",
    "/about",
]
FORGED = ["", "c:", "c:1:2:3", "c:-1:2", "p:1:2:99999", "v:zzzzzzzz", "k:1", "💥" * 16, "x" * 64]
QUERIES = ["routing vs", "<b>", "🤖" * 200, "'; DROP TABLE careers; --", "a" * 256, "vs vs vs"]


async def test_every_hostile_message_gets_an_answer_telegram_accepts(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        for text in MESSAGES:
            fake.push_message(CHAT, text)
            await fake.wait_for("sendMessage")
    assert len(fake.messages(CHAT)) == len(MESSAGES)
    assert not any("Traceback" in m.text for m in fake.messages(CHAT))
    fake.assert_no_errors()


async def test_forged_button_data_is_answered_and_refused(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        fake.push_message(CHAT, "routing vs middleware")
        await fake.wait_for("sendMessage")
        card = fake.last_message(CHAT)
        assert card is not None
        for data in FORGED:
            fake.push_callback(CHAT, card.message_id, data, require_button=False)
            await fake.wait_for("answerCallbackQuery")
        shown = fake.last_message(CHAT)
    assert len(fake.answered_callbacks) == len(FORGED)
    assert shown == card  # nothing was edited on the strength of forged data
    fake.assert_no_errors()


async def test_odd_inline_queries_are_answered_with_valid_results(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        for query in QUERIES:
            fake.push_inline_query(query)
            await fake.wait_for("answerInlineQuery")
    assert len(fake.inline_answers) == len(QUERIES)
    fake.assert_no_errors()
