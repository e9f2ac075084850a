"""Cards go out as the Bot API's JSON through python-telegram-bot's rate limiter
(``bot/card_bot.py``), and answer a message the way ``Message.reply_html`` would: quoting it
in a group, not in a private chat, with the same buttons."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import RunningBot
from tests.e2e.test_journey import button
from tests.fakes.fake_bot_api import FakeBotApi

GROUP, MEMBER, PERSON = -4001, 77, 4343


async def card_for(fake: FakeBotApi, chat_id: int, text: str, **who: int) -> dict[str, Any]:
    fake.push_message(chat_id, text, **who)
    call = await fake.wait_for("sendMessage")
    asked = [m for m in fake.history(chat_id) if not m.from_bot][-1]
    params = dict(call.params)
    params["asked"] = asked.message_id
    return params


@pytest.mark.parametrize(
    ("chat_id", "who", "quoted"),
    [(GROUP, {"user_id": MEMBER}, True), (PERSON, {}, False)],
    ids=["group", "private chat"],
)
async def test_a_card_quotes_the_question_in_a_group_only(
    fake: FakeBotApi, running_bot: RunningBot, chat_id: int, who: dict[str, int], quoted: bool
) -> None:
    async with running_bot():
        params = await card_for(fake, chat_id, "nurse vs electrician", **who)
    assert params["parse_mode"] == "HTML"
    assert "Registered Nurses vs Electricians" in params["text"]
    rows = params["reply_markup"]["inline_keyboard"]
    assert all(set(b) in ({"text", "callback_data"}, {"text", "url"}) for row in rows for b in row)
    if quoted:
        assert params["reply_parameters"] == {"message_id": params["asked"]}
    else:
        assert "reply_parameters" not in params
    card = fake.last_message(chat_id)
    assert card is not None
    assert card.reply_markup == params["reply_markup"]


async def test_a_pressed_button_edits_its_card_in_place(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        await card_for(fake, PERSON, "nurse vs electrician")
        card = fake.last_message(PERSON)
        assert card is not None
        fake.push_callback(PERSON, card.message_id, button(card, "⇄ Swap")["callback_data"])
        call = await fake.wait_for("editMessageText")
    assert call.params["chat_id"] == PERSON
    assert call.params["message_id"] == card.message_id
    assert call.params["parse_mode"] == "HTML"
    assert "Electricians vs Registered Nurses" in str(call.params["text"])
    edited = fake.last_message(PERSON)
    assert edited is not None
    assert edited.reply_markup == call.params["reply_markup"]
