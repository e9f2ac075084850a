"""The exit codes of `careerbot`, written once: the commands return them, and the help and
the README list them; and the outcome of a command, as it is printed."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Outcome:
    #: an ``Exit``, or ``INTERRUPTED``
    code: int
    #: for stdout and stderr; empty prints nothing
    out: str = ""
    err: str = ""
