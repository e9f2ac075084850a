"""Before polling or serving a webhook, the bot asks the Bot API who it is. Unreachable, it
says so in one line and tries again with backoff; a refused token, or no answer after the
last try, stops it with one line and an exit code: never a traceback, and every connection
it opened closed."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError

from bot.resilience import Timeouts
from bot.transport import AiohttpRequest

log = logging.getLogger(__name__)
T = TypeVar("T")

#: seconds between tries: about a minute in all before giving up
DELAYS = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
PROBE_TIMEOUTS = Timeouts(connect=5.0, read=10.0)
#: exit codes: a bad setting (the token), or a failure
BAD_SETTING, FAILED = 2, 1


class BotStartError(Exception):
    """One line saying why the bot cannot start, and the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


async def reach_bot_api(
    bot_url: str,
    shown_url: str,
    timeouts: Timeouts = PROBE_TIMEOUTS,
    delays: tuple[float, ...] | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    """Ask ``bot_url``/getMe until it answers, waiting ``delays`` (default ``DELAYS``)
    between tries. ``shown_url`` is the same without the token, for the messages."""
    delays = DELAYS if delays is None else delays
    probe = AiohttpRequest(timeouts, pool_size=1)
    await probe.initialize()
    try:
        for attempt, delay in enumerate((*delays, None), start=1):
            try:
                await probe.post(f"{bot_url}/getMe")
                return
            except InvalidToken:
                raise BotStartError(
                    f"the Bot API at {shown_url} refused TELEGRAM_BOT_TOKEN (or is no Bot API): "
                    "check the token from @BotFather and TELEGRAM_BASE_URL",
                    BAD_SETTING,
                ) from None
            except NetworkError as exc:  # unreachable, or a timeout
                if isinstance(exc, BadRequest):
                    raise BotStartError(f"the Bot API at {shown_url} said: {exc}", FAILED) from None
                if delay is None:
                    raise BotStartError(
                        f"gave up: the Bot API at {shown_url} did not answer in {attempt} tries "
                        f"over {sum(delays):g} s ({exc}); check TELEGRAM_BASE_URL and the network",
                        FAILED,
                    ) from None
                log.warning(
                    "cannot reach the Bot API at %s (%s); trying again in %g s (try %d of %d)",
                    shown_url,
                    exc,
                    delay,
                    attempt,
                    len(delays) + 1,
                )
                await sleep(delay)
            except TelegramError as exc:
                raise BotStartError(f"the Bot API at {shown_url} said: {exc}", FAILED) from None
    finally:
        await probe.shutdown()


def run_to_end(loop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, T]) -> T:
    """``loop.run_until_complete``, except that Ctrl-C or SIGTERM cancels ``work``, which
    closes what it opened; then Ctrl-C goes on as KeyboardInterrupt and SIGTERM as a stop.
    (A KeyboardInterrupt raised wherever the loop happens to be could leave it stuck.)

    The handlers are added and removed while the loop runs: uvloop leaves a signal that
    arrives while its loop is stopped unhandled until another signal comes, and removes no
    handler then, so the whole of ``work`` is one run of the loop."""
    signals: list[signal.Signals] = []

    async def guarded() -> T:
        task = asyncio.current_task()
        assert task is not None

        def stop(signum: signal.Signals) -> None:
            signals.append(signum)
            task.cancel()

        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop, signum)
        try:
            return await work
        finally:
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(signum)

    try:
        return loop.run_until_complete(guarded())
    except asyncio.CancelledError:
        if signals and signals[0] == signal.SIGTERM:
            raise BotStartError("stopped before the Bot API answered", 0) from None
        raise KeyboardInterrupt from None
