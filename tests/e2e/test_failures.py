"""When the core fails, the person hears about it and no button keeps spinning."""

from __future__ import annotations

import pytest

from bot.handlers import SORRY
from careerbot.app.service import CareerService
from tests.e2e.conftest import RunningBot
from tests.fakes.fake_bot_api import FakeBotApi

CHAT = 777


async def broken(*_: object) -> None:
    raise RuntimeError("database went away")


async def test_a_failing_message_gets_an_apology(
    fake: FakeBotApi,
    running_bot: RunningBot,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with running_bot() as app:
        service: CareerService = app.bot_data["service"]
        fake.push_message(CHAT, "routing vs middleware")
        await fake.wait_for("sendMessage")
        card = fake.last_message(CHAT)
        assert card is not None
        monkeypatch.setattr(service, "message", broken)
        monkeypatch.setattr(service, "button", broken)
        fake.push_message(CHAT, "what about multimodal?")
        await fake.wait_for("sendMessage")
        apology = fake.last_message(CHAT)
        fake.push_callback(CHAT, card.message_id, card.callback_data[0])
        answer = await fake.wait_for("answerCallbackQuery")
    assert apology is not None
    assert apology.text == SORRY
    assert answer.params.get("text") == SORRY
    assert "database went away" in caplog.text
