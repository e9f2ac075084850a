""" "Which career fits me?" through Telegram: a person's own words, a refining follow-up, and
the guided profile in one message edited in place, end to end over HTTP against the fake
Bot API."""

from __future__ import annotations

from tests.e2e.conftest import RunningBot
from tests.e2e.test_journey import button, press, say
from tests.fakes.fake_bot_api import FakeBotApi


async def test_a_person_s_words_then_a_follow_up_then_compare_the_top_two(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        answer = await say(fake, "I'm a cashier, what can I switch to that pays more?")
        assert answer.parse_mode == "HTML"
        assert answer.text.startswith("Careers that fit you")
        assert "you work as: Cashiers" in answer.text
        assert "from Cashiers: pay $" in answer.text
        refined = await say(fake, "and no degree")
        assert "jobs without a degree" in refined.text
        assert refined.message_id != answer.message_id
        card = await press(fake, refined, button(refined, "⚖️ Compare 1 and 2")["callback_data"])
        assert " vs " in card.text
        way = await say(fake, "why not registered nurse?")
        assert way.text.startswith("Why not Registered Nurses?")
    assert not fake.unexpected_errors


async def test_the_guided_profile_by_buttons_in_one_message(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        commands = {c["command"] for c in fake.my_commands()}
        assert "fit" in commands
        asked = await say(fake, "what should I do with my life")
        assert "Question 1 of 10" in asked.text
        first = asked.message_id
        asked = await press(fake, asked, button(asked, "👍")["callback_data"])
        assert "Question 2 of 10" in asked.text
        asked = await press(fake, asked, button(asked, "Skip")["callback_data"])
        asked = await press(fake, asked, button(asked, "👎")["callback_data"])
        assert "Question 4 of 10" in asked.text
        asked = await press(fake, asked, button(asked, "👍")["callback_data"])
        answer = await press(fake, asked, button(asked, "✅ Show my matches now")["callback_data"])
        assert answer.message_id == first
        assert answer.text.startswith("Careers that fit you")
        assert "you like building and making things" in answer.text
        assert "you like helping people" in answer.text
        about = await press(fake, answer, button(answer, "ℹ️ More about 1")["callback_data"])
        assert about.message_id == first
    assert not fake.unexpected_errors
