"""Recommendations through Telegram: free text, a refining follow-up, and the /fit quiz,
end to end over HTTP against the fake Bot API."""

from __future__ import annotations

from tests.e2e.conftest import RunningBot
from tests.e2e.test_journey import button, press, say
from tests.fakes.fake_bot_api import FakeBotApi


async def test_free_text_preferences_then_a_follow_up_then_compare_the_top_two(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        answer = await say(fake, "I want remote work and the lowest AI risk, which role fits me?")
        assert answer.parse_mode == "HTML"
        assert answer.text.startswith("Careers that fit what you asked for")
        assert "remote work · low AI risk" in answer.text
        refined = await say(fake, "and no coding too")
        assert "no coding" in refined.text
        assert refined.message_id != answer.message_id
        card = await press(fake, refined, button(refined, "⚖️ Compare #1 vs #2")["callback_data"])
        assert " vs " in card.text
        assert "★" in card.text or "=" in card.text


async def test_the_fit_quiz_by_buttons(fake: FakeBotApi, running_bot: RunningBot) -> None:
    async with running_bot():
        commands = {c["command"] for c in fake.my_commands()}
        assert "fit" in commands
        quiz = await say(fake, "/fit")
        assert "What matters most" in quiz.text
        quiz = await press(fake, quiz, button(quiz, "▫️ 🏠 Remote")["callback_data"])
        quiz = await press(fake, quiz, button(quiz, "▫️ 📋 Many openings")["callback_data"])
        musts = await press(fake, quiz, button(quiz, "Next")["callback_data"])
        assert "must-haves" in musts.text
        musts = await press(fake, musts, button(musts, "▫️ No coding")["callback_data"])
        answer = await press(fake, musts, button(musts, "Show my matches")["callback_data"])
        assert "Careers that fit" in answer.text
        assert "no coding (must)" in answer.text
        about = await press(fake, answer, button(answer, "ℹ️ Tell me about #1")["callback_data"])
        assert about.message_id == answer.message_id
    assert not fake.unexpected_errors
