"""How the bot talks HTTP to the Bot API: aiohttp with JSON bodies encoded by orjson.

python-telegram-bot's default request backend (httpx, form-encoded bodies, the standard
library's json) costs about as much CPU per Bot API call as careerbot's whole dialogue does;
this one costs a fraction of it (``bench/bot_throughput.py``). It behaves as the default does
where the rest of the bot can tell: the same timeouts, ``TimedOut`` for a timeout and
``NetworkError`` for a failed connection, so ``bot/resilience.py`` retries exactly as before.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import aiohttp
import orjson
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.resilience import DEFAULT_TIMEOUTS, Timeouts

JSONDict = dict[str, Any]


class AiohttpRequest(BaseRequest):
    """One pooled aiohttp session; ``pool_size`` connections at most, as in PTB's own."""

    def __init__(self, timeouts: Timeouts = DEFAULT_TIMEOUTS, pool_size: int = 256) -> None:
        self.timeouts = timeouts
        self.pool_size = pool_size
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self.timeouts.read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @staticmethod
    def parse_json_payload(payload: bytes) -> JSONDict:
        try:
            parsed: JSONDict = orjson.loads(payload)
        except orjson.JSONDecodeError as exc:
            raise TelegramError("Invalid server response") from exc
        return parsed

    async def do_request(  # noqa: PLR0917 - python-telegram-bot's signature
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        timeout = self._timeout(read_timeout, connect_timeout, pool_timeout)
        try:
            async with self._session.request(
                method, url, timeout=timeout, proxy=self._proxy_for(url), **_body(request_data)
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # aiohttp's own timeouts are TimeoutErrors too
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{exc.__class__.__name__}: {exc}") from exc

    def _proxy_for(self, url: str) -> str | None:
        """HTTPS_PROXY, HTTP_PROXY and NO_PROXY apply, as they do to PTB's default backend.
        They are read once per host: aiohttp's own ``trust_env`` reads them, and ~/.netrc,
        in a worker thread on every request."""
        parts = urlsplit(url)
        key = (parts.scheme, parts.hostname or "")
        if key not in self._proxies:
            bypass = not parts.hostname or proxy_bypass(parts.hostname)
            self._proxies[key] = None if bypass else getproxies().get(parts.scheme)
        return self._proxies[key]

    def _timeout(self, read: Any, connect: Any, pool: Any) -> aiohttp.ClientTimeout:
        """PTB passes DEFAULT_NONE for "the default" and None for "no limit"."""

        def chosen(given: Any, default: float) -> float | None:
            return default if isinstance(given, type(BaseRequest.DEFAULT_NONE)) else given

        read_s = chosen(read, self.timeouts.read)
        connect_s = chosen(connect, self.timeouts.connect)
        pool_s = chosen(pool, self.timeouts.pool)
        return aiohttp.ClientTimeout(
            # aiohttp's connect covers waiting for a pooled connection and opening one
            connect=None if connect_s is None or pool_s is None else connect_s + pool_s,
            sock_connect=connect_s,
            # waiting for the answer; a JSON body goes out in one write, so PTB's write
            # timeout has nothing of its own to bound
            sock_read=read_s,
        )


def _body(request_data: RequestData | None) -> dict[str, Any]:
    if request_data is None:
        return {}
    files = request_data.multipart_data
    if not files:
        return {
            "data": orjson.dumps(request_data.parameters),
            "headers": {"Content-Type": "application/json"},
        }
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, part in files.items():
        filename, content, *mime = part if isinstance(part, tuple) else (name, part)
        form.add_field(name, content, filename=filename, content_type=mime[0] if mime else None)
    return {"data": form}
