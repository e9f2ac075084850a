"""The labelled corpus: messages as people type them, each with what the reply must be.

Every row runs through the real dialogue over the full bundled catalog; a conversation's
turns share the chat context, as in Telegram. A row states the reply's intent and, where it
matters, its careers in order, the options offered, the figure asked about (``focus``), the
fields a ranking is limited to (``scope``), the criteria ranked on and the wishes no figure
judges. Conventions: "swap" is a comparison with the sides reversed; a question back
(``clarify``, ``no_occupation``) lists the side already settled as ``careers`` and what it
offers as ``options_include``; ``criteria`` are the active preferences.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from careerbot.careers.catalog import Catalog
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply
from careerbot.dialogue.router import Dialogue
from careerbot.understanding.resolution import NameIndex

CORPUS = Path(__file__).with_name("corpus.jsonl")
ROWS = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def dialogue(bundled_catalog: Catalog, bundled_index: NameIndex) -> Dialogue:
    return Dialogue(bundled_catalog, index=bundled_index)


def outcome(reply: Reply, previous: Reply | None) -> dict[str, Any]:
    """What a reply says, in the corpus's terms."""
    kind: str = reply.kind
    careers = list(reply.careers)
    reversed_pair = previous is not None and careers == list(reversed(previous.careers))
    if kind == "compare" and previous is not None and previous.kind == "compare" and reversed_pair:
        kind = "swap?"  # a swap when the row says so; a comparison otherwise
    said: dict[str, Any] = {"intent": kind, "careers": careers, "options": careers}
    if kind in {"clarify", "no_occupation"}:
        said["careers"] = list(reply.kept)
    if reply.focus is not None:
        said["focus"] = reply.focus
    if reply.kind in {"rank", "recommend"}:
        said["scope"] = sorted(reply.scope)
        said["not_judged"] = sorted(reply.not_judged)
        active = reply.ranking.preferences.active if reply.ranking else ()
        said["criteria"] = sorted(p.criterion for p in active)
    return said


def mismatches(expect: dict[str, Any], said: dict[str, Any]) -> list[str]:
    wrong = []
    intent = said["intent"]
    if intent == "swap?":
        intent = "swap" if expect["intent"] == "swap" else "compare"
    if expect["intent"] != intent:
        wrong.append("intent")
    for key in ("careers", "focus"):
        if key in expect and expect[key] != said.get(key):
            wrong.append(key)
    for key in ("scope", "criteria", "not_judged"):
        if key in expect and sorted(expect[key]) != said.get(key):
            wrong.append(key)
    if "options_include" in expect and not set(expect["options_include"]) <= set(said["options"]):
        wrong.append("options")
    return wrong


def run(dialogue: Dialogue, row: dict[str, Any]) -> list[str]:
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


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_corpus_row(dialogue: Dialogue, row: dict[str, Any]) -> None:
    assert run(dialogue, row) == []


def test_corpus_is_large_and_varied() -> None:
    categories = {row["category"] for row in ROWS}
    assert len(ROWS) >= 400
    assert {"compare", "one_career", "preference", "preference_field", "followup"} <= categories
    assert {"tricky_name", "smalltalk", "hostile", "no_occupation", "roadmap"} <= categories
