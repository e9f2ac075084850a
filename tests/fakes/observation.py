"""What tests read and await: the call log, errors, and the chats as users see them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from .bot_state import BotState
from .objects import ApiCall, ApiError, StoredMessage
from .update_builders import UpdateBuilders
from .updates import Signal, UpdateQueue

CallMatcher = str | Callable[[ApiCall], bool]


class Observation(UpdateBuilders):
    def __init__(self, queue: UpdateQueue, state: BotState) -> None:
        super().__init__(queue, state)
        self.errors: list[ApiError] = []
        self._calls_changed = Signal()
        self._listeners: list[Callable[[ApiCall], None]] = []

    def listen(self, listener: Callable[[ApiCall], None]) -> None:
        """Call ``listener`` with every call as it arrives: cheaper than waiting on the log
        when thousands of replies are expected (the benchmarks)."""
        self._listeners.append(listener)

    def _arrived(self, call: ApiCall) -> None:
        self.calls.append(call)
        self._calls_changed.notify()
        for listener in self._listeners:
            listener(call)

    def mark(self) -> int:
        """A position in ``calls`` for ``since=``; building or pushing an update sets it."""
        return len(self.calls)

    def calls_to(self, method: str, *, since: int = 0) -> list[ApiCall]:
        return [call for call in self.calls[since:] if call.method == method]

    async def wait_for(
        self,
        what: CallMatcher,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a bound is mandatory and part of the message
        since: int | None = None,
    ) -> ApiCall:
        """First call matching ``what`` (a method name or predicate) at or after ``since``.

        ``since`` defaults to the position when the last update was built or pushed, which
        reads as "wait for the bot's reaction to what I just sent"; pass ``since=0`` to search
        the whole log.  Calls are logged on arrival, before they take effect.
        """
        found = await self._wait(what, 1, timeout, since)
        return found[0]

    async def wait_for_calls(
        self,
        method: str,
        count: int = 1,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - a bound is mandatory and part of the message
        since: int | None = None,
    ) -> list[ApiCall]:
        """All calls of ``method`` after ``since`` once there are at least ``count``."""
        return await self._wait(method, count, timeout, since)

    async def _wait(
        self, what: CallMatcher, count: int, seconds: float, since: int | None
    ) -> list[ApiCall]:
        predicate = (lambda call: call.method == what) if isinstance(what, str) else what
        start = self._last_push_mark if since is None else since

        def matching() -> list[ApiCall]:
            return [call for call in self.calls[start:] if predicate(call)]

        try:
            async with asyncio.timeout(seconds):
                while len(matching()) < count:
                    await self._calls_changed.wait()
        except TimeoutError:
            seen = [call.method for call in self.calls[start:]]
            raise TimeoutError(
                f"waited {seconds}s for {count} call(s) matching {what!r}; "
                f"got {len(matching())}. Calls since {start}: {seen}. Errors: {self.errors}"
            ) from None
        return matching()

    @property
    def unexpected_errors(self) -> list[ApiError]:
        return [error for error in self.errors if not error.injected]

    def assert_no_errors(self) -> None:
        assert not self.unexpected_errors, f"fake Bot API answered 4xx: {self.unexpected_errors}"

    def messages(self, chat_id: int | str) -> list[StoredMessage]:
        """The bot's messages in a chat, in order, in their current (edited) state."""
        return [m for m in self.history(chat_id) if m.from_bot]

    def history(self, chat_id: int | str) -> list[StoredMessage]:
        chat = self._state.chats.get(chat_id, {})
        return [chat[message_id] for message_id in sorted(chat)]

    @property
    def photos_sent(self) -> list[tuple[int | str, str, bool]]:
        """Every sendPhoto: (chat, file_id, whether it was an upload), in order."""
        return list(self._state.photos_sent)

    def uploaded(self, file_id: str) -> bytes:
        return self._state.uploads[file_id]

    def last_message(self, chat_id: int | str) -> StoredMessage | None:
        messages = self.messages(chat_id)
        return messages[-1] if messages else None

    @property
    def answered_callbacks(self) -> dict[str, dict[str, Any]]:
        return self._state.answered_callbacks

    @property
    def inline_answers(self) -> dict[str, dict[str, Any]]:
        return self._state.inline_answers

    def open_web_app(self, query_id: str) -> None:
        """Telegram opened the Mini App from a chat with this query id (answerWebAppQuery)."""
        self._state.web_app_queries.add(query_id)

    @property
    def web_app_answers(self) -> dict[str, dict[str, Any]]:
        return self._state.web_app_answers

    def menu_button(self, chat_id: int | str = "") -> dict[str, Any]:
        return self._state.get_chat_menu_button({"chat_id": chat_id})

    @property
    def webhook_url(self) -> str:
        return self._state.webhook_url

    @property
    def webhook_secret(self) -> str | None:
        return self._state.webhook_secret

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        return self._queue.pending

    def my_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        return self._state.get_my_commands({"scope": scope, "language_code": language_code})
