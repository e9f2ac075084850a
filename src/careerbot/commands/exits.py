"""The exit codes of `careerbot`, written once: the commands return them, and the help and
the README list them."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    ANSWERED = 0
    NOT_FOUND = 1
    USAGE = 2
    CHOICE = 3


MEANINGS = {
    Exit.ANSWERED: "answered",
    Exit.NOT_FOUND: "not found or not understood (or it failed; the message says which)",
    Exit.USAGE: "bad usage or a bad setting",
    Exit.CHOICE: "needs a choice: each choice is printed as the command to run",
}
#: Ctrl-C, as shells report a process ended by SIGINT
INTERRUPTED = 130
