"""Three or four careers named at once: "pharmacist, physician assistant or nurse
practitioner", "electrician vs plumber vs hvac vs welder", "compare plumber electrician
carpenter welder". None is dropped silently: past four, the reply says so."""

from __future__ import annotations

import re

from careerbot.understanding.followups import Named
from careerbot.understanding.message import Message

#: what may stand between two names of a list: a comma, "or", "vs", "and", a slash
_BETWEEN = re.compile(
    r"^\W*(?:(?:,|/|&|\bor\b|\bvs\b\.?|\bversus\b|\band\b|\bagainst\b|\bmaybe\b|\bperhaps\b|"
    r"\bpossibly\b|\beven\b|\balso\b|\bbeing\b|\bbecoming\b)\W*)*(?:(?:an?|the)\s+)?\W*$"
)
_COMPARE = re.compile(r"\b(?:compare|comparison|vs|versus|or|between|which|difference)\b")
#: the most careers one card compares
MOST = 4


def many_of(message: Message, found: list[Named]) -> list[Named] | None:
    """Three or more careers named as one list; None for fewer."""
    options = sorted((f for f in found if f.role == "option"), key=lambda f: f.start)
    if len(options) < 3 or not _COMPARE.search(message.text):
        return None
    run = [options[0]]
    for named in options[1:]:
        gap = message.text[message.words[run[-1].end - 1].end : message.words[named.start].start]
        if not _BETWEEN.match(gap):
            break
        run.append(named)
    return run if len(run) >= 3 else None
