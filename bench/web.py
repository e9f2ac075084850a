"""The interactive tool under load: p50/p99 latency of /api/compare and /api/rank with 50
concurrent clients for 20 s each on 127.0.0.1, and what the page weighs on the wire.

`careerbot web` runs in its own process (as a person runs it, on a temporary SQLite file
unless CAREERBOT_DATABASE_URL names a database); the clients run here, on uvloop. Each
endpoint is measured twice: on a working set of questions asked again and again (what a
tool moving its sliders, or many people comparing the popular pairs, asks), and with every
question new (nothing cached).

    .venv/bin/python bench/web.py [--seconds 20] [--clients 50]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import aiohttp
import uvloop

from careerbot.careers.catalog import bundled_files, read_catalog_file

AIMS = {"compare": 20.0, "rank": 50.0}
PAGE_AIM = 60 * 1024
WEIGHTS = ("salary", "demand", "openings", "learning_curve", "entry_barrier", "remote")
FIELDS = ("", "healthcare", "trades", "tech", "business", "education")


def slugs() -> list[str]:
    return [c.slug for path in bundled_files() for c in read_catalog_file(path).careers]


def compares(rng: random.Random, known: list[str]) -> Iterator[str]:
    while True:
        a, b = rng.sample(known, 2)
        yield f"/api/compare?a={a}&b={b}"


def ranks(rng: random.Random) -> Iterator[str]:
    while True:
        weights = [f"w_{name}={rng.randint(0, 3)}" for name in WEIGHTS]
        weights.append(f"w_salary={rng.randint(1, 3)}")  # at least one priority
        params = dict(w.split("=") for w in weights)
        if field := rng.choice(FIELDS):
            params["field"] = field
        if rng.random() < 0.3:
            params["remote"] = "1"
        yield "/api/rank?" + "&".join(f"{k}={v}" for k, v in params.items())


async def load(
    base: str, paths: Callable[[], str], seconds: float, clients: int
) -> tuple[list[float], int]:
    spent: list[float] = []
    failed = 0
    stop = time.perf_counter() + seconds
    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def client() -> None:
            nonlocal failed
            while time.perf_counter() < stop:
                path = paths()
                started = time.perf_counter()
                async with http.get(base + path) as response:
                    await response.read()
                    if response.status != 200:
                        failed += 1
                spent.append((time.perf_counter() - started) * 1000)

        await asyncio.gather(*(client() for _ in range(clients)))
    return spent, failed


async def ask_each(base: str, paths: list[str]) -> None:
    async with aiohttp.ClientSession() as http:
        for path in paths:
            async with http.get(base + path) as response:
                await response.read()


def report(name: str, spent: list[float], failed: int, seconds: float, aim: float) -> str:
    p50 = statistics.median(spent)
    p99 = statistics.quantiles(spent, n=100)[98]
    verdict = "within" if p99 <= aim else "over"
    return (
        f"| {name} | {len(spent) / seconds:,.0f} | {p50:.1f} | {p99:.1f} | "
        f"{verdict} the aim of {aim:g} ms | {failed} |"
    )


async def serve_floor(port: int) -> None:
    """The least an endpoint can cost here: aiohttp and uvloop, one fixed answer."""
    from aiohttp import web  # noqa: PLC0415 - only in the floor's own process

    body = b'{"floor":"' + b"x" * 3000 + b'"}'

    async def answer(_: web.Request) -> web.Response:
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_get("/api/meta", answer)
    app.router.add_get("/floor", answer)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    await asyncio.Event().wait()


async def floor(seconds: float, clients: int) -> None:
    port = free_port()
    server = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--serve-floor", str(port)
    )
    base = f"http://127.0.0.1:{port}"
    try:
        await wait_until_up(base)
        await load(base, lambda: "/floor", 3, clients)
        spent, failed = await load(base, lambda: "/floor", seconds, clients)
        print(report("floor: aiohttp, one fixed answer", spent, failed, seconds, AIMS["compare"]))
    finally:
        server.terminate()
        await server.wait()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def page_size(base: str) -> int:
    total = 0
    async with aiohttp.ClientSession(auto_decompress=False) as http:
        for asset in ("/", "/app.js", "/app.css"):
            async with http.get(base + asset, headers={"Accept-Encoding": "gzip"}) as response:
                total += len(await response.read())
    return total


async def wait_until_up(base: str) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(600):
            try:
                async with http.get(base + "/api/meta") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit("careerbot web did not start")


async def main(seconds: float, clients: int) -> None:
    port = free_port()
    folder = Path(tempfile.mkdtemp())
    env = dict(os.environ)
    env.setdefault("CAREERBOT_DATABASE_URL", f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}")
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "careerbot.cli", "web", "--port", str(port), env=env
    )
    base = f"http://127.0.0.1:{port}"
    try:
        await wait_until_up(base)
        rng = random.Random(7)
        known = slugs()
        pairs = list(itertools.islice(compares(rng, known), 200))
        states = list(itertools.islice(ranks(rng), 200))
        fresh_pairs, fresh_states = compares(rng, known), ranks(rng)
        print(f"{clients} clients, {seconds:g} s each, on 127.0.0.1 (milliseconds)\n")
        print("| endpoint, questions | requests/s | p50 | p99 | p99 against its aim | not 200 |")
        print("| --- | ---: | ---: | ---: | --- | ---: |")
        for name, warm, fresh in (
            ("compare", pairs, fresh_pairs),
            ("rank", states, fresh_states),
        ):
            await ask_each(base, warm)  # every question of the working set asked once
            spent, failed = await load(base, lambda w=warm: rng.choice(w), seconds, clients)
            line = report(f"/api/{name}, 200 asked again", spent, failed, seconds, AIMS[name])
            print(line, flush=True)
            spent, failed = await load(base, lambda f=fresh: next(f), seconds, clients)
            line = report(f"/api/{name}, every one new", spent, failed, seconds, AIMS[name])
            print(line, flush=True)
        await floor(seconds, clients)
        size = await page_size(base)
        verdict = "within" if size <= PAGE_AIM else "over"
        print(f"\nthe page, gzipped: {size:,} bytes ({verdict} the aim of {PAGE_AIM:,})")
    finally:
        server.terminate()
        await server.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--serve-floor", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_floor:
        uvloop.run(serve_floor(args.serve_floor))
    else:
        uvloop.run(main(args.seconds, args.clients))
