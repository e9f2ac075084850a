"""The words people use for what they want from a job, and for how much they want it
(``lexicon/preferences.toml``, read once).

Each criterion has phrases, and each phrase may carry its own direction ("quick" is a
short learning curve, "office" is the opposite of remote). Phrases are tried longest
first and a matched span is consumed, so "easy to get into" is about the entry barrier
and not about difficulty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from careerbot.careers.criteria import AttributeName
from careerbot.careers.model import Direction
from careerbot.understanding.lexicon import load, plain_words, word_list


@dataclass(frozen=True, slots=True)
class Phrase:
    criterion: AttributeName
    pattern: re.Pattern[str]
    #: the direction the phrase itself names; None when a modifier or the default decides
    direction: Direction | None = None
    #: a measure the phrase names by its own name ("LLM exposure"), ranked on as itself
    measure: str | None = None


_TABLE = load("preferences")
PHRASES: list[Phrase] = [
    Phrase(
        cast(AttributeName, row["criterion"]),
        re.compile(rf"\b(?:{row['words']})\b"),
        cast(Direction | None, row.get("direction")),
        row.get("measure"),
    )
    for row in _TABLE["phrase"]
]
_SAID = {name: re.compile(entry["pattern"]) for name, entry in _TABLE["said"].items()}
#: A direction stated next to the phrase: "low AI risk", "more money", "the least coding".
HIGH_WORDS = _SAID["high_words"]
LOW_WORDS = _SAID["low_words"]
NEGATION = _SAID["negation"]
INDIFFERENT = _SAID["indifferent"]
#: Strong refusals make a must-not ("I don't want to code"); "I'd rather not" stays soft.
REFUSAL = _SAID["refusal"]
HARD = _SAID["hard"]
SOFT = _SAID["soft"]
#: Pay wished to be enough, not high: a wish that orders, never a must.
ENOUGH = _SAID["enough"]
#: Content with the pay they have: no wish of pay.
CONTENT = _SAID["content"]
#: Pay wished kept at what their job pays: a floor from a job, never an order.
KEPT = _SAID["kept"]
#: Pay wished about what their job pays: a floor a little under it, never an order.
SIMILAR = _SAID["similar"]
#: A pay cut refused as a big one: a small one is taken (``SIMILAR``, not ``KEPT``).
BIG_CUT = _SAID["big_cut"]
SUPERLATIVE = _SAID["superlative"]
#: Words that ask for a recommendation even without a superlative.
ASKING = _SAID["asking"]
WEIGHTS: list[tuple[re.Pattern[str], float]] = [
    (re.compile(row["pattern"]), float(row["weight"])) for row in _TABLE["weight"]
]
SHORT_KEYWORDS: tuple[str, ...] = tuple(_TABLE["short_keywords"])
#: Single words worth correcting a misspelling to (longer than four letters, distinctive).
KEYWORDS: tuple[str, ...] = tuple(_TABLE["keywords"])
#: Words never corrected to a keyword: the everyday words, the words of their own a keyword
#: is one slip from ("pain" is not "paid"), and the plain words of O*NET's prose, each
#: spelt right ("remove" is not "remote"); a keyword itself is its own word anyway.
NOT_TYPOS = word_list("everyday") | word_list("not_typos") | plain_words()
