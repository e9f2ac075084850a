"""What sharing state through the database costs per message: the admission check (claim the
update id, count the user's message) and a whole message (context read, dialogue, context
and usage upserts), on the database CAREERBOT_DATABASE_URL names (default: a temporary
SQLite file), one process, sequential messages.

    .venv/bin/python bench/shared_state.py
    ./scripts/with-postgres .venv/bin/python bench/shared_state.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from careerbot.app.admission import RateLimit
from careerbot.app.service import CareerService
from careerbot.store import Store

ROUNDS = 300
MESSAGES = ["routing vs middleware", "swap", "what about multimodal?", "tell me about nurses"]


async def timed(rounds: int, step: Callable[[int], Awaitable[object]]) -> list[float]:
    spent = []
    for n in range(rounds):
        started = time.perf_counter()
        await step(n)
        spent.append((time.perf_counter() - started) * 1000)
    return spent


def row(name: str, spent: list[float]) -> str:
    p99 = statistics.quantiles(spent, n=100)[98]
    return f"| {name} | {statistics.median(spent):.2f} | {p99:.2f} |"


async def main(url: str) -> None:
    store = Store(url)
    try:
        await store.ensure_ready()
        service = CareerService(store, rate_limit=RateLimit(10**6, 60))
        await service.message(1, "warm up")
        admit = await timed(ROUNDS, lambda n: service.admit(10**6 + n, n % 50, counted=True))
        message = await timed(ROUNDS, lambda n: service.message(n % 50, MESSAGES[n % 4]))
    finally:
        await store.dispose()
    print(f"{url.split(':', maxsplit=1)[0]}, {ROUNDS} rounds, milliseconds")
    print("| step | p50 | p99 |\n| --- | ---: | ---: |")
    print(row("admit (claim + count)", admit))
    print(row("message (whole unit of work)", message))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        default = f"sqlite+aiosqlite:///{Path(scratch) / 'bench.sqlite3'}"
        asyncio.run(main(os.environ.get("CAREERBOT_DATABASE_URL") or default))
