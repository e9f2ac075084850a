"""The bot process's CPU time per handled comparison and its updates/s, against the fake Bot
API with 200 chats each waiting for its reply before asking again, beside a bare
python-telegram-bot echo bot (bench/echo_bot.py) loaded the same way in the same run.

    .venv/bin/python bench/bot_throughput.py [--messages 2000] [--chats 200] [--repeat 3]
    ./scripts/with-postgres .venv/bin/python bench/bot_throughput.py   # careerbot on PostgreSQL

CPU is user+sys of the bot process only (from /proc/<pid>/stat), counted after a warm-up
round so start-up and the first catalog load are not in it; the fake Bot API runs in this
process. Peak memory is the bot's VmHWM (see also bench/memory.py).

careerbot's rate limiter paces replies at 30/s overall (Telegram's limit for messages to
many chats), so the like-for-like floor is the echo bot paced by the same limiter: a process
woken 30 times a second spends 1-2 ms more CPU per update than one running flat out,
whatever it does (an echo bot that sleeps 33 ms per update costs the same as a paced one).
A third echo bot runs on careerbot's own transport and event loop (bench/echo_bot.py
--stack), so what careerbot's dialogue and database add shows apart from what the stack
saves.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy.engine import make_url  # noqa: E402

from careerbot.careers.catalog import bundled_files, read_catalog_file  # noqa: E402
from tests.backends import (  # noqa: E402
    ON_POSTGRES,
    create_postgres_database,
    postgres_url,
    start_up,
)
from tests.fakes.fake_bot_api import FakeBotApi  # noqa: E402
from tests.fakes.objects import ApiCall  # noqa: E402

CAREERBOT = [sys.executable, "-m", "careerbot.cli", "run"]
ECHO = [sys.executable, str(REPO / "bench" / "echo_bot.py")]
PHRASINGS = ["{a} vs {b}", "{a} versus {b}", "{a} vs. {b}?"]


@dataclass
class Run:
    name: str
    updates: int
    cpu: float
    wall: float
    peak_rss_mb: float
    comparisons: int
    polls: int

    @property
    def cpu_ms(self) -> float:
        return self.cpu / self.updates * 1000

    def row(self, floor: Run) -> str:
        return (
            f"| {self.name} | {self.updates:,} | {self.cpu_ms:.2f} | "
            f"{self.cpu_ms / floor.cpu_ms:.2f}× | "
            f"{self.updates / self.wall:,.0f} | {self.peak_rss_mb:.0f} | "
            f"{self.polls / self.updates:.2f} | {self.comparisons:,} |"
        )


def questions(count: int, seed: int = 7) -> list[str]:
    """Comparisons of two careers named by title, drawn from the whole bundled catalog."""
    titles = [c.title for path in bundled_files() for c in read_catalog_file(path).careers]
    rng = random.Random(seed)
    return [
        rng.choice(PHRASINGS).format(a=a, b=b)
        for a, b in (rng.sample(titles, 2) for _ in range(count))
    ]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mb(pid: int, key: str = "VmHWM") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    raise LookupError(key)


async def prepared_database(directory: Path) -> str:
    """The bundled catalog loaded into a SQLite file in ``directory``, or, when
    CAREERBOT_DATABASE_URL names a PostgreSQL server (scripts/with-postgres), into a new
    database there."""
    if ON_POSTGRES:
        url = postgres_url(await create_postgres_database())
    else:
        url = f"sqlite+aiosqlite:///{directory / 'bench.sqlite3'}"
    await start_up(url)
    return url


async def fresh_copy(url: str, label: str) -> str:
    if ON_POSTGRES:
        return postgres_url(await create_postgres_database(template=make_url(url).database))
    path = Path(url.removeprefix("sqlite+aiosqlite:///"))
    copy = path.with_name(f"run-{label}.sqlite3")
    shutil.copyfile(path, copy)
    return f"sqlite+aiosqlite:///{copy}"


class Load:
    """Chats that each send a message and wait for the bot's reply before sending the next."""

    def __init__(self, fake: FakeBotApi) -> None:
        self.fake = fake
        self.waiting: dict[int, asyncio.Future[str]] = {}
        self.ready = asyncio.Event()
        fake.listen(self._arrived)

    def _arrived(self, call: ApiCall) -> None:
        if call.method == "getUpdates":
            self.ready.set()
        elif call.method == "sendMessage":
            future = self.waiting.pop(call.params.get("chat_id"), None)  # type: ignore[arg-type]
            if future is not None and not future.done():
                future.set_result(str(call.params.get("text", "")))

    async def chat(self, chat_id: int, texts: list[str]) -> int:
        compared = 0
        for text in texts:
            self.waiting[chat_id] = asyncio.get_running_loop().create_future()
            self.fake.push_message(chat_id, text)
            compared += "Conclusion:" in await self.waiting[chat_id]
        return compared

    async def run(self, texts: list[str], chats: int) -> int:
        shares = [texts[i::chats] for i in range(chats)]
        counts = await asyncio.gather(*(self.chat(1000 + i, s) for i, s in enumerate(shares)))
        return sum(counts)


