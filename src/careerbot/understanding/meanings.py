"""A figure's meaning asked ("what does LLM exposure mean?", "what do you mean by
openings"): which figure, read with ``lexicon/meanings.toml`` and the focus cues."""

from __future__ import annotations

import re

from careerbot.understanding.lexicon import load

_TABLE = load("meanings")
ASKED = re.compile(_TABLE["asked"])
_DOUBTED = re.compile(_TABLE["doubted"])
_TERMS = tuple(
    (name, re.compile(rf"(?:^|\b|\s)(?:{words})(?:\b|\s|$)"))
    for name, words in _TABLE["terms"].items()
)


def term_named(text: str) -> str | None:
    """The figure a word of ``text`` names that no focus cue reads ("median", "LLM tasks")."""
    return next((name for name, pattern in _TERMS if pattern.search(text)), None)


def doubted(text: str) -> bool:
    """Whether the (folded) text doubts a figure shown ("that's not right", "167k?? really")."""
    return _DOUBTED.search(text) is not None
