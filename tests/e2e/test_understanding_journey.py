"""What people write, understood end to end in Telegram: the issue's examples through the real
bot, the fake Bot API and the database, follow-ups and questions back included."""

from __future__ import annotations

from tests.e2e.conftest import RunningBot
from tests.e2e.test_journey import button, press, say
from tests.fakes.fake_bot_api import FakeBotApi


async def test_another_kind_keeps_the_side_already_settled(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        asked = await say(fake, "nurse or teacher")
        assert asked.text.startswith("“teacher” can mean several careers: showing Elementary")
        chosen = await press(fake, asked, button(asked, "↔ Secondary School")["callback_data"])
        assert chosen.text.startswith("Registered Nurses vs Secondary School Teachers")
        typed = await say(fake, "nurse or teacher")  # the kind on screen is the one meant
        assert typed.text.startswith("Registered Nurses vs Secondary School Teachers")
        answered = await say(fake, "kindergarten teacher instead")
        assert typed.message_id != answered.message_id
        assert answered.text.startswith("Registered Nurses vs Kindergarten Teachers")
    assert fake.unexpected_errors == []


async def test_follow_ups_answer_the_figure_asked_about_what_is_on_screen(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        card = await say(fake, "RN vs LPN")
        assert card.text.startswith("Registered Nurses vs Licensed Practical")
        pay = await say(fake, "which pays more?")
        assert pay.message_id != card.message_id
        assert pay.text.startswith("💰 Pay: Registered Nurses")  # the answer, not the card again
        assert len(pay.text.splitlines()) <= 2
        again = await press(fake, pay, button(pay, "⚖️ The card")["callback_data"])
        assert again.text == card.text
        first = await say(fake, "tell me more about the first one")
        assert first.text.startswith("Registered Nurses")
        electricians = await say(fake, "how much do electricians make")
        assert electricians.text.splitlines()[2].startswith("💰 Pay: median $")
    assert fake.unexpected_errors == []


async def test_what_is_not_a_career_is_never_guessed_at(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        thanks = await say(fake, "thanks!")
        assert thanks.text.startswith("You're welcome!")
        for text in (
            "tell me a joke",
            "you're a useless bot",
            "'; DROP TABLE careers; --",
        ):
            reply = await say(fake, text)
            assert "Did you mean" not in reply.text
            assert "I compare careers" in reply.text
        pm = await say(fake, "product manager")
        assert "O*NET and BLS have no occupation called “product manager”" in pm.text
        assert button(pm, "Marketing Managers")
        ranked = await say(fake, "which AI career pays the most")
        assert ranked.text.startswith("Best paid — AI")
    assert fake.unexpected_errors == []
