"""What a one-shot command prints and how it exits. The reply is the answer on stdout (exit
0); anything else is a line on stderr saying what to do: nothing found or not understood
(1), a question one command cannot continue (2), or a choice, printed as the commands that
make it (3). Buttons are never printed: no one can press them."""

from __future__ import annotations

import json

from careerbot._utils.text import clean_display
from careerbot.careers.catalog import Catalog
from careerbot.commands.choices import (
    Asked,
    choice_commands,
    guide_commands,
    more_command,
    other_kind_commands,
)
from careerbot.commands.exits import Exit, Outcome
from careerbot.dialogue.replies import Reply, reply_json
from careerbot.render.views import help_document

NOT_UNDERSTOOD = (
    'no career question found in that: try careerbot ask "how much do electricians make?", '
    "or careerbot --help"
)
FIT_EXAMPLE = 'careerbot fit "remote, no coding, salary matters most"'


def one_shot(reply: Reply, catalog: Catalog, asked: Asked, *, as_json: bool = False) -> Outcome:
    code, message, choices = _judged(reply, catalog, asked)
    if as_json:
        document = reply_json(reply) | ({"choices": choices} if choices else {})
        return Outcome(code, json.dumps(document, ensure_ascii=False, indent=2), message)
    if code is Exit.ANSWERED:
        kinds = other_kind_commands(reply, catalog, asked.chat)
        other = ["", "Other kinds:", *(f"  {command}" for command in kinds)] if kinds else []
        if (
            asked.command != "compare"
            and (whole := more_command(reply, catalog, asked.chat)) is not None
        ):
            other = ["", f"The whole card: {whole}", *other]
        return Outcome(code, "\n".join([reply.document.plain().rstrip(), *other]))
    return Outcome(code, err="\n".join([message, *(f"  {command}" for command in choices)]))


def _judged(reply: Reply, catalog: Catalog, asked: Asked) -> tuple[Exit, str, list[str]]:
    """The exit code, the line for stderr, and the choices as commands."""
    if reply.kind == "unknown":
        name = clean_display(reply.unresolved[0], 60) if reply.unresolved else ""
        return Exit.NOT_FOUND, f"no career called “{name}”: see careerbot list for every career", []
    if reply.kind == "help" and reply.document != help_document():
        # a help reply other than the help itself says the message asked nothing it could do
        return Exit.NOT_FOUND, NOT_UNDERSTOOD, []
    if asked.command == "fit" and reply.kind not in ("recommend", "rank"):
        return Exit.NOT_FOUND, f"no preference found in that: e.g. {FIT_EXAMPLE}", []
    if (
        reply.kind == "fit"
        and asked.chat is not None
        and (answers := guide_commands(reply, asked.chat))
    ):
        # the quiz goes on in the conversation: each answer a command
        question = " ".join(reply.document.plain().split())
        return Exit.CHOICE, f"{question} Answer with one of:", answers
    if reply.kind == "fit":  # the quiz, which needs buttons or a conversation to go on in
        return (
            Exit.USAGE,
            "the quiz needs careerbot chat, or careerbot ask --chat ID to answer it one "
            f"message at a time; or say what matters: {FIT_EXAMPLE}",
            [],
        )
    if reply.kind in ("clarify", "no_occupation"):
        question = reply.document.plain().strip().splitlines()[0]
        choices = choice_commands(reply, catalog, asked)
        if choices:
            run = "Answer with one of:" if asked.chat is not None else "Run one of:"
            return Exit.CHOICE, f"{question} {run}", choices
        # "That's Registered Nurses twice…": the command line itself needs changing
        return (Exit.USAGE if reply.kind == "clarify" else Exit.NOT_FOUND), question, []
    return Exit.ANSWERED, "", []
