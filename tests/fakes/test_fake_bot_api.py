"""The fake, driven by the real python-telegram-bot client it exists to serve."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import socket
from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from .fake_bot_api import FakeBotApi

CHAT = 4242
POLL_TIMEOUT = dtm.timedelta(seconds=1)


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as b:
        yield b


def keyboard(data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("Pick", callback_data=data)]])


def echo_app(fake: FakeBotApi) -> Application:  # type: ignore[type-arg]
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(update.effective_message.text or "")

    app = (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app


async def test_get_me_describes_the_bot(fake: FakeBotApi, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot
    assert me.username == "careerbot_test_bot"
    assert me.supports_inline_queries
    assert me.id == int(fake.token.split(":")[0])


async def test_send_message_is_stored_as_users_see_it(fake: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(
        CHAT, "<b>Nurse</b> vs <i>Doctor</i>", parse_mode="HTML", reply_markup=keyboard("cmp:1")
    )
    stored = fake.last_message(CHAT)
    assert stored is not None
    assert stored.message_id == sent.message_id
    assert (stored.text, stored.source_text) == ("Nurse vs Doctor", sent.text_html)
    assert stored.callback_data == ["cmp:1"]
    assert [e.type for e in sent.entities] == ["bold", "italic"]
    fake.assert_no_errors()


async def test_long_polling_application_echoes_a_pushed_message(fake: FakeBotApi) -> None:
    app = echo_app(fake)
    async with app:
        await app.updater.start_polling(poll_interval=0, timeout=POLL_TIMEOUT)  # type: ignore[union-attr]
        await app.start()
        await fake.wait_for_calls("getUpdates")
        update_id = fake.push_message(CHAT, "hello there")
        reply = await fake.wait_for("sendMessage")
        await app.updater.stop()  # type: ignore[union-attr]
        await app.stop()
    assert reply.params["text"] == "hello there"
    assert [c.method for c in fake.calls[:3]] == ["getMe", "deleteWebhook", "getUpdates"]
    # The shutdown poll confirms what was handled, so a restart would not see it again.
    last_poll = fake.calls_to("getUpdates")[-1]
    assert last_poll.params["offset"] == update_id + 1
    assert last_poll.params["timeout"] == 0
    assert fake.pending_updates == []
    fake.assert_no_errors()


async def test_callback_data_over_64_bytes_is_rejected(fake: FakeBotApi, bot: Bot) -> None:
    await bot.send_message(CHAT, "ok", reply_markup=keyboard("x" * 64))
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(CHAT, "too much", reply_markup=keyboard("é" * 33))  # 66 bytes
    assert fake.errors[-1].description == "Bad Request: BUTTON_DATA_INVALID"


async def test_text_over_4096_is_rejected(bot: Bot) -> None:
    await bot.send_message(CHAT, "x" * 4096)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "x" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "😀" * 2049)  # 2049 characters, 4098 UTF-16 units
    await bot.send_message(CHAT, f"<b>{'x' * 4096}</b>", parse_mode="HTML")  # tags are free


async def test_empty_text_is_rejected(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(CHAT, "<b> </b>", parse_mode="HTML")


@pytest.mark.parametrize("text", ["<b>x", "a < b & c", "a & c", "<br>", "<b>x</i>"])
async def test_malformed_html_is_rejected(bot: Bot, text: str) -> None:
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.send_message(CHAT, text, parse_mode="HTML")


async def test_escaped_html_is_accepted(fake: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(
        CHAT, 'a &lt; b &amp; c <a href="https://x.org/?a=1&amp;b=2">x</a>', parse_mode="HTML"
    )
    assert sent.text == "a < b & c x"
    assert sent.entities[0].url == "https://x.org/?a=1&b=2"


async def test_edits_mutate_state_and_reject_no_ops(fake: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "v1", reply_markup=keyboard("a"))
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("v1", CHAT, sent.message_id, reply_markup=keyboard("a"))
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=keyboard("a"))
    await bot.edit_message_text("v2", CHAT, sent.message_id, reply_markup=keyboard("b"))
    stored = fake.messages(CHAT)[0]
    assert (stored.text, stored.callback_data, stored.edit_date is not None) == ("v2", ["b"], True)
    # Like Telegram, an edit without reply_markup drops the keyboard.
    await bot.edit_message_text("v3", CHAT, sent.message_id)
    assert fake.messages(CHAT)[0].reply_markup is None
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("v4", CHAT, 999)
    assert len(fake.unexpected_errors) == 3


async def test_callback_query_can_be_answered_once(fake: FakeBotApi, bot: Bot) -> None:
    sent = await bot.send_message(CHAT, "pick", reply_markup=keyboard("cmp:2"))
    with pytest.raises(ValueError, match="no button"):
        fake.push_callback(CHAT, sent.message_id, "cmp:9")
    update_id = fake.push_callback(CHAT, sent.message_id, "cmp:2")
    (update,) = await bot.get_updates(timeout=1)
    assert update.update_id == update_id
    assert update.callback_query is not None
    assert update.callback_query.message is not None
    assert update.callback_query.message.message_id == sent.message_id
    await update.callback_query.answer("done")
    assert fake.answered_callbacks[f"cbq-{update_id}"]["text"] == "done"
    with pytest.raises(BadRequest, match="Query is too old"):
        await update.callback_query.answer("again")


async def test_inline_query_answers_are_validated(fake: FakeBotApi, bot: Bot) -> None:
    update_id = fake.push_inline_query("nurse")
    (update,) = await bot.get_updates(timeout=1)
    assert update.inline_query is not None
    content = InputTextMessageContent("<b>Nurse</b>", parse_mode="HTML")
    articles = [InlineQueryResultArticle(str(i), "Nurse", content) for i in range(51)]
    with pytest.raises(BadRequest, match=r"(?i)results_too_much"):
        await update.inline_query.answer(articles)
    broken = InputTextMessageContent("<b>Nurse", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await update.inline_query.answer([InlineQueryResultArticle("1", "Nurse", broken)])
    with pytest.raises(BadRequest, match=r"(?i)result_id_invalid"):
        await update.inline_query.answer([InlineQueryResultArticle("x" * 65, "Nurse", content)])
    await update.inline_query.answer([])
    assert f"iq-{update_id}" in fake.inline_answers


async def test_429_surfaces_as_retry_after(
    fake: FakeBotApi, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without this PTB warns on RetryAfter.retry_after, and filterwarnings=error fails.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    fake.fail_next("sendMessage", status=429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "hi")
    assert caught.value.retry_after == dtm.timedelta(seconds=7)
    await bot.send_message(CHAT, "hi")  # only the next call was scripted to fail
    assert fake.errors[0].description == "Too Many Requests: retry after 7"
    assert fake.unexpected_errors == []


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_surface_as_network_errors(
    fake: FakeBotApi, bot: Bot, status: int
) -> None:
    fake.fail_next("sendMessage", status=status)
    with pytest.raises(NetworkError):
        await bot.send_message(CHAT, "hi")
    assert fake.messages(CHAT) == []


async def test_hanging_call_times_out_with_or_without_effect(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail_next("sendMessage", status=None, delay=2.0)
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "lost", read_timeout=0.2)
    fake.fail_next("sendMessage", status=None, delay=2.0, execute_before_delay=True)
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "delivered anyway", read_timeout=0.2)
    assert [m.text for m in fake.messages(CHAT)] == ["delivered anyway"]


async def test_a_second_poller_terminates_the_first(fake: FakeBotApi, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await fake.wait_for_calls("getUpdates")
    async with Bot(fake.token, base_url=fake.base_url) as other:
        await other.get_updates(timeout=0)
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await first


async def test_commands_round_trip_and_are_validated(fake: FakeBotApi, bot: Bot) -> None:
    await bot.set_my_commands([("compare", "Compare two careers")])
    assert [c.command for c in await bot.get_my_commands()] == ["compare"]
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([("Compare Now", "bad")])
    await bot.delete_my_commands()
    assert fake.my_commands() == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_application_receives_posted_updates(fake: FakeBotApi) -> None:
    app, port = echo_app(fake), _free_port()
    url = f"http://127.0.0.1:{port}/hook"
    async with app:
        await app.updater.start_webhook(  # type: ignore[union-attr]
            listen="127.0.0.1", port=port, url_path="hook", webhook_url=url, secret_token="s3cret"
        )
        await app.start()
        assert (fake.webhook_url, fake.webhook_secret) == (url, "s3cret")
        update = fake.message_update(CHAT, "via webhook")
        assert await fake.post_update_to(url, update, secret_token="wrong") == 403
        assert await fake.post_update_to(url, update, secret_token="s3cret") == 200
        reply = await fake.wait_for("sendMessage")
        with pytest.raises(Conflict, match="webhook is active"):
            await app.bot.get_updates()
        await app.updater.stop()  # type: ignore[union-attr]
        await app.stop()
    assert reply.params["text"] == "via webhook"


async def test_bad_tokens_and_unknown_methods_get_404(fake: FakeBotApi, bot: Bot) -> None:
    async with aiohttp.ClientSession() as session, session.get(f"{fake.base_url}x/getMe") as resp:
        assert (resp.status, await resp.json()) == (
            404,
            {"ok": False, "error_code": 404, "description": "Not Found"},
        )
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")
    assert [e.status for e in fake.errors] == [404, 404]


async def test_json_bodies_are_accepted_with_objects_or_strings(fake: FakeBotApi) -> None:
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    async with aiohttp.ClientSession() as session:
        for reply_markup in (markup, json.dumps(markup)):
            body = {"chat_id": CHAT, "text": "hi", "reply_markup": reply_markup}
            async with session.post(f"{fake.base_url}{fake.token}/sendMessage", json=body) as r:
                assert r.status == 200, await r.text()
    assert [m.callback_data for m in fake.messages(CHAT)] == [["go"], ["go"]]
