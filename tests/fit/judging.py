"""Judging a shortlist against a labelled person description: each of the top three must
have the row's property, read from the raw public files (``raw_properties``); a row that
expects the guided profile must get it. Used by the tests and by ``bench/fit.py``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from raw_properties import RawData, holds

from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.router import Dialogue

ROOT = Path(__file__).resolve().parents[2]
RAW_DIR = Path(os.environ.get("CAREERBOT_PUBLIC_DATA", ROOT.parent / "shared" / "data" / "public"))
TOP = 3
Row = dict[str, Any]


def load(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def judge(dialogue: Dialogue, data: RawData, row: Row) -> list[str]:
    """What is wrong with the reply to the row's message; empty when it fits."""
    reply = dialogue.respond(row["text"], ChatContext())
    if row.get("expect") == "guide":
        return [] if reply.kind == "fit" else [f"wanted the guided profile, got {reply.kind}"]
    if reply.kind not in {"recommend", "rank"}:
        return [f"wanted a shortlist, got {reply.kind}"]
    careers = [dialogue.catalog.by_slug[slug] for slug in reply.careers[:TOP]]
    if len(careers) < TOP:
        return [f"only {len(careers)} careers"]
    return [
        f"#{place} {career.title} lacks the property"
        for place, career in enumerate(careers, 1)
        if not (career.soc and holds(data, row["check"], career.soc))
    ]
