"""A strict fake of the Telegram Bot API HTTP server for end-to-end tests.

Point a real python-telegram-bot ``Bot``/``Application`` at it::

    async with FakeBotApi() as fake:
        app = (
            ApplicationBuilder().token(fake.token)
            .base_url(fake.base_url).base_file_url(fake.base_file_url).build()
        )
        fake.push_message(42, "/start")
        ...
        call = await fake.wait_for("sendMessage")

It answers like Telegram, including its 400s (see ``telegram_rules``/``telegram_html``),
so a test that passes here does not rely on leniency production would not show.
"""

from __future__ import annotations

import asyncio
import re
from types import TracebackType
from typing import Any

import aiohttp
from aiohttp import web

from .bot_state import BotState
from .faults import Fault, FaultPlan
from .objects import DEFAULT_TOKEN, TOKEN_RE, ApiCall, ApiError, StoredMessage
from .observation import CallMatcher, Observation
from .telegram_errors import BotApiError, bad_request
from .telegram_rules import decode_params
from .updates import CONFLICT_WEBHOOK, UpdateQueue

_PATH_RE = re.compile(r"/bot([^/]*)/([^/]*)")
__all__ = ["DEFAULT_TOKEN", "ApiCall", "ApiError", "CallMatcher", "FakeBotApi", "StoredMessage"]


class FakeBotApi(Observation):
    def __init__(
        self,
        *,
        token: str | None = None,
        bot_username: str = "careerbot_test_bot",
        bot_first_name: str = "CareerBot",
        strict_ampersand: bool = True,
        shutdown_timeout: float = 2.0,
    ) -> None:
        """``token``: if given, other well-formed tokens get 401 like revoked ones do."""
        queue = UpdateQueue()
        state = BotState(
            queue,
            bot_username=bot_username,
            bot_first_name=bot_first_name,
            strict_ampersand=strict_ampersand,
        )
        super().__init__(queue, state)
        self._token = token
        self._shutdown_timeout = shutdown_timeout
        self._handlers = state.handlers()
        self._canonical = {name.lower(): name for name in [*self._handlers, "getUpdates"]}
        self._faults = FaultPlan()
        self._runner: web.AppRunner | None = None
        self._port = 0

    # --- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # Cancel a handler when its client hangs up, as a real server stops caring: an
        # abandoned long poll must not linger and fight the next one.
        self._runner = web.AppRunner(
            app,
            handler_cancellation=True,
            access_log=None,
            shutdown_timeout=self._shutdown_timeout,
        )
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self._port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        self._queue.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/file/bot"

    @property
    def token(self) -> str:
        return self._token or DEFAULT_TOKEN

    # --- HTTP ----------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        match = _PATH_RE.fullmatch(request.path)
        if match is None or not TOKEN_RE.fullmatch(match[1]):
            return self._fail(request.path, {}, BotApiError(404, "Not Found"))
        token, sent_method = match.groups()
        if self._token is not None and token != self._token:
            return self._fail(sent_method, {}, BotApiError(401, "Unauthorized"))
        self._state.bot_id = int(token.split(":", 1)[0])
        method = self._canonical.get(sent_method.lower(), sent_method)
        try:
            params = await _read_params(request)
        except BotApiError as exc:
            return self._fail(method, {}, exc)
        self._arrived(ApiCall(method, params))
        if method not in self._canonical.values():
            return self._fail(method, params, BotApiError(404, "Not Found"))
        fault = self._faults.take(method)
        if fault is None:
            return await self._execute(method, params)
        if fault.execute_before_delay:
            response = await self._execute(method, params)
            await asyncio.sleep(fault.delay)
            return response
        await asyncio.sleep(fault.delay)
        if (gateway := fault.bad_gateway()) is not None:
            return gateway
        if (error := fault.error()) is not None:
            return self._fail(method, params, error, injected=True)
        return await self._execute(method, params)

    async def _execute(self, method: str, params: dict[str, Any]) -> web.Response:
        try:
            if method == "getUpdates":
                if self._state.webhook_url:
                    raise BotApiError(409, CONFLICT_WEBHOOK)
                result: Any = await self._queue.get_updates(params)
            else:
                result = self._handlers[method](params)
        except BotApiError as exc:
            return self._fail(method, params, exc)
        return web.json_response({"ok": True, "result": result})

    def _fail(
        self, method: str, params: dict[str, Any], error: BotApiError, *, injected: bool = False
    ) -> web.Response:
        if 400 <= error.status < 500:
            self.errors.append(ApiError(method, params, error.status, error.description, injected))
        return web.json_response(error.payload(), status=error.status)

    # --- fault injection -----------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        status: int | None = 429,
        retry_after: int | None = None,
        delay: float = 0.0,
        times: int = 1,
        description: str | None = None,
        execute_before_delay: bool = False,
    ) -> None:
        """Script the next ``times`` calls of ``method`` ("*" = any) to misbehave.

        ``status=429`` answers Telegram's flood-control error with ``retry_after`` (default
        1); 500 answers its JSON error; 502 answers nginx's HTML page, as Telegram's edge
        does; ``status=None`` with ``delay`` only hangs before answering normally.  With
        ``execute_before_delay`` the call takes effect first and then the answer hangs,
        modelling a request Telegram performed whose response the client never got.
        """
        if status is None and delay <= 0:
            raise ValueError("a fault needs a status, a delay, or both")
        if times < 1:
            raise ValueError("times must be >= 1")
        self._faults.add(
            Fault(
                method.lower(),
                status,
                retry_after,
                delay,
                description,
                execute_before_delay,
                times,
            )
        )

    def clear_faults(self) -> None:
        self._faults.clear()

    def block_chat(self, chat_id: int | str) -> None:
        """Make sends to this chat fail with 403, as after the user blocked the bot."""
        self._state.blocked_chats.add(chat_id)

    @staticmethod
    async def post_update_to(
        url: str, update: dict[str, Any], secret_token: str | None = None
    ) -> int:
        """Deliver an update to a webhook like Telegram does; returns the HTTP status."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret_token} if secret_token else {}
        async with (
            aiohttp.ClientSession() as session,
            session.post(url, json=update, headers=headers) as response,
        ):
            await response.read()
            return response.status


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Query string, form, multipart or JSON: the Bot API accepts all of them."""
    raw: dict[str, Any] = dict(request.query)
    if request.body_exists:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON object") from None
            if not isinstance(body, dict):
                raise bad_request("JSON object expected")
            raw.update(body)
        else:
            raw.update(await request.post())
    return decode_params(raw)
