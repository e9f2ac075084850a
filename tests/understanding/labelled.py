"""Running labelled conversations through the dialogue and saying where a reply differs from
its label: used by the corpus tests and by ``bench/understanding.py``.

A row states the reply's intent and, where it matters, its careers in order, the options
offered, the figure asked about (``focus``), the fields a ranking is limited to
(``scope``), the criteria ranked on and the wishes no figure judges. Conventions: "swap" is
a comparison with the sides reversed; a question back (``clarify``, ``no_occupation``)
lists the side already settled as ``careers`` and what it offers as ``options_include``;
``criteria`` are the active preferences.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply
from careerbot.dialogue.router import Dialogue

Row = dict[str, Any]


def load(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


#: what is on screen after a reply, in the corpus's terms
SCREENS = {"compare": "compare", "profile": "profile", "ranking": "list", "roadmap": "roadmap"}
#: replies that show what is on screen another way, read as what they show
SHOWN_AS = {"chart": "compare", "skills": "compare", "vent": "smalltalk"}


def screen_of(reply: Reply) -> str | None:
    screen = reply.context.screen
    return SCREENS.get(screen or "", screen)


def outcome(reply: Reply, previous: Reply | None) -> dict[str, Any]:
    """What a reply says, in the corpus's terms."""
    kind: str = reply.kind
    if kind in SHOWN_AS:
        kind = "profile" if kind == "chart" and len(reply.careers) == 1 else SHOWN_AS[kind]
    careers = list(reply.careers)
    reversed_pair = previous is not None and careers == list(reversed(previous.careers))
    if kind == "compare" and previous is not None and previous.kind == "compare" and reversed_pair:
        kind = "swap?"  # a swap when the row says so; a comparison otherwise
    said: dict[str, Any] = {"intent": kind, "careers": careers, "options": careers}
    said["screen"] = screen_of(reply)
    before = screen_of(previous) if previous is not None else None
    said["unchanged"] = said["screen"] == before
    if kind in {"clarify", "no_occupation"}:
        said["careers"] = list(reply.kept)
    if reply.focus is not None:
        said["focus"] = reply.focus
    if reply.kind in {"rank", "recommend"}:
        said["scope"] = sorted(reply.scope)
        said["not_judged"] = sorted(reply.not_judged)
        listed = reply.ranking or reply.shortlist
        active = listed.preferences.active if listed else ()
        said["criteria"] = sorted(p.criterion for p in active)
        # the career a list is about: moves from it, or where it stands ("why not nursing?")
        said["about"] = list(reply.careers) if reply.shortlist is None else []
        if reply.shortlist is not None:
            person = reply.shortlist.person
            said["about"] = [person.current] if person.current else []
            said["traits"] = sorted((*person.likes, *person.values))
            said["dislikes"] = sorted(person.dislikes)
            said["current"] = person.current
            said["schooling"] = person.schooling
    return said


def mismatches(expect: dict[str, Any], said: dict[str, Any]) -> list[str]:
    wrong = []
    intent = said["intent"]
    if intent == "swap?":
        intent = "swap" if expect["intent"] == "swap" else "compare"
    if intent == "greeting" and expect["intent"] == "smalltalk":
        intent = "smalltalk"  # a greeting is small talk answered with the start
    if expect["intent"] != intent:
        wrong.append("intent")
    if expect.get("focus") == "demand" and said.get("focus") == "openings":
        # openings are one of demand's two measures, answered on their own since "which has
        # more jobs" has a focus of its own; labels written before say demand
        said = {**said, "focus": "demand"}
    for key in ("careers", "focus"):
        if key in expect and expect[key] != said.get(key):
            wrong.append(key)
    for key in ("current", "about", "schooling"):
        if key in expect and expect[key] != said.get(key):
            wrong.append(key)
    if "screen" in expect:
        shown = expect["screen"] == "none" and said["unchanged"]
        if not shown and expect["screen"] != said["screen"]:
            wrong.append("screen")
    for key in ("scope", "criteria", "not_judged", "traits", "dislikes"):
        if key in expect and sorted(expect[key]) != said.get(key):
            wrong.append(key)
    if "options_include" in expect and not set(expect["options_include"]) <= set(said["options"]):
        wrong.append("options")
    return wrong


def run(dialogue: Dialogue, row: Row) -> list[str]:
    """Each turn's mismatches, as readable lines; empty when the row is right."""
    context, previous, failed = ChatContext(), None, []
    for turn in row["turns"]:
        reply = dialogue.respond(turn["say"], context)
        said = outcome(reply, previous)
        if wrong := mismatches(turn["expect"], said):
            failed.append(
                f"{turn['say']!r}: {', '.join(wrong)} — want {turn['expect']}, got {said}"
            )
        context, previous = reply.context, reply
    return failed
