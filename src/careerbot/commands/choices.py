"""A question back as the commands that answer it. A one-shot command has no buttons to
press, so each choice a button would offer ("which teacher?") becomes the exact `careerbot …`
command that gives the same answer, shell-quoted to paste as it is."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from careerbot.careers.catalog import Catalog
from careerbot.careers.formatting import short_title
from careerbot.careers.model import Career
from careerbot.dialogue import guide
from careerbot.dialogue.codec import Card, Choose, Compare, Profile, Roadmap, decode
from careerbot.dialogue.replies import Button, Reply
from careerbot.dialogue.shortlists import resume

PROG = "careerbot"


@dataclass(frozen=True, slots=True)
class Asked:
    """The one-shot command being answered: its name, its career names as given, and
    where a chart goes."""

    command: str
    names: tuple[str, ...] = ()
    out: str = "chart.png"
    #: the conversation an ``ask --chat`` continues: the guided profile can go on in it
    chat: str | None = None


def choice_commands(reply: Reply, catalog: Catalog, asked: Asked) -> list[str]:
    """The commands for the reply's choices, in the order the buttons show them; in a
    conversation (``ask --chat ID``), each as the message that goes on in it."""
    found = (_argv(button, reply, catalog, asked) for row in reply.buttons for button in row)
    return [command([PROG, *in_chat(argv, asked.chat)]) for argv in found if argv]


def in_chat(argv: list[str], chat: str | None) -> list[str]:
    """A one-shot command's words said in the conversation ``chat`` instead, so that the
    person goes on where they are ("Registered Nurses vs Nurse Practitioners"), in words
    the conversation reads as the command does; a chart stays a command (it writes a file)."""
    if chat is None or argv[0] == "chart":
        return argv
    match argv:
        case ["compare", a, b]:
            said = f"{a} vs {b}"
        case ["roadmap", source, target]:
            said = f"roadmap from {source} to {target}"
        case ["roadmap", target]:
            said = f"how to become {target}"
        case ["ask", *words]:
            said = " ".join(words)
        case _:
            return argv
    return ["ask", "--chat", chat, said]


def guide_commands(reply: Reply, chat: str) -> list[str]:
    """The guided profile's question answered in the same conversation: each option by its
    number, as typed answers are read ("1"), then skip and "show my matches now"."""
    state = resume(reply.context)
    if state is None:
        return []
    options = len(guide.QUESTIONS[state.step].options)
    buttons = [button for row in reply.buttons for button in row]
    answers = [
        (str(i + 1) if i < options else _LABEL_EDGES.sub("", button.text), button.text)
        for i, button in enumerate(buttons)
    ]
    return [
        f"{command([PROG, 'ask', '--chat', chat, answer])}   # {label}" for answer, label in answers
    ]


#: a button label's icons at either end ("👍 I'd enjoy it", "Skip ▶")
_LABEL_EDGES = re.compile(r"^[^\w]+|[^\w]+$")


def other_kind_commands(reply: Reply, catalog: Catalog, chat: str | None = None) -> list[str]:
    """An answer's "↔ Secondary School Teachers instead" buttons, as the commands that
    compare the other kinds of a name it read as its likeliest kind."""
    commands = []
    for button in (b for row in reply.buttons for b in row):
        action = decode(button.data)
        if isinstance(action, Profile) and (kind := catalog.by_id.get(action.career)):
            # a 3–4 card's other kinds: "ℹ️ Internists", a career not on the card
            label = button.text.removeprefix("ℹ️").strip()  # "ℹ" is a letter to \w
            if kind.slug not in reply.careers and label in {kind.title, short_title(kind)}:
                commands.append(command([PROG, *in_chat(["ask", kind.title], chat)]))
            continue
        if not (isinstance(action, Compare) and button.text.endswith(" instead")):
            continue
        a, b = catalog.by_id.get(action.a), catalog.by_id.get(action.b)
        if a is not None and b is not None:
            commands.append(command([PROG, *in_chat(["compare", a.title, b.title], chat)]))
    return commands


def more_command(reply: Reply, catalog: Catalog, chat: str | None = None) -> str | None:
    """An answer's "➕ More" as the command that prints the whole card."""
    for button in (b for row in reply.buttons for b in row):
        action = decode(button.data)
        if isinstance(action, Card) and action.more:
            a, b = catalog.by_id.get(action.a), catalog.by_id.get(action.b)
            if a is not None and b is not None:
                if chat is not None:  # said in the conversation, of the card on screen
                    return command([PROG, "ask", "--chat", chat, "the full comparison"])
                return command([PROG, "compare", a.title, b.title])
    return None


def _labelled(button: Button, *careers: Career | None) -> bool:
    """A choice's button is labelled with the career it picks; "📊 Chart", "↩ Back" and
    "🗺 Roadmap: how to become one" carry a career too but answer no question."""
    return any(c is not None and button.text in {c.title, short_title(c)} for c in careers)


def command(argv: list[str]) -> str:
    """A command line to copy: each word as the shell reads it, a name with an apostrophe
    in double quotes ("Police and Sheriff's Patrol Officers") rather than shlex's '"'"'."""
    return " ".join(_word(a) for a in argv)


def _word(arg: str) -> str:
    quoted = shlex.quote(arg)
    if "'" in arg and not any(c in arg for c in '"$`\\!'):
        return f'"{arg}"'
    return quoted


def _argv(button: Button, reply: Reply, catalog: Catalog, asked: Asked) -> list[str] | None:
    def career(career_id: int | None) -> Career | None:
        return catalog.by_id.get(career_id) if career_id is not None else None

    def title(career_id: int) -> str:
        found = career(career_id)
        return found.title if found else ""

    chart = asked.command == "chart"
    out = ["--out", asked.out]
    match decode(button.data):
        case Compare(a, b) if _labelled(button, career(a), career(b)):
            return ["chart", title(a), title(b), *out] if chart else ["compare", title(a), title(b)]
        case Roadmap(target, source) if _labelled(button, career(target), career(source)):
            start = [title(source)] if source is not None else []
            return ["roadmap", *start, title(target)]
        case Profile(chosen) if _labelled(button, career(chosen)):
            if chart:
                return ["chart", title(chosen), *asked.names[1:], *out]
            if asked.command == "roadmap" and len(asked.names) == 2:  # the start was unclear
                return ["roadmap", title(chosen), asked.names[1]]
            return ["ask", title(chosen)]
        case Choose(chosen) if _labelled(button, career(chosen)):
            # both sides were unclear: the first is asked about, the other keeps its words
            pending = reply.context.pending
            other = asked.names[1] if len(asked.names) == 2 else pending and pending.next_said
            if not other:
                return ["ask", title(chosen)]
            return (
                ["chart", title(chosen), other, *out]
                if chart
                else [
                    "compare",
                    title(chosen),
                    other,
                ]
            )
    return None
