"""The `careerbot` command. Every failure is one clear line and an exit code, never a traceback."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from careerbot._utils import logs
from careerbot.app import bootstrap
from careerbot.app.service import CareerService
from careerbot.app.settings import Settings, SettingsError
from careerbot.careers.catalog import CatalogError
from careerbot.catalog_build import options as build_options
from careerbot.console import chat, save_picture
from careerbot.dialogue.replies import Reply, reply_json
from careerbot.render.views import about_document

if TYPE_CHECKING:
    from careerbot.web.server import WebAppServer

EXIT_USAGE = 2
log = logging.getLogger("careerbot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerbot", description="Compare careers honestly, side by side."
    )
    sub = parser.add_subparsers(dest="command")
    compare = sub.add_parser("compare", help="compare two careers")
    compare.add_argument("first")
    compare.add_argument("second")
    compare.add_argument("--json", action="store_true")
    ask = sub.add_parser("ask", help="one message in, the reply out")
    ask.add_argument("message")
    ask.add_argument("--json", action="store_true")
    ask.add_argument(
        "--chat",
        type=int,
        metavar="ID",
        help="remember the conversation under this chat id (default: no memory)",
    )
    chart = sub.add_parser("chart", help="a picture of one career, or of two compared (PNG)")
    chart.add_argument("careers", nargs="+", metavar="CAREER", help="A [B]")
    chart.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    roadmap = sub.add_parser("roadmap", help="how to get into a career, from another or afresh")
    roadmap.add_argument("careers", nargs="+", metavar="CAREER", help="[FROM] TO")
    roadmap.add_argument("--json", action="store_true")
    fit = sub.add_parser("fit", help="which careers fit these preferences, ranked")
    fit.add_argument("preferences", help='e.g. "remote, low AI risk, no coding"')
    fit.add_argument("--json", action="store_true")
    sub.add_parser("chat", help="talk to the bot in this terminal (no Telegram token needed)")
    imp = sub.add_parser("import", help="validate a catalog file and load it")
    imp.add_argument("path", type=Path)
    sub.add_parser("list", help="list the careers in the catalog")
    sub.add_parser("about", help="sources and attributions")
    sub.add_parser("health", help="exit 0 when the database answers and holds a catalog")
    sub.add_parser("stats", help="usage: messages, top comparisons, names nobody matched")
    run = sub.add_parser("run", help="run the Telegram bot (TELEGRAM_BOT_TOKEN)")
    run.add_argument("--webhook", metavar="URL")
    run.add_argument("--listen", default="0.0.0.0")
    run.add_argument(
        "--metrics-port",
        type=int,
        metavar="N",
        help="serve Prometheus metrics on http://LISTEN:N/metrics (webhooks and polling)",
    )
    run.add_argument("--port", type=int, default=8443)
    run.add_argument(
        "--webapp-port",
        type=int,
        metavar="P",
        help="serve the interactive tool on http://LISTEN:P/ beside the bot",
    )
    run.add_argument(
        "--webapp-url",
        metavar="URL",
        help="the tool's public https address: the menu button and cards open it",
    )
    web = sub.add_parser("web", help="the interactive comparison tool on http://127.0.0.1:PORT/")
    web.add_argument("--port", type=int, default=8080)
    catalog = sub.add_parser("catalog", help="build the catalog from public labour data")
    catalog_sub = catalog.add_subparsers(dest="catalog_command", required=True)
    build = catalog_sub.add_parser("build", description=build_options.DESCRIPTION)
    build_options.add_arguments(build)
    return parser


def _print_reply(reply: Reply, as_json: bool) -> int:
    if as_json:
        print(json.dumps(reply_json(reply), ensure_ascii=False, indent=2))
    else:
        print(reply.document.plain())
        for row in reply.buttons:
            print("  " + " | ".join(f"[{b.text}]" for b in row))
    return 1 if reply.kind == "unknown" else 0


async def _with_service(settings: Settings, work: Callable[[CareerService], Awaitable[int]]) -> int:
    async with bootstrap.running(settings) as service:
        return await work(service)


async def _import(service: CareerService, path: Path) -> int:
    count = await service.import_file(path)
    print(f"Imported {count} careers from {path}.")
    return 0


async def _list(service: CareerService) -> int:
    for career in (await service.catalog()).careers:
        print(f"{career.slug:45} {career.title}")
    return 0


async def _health(service: CareerService) -> int:
    careers = await service.health()
    print(f"ok: {careers} careers")
    return 0 if careers else 1


async def _about(service: CareerService) -> int:
    print(about_document((await service.catalog()).sources).plain())
    return 0


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    command = args.command or ("run" if settings.telegram_token else "chat")
    if command == "run":
        from bot.app import run_bot  # noqa: PLC0415 - Telegram loads only for the bot

        return run_bot(
            settings.with_webapp_url(getattr(args, "webapp_url", None)),
            webhook=getattr(args, "webhook", None),
            listen=getattr(args, "listen", "0.0.0.0"),
            port=getattr(args, "port", 8443),
            metrics_port=getattr(args, "metrics_port", None),
            webapp=_webapp(args, settings),
        )
    if command == "web":
        from careerbot.web.server import run_local  # noqa: PLC0415 - aiohttp's server on demand

        return run_local(settings, args.port)
    if command == "catalog":
        from careerbot.catalog_build.output import run_build  # noqa: PLC0415 - build-time only

        return run_build(args.source_dir, args.out_path)
    jobs: dict[str, Callable[[CareerService], Awaitable[int]]] = {
        "chat": _chat,
        "list": _list,
        "about": _about,
        "health": _health,
        "stats": lambda s: _reply(s.stats(), False),
    }
    if command == "compare":
        jobs["compare"] = lambda s: _reply(s.compare(args.first, args.second), args.json)
    elif command == "ask":
        jobs["ask"] = lambda s: _reply(s.message(args.chat, args.message), args.json)
    elif command == "chart":
        if len(args.careers) > 2:
            print("careerbot: chart takes one or two careers: A [B]", file=sys.stderr)
            return EXIT_USAGE
        jobs["chart"] = lambda s: _chart(s, tuple(args.careers), args.out)
    elif command == "roadmap":
        if len(args.careers) > 2:
            print("careerbot: roadmap takes one or two careers: [FROM] TO", file=sys.stderr)
            return EXIT_USAGE
        target, source = args.careers[-1], (args.careers[0] if len(args.careers) == 2 else None)
        jobs["roadmap"] = lambda s: _reply(s.roadmap(target, source), args.json)
    elif command == "fit":
        jobs["fit"] = lambda s: _reply(s.fit(-1, args.preferences), args.json)
    elif command == "import":
        jobs["import"] = lambda s: _import(s, args.path)
    return asyncio.run(_with_service(settings, jobs[command]))


def _webapp(args: argparse.Namespace, settings: Settings) -> WebAppServer | None:
    """The interactive tool beside the bot, with ``--webapp-port``."""
    port: int | None = getattr(args, "webapp_port", None)
    if port is None:
        return None
    from careerbot.web.server import WebAppServer  # noqa: PLC0415 - only when asked for

    return WebAppServer(getattr(args, "listen", "0.0.0.0"), port, settings)


async def _reply(pending: Awaitable[Reply], as_json: bool) -> int:
    return _print_reply(await pending, as_json)


async def _chart(service: CareerService, names: tuple[str, ...], out: Path) -> int:
    reply = await service.chart(names)
    if reply.picture is None:  # a name to settle first
        return _print_reply(reply, as_json=False) or 1
    path = await asyncio.to_thread(save_picture, reply, out.parent, out)
    print(f"Wrote {path} ({reply.picture.title}).")
    print(reply.document.plain())
    return 0


async def _chat(service: CareerService) -> int:
    await chat(service)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    logs.configure(os.environ)
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env(os.environ)
        return _dispatch(args, settings)
    except SettingsError as exc:
        print(f"careerbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CatalogError as exc:
        print(f"careerbot: rejected, nothing was changed: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early
        return 0
    except Exception as exc:
        log.debug("command failed", exc_info=True)
        print(f"careerbot: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
