"""`careerbot chat`: the conversation in a terminal, buttons as numbered choices."""

from __future__ import annotations

import asyncio
import os
import select
import shutil
import signal
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import platformdirs

from careerbot.app import bootstrap
from careerbot.app.service import CareerService
from careerbot.app.settings import Settings
from careerbot.dialogue.replies import Button, Reply

CONSOLE_CHAT_ID = 0
PROMPT = "you> "
#: what the shell reports for a program ended by Ctrl-C
INTERRUPTED = 130
#: how long a read waits at a time: the longest Ctrl-C at the prompt can go unnoticed
TURN_SECONDS = 0.2


def charts_folder() -> Path:
    """Where the chat saves charts unless told otherwise: careerbot's data folder, not
    wherever the terminal happens to be."""
    return Path(platformdirs.user_data_dir("careerbot")) / "charts"


def save_picture(reply: Reply, path: Path) -> Path:
    """Draw the reply's picture into ``path``, its folder made if need be."""
    from careerbot.render.drawing import draw  # noqa: PLC0415 - drawing loads matplotlib

    assert reply.picture is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(draw(reply.picture))
    return path


def picture_name(reply: Reply) -> str:
    assert reply.picture is not None
    return "careerbot-" + reply.picture.key.replace(":", "-") + ".png"


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


def no_such_choice(number: int, choices: list[Button]) -> str:
    if not choices:
        return f"There is no choice {number}: nothing to choose from now. Type a message."
    valid = "1" if len(choices) == 1 else f"a number from 1 to {len(choices)}"
    return f"There is no choice {number}: type {valid}, or a message."


async def chat(
    service: CareerService,
    read: Callable[[str], str] = input,
    write: Callable[[str], None] = print,
    folder: Path | None = None,
) -> int:
    """The conversation until 'quit', end of input (0) or Ctrl-C at the prompt (130)."""
    write("careerbot: compare careers in your own words.")
    write("Type a number to press a button, 'quit' to leave.")
    choices = show(await service.start(CONSOLE_CHAT_ID, ""), write)
    while True:
        try:
            line = read(PROMPT).strip()
        except EOFError:
            write("")
            return 0
        except KeyboardInterrupt:
            write("")
            return INTERRUPTED
        if line.lower() in {"quit", "exit", "bye", ":q"}:
            return 0
        if line.isascii() and line.isdigit():
            if not 1 <= int(line) <= len(choices):
                write(no_such_choice(int(line), choices))
                continue
            button = choices[int(line) - 1]
            if button.url:
                write(f"Share this link: {button.url}")
                continue
            reply = await service.button(CONSOLE_CHAT_ID, button.data)
            if reply.picture is not None:  # a chart: saved as a file, its path said
                target = (folder or charts_folder()) / picture_name(reply)
                path = await asyncio.to_thread(save_picture, reply, target)
                write(f"Chart saved: {path}\n{reply.document.plain()}")
                continue
            if reply.notice and not reply.edits:
                write(reply.notice)
                continue
        else:
            reply = await service.message(CONSOLE_CHAT_ID, line)
        choices = show(reply, write)


class CtrlC:
    """One Ctrl-C ends the chat at once, wherever it comes: at the prompt it interrupts
    the read; while careerbot starts or answers, it cancels the chat, which then closes
    what it opened. (asyncio's own handler would only cancel on the first press, which a
    read blocking the loop never sees, and raise inside the database on the second.)"""

    def __init__(self) -> None:
        self.reading = False
        self.interrupted = False
        self.task: asyncio.Task[int] | None = None
        self.cancelling: asyncio.Handle | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.interrupted = True
        if self.reading or self.task is None:
            raise KeyboardInterrupt
        self.cancelling = self.task.get_loop().call_soon_threadsafe(self.task.cancel)

    def read(self, prompt: str) -> str:
        self.reading = True
        try:
            # an answer that never waited gave the loop no turn to cancel it: stop here
            if self.interrupted:
                if self.cancelling is not None:
                    self.cancelling.cancel()
                raise KeyboardInterrupt
            return read_line(prompt)
        finally:
            self.reading = False


def read_line(prompt: str) -> str:
    """``input(prompt)``, waiting for the line in short turns. The kernel may hand Ctrl-C's
    SIGINT to any of the process's threads (the database's, the workers'); Python then runs
    the handler in the main thread only when it next runs Python code, which a read blocked
    on the terminal never does."""
    try:
        print(prompt, end="", flush=True)
        fd = sys.stdin.fileno()
        select.select([fd], [], [], 0)
    except (OSError, ValueError):  # not a file select can wait on
        return input()
    if not os.isatty(fd):
        while not select.select([fd], [], [], TURN_SECONDS)[0]:
            pass
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.removesuffix("\n")
    while True:
        while not select.select([fd], [], [], TURN_SECONDS)[0]:
            pass
        # never a blocking read: a Ctrl-C typed just now throws the line away in the
        # terminal, and a read waiting for it would never see the signal's handler run
        os.set_blocking(fd, False)
        try:
            data = os.read(fd, 65536)
        except BlockingIOError:
            continue
        finally:
            os.set_blocking(fd, True)
        if not data:
            raise EOFError
        return data.decode("utf-8", "replace").removesuffix("\n")


def run(settings: Settings, folder: Path | None = None) -> int:
    """`careerbot chat`: 0 when the person leaves, 130 after Ctrl-C."""
    ctrl_c = CtrlC()

    async def session() -> int:
        ctrl_c.task = asyncio.current_task()
        try:
            async with bootstrap.running(settings) as service:
                return await chat(service, read=ctrl_c.read, folder=folder)
        except asyncio.CancelledError:
            print()
            return INTERRUPTED

    previous = signal.signal(signal.SIGINT, ctrl_c)
    try:
        return asyncio.run(session())
    except KeyboardInterrupt:  # before the chat began
        print()
        return INTERRUPTED
    finally:
        signal.signal(signal.SIGINT, previous)
