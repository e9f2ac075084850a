"""Memory of the running careerbot with the full bundled catalog (929 careers): resident
size after start-up, after the first message (catalog and name index loaded), and the peak
(VmHWM) after comparisons from 200 chats, beside the bare echo bot's.

    .venv/bin/python bench/memory.py [--messages 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
from pathlib import Path

from bot_throughput import (
    CAREERBOT,
    ECHO,
    memory_mb,
    polling_bot,
    prepared_database,
    questions,
)


async def profile(command: list[str], env: dict[str, str], texts: list[str]) -> list[float]:
    async with polling_bot(command, env) as (load, pid):
        started = memory_mb(pid, "VmRSS")
        await load.run(texts[:1], 1)
        first = memory_mb(pid, "VmRSS")
        await load.run(texts, 200)
        return [started, first, memory_mb(pid, "VmRSS"), memory_mb(pid, "VmHWM")]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()
    texts = questions(args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "CAREERBOT_DATABASE_URL": await prepared_database(Path(tmp)),
            "PTB_TIMEDELTA": "true",
        }
        rows = [
            ("echo bot, PTB defaults", await profile(ECHO, env, texts)),
            ("careerbot, full catalog", await profile(CAREERBOT, env, texts)),
        ]
    print(f"{args.messages:,} comparisons from 200 chats; MB")
    print("| bot | RSS after start | after 1st message | after the load | peak (VmHWM) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, figures in rows:
        print(f"| {name} | " + " | ".join(f"{mb:.0f}" for mb in figures) + " |")


if __name__ == "__main__":
    asyncio.run(main())
