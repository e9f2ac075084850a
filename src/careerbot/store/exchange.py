"""The unit of work each update takes: claim it, count it, read and save the chat's context,
add usage counts. Several bot processes share this state through the database, and every
write is one atomic upsert, so two processes racing on a row never both win and never lose
a count.

It runs on every update, so it is plain SQL on the database driver's own connection, one
round trip per statement. Going through the ORM cost about ten times the CPU for the same
statements (``bench/shared_state.py``); the ORM still serves the catalog, imports and
reports. The SQL is written once, in the dialect SQLite and PostgreSQL share
(``ON CONFLICT … RETURNING``), with ``?`` placeholders numbered for asyncpg.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Sequence
from functools import lru_cache
from typing import Any

from careerbot.store.tables import VERSION_KEY

#: how long a claimed update id is remembered; Telegram gives up re-delivering within a day
UPDATE_MEMORY_SECONDS = 2 * 24 * 3600
#: prune old update ids on one claim in this many, so the table stays small without a job
PRUNE_EVERY = 200
#: the names nobody could resolve that /stats keeps, the most asked for first
UNRESOLVED_KEPT = 1000
#: the longest usage subject kept (the column's width)
SUBJECT_CHARACTERS = 200

Fetch = Callable[[str, Sequence[object]], Awaitable[Sequence[Sequence[Any]]]]

_CLAIM = (
    "INSERT INTO processed_updates (update_id, claimed_at) VALUES (?, ?) "
    "ON CONFLICT (update_id) DO NOTHING RETURNING update_id"
)
_PRUNE = "DELETE FROM processed_updates WHERE claimed_at < ?"
# Anyone can type a new name with every message: the list keeps only the most asked for.
_TRIM_UNRESOLVED = (
    "DELETE FROM usage_counts WHERE kind = 'unresolved' AND subject NOT IN ("
    "SELECT subject FROM usage_counts WHERE kind = 'unresolved' "
    "ORDER BY count DESC, subject LIMIT ?)"
)
_COUNT = (
    "INSERT INTO rate_limits (user_id, window_number, count) VALUES (?, ?, 1) "
    "ON CONFLICT (user_id) DO UPDATE SET "
    "count = CASE WHEN rate_limits.window_number = excluded.window_number "
    "THEN rate_limits.count + 1 ELSE 1 END, "
    "window_number = excluded.window_number RETURNING count"
)
_GET_CONTEXT = "SELECT state FROM chat_context WHERE chat_id = ?"
_SAVE_CONTEXT = (
    "INSERT INTO chat_context (chat_id, state, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP) "
    "ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = CURRENT_TIMESTAMP"
)
_USAGE = (
    "INSERT INTO usage_counts (kind, subject, count) VALUES {rows} "
    "ON CONFLICT (kind, subject) DO UPDATE SET count = usage_counts.count + excluded.count"
)
_CATALOG_VERSION = "SELECT value FROM catalog_meta WHERE key = ?"


class Exchange:
    """One transaction of shared per-update state; the store opens and ends it."""

    def __init__(self, fetch: Fetch) -> None:
        self._fetch = fetch

    async def claim_update(self, update_id: int, now: int) -> bool:
        """True for the first claim of an update id, by any process; False for a repeat."""
        claimed = await self._fetch(_CLAIM, (update_id, now))
        if update_id % PRUNE_EVERY == 0:
            await self._fetch(_PRUNE, (now - UPDATE_MEMORY_SECONDS,))
            await self._fetch(_TRIM_UNRESOLVED, (UNRESOLVED_KEPT,))
        return bool(claimed)

    async def count_message(self, user_id: int, window: int) -> int:
        """Count one message in the user's current window; returns the window's count so far."""
        (row,) = await self._fetch(_COUNT, (user_id, window))
        return int(row[0])

    async def get_context(self, chat_id: int) -> dict[str, object]:
        rows = await self._fetch(_GET_CONTEXT, (chat_id,))
        if not rows:
            return {}
        state = json.loads(rows[0][0])
        return state if isinstance(state, dict) else {}

    async def save_context(self, chat_id: int, state: dict[str, object]) -> None:
        encoded = json.dumps(state, separators=(",", ":"), sort_keys=True)
        await self._fetch(_SAVE_CONTEXT, (chat_id, encoded))

    async def add_usage(self, *keys: tuple[str, str]) -> None:
        """Count each ``(kind, subject)`` once more, in one statement. Sorted, so concurrent
        writers take row locks in the same order; a key given twice counts twice."""
        if not keys:
            return
        counted: dict[tuple[str, str], int] = {}
        for kind, subject in keys:
            key = (kind, subject[:SUBJECT_CHARACTERS])
            counted[key] = counted.get(key, 0) + 1
        rows = ", ".join("(?, ?, ?)" for _ in counted)
        values = [value for key, n in sorted(counted.items()) for value in (*key, n)]
        await self._fetch(_USAGE.format(rows=rows), values)

    async def catalog_version(self) -> int:
        rows = await self._fetch(_CATALOG_VERSION, (VERSION_KEY,))
        return int(rows[0][0]) if rows else 0


@lru_cache(maxsize=64)
def numbered(sql: str) -> str:
    """``?`` placeholders as PostgreSQL's ``$1, $2, …`` (none of this module's SQL has a
    literal question mark)."""
    counter = iter(range(1, 10_000))
    return re.sub(r"\?", lambda _: f"${next(counter)}", sql)
