"""What `careerbot --help` says: for every command a line, a description and examples,
in one table; and at the top the settings and exit codes, from their own tables."""

from __future__ import annotations

from careerbot.app.settings import VARIABLES
from careerbot.commands.exits import MEANINGS

PROG = "careerbot"


def examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def top_epilog() -> str:
    width = max(len(v.name) for v in VARIABLES) + 2
    settings = [
        f"  {v.name:{width}}{v.meaning}" + (f" (default: {v.default})" if v.default else "")
        for v in VARIABLES
    ]
    exits = [f"  {code.value}  {meaning}" for code, meaning in MEANINGS.items()]
    return "\n\n".join(
        (
            examples(
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
COMMANDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
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
            f"{PROG} run --webapp-port 8080 --webapp-url https://tool.example.org/",
        ),
    ),
    (
        "web",
        "the interactive comparison tool on http://127.0.0.1:PORT/",
        "The comparison tool in your browser, no Telegram token needed: pick 2-4 careers, browse "
        "and filter all of them, and rank them by what matters to you. It listens on 127.0.0.1 "
        "only. Beside the bot, `run --webapp-port` serves the same tool as a Telegram Mini App.",
        (f"{PROG} web", f"{PROG} web --port 9000"),
    ),
    (
        "completion",
        "print a shell completion script",
        "A bash completion script for careerbot's commands and options (zsh: run "
        "`autoload -U bashcompinit && bashcompinit` first).",
        (f"source <({PROG} completion bash)",),
    ),
)
