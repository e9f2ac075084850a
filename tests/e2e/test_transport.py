"""The bot's HTTP backend against a real HTTP server on 127.0.0.1: what goes over the wire,
and the errors python-telegram-bot (and bot/resilience.py) expect from any backend."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.resilience import Timeouts
from bot.transport import AiohttpRequest

QUICK = Timeouts(connect=1.0, read=0.3, write=1.0, pool=1.0)
RECEIVED: list[dict[str, Any]] = []


async def record(request: web.Request) -> web.Response:
    """Answers as the Bot API does, after noting what arrived."""
    seen: dict[str, Any] = {"content_type": request.content_type}
    if request.content_type == "application/json":
        seen["body"] = await request.json()
    else:
        form = await request.post()
        seen["fields"] = {
            name: (value.filename, value.file.read()) if hasattr(value, "file") else value
            for name, value in form.items()
        }
    RECEIVED.append(seen)
    return web.json_response({"ok": True, "result": {"message_id": 7, "text": "é ✓"}})


async def stall(_: web.Request) -> web.Response:
    await asyncio.sleep(2)
    return web.json_response({"ok": True, "result": True})


async def not_json(_: web.Request) -> web.Response:
    return web.Response(text="<html>not json</html>", content_type="text/html")


async def bad_gateway(_: web.Request) -> web.Response:
    return web.Response(status=502, text="<html>502 Bad Gateway</html>")


@pytest.fixture
async def server() -> AsyncIterator[str]:
    app = web.Application()
    for path, handler in [("/record", record), ("/stall", stall), ("/html", not_json)]:
        app.router.add_post(path, handler)
    app.router.add_post("/502", bad_gateway)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    RECEIVED.clear()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@pytest.fixture
async def transport() -> AsyncIterator[AiohttpRequest]:
    request = AiohttpRequest(QUICK)
    await request.initialize()
    try:
        yield request
    finally:
        await request.shutdown()


def data(**values: object) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in values.items()])


async def test_a_call_goes_as_one_json_body_and_its_answer_is_parsed(
    server: str, transport: AiohttpRequest
) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Swap ↔", callback_data="s:1:2")]])
    text = "<b>Nurse</b> vs <i>Accountant</i> — €, 🙂"
    result = await transport.post(
        f"{server}/record", data(chat_id=-100123, text=text, reply_markup=markup)
    )
    assert result == {"message_id": 7, "text": "é ✓"}
    (seen,) = RECEIVED
    assert seen["content_type"] == "application/json"
    assert seen["body"] == {
        "chat_id": -100123,
        "text": text,
        "reply_markup": {"inline_keyboard": [[{"text": "Swap ↔", "callback_data": "s:1:2"}]]},
    }


async def test_a_file_goes_as_multipart_with_its_name(
    server: str, transport: AiohttpRequest
) -> None:
    document = InputFile(b"slug,title\n", filename="catalog.csv")
    await transport.post(f"{server}/record", data(chat_id=5, document=document, caption="x"))
    (seen,) = RECEIVED
    assert seen["content_type"] == "multipart/form-data"
    fields = seen["fields"]
    assert fields["chat_id"] == "5"
    assert fields["caption"] == "x"
    attached = next(v for v in fields.values() if isinstance(v, tuple))
    assert attached == ("catalog.csv", b"slug,title\n")


async def test_an_answer_slower_than_the_read_timeout_is_timed_out(
    server: str, transport: AiohttpRequest
) -> None:
    with pytest.raises(TimedOut):
        await transport.post(f"{server}/stall", data(chat_id=1))


async def test_a_refused_connection_is_a_network_error(transport: AiohttpRequest) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NetworkError) as raised:
        await transport.post(f"http://127.0.0.1:{port}/x", data(chat_id=1))
    assert not isinstance(raised.value, TimedOut)


async def test_an_html_error_page_is_a_network_error(
    server: str, transport: AiohttpRequest
) -> None:
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await transport.post(f"{server}/502", data(chat_id=1))


async def test_an_answer_that_is_not_json_is_a_clean_telegram_error(
    server: str, transport: AiohttpRequest
) -> None:
    with pytest.raises(TelegramError, match="Invalid server response"):
        await transport.post(f"{server}/html", data(chat_id=1))


async def test_a_request_before_initialize_says_so() -> None:
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest(QUICK).do_request("http://127.0.0.1:9/x", "POST")


async def test_the_proxy_in_the_environment_is_used_unless_no_proxy_names_the_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    async def proxy(request: web.Request) -> web.Response:
        seen.append(request.host)
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", proxy)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{runner.addresses[0][1]}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    port = runner.addresses[0][1]
    request = AiohttpRequest(QUICK)
    await request.initialize()
    try:
        assert await request.post("http://api.telegram.invalid/bot1:x/getMe", data()) is True
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        bypassing = AiohttpRequest(QUICK)
        await bypassing.initialize()
        try:
            assert await bypassing.post(f"http://127.0.0.1:{port}/bot1:x/getMe", data()) is True
        finally:
            await bypassing.shutdown()
    finally:
        await request.shutdown()
        await runner.cleanup()
    # through the proxy, then straight to the host NO_PROXY names
    assert seen == ["api.telegram.invalid", f"127.0.0.1:{port}"]
