"""Messages about how a person is, read before anything else: self-harm or suicide (care
and crisis lines, never a career list), and a vent with no question in it (one line of
acknowledgement and an offer). The words are ``lexicon/feelings.toml``."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from careerbot.understanding.lexicon import load

Feeling = Literal["crisis", "distress", "vent"]


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    table = load("feelings")
    return {
        name: re.compile(r"(?<![\w*])(?:" + "|".join(table[name]) + r")(?![\w*])")
        for name in ("crisis", "distress", "grief", "vent", "overwork", "denied")
    }


def crisis(folded: str) -> bool:
    """Whether the message speaks of self-harm or suicide, wherever in it. Overwork refused
    in those words ("not trying to kill myself for a job") is not, nor a crisis said not to
    be one ("no im not suicidal")."""
    patterns = _patterns()
    said = patterns["denied"].sub(" ", patterns["overwork"].sub(" ", folded))
    return patterns["crisis"].search(said) is not None


def distress(folded: str) -> bool:
    """Whether the message tells of hurting badly (crying, worthless, breaking down)."""
    return _patterns()["distress"].search(folded) is not None


def grief(folded: str) -> bool:
    """Whether the message tells of a loss ("he passed a few yrs ago", "my late wife")."""
    return _patterns()["grief"].search(folded) is not None


def vent(folded: str) -> bool:
    """Whether the message is frustration (asked nothing of careers is for the caller to say)."""
    return _patterns()["vent"].search(folded) is not None
