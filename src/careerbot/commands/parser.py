"""The `careerbot` command's arguments and help: a description and examples for every
command; the settings and exit codes at the top. Light to import: `--help`, `--version` and
`completion` answer without loading the database layer."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn

from careerbot.app.settings import VARIABLES
from careerbot.catalog_build import options as build_options
from careerbot.commands.exits import MEANINGS, Exit

PROG = "careerbot"


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


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def _top_epilog() -> str:
    width = max(len(v.name) for v in VARIABLES) + 2
    settings = [
        f"  {v.name:{width}}{v.meaning}" + (f" (default: {v.default})" if v.default else "")
        for v in VARIABLES
    ]
    exits = [f"  {code.value}  {meaning}" for code, meaning in MEANINGS.items()]
    return "\n\n".join(
        (
            _examples(
                f"{PROG}                     the chat; the bot when TELEGRAM_BOT_TOKEN is set",
                f'{PROG} ask "how much do electricians make?"',
                f"{PROG} compare electrician plumber",
                f"{PROG} COMMAND --help      a command's own help and examples",
            ),
            "settings (environment variables, read once at start):\n" + "\n".join(settings),
            "exit codes:\n" + "\n".join(exits),
            "Results go to stdout, errors to stderr, one line each.",
        )
    )


#: (command, one-line help, description, examples)
_COMMANDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "chat",
        "talk to careerbot in this terminal",
        "The conversation in this terminal, no Telegram token needed: buttons are numbered "
        "choices, Ctrl-C or 'quit' leaves. Charts are saved as PNG files in --out "
        "(default: the 'charts' folder in careerbot's data folder); each saved path is printed.",
        (f"{PROG} chat", f"{PROG} chat --out ~/Pictures"),
    ),
    (
        "ask",
        "one message in, the reply out",
        "Any message, as you would write it to the bot. No memory between runs unless --chat "
        "names a conversation to continue.",
        (
            f'{PROG} ask "how much do electricians make?"',
            f'{PROG} ask "which AI job pays the most?" --json',
            f'{PROG} ask "electrician or plumber?" --chat 1 && {PROG} ask swap --chat 1',
        ),
    ),
    (
        "compare",
        "compare two careers",
        "The comparison card of two careers, by any of their names.",
        (
            f"{PROG} compare electrician plumber",
            f'{PROG} compare "registered nurse" cashier --json',
        ),
    ),
    (
        "chart",
        "a picture of one career, or of two compared (PNG)",
        "Draws the card's figures as a 1280x720 PNG picture.",
        (f"{PROG} chart electrician plumber --out chart.png", f"{PROG} chart plumber --out p.png"),
    ),
    (
        "roadmap",
        "how to get into a career, from another or afresh",
        "The way in, each step with its source: what carries over, skills and tools to build, "
        "credentials, time, and stepping stones when the switch is hard.",
        (f'{PROG} roadmap cashier "registered nurse"', f"{PROG} roadmap electrician --json"),
    ),
    (
        "fit",
        "which careers fit these preferences, ranked",
        "Careers ranked by what you say matters, each pick explained by its figures.",
        (f'{PROG} fit "remote, no coding, salary matters most"', f'{PROG} fit "no degree" --json'),
    ),
    (
        "list",
        "list the careers in the catalog",
        "Every career in the catalog: its slug (for careerbot remove) and its title.",
        (f"{PROG} list | grep -i nurse",),
    ),
    (
        "about",
        "where the figures come from",
        "Each source: what the cards show from it, its licence and attribution.",
        (f"{PROG} about",),
    ),
    (
        "import",
        "add or replace careers from a catalog file",
        "Adds the file's careers and replaces those whose slug the catalog already holds; every "
        "other career stays. With --replace-all the file becomes the whole catalog. Either way it "
        "is one transaction: a file with any error is refused and nothing changes. The format: "
        "README, 'The catalog'.",
        (f"{PROG} import data/examples/catalog.json", f"{PROG} import mine.json --replace-all"),
    ),
    (
        "remove",
        "remove careers from the catalog by slug",
        "Removes the careers with these slugs (as `careerbot list` shows them), in one "
        "transaction: if any slug is not in the catalog, nothing is removed.",
        (f"{PROG} remove example-esports-coach example-urban-beekeeper",),
    ),
    (
        "health",
        "exit 0 when the database answers and holds a catalog",
        "Counts the careers in the database without loading them: the image's healthcheck.",
        (f"{PROG} health && echo ready",),
    ),
    (
        "stats",
        "usage: messages, top comparisons, names nobody matched",
        "Messages answered, the pairs compared most and the names nobody matched, as /stats "
        "shows them in Telegram.",
        (f"{PROG} stats",),
    ),
    (
        "run",
        "run the Telegram bot (TELEGRAM_BOT_TOKEN)",
        "The Telegram bot: long polling, or a webhook server with --webhook. Metrics in "
        "Prometheus's format with --metrics-port or CAREERBOT_METRICS_PORT.",
        (
            f"TELEGRAM_BOT_TOKEN=123456789:AAE... {PROG} run",
            f"{PROG} run --webhook https://bot.example.org/telegram --port 8443",
            f"CAREERBOT_METRICS_PORT=9100 {PROG} run",
        ),
    ),
    (
        "completion",
        "print a shell completion script",
        "A bash completion script for careerbot's commands and options (zsh: run "
        "`autoload -U bashcompinit && bashcompinit` first).",
        (f"source <({PROG} completion bash)",),
    ),
)


def build() -> Parser:
    parser = Parser(
        prog=PROG,
        description="Compare careers honestly, side by side: in a chat, one answer at a time, "
        "or as a Telegram bot.",
        epilog=_top_epilog(),
    )
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands = {
        name: sub.add_parser(name, help=help_, description=text, epilog=_examples(*examples))
        for name, help_, text, examples in _COMMANDS
    }
    _arguments(commands)
    catalog = sub.add_parser(
        "catalog",
        help="build the catalog from public labour data",
        description="Rebuild data/occupations.json.gz (docs/catalog-build.md).",
        epilog=_examples(f"{PROG} catalog build --from /path/to/public-data"),
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