@asynccontextmanager
async def polling_bot(command: list[str], env: dict[str, str]) -> AsyncIterator[tuple[Load, int]]:
    """A bot process polling a fresh fake Bot API, once it has asked for updates."""
    async with FakeBotApi() as fake:
        load = Load(fake)
        env = {**env, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_BASE_URL": fake.base_url}
        bot = await asyncio.create_subprocess_exec(*command, env=env, cwd=REPO)
        try:
            await asyncio.wait_for(load.ready.wait(), 120)
            yield load, bot.pid
        finally:
            bot.terminate()
            await bot.wait()


async def measure(
    name: str, command: list[str], env: dict[str, str], texts: list[str], chats: int
) -> Run:
    async with polling_bot(command, env) as (load, pid):
        await load.run(questions(chats, seed=1), chats)  # warm-up: one round of all chats
        cpu, start = cpu_seconds(pid), time.perf_counter()
        polls = len(load.fake.calls_to("getUpdates"))
        compared = await load.run(texts, chats)
        polls = len(load.fake.calls_to("getUpdates")) - polls
        wall, cpu = time.perf_counter() - start, cpu_seconds(pid) - cpu
        return Run(name, len(texts), cpu, wall, memory_mb(pid), compared, polls)


BOTS = [
    ("echo bot, PTB defaults (floor)", ECHO),
    ("echo bot paced by careerbot's rate limiter", [*ECHO, "--limiter"]),
    ("echo bot on careerbot's stack, same limiter", [*ECHO, "--limiter", "--stack"]),
    ("careerbot (same rate limiter)", CAREERBOT),
]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="report each bot's median run")
    args = parser.parse_args()
    texts = questions(args.messages)
    results: dict[str, list[Run]] = {name: [] for name, _ in BOTS}
    with tempfile.TemporaryDirectory() as tmp:
        template = await prepared_database(Path(tmp))
        # Rounds interleave the bots, so drift in a shared machine's load hits all alike.
        for round_number in range(args.repeat):
            for number, (name, command) in enumerate(BOTS):
                # A fresh copy each run: every fake Bot API numbers its updates from 1, and
                # the bot remembers the update ids it has answered (to drop re-deliveries).
                env = {
                    **os.environ,
                    "CAREERBOT_DATABASE_URL": await fresh_copy(
                        template, f"{round_number}-{number}"
                    ),
                    "PTB_TIMEDELTA": "true",
                }
                results[name].append(await measure(name, command, env, texts, args.chats))
    runs = [sorted(found, key=lambda r: r.cpu_ms)[len(found) // 2] for found in results.values()]
    database = make_url(template).get_backend_name()
    print(
        f"{args.messages:,} messages from {args.chats} chats, {os.cpu_count()} CPUs, "
        f"careerbot on {database}, "
        f"median of {args.repeat} runs"
    )
    print(
        "| bot | updates | CPU ms/update | vs floor | updates/s | peak RSS MB "
        "| polls/update | comparisons |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for run in runs:
        print(run.row(runs[0]))
    paced, stack, career = runs[1], runs[2], runs[-1]
    print(
        f"careerbot vs the echo bot paced by the same limiter: {career.cpu_ms / paced.cpu_ms:.2f}×"
    )
    print(f"careerbot's own work over its stack's floor: {career.cpu_ms - stack.cpu_ms:.2f} ms")


if __name__ == "__main__":
    asyncio.run(main())
