"""The 📊 Chart and 🗺 Roadmap buttons end to end: a chart is uploaded once and then sent by
the file_id Telegram gave it, from any chat; a roadmap opens in place."""

from __future__ import annotations

import io

from tests.e2e.conftest import RunningBot
from tests.e2e.test_journey import CHAT, button, press, say
from tests.fakes.fake_bot_api import FakeBotApi

OTHER_CHAT = 4343


async def test_a_chart_is_uploaded_once_and_then_reused_by_file_id(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        card = await say(fake, "registered nurse vs electrician")
        fake.push_callback(CHAT, card.message_id, button(card, "📊 Chart")["callback_data"])
        await fake.wait_for("sendPhoto")
        ((chat, file_id, uploaded),) = fake.photos_sent
        assert (chat, uploaded) == (CHAT, True)
        photo = fake.last_message(CHAT)
        assert photo is not None
        assert photo.photo == file_id
        assert photo.text.startswith("Pay — Registered Nurses: median $98k")
        png = fake.uploaded(file_id)
        assert png.startswith(b"\x89PNG")
        assert int.from_bytes(png[16:20], "big") == 1280  # the IHDR width
        assert int.from_bytes(png[20:24], "big") == 720

        fake.push_message(OTHER_CHAT, "registered nurse vs electrician")
        await fake.wait_for("sendMessage")
        other = fake.last_message(OTHER_CHAT)
        assert other is not None
        fake.push_callback(OTHER_CHAT, other.message_id, button(other, "📊 Chart")["callback_data"])
        await fake.wait_for("sendPhoto")
        assert fake.photos_sent[-1] == (OTHER_CHAT, file_id, False)  # no second upload
    assert fake.unexpected_errors == []
    assert io.BytesIO(png).getbuffer().nbytes > 10_000


async def test_the_roadmap_button_opens_the_way_in(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        card = await say(fake, "cashier vs registered nurse")
        plan = await press(fake, card, button(card, "🗺 Roadmap")["callback_data"])
        assert plan.text.startswith("🗺 From Cashiers to Registered Nurses")
        assert "bachelor's degree" in plan.text
        assert "Stepping stones:" in plan.text
    assert fake.unexpected_errors == []
