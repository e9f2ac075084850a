"""The `careerbot` command. Results go to stdout and errors to stderr, one line each, with
the exit codes of ``commands.exits``; never a traceback."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from careerbot._utils import logs
from careerbot.app.settings import Settings, SettingsError
from careerbot.commands import parser
from careerbot.commands.exits import INTERRUPTED, Exit, Outcome

if TYPE_CHECKING:
    from careerbot.web.server import WebAppServer

log = logging.getLogger("careerbot")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    try:
        args = parser.parse(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as done:  # --help, --version, or a usage error already printed
        return int(done.code or 0)
    fmt = "plain"
    try:
        if args.command in ("completion", "catalog"):  # neither reads a setting
            return _offline(args)
        settings = Settings.from_env(os.environ)
        fmt = settings.log_format
        logs.configure(settings.log_level, fmt)
        return _say(_dispatch(args, settings), fmt)
    except SettingsError as exc:
        return _say(Outcome(Exit.USAGE, err=str(exc)), fmt)
    except KeyboardInterrupt:
        return INTERRUPTED
    except BrokenPipeError:  # output piped into `head` and closed early
        _quiet_stdout()
        return 0
    except Exception as exc:
        log.debug("command failed", exc_info=True)
        return _say(Outcome(Exit.NOT_FOUND, err=f"failed: {type(exc).__name__}: {exc}"), fmt)


def _dispatch(args: argparse.Namespace, settings: Settings) -> Outcome:
    command = args.command or ("run" if settings.telegram_token else "chat")
    if command == "run":
        from bot.app import run_bot  # noqa: PLC0415 - Telegram loads only for the bot
        from bot.startup import BotStartError  # noqa: PLC0415

        try:
            code = run_bot(
                settings.with_webapp_url(getattr(args, "webapp_url", None)),
                webhook=getattr(args, "webhook", None),
                listen=getattr(args, "listen", "0.0.0.0"),
                port=getattr(args, "port", 8443),
                metrics_port=getattr(args, "metrics_port", None) or settings.metrics_port,
                webapp=_webapp(args, settings),
            )
        except BotStartError as exc:
            return Outcome(exc.code, err=str(exc))
        return Outcome(code)
    if command == "web":
        from careerbot.web.server import run_local  # noqa: PLC0415 - aiohttp's server on demand

        return Outcome(run_local(settings, args.port))
    if command == "chat":
        from careerbot import console  # noqa: PLC0415 - the database layer loads on use

        return Outcome(console.run(settings, getattr(args, "out", None)))
    import asyncio  # noqa: PLC0415 - --help and --version stay light

    from careerbot.commands import jobs  # noqa: PLC0415

    return asyncio.run(jobs.run(args, settings))


def _webapp(args: argparse.Namespace, settings: Settings) -> WebAppServer | None:
    """The interactive tool beside the bot, with ``--webapp-port``."""
    port: int | None = getattr(args, "webapp_port", None)
    if port is None:
        return None
    from careerbot.web.server import WebAppServer  # noqa: PLC0415 - only when asked for

    return WebAppServer(getattr(args, "listen", "0.0.0.0"), port, settings)


def _offline(args: argparse.Namespace) -> int:
    if args.command == "completion":
        from careerbot.commands.completion import bash_script  # noqa: PLC0415 - on use

        return _say(Outcome(Exit.ANSWERED, bash_script(parser.build())))
    from careerbot.catalog_build.output import run_build  # noqa: PLC0415 - build-time only

    return run_build(args.source_dir, args.out_path)


def _say(outcome: Outcome, fmt: str = "plain") -> int:
    if outcome.out:
        print(outcome.out)
    if outcome.err:
        print(logs.error_line(outcome.err, fmt), file=sys.stderr)
    return int(outcome.code)


def _tolerant_output() -> None:
    """Text from any argument, even bytes that are not UTF-8, can be written back."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _quiet_stdout() -> None:
    # the reader is gone: what is still buffered must not fail again at exit
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
