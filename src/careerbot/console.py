"""`careerbot chat`: the conversation in a terminal, buttons as numbered choices."""

from __future__ import annotations

import asyncio
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

from careerbot.app.service import CareerService
from careerbot.dialogue.replies import Button, Reply

CONSOLE_CHAT_ID = 0
PROMPT = "you> "


def save_picture(reply: Reply, folder: Path, path: Path | None = None) -> Path:
    """Draw the reply's picture into ``path`` (default: a file in ``folder`` named for it)."""
    from careerbot.render.drawing import draw  # noqa: PLC0415 - drawing loads matplotlib

    assert reply.picture is not None
    target = path or folder / ("careerbot-" + reply.picture.key.replace(":", "-") + ".png")
    target.write_bytes(draw(reply.picture))
    return target


def wrapped(text: str, width: int) -> str:
    """Lines longer than the terminal wrapped between words, a bullet's or an indented
    line's continuation under its text; short lines (the card's aligned grid) as they are."""
    out = []
    for line in text.splitlines():
        if len(line) <= width:
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip())
        hang = indent + (2 if line.lstrip().startswith(("•", "-")) else 0)
        out.append(
            textwrap.fill(
                line,
                width=width,
                subsequent_indent=" " * hang,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out)


def terminal_width() -> int:
    return max(40, shutil.get_terminal_size((100, 24)).columns - 1)


def show(reply: Reply, write: Callable[[str], None]) -> list[Button]:
    write(wrapped(reply.document.plain(), terminal_width()))
    choices = [button for row in reply.buttons for button in row]
    for number, button in enumerate(choices, start=1):
        target = f"  ({button.url})" if button.url else ""
        write(f"  [{number}] {button.text}{target}")
    return choices


async def chat(
    service: CareerService, read: Callable[[str], str] = input, write: Callable[[str], None] = print
) -> None:
    write("careerbot: compare careers in your own words.")
    write("Type a number to press a button, 'quit' to leave.")
    choices = show(await service.start(CONSOLE_CHAT_ID, ""), write)
    while True:
        try:
            # read on this thread: Ctrl-C at the prompt ends the chat at once (a worker
            # thread blocked in input() would hold the process until Enter)
            line = read(PROMPT)
        except (EOFError, KeyboardInterrupt):
            write("")
            return
        if line.strip().lower() in {"quit", "exit", "bye", ":q"}:
            return
        if line.strip().isdigit() and 1 <= int(line.strip()) <= len(choices):
            button = choices[int(line.strip()) - 1]
            if button.url:
                write(f"Share this link: {button.url}")
                continue
            reply = await service.button(CONSOLE_CHAT_ID, button.data)
            if reply.picture is not None:  # a chart: saved as a file, its path said
                path = await asyncio.to_thread(save_picture, reply, Path.cwd())
                write(f"Chart saved: {path}\n{reply.document.plain()}")
                continue
            if reply.notice and not reply.edits:
                write(reply.notice)
                continue
        else:
            reply = await service.message(CONSOLE_CHAT_ID, line)
        choices = show(reply, write)
