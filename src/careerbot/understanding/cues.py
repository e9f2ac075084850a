"""The words around career names that say what a message asks: which figure it is about
(focus), whether it compares, asks for a way in, or asks for advice. The words are
``lexicon/cues.toml``, read once; nothing here knows a career.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal, cast, get_args

from careerbot.understanding.lexicon import compiled, load
from careerbot.understanding.word_gate import Gated

#: what a question is about: a figure of the attribute table (careers/criteria.py), a
#: career's skills or duties, or everything
Focus = Literal[
    "salary",
    "learning_curve",
    "coding",
    "demand",
    "openings",
    "ai_risk",
    "duties",
    "overall",
    "entry_barrier",
    "remote",
    "skills",
]


#: a figure wished for, as the focus of a question about it (difficulty is the entry's)
FOCUS_OF_CRITERION: dict[str, Focus] = {
    **{name: name for name in get_args(Focus)},
    "difficulty": "entry_barrier",
}

_TABLE = load("cues")
_CUE = {name: compiled(entry) for name, entry in _TABLE["cue"].items()}

#: Tried in this order: an earlier focus wins ("is it hard to find a job as X" is demand, not
#: entry; "is X safe with all these AI coding tools" is exposure, not coding).
FOCUS_CUES: tuple[tuple[Focus, re.Pattern[str]], ...] = tuple(
    (cast(Focus, name), compiled(entry)) for name, entry in _TABLE["focus"].items()
)
_FOCUS_GATED = Gated((pattern, focus) for focus, pattern in FOCUS_CUES)


def focus_cues(text: str) -> Iterator[tuple[Focus, re.Pattern[str]]]:
    """The focus cues that may be said in ``text``, in their order."""
    return ((focus, pattern) for pattern, focus in _FOCUS_GATED.over(text))


def cue_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says a focus cue ("how much", "training")."""
    return [m.span() for _, pattern in focus_cues(text) for m in pattern.finditer(text)]


#: Two careers joined by one of these are being compared.
COMPARE_JOINS = _CUE["compare_joins"]
#: "and"/"with"/"to" between two names compare only when the message says it compares.
COMPARE_CUE = _CUE["compare_cue"]
BETTER_THAN = _CUE["better_than"]
#: asking for the way in: "how do I become", "path to", "from cashier to nurse"
ROADMAP_CUE = _CUE["roadmap_cue"]
#: a time question about becoming is about learning time, not the way in
ROADMAP_NOT = _CUE["roadmap_not"]
FROM_TO = _CUE["from_to"]
#: the asker's own job: "I'm a cashier", "I've been a bartender", "my wife is a teacher"
SELF_BEFORE = _CUE["self_before"]
#: what the asker says of themselves, up to what they want
ABOUT_ME = _CUE["about_me"]
#: a request for advice among many careers rather than about the one named
RECOMMEND_CUE = _CUE["recommend_cue"]
PRONOUN = _CUE["pronoun"]
WHICH = _CUE["which"]
COMPARE_WITH = _CUE["compare_with"]
WHAT_ABOUT = _CUE["what_about"]
INSTEAD = _CUE["instead"]
#: the start of a refinement of the last answer: "and remote too", "only ones without a degree"
REFINE = _CUE["refine"]
SUPERLATIVE = _CUE["superlative"]
