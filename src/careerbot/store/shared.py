"""State that several bot processes share through the database: which updates were taken,
per-user message counters and usage counters. Every write is one atomic upsert, so two
processes racing on the same row never both win and never lose a count."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from careerbot.store.tables import (
    ChatContextRow,
    ProcessedUpdateRow,
    RateLimitRow,
    UsageRow,
)
from careerbot.usage import Usage

#: how long a claimed update id is remembered; Telegram gives up re-delivering within a day
UPDATE_MEMORY_SECONDS = 2 * 24 * 3600
#: prune old update ids on one claim in this many, so the table stays small without a job
PRUNE_EVERY = 200


def _insert(session: AsyncSession, table: type[Any]) -> Any:
    """INSERT with ON CONFLICT for the session's dialect (both spell it the same way)."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


class SharedState:
    async def get_context(self, session: AsyncSession, chat_id: int) -> dict[str, object]:
        row = await session.get(ChatContextRow, chat_id)
        if row is None:
            return {}
        state = json.loads(row.state)
        return state if isinstance(state, dict) else {}

    async def save_context(
        self, session: AsyncSession, chat_id: int, state: dict[str, object]
    ) -> None:
        encoded = json.dumps(state, separators=(",", ":"), sort_keys=True)
        insert = _insert(session, ChatContextRow).values(chat_id=chat_id, state=encoded)
        await session.execute(
            insert.on_conflict_do_update(
                index_elements=[ChatContextRow.chat_id],
                set_={"state": insert.excluded.state, "updated_at": insert.excluded.updated_at},
            )
        )

    async def claim_update(self, session: AsyncSession, update_id: int, now: int) -> bool:
        """True for the first claim of an update id, by any process; False for a repeat."""
        insert = _insert(session, ProcessedUpdateRow).values(update_id=update_id, claimed_at=now)
        claimed = await session.execute(
            insert.on_conflict_do_nothing().returning(ProcessedUpdateRow.update_id)
        )
        if update_id % PRUNE_EVERY == 0:
            await session.execute(
                delete(ProcessedUpdateRow).where(
                    ProcessedUpdateRow.claimed_at < now - UPDATE_MEMORY_SECONDS
                )
            )
        return claimed.first() is not None

    async def count_message(self, session: AsyncSession, user_id: int, window: int) -> int:
        """Count one message in the user's current window; returns the window's count so far."""
        insert = _insert(session, RateLimitRow).values(
            user_id=user_id, window_number=window, count=1
        )
        same_window = RateLimitRow.window_number == insert.excluded.window_number
        counted = await session.execute(
            insert.on_conflict_do_update(
                index_elements=[RateLimitRow.user_id],
                set_={
                    "window_number": insert.excluded.window_number,
                    "count": case((same_window, RateLimitRow.count + 1), else_=1),
                },
            ).returning(RateLimitRow.count)
        )
        return int(counted.scalar_one())

    async def add_usage(self, session: AsyncSession, *keys: tuple[str, str]) -> None:
        """Count each ``(kind, subject)`` once more, in one statement."""
        if not keys:
            return
        rows = [{"kind": kind, "subject": subject[:200], "count": 1} for kind, subject in keys]
        insert = _insert(session, UsageRow).values(rows)
        await session.execute(
            insert.on_conflict_do_update(
                index_elements=[UsageRow.kind, UsageRow.subject],
                set_={"count": UsageRow.count + insert.excluded.count},
            )
        )

    async def usage(self, session: AsyncSession, top: int = 5) -> Usage:
        async def ranked(kind: str) -> tuple[tuple[str, int], ...]:
            rows = await session.execute(
                select(UsageRow.subject, UsageRow.count)
                .where(UsageRow.kind == kind)
                .order_by(UsageRow.count.desc(), UsageRow.subject)
                .limit(top)
            )
            return tuple((subject, int(count)) for subject, count in rows.all())

        messages = await session.scalar(
            select(UsageRow.count).where(UsageRow.kind == "messages", UsageRow.subject == "")
        )
        return Usage(int(messages or 0), await ranked("comparison"), await ranked("unresolved"))
