"""How the bot talks HTTP to the Bot API: JSON bodies, bounded timeouts, one connection pool.

python-telegram-bot posts every call as an HTML form, so a 2 KB card is percent-encoded
character by character (``urllib.parse.quote``); the Bot API takes JSON just as well, and
encoding it is done in C. Calls that upload files keep PTB's multipart path.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.ext import ApplicationBuilder
from telegram.request import BaseRequest, HTTPXRequest, RequestData

_JSON = {"Content-Type": "application/json", "User-Agent": HTTPXRequest.USER_AGENT}


@dataclass(frozen=True)
class Timeouts:
    """Seconds for the bot's own Bot API calls (long polling has its own request)."""

    connect: float = 5.0
    read: float = 10.0
    write: float = 10.0
    pool: float = 5.0


DEFAULT_TIMEOUTS = Timeouts()


class JsonRequest(HTTPXRequest):
    def __init__(self, timeouts: Timeouts, pool_size: int = 256) -> None:
        super().__init__(
            connection_pool_size=pool_size,
            connect_timeout=timeouts.connect,
            read_timeout=timeouts.read,
            write_timeout=timeouts.write,
            pool_timeout=timeouts.pool,
        )

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
        if request_data is None or request_data.contains_files:
            return await super().do_request(
                url,
                method,
                request_data,
                read_timeout,
                write_timeout,
                connect_timeout,
                pool_timeout,
            )
        default = self._client.timeout
        timeout = httpx.Timeout(
            connect=_given(connect_timeout, default.connect),
            read=_given(read_timeout, default.read),
            write=_given(write_timeout, default.write),
            pool=_given(pool_timeout, default.pool),
        )
        body = json.dumps(request_data.parameters, separators=(",", ":")).encode()
        try:
            response = await self._client.request(
                method, url, content=body, headers=_JSON, timeout=timeout
            )
        except httpx.TimeoutException as exc:  # the same errors PTB raises for a form post
            raise TimedOut from exc
        except httpx.HTTPError as exc:
            raise NetworkError(f"httpx.{exc.__class__.__name__}: {exc}") from exc
        return response.status_code, response.content


def _given(value: Any, default: float | None) -> float | None:
    return default if isinstance(value, type(BaseRequest.DEFAULT_NONE)) else value


def tune(
    builder: ApplicationBuilder,  # type: ignore[type-arg]
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
) -> ApplicationBuilder:  # type: ignore[type-arg]
    """JSON requests for the bot's calls and for long polling (whose read timeout PTB sets
    per call from the polling timeout)."""
    polling = JsonRequest(timeouts, pool_size=1)  # one long poll at a time, as PTB's default
    return builder.request(JsonRequest(timeouts)).get_updates_request(polling)
