"""What a user and an operator feel around each update, against floors measured in the same
run: the time until the bot polls, its peak memory under load, a one-shot `careerbot ask`,
and its CPU per update.

    .venv/bin/python bench/footprint.py [--repeat 5] [--messages 1000]

Floors: the bare python-telegram-bot echo bot (bench/echo_bot.py) on the same fake Bot API,
and, for the one-shot command, a Python process that only imports careerbot's main
dependencies (python-telegram-bot, SQLAlchemy's asyncio engine, aiosqlite, rapidfuzz).
A third column shows how near the goals any bot on careerbot's libraries can come: the same
echo bot importing careerbot's run-time dependencies first (``echo_bot.py --dependencies``).
Each figure is the median of ``--repeat`` runs, the bots interleaved so drift in a shared
machine's load hits both alike. The database is prepared first, as a started bot leaves it
(catalog loaded, name index kept), and careerbot's modules are compiled to bytecode, as an
installed wheel's are (an editable install's are not, and with PYTHONDONTWRITEBYTECODE set
every process would compile them again).
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

from bot_throughput import (
    CAREERBOT,
    ECHO,
    REPO,
    Load,
    fresh_copy,
    measure,
    prepared_database,
    questions,
)

from tests.fakes.fake_bot_api import FakeBotApi

DEPENDENCIES = [*ECHO, "--dependencies"]
ASK = [sys.executable, "-m", "careerbot.cli", "ask", "routing vs middleware", "--json"]
IMPORTS = "import telegram.ext, sqlalchemy.ext.asyncio, aiosqlite, rapidfuzz"
FLOOR = [sys.executable, "-c", IMPORTS]
#: the goals: careerbot's figure at most this many times the floor's
GOALS = {"ready": 1.5, "peak RSS": 1.8, "one-shot ask": 2.0, "CPU per update": 1.0}


async def ready_seconds(command: list[str], env: dict[str, str]) -> float:
    """From starting the process to its first getUpdates."""
    async with FakeBotApi() as fake:
        load = Load(fake)
        env = {**env, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_BASE_URL": fake.base_url}
        start = time.perf_counter()
        bot = await asyncio.create_subprocess_exec(*command, env=env, cwd=REPO)
        try:
            await asyncio.wait_for(load.ready.wait(), 120)
            return time.perf_counter() - start
        finally:
            bot.terminate()
            await bot.wait()


async def wall_seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        *command, env=env, cwd=REPO, stdout=asyncio.subprocess.DEVNULL
    )
    if await process.wait() != 0:
        raise RuntimeError(f"{command} failed")
    return time.perf_counter() - start


async def medians(repeat: int, runs: Sequence[Callable[[], Awaitable[float]]]) -> list[float]:
    found: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        for figures, run in zip(found, runs, strict=True):
            figures.append(await run())
    return [statistics.median(figures) for figures in found]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--chats", type=int, default=200)
    args = parser.parse_args()
    for package in ("src", "bot"):
        compileall.compile_dir(REPO / package, quiet=1)
    texts = questions(args.messages)
    rows: list[tuple[str, float, float, float | None, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        template = await prepared_database(Path(tmp))
        env = {**os.environ, "CAREERBOT_DATABASE_URL": template, "PTB_TIMEDELTA": "true"}
        copies = iter(range(10_000))

        def fresh(base: dict[str, str]) -> Callable[[], Awaitable[dict[str, str]]]:
            async def made() -> dict[str, str]:
                url = await fresh_copy(template, f"copy-{next(copies)}")
                return {**base, "CAREERBOT_DATABASE_URL": url}

            return made

        copy = fresh(env)

        async def ready(command: list[str]) -> float:
            return await ready_seconds(command, await copy())

        careerbot, echo, least = await medians(
            args.repeat,
            (lambda: ready(CAREERBOT), lambda: ready(ECHO), lambda: ready(DEPENDENCIES)),
        )
        rows.append(("ready", careerbot, echo, least, "s until the first getUpdates"))

        # CPU is compared with the echo bot paced by careerbot's rate limiter (30 replies/s,
        # as Telegram asks of a bot in many chats): pacing costs the same whatever the bot
        # does (bench/bot_throughput.py shows all three)
        bots = {
            "careerbot": CAREERBOT,
            "echo": ECHO,
            "paced echo": [*ECHO, "--limiter"],
            "dependencies": DEPENDENCIES,
        }
        loads: dict[str, list[tuple[float, float]]] = {name: [] for name in bots}
        for _ in range(max(args.repeat // 2, 1)):
            for name, command in bots.items():
                run = await measure(name, command, await copy(), texts, args.chats)
                loads[name].append((run.peak_rss_mb, run.cpu_ms))
        peak = {n: statistics.median(r for r, _ in runs) for n, runs in loads.items()}
        cpu = {n: statistics.median(c for _, c in runs) for n, runs in loads.items()}
        rows.append(
            (
                "peak RSS",
                peak["careerbot"],
                peak["echo"],
                peak["dependencies"],
                "MB, VmHWM after the load",
            )
        )
        rows.append(
            (
                "CPU per update",
                cpu["careerbot"],
                cpu["paced echo"],
                None,
                "ms during the load; floor: the echo bot paced by the same rate limiter",
            )
        )

        ask, floor = await medians(
            args.repeat, (lambda: wall_seconds(ASK, env), lambda: wall_seconds(FLOOR, env))
        )
        rows.append(("one-shot ask", ask, floor, None, "s wall; floor: " + IMPORTS))
    print(
        f"{os.cpu_count()} CPUs, median of {args.repeat} runs "
        f"({max(args.repeat // 2, 1)} for the load: {args.messages:,} comparisons "
        f"from {args.chats} chats)"
    )
    print(
        "| figure | careerbot | floor | ratio | goal | met "
        "| echo bot with careerbot's dependencies: figure, ratio | unit |"
    )
    print("| --- | ---: | ---: | ---: | ---: | :---: | ---: | --- |")
    for name, ours, theirs, least, unit in rows:
        ratio, goal = ours / theirs, GOALS[name]
        bound = "–" if least is None else f"{least:.2f}, {least / theirs:.2f}×"
        print(
            f"| {name} | {ours:.2f} | {theirs:.2f} | {ratio:.2f}× | ≤ {goal}× | "
            f"{'yes' if ratio <= goal else 'no'} | {bound} | {unit} |"
        )


if __name__ == "__main__":
    asyncio.run(main())
