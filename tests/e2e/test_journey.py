"""A person's whole path through the bot, end to end over HTTP."""

from __future__ import annotations

from tests.e2e.conftest import RunningBot
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.objects import StoredMessage

CHAT = 4242


def button(message: StoredMessage, starts: str) -> dict[str, str]:
    found = [b for b in message.buttons if b["text"].startswith(starts)]
    assert found, f"no button starting {starts!r} in {[b['text'] for b in message.buttons]}"
    return found[0]


async def say(fake: FakeBotApi, text: str) -> StoredMessage:
    fake.push_message(CHAT, text)
    await fake.wait_for("sendMessage")
    message = fake.last_message(CHAT)
    assert message is not None
    return message


async def press(fake: FakeBotApi, message: StoredMessage, data: str) -> StoredMessage:
    fake.push_callback(CHAT, message.message_id, data)
    await fake.wait_for("answerCallbackQuery")
    await fake.wait_for("editMessageText")
    edited = [m for m in fake.messages(CHAT) if m.message_id == message.message_id]
    return edited[0]


async def test_startup_registers_the_command_menu(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        commands = {c["command"] for c in fake.my_commands()}
    assert {"compare", "career", "list", "help", "about"} <= commands


async def test_ask_compare_pick_page_swap_skills_share(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        card = await say(fake, "modle routng vs middleware?")
        assert card.parse_mode == "HTML"
        assert "AI Model Routing Engineer vs AI Middleware Engineer" in card.text
        assert "skills in common" not in card.text  # the card fits a phone: More has it
        opened_more = await press(fake, card, button(card, "➕ More")["callback_data"])
        assert opened_more.message_id == card.message_id
        assert opened_more.text.startswith(card.text)
        assert "3 of 13 skills in common" in opened_more.text
        closed = await press(fake, opened_more, button(opened_more, "➖ Less")["callback_data"])
        assert closed.text == card.text
        share = button(card, "📤 Share")["url"]
        assert share.startswith("https://t.me/careerbot_test_bot?start=cmp_")

        picker = await press(
            fake, card, button(card, "🔁 Compare AI Model Routing Engineer")["callback_data"]
        )
        assert picker.message_id == card.message_id
        assert "with which career?" in picker.text
        next_page = await press(fake, picker, button(picker, "▶")["callback_data"])
        assert next_page.callback_data != picker.callback_data
        first_page = await press(fake, next_page, button(next_page, "◀")["callback_data"])
        assert first_page.callback_data == picker.callback_data

        chosen = await press(fake, first_page, button(first_page, "AI Multimodal")["callback_data"])
        assert "AI Model Routing Engineer vs AI Multimodal Systems Engineer" in chosen.text

        swapped = await press(fake, chosen, button(chosen, "⇄ Swap")["callback_data"])
        assert "AI Multimodal Systems Engineer vs AI Model Routing Engineer" in swapped.text

        skills = await press(fake, swapped, button(swapped, "🧩 Skills")["callback_data"])
        assert "Vector Databases & Embedding Models ≈ Vector database management" in skills.text

        back = await press(fake, skills, button(skills, "↩ Back")["callback_data"])
        assert "AI Multimodal Systems Engineer vs AI Model Routing Engineer" in back.text

        payload = share.split("start=")[1]
        opened = await say(fake, f"/start {payload}")
        assert "AI Model Routing Engineer vs AI Middleware Engineer" in opened.text
    assert fake.unexpected_errors == []


async def test_forged_and_stale_buttons_are_answered(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        card = await say(fake, "routing vs middleware")
        for data in ("drop table careers", "c:zzzzz:1", "p:1:1:-1", "v:" + "9" * 60):
            fake.push_callback(CHAT, card.message_id, data, require_button=False)
            answer = await fake.wait_for("answerCallbackQuery")
            assert answer.params.get("text"), data
        still = await say(fake, "swap")
        assert "AI Middleware Engineer vs AI Model Routing Engineer" in still.text
    assert fake.unexpected_errors == []


async def test_pressing_what_is_already_shown_is_not_an_error(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        card = await say(fake, "routing vs middleware")
        fake.push_callback(CHAT, card.message_id, button(card, "⇄ Swap")["callback_data"])
        await fake.wait_for("editMessageText")
        swapped = fake.last_message(CHAT)
        assert swapped is not None
        # The swapped card's own "Swap" leads back; pressing the original button again edits
        # into identical content, which Telegram refuses and the bot must shrug off.
        fake.push_callback(
            CHAT, card.message_id, button(card, "⇄ Swap")["callback_data"], require_button=False
        )
        await fake.wait_for("answerCallbackQuery")
        await say(fake, "help")
    assert any("not modified" in e.description for e in fake.errors)
    assert [
        e.description for e in fake.unexpected_errors if "not modified" not in e.description
    ] == []


async def test_inline_query_offers_the_comparison_card(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot():
        fake.push_inline_query("routing vs middleware")
        call = await fake.wait_for("answerInlineQuery")
    titles = str(call.params["results"])
    assert "AI Model Routing Engineer vs AI Middleware Engineer" in titles
    assert "AI Middleware Engineer" in titles


async def test_follow_up_works_after_a_restart(fake: FakeBotApi, running_bot: RunningBot) -> None:
    async with running_bot():
        await say(fake, "routing vs middleware")
    async with running_bot():
        follow = await say(fake, "what about multimodal?")
        assert "AI Model Routing Engineer vs AI Multimodal Systems Engineer" in follow.text
        on_device = await say(fake, "and on-device?")
        assert "AI Model Routing Engineer vs AI On-Device AI Engineer" in on_device.text
    assert fake.unexpected_errors == []
