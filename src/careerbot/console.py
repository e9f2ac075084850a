"""`careerbot chat`: the conversation in a terminal, buttons as numbered choices."""

from __future__ import annotations

import asyncio
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


def show(reply: Reply, write: Callable[[str], None]) -> list[Button]:
    write(reply.document.plain())
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
            line = await asyncio.to_thread(read, PROMPT)
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
