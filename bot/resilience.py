"""Replies survive a flaky Bot API: 429s wait as told, 5xx and timeouts are retried.

python-telegram-bot retries only flood control (``RetryAfter``, through ``AIORateLimiter``);
a 502 from Telegram's front, a 500, a dropped connection or a timeout reach the handler as
``NetworkError``/``TimedOut`` and the reply would be lost. This limiter retries those a
bounded number of times with exponential backoff, inside the rate limiter so every attempt
still honours flood control.

The trade-off is at-least-once delivery. A timeout cannot tell "Telegram never got it" from
"Telegram sent it but the answer was lost", and the Bot API has no idempotency key, so a
retried ``sendMessage`` after a lost answer shows the reply twice. A duplicate reply is
judged better than silence; the generous read timeout below makes the lost-answer case
rare. A repeated edit is refused as "not modified", which the handlers treat as done; a
repeated callback answer is refused as "query is too old", taken here to mean that the
first attempt got through. The cost of an outage is bounded: four attempts of at most the
read timeout each, plus 3.5 s of backoff, before the handler's error path takes over.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

from bot.metrics import Metrics

log = logging.getLogger(__name__)
ApiResult = bool | dict[str, Any] | list[dict[str, Any]]


def is_transient(exc: Exception) -> bool:
    """A 5xx, a dropped connection or a timeout: worth another try. A 400 never is."""
    return isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)


@dataclass(frozen=True)
class Timeouts:
    """Seconds for the bot's own Bot API calls (long polling has its own request)."""

    connect: float = 5.0
    read: float = 10.0
    write: float = 10.0
    pool: float = 5.0


DEFAULT_TIMEOUTS = Timeouts()


def _already_answered(exc: Exception) -> bool:
    return isinstance(exc, BadRequest) and "query is too old" in exc.message.lower()


class RetryingRateLimiter(AIORateLimiter):
    def __init__(
        self,
        *,
        attempts: int = 4,
        backoff: float = 0.5,
        flood_retries: int = 3,
        metrics: Metrics | None = None,
    ) -> None:
        super().__init__(max_retries=flood_retries)
        self.attempts = attempts
        self.backoff = backoff
        self.metrics = metrics

    async def process_request(  # noqa: PLR0917 - python-telegram-bot's signature
        self,
        callback: Callable[..., Coroutine[Any, Any, ApiResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> ApiResult:
        for attempt in range(1, self.attempts + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except Exception as exc:
                if attempt > 1 and endpoint == "answerCallbackQuery" and _already_answered(exc):
                    return True
                if attempt == self.attempts or not is_transient(exc):
                    if self.metrics is not None:
                        self.metrics.api_errors.labels(endpoint).inc()
                    raise
                if self.metrics is not None:
                    self.metrics.api_retries.labels(endpoint).inc()
                pause = self.backoff * 2 ** (attempt - 1)
                log.warning(
                    "%s failed (%r); attempt %d of %d in %.1fs",
                    endpoint,
                    exc,
                    attempt + 1,
                    self.attempts,
                    pause,
                )
                await asyncio.sleep(pause)
        raise AssertionError("unreachable: the last attempt returns or raises")
