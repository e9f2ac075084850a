"""The pending-update queue behind getUpdates, with Telegram's long-poll semantics."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from .telegram_errors import BotApiError

# What Telegram delivers when a bot never asked for specific update types.
_NOT_DELIVERED_BY_DEFAULT = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
CONFLICT_OTHER_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class Signal:
    """A broadcast "something changed" that waiters can await with a timeout."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self) -> None:
        await self._event.wait()


def update_type(update: dict[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


class UpdateQueue:
    """Updates stay queued until confirmed by a later ``offset``, exactly like Telegram."""

    def __init__(self) -> None:
        self._pending: list[dict[str, Any]] = []
        self._next_id = 1
        self._allowed: frozenset[str] | None = None
        self._changed = Signal()
        self._generation = 0
        self._closing = False

    @property
    def pending(self) -> list[dict[str, Any]]:
        return list(self._pending)

    def next_update_id(self) -> int:
        update_id = self._next_id
        self._next_id += 1
        return update_id

    def push(self, update: dict[str, Any]) -> int:
        if "update_id" not in update:
            update = {"update_id": self.next_update_id(), **update}
        else:
            self._next_id = max(self._next_id, int(update["update_id"]) + 1)
        self._pending.append(update)
        self._pending.sort(key=lambda u: int(u["update_id"]))
        self._changed.notify()
        return int(update["update_id"])

    def drop_all(self) -> None:
        self._pending.clear()

    def close(self) -> None:
        """Release every held long poll so the server can shut down at once."""
        self._closing = True
        self._changed.notify()

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self._pending = [u for u in self._pending if int(u["update_id"]) >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]

    def _deliverable(self, limit: int) -> list[dict[str, Any]]:
        def wanted(update: dict[str, Any]) -> bool:
            kind = update_type(update)
            if self._allowed:
                return kind in self._allowed
            return kind not in _NOT_DELIVERED_BY_DEFAULT

        # Unwanted types are discarded for good, as Telegram never stores them for the bot.
        self._pending = [u for u in self._pending if wanted(u)]
        return self._pending[:limit]

    async def get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed = frozenset(str(kind) for kind in allowed)
        # A newer poll terminates an older one still waiting: two pollers is always a bug.
        self._generation += 1
        generation = self._generation
        self._changed.notify()
        self._confirm(offset)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                while not self._closing and not self._deliverable(limit):
                    await self._changed.wait()
                    if generation != self._generation:
                        raise BotApiError(409, CONFLICT_OTHER_POLL)
        return [] if self._closing else self._deliverable(limit)


__all__ = ["CONFLICT_WEBHOOK", "Signal", "UpdateQueue", "update_type"]
