"""The `careerbot` command's arguments, parsed and checked (their help is ``help_texts``).
Light to import: `--help`, `--version` and `completion` answer without loading the database
layer; an argument that is text arrives as text whatever bytes were typed."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn

from careerbot.catalog_build import options as build_options
from careerbot.commands import help_texts
from careerbot.commands.exits import Exit

PROG = help_texts.PROG


class Parser(argparse.ArgumentParser):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(**kwargs)

    def error(self, message: str) -> NoReturn:
        # one line, not argparse's usage block: what is wrong and where to read more
        self.exit(Exit.USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _Version(argparse.Action):
    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - on use

        try:
            found = version(PROG)
        except PackageNotFoundError:
            found = "(not installed)"
        print(f"{PROG} {found}")  # a result: stdout, as argparse's own version action does
        parser.exit()


def build() -> Parser:
    parser = Parser(
        prog=PROG,
        description="Compare careers honestly, side by side: in a chat, one answer at a time, "
        "or as a Telegram bot.",
        epilog=help_texts.top_epilog(),
    )
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands = {
        name: sub.add_parser(
            name, help=help_, description=text, epilog=help_texts.examples(*examples)
        )
        for name, help_, text, examples in help_texts.COMMANDS
    }
    _arguments(commands)
    catalog = sub.add_parser(
        "catalog",
        help="build the catalog from public labour data",
        description="Rebuild data/occupations.json.gz (docs/catalog-build.md).",
        epilog=help_texts.examples(f"{PROG} catalog build --from /path/to/public-data"),
    )
    catalog_sub = catalog.add_subparsers(dest="catalog_command", required=True, metavar="build")
    build_options.add_arguments(
        catalog_sub.add_parser("build", description=build_options.DESCRIPTION)
    )
    return parser


def _arguments(commands: Mapping[str, argparse.ArgumentParser]) -> None:
    json_help = "print the reply as JSON"
    commands["chat"].add_argument("--out", type=Path, metavar="DIR", help="where charts are saved")
    ask = commands["ask"]
    ask.add_argument("message")
    ask.add_argument("--json", action="store_true", help=json_help)
    ask.add_argument("--chat", type=int, metavar="ID", help="continue the conversation ID")
    compare = commands["compare"]
    compare.add_argument("first", metavar="A")
    compare.add_argument("second", metavar="B")
    compare.add_argument("--json", action="store_true", help=json_help)
    chart = commands["chart"]
    chart.add_argument("careers", nargs="+", metavar="CAREER", help="A [B]")
    chart.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    roadmap = commands["roadmap"]
    roadmap.add_argument("careers", nargs="+", metavar="CAREER", help="[FROM] TO")
    roadmap.add_argument("--json", action="store_true", help=json_help)
    fit = commands["fit"]
    fit.add_argument("preferences", help='e.g. "remote, low AI risk, no coding"')
    fit.add_argument("--json", action="store_true", help=json_help)
    imp = commands["import"]
    imp.add_argument("path", type=Path, metavar="PATH")
    imp.add_argument("--replace-all", action="store_true", help="make the file the whole catalog")
    commands["remove"].add_argument("slugs", nargs="+", metavar="SLUG")
    run = commands["run"]
    run.add_argument("--webhook", metavar="URL", help="serve a webhook instead of polling")
    run.add_argument("--listen", default="0.0.0.0", metavar="HOST", help="default: 0.0.0.0")
    run.add_argument("--port", type=int, default=8443, metavar="N", help="webhook port (8443)")
    run.add_argument("--metrics-port", type=int, metavar="N", help="serve /metrics on port N")
    run.add_argument(
        "--webapp-port", type=int, metavar="P", help="serve the comparison tool on port P"
    )
    run.add_argument(
        "--webapp-url",
        metavar="URL",
        help="the tool's public https address: the menu button and cards open it",
    )
    commands["web"].add_argument(
        "--port", type=int, default=8080, metavar="P", help="the port on 127.0.0.1 (8080)"
    )
    commands["completion"].add_argument("shell", choices=["bash"])


#: the arguments that are text (names, messages): bytes that are not UTF-8, which arrive as
#: lone surrogates, become U+FFFD there; paths and files keep their bytes
_TEXT = ("message", "preferences", "first", "second", "careers", "slugs")


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The commands under ``parser`` ("ask", "compare", …; "build" under "catalog")."""
    for action in parser._actions:  # argparse keeps its tree in private fields
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def parse(argv: list[str]) -> argparse.Namespace:
    args = build().parse_args(argv)
    for name in _TEXT:
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, _text(value))
        elif isinstance(value, list):
            setattr(args, name, [_text(item) for item in value])
    _check(args)
    return args


def _text(value: str) -> str:
    try:
        raw = value.encode("utf-8", "surrogateescape")  # the bytes as typed
    except UnicodeEncodeError:  # lone surrogates that were never bytes
        raw = value.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


_LIMITS = {"chart": (1, 2, "A [B]"), "roadmap": (1, 2, "[FROM] TO")}


def _check(args: argparse.Namespace) -> None:
    """What argparse cannot say: how many careers, and that none is empty."""
    command = args.command
    texts: list[str] = {
        "ask": [getattr(args, "message", "")],
        "fit": [getattr(args, "preferences", "")],
        "compare": [getattr(args, "first", ""), getattr(args, "second", "")],
    }.get(command, getattr(args, "careers", None) or [])
    command_parser = Parser(prog=f"{PROG} {command}")
    if command in _LIMITS:
        low, high, shape = _LIMITS[command]
        if not low <= len(texts) <= high:
            command_parser.error(f"takes one or two careers: {shape}")
    if any(not text.strip() for text in texts):
        what = "a message" if command in ("ask", "fit") else "career names"
        command_parser.error(f"needs {what}, not an empty argument")
