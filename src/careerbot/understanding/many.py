"""Three or four careers named at once: "pharmacist, physician assistant or nurse
practitioner", "electrician vs plumber vs hvac vs welder", "compare plumber electrician
carpenter welder". None is dropped silently: past four, the reply says so."""

from __future__ import annotations

import re

from careerbot.understanding.followups import Named
from careerbot.understanding.message import Message

#: what may stand between two names of a list: a comma, "or", "vs", "and", a slash
_BETWEEN = re.compile(
    # (where the first is done may follow it: "food sales rep for sysco or culinary…")
    r"^(?:\s+(?:for|at|with) (?:a |an |the )?[a-z]+(?: [a-z]+)?(?=\s*(?:,|/|or\b|and\b)))?"
    r"\W*(?:(?:,|/|&|\bor\b|\bvs\b\.?|\bversus\b|\band\b|\bagainst\b|\bmaybe\b|\bperhaps\b|"
    r"\bpossibly\b|\beven\b|\balso\b|\bbeing\b|\bbecoming\b)\W*)*(?:(?:an?|the)\s+)?\W*$"
)
#: an item between two careers of a list that names none: ", supply chain, "
_FIELD_ITEM = re.compile(r"^\s*,\s*[a-z]+(?: [a-z]+)?\s*,\s*(?:(?:or|and)\s+)?(?:(?:an?|the)\s+)?$")
_COMPARE = re.compile(r"\b(?:compare|comparison|vs|versus|or|between|which|difference)\b")


#: what may lead a message that is nothing but a list: "no i meant out of A, B and C"
_LEAD = re.compile(
    r"^\W*(?:(?:no|nah|ok(?:ay)?|so|sorry|i meant|i mean|meant|out of|among|between|"
    r"what about|how about|just|only|the|(?:jobs?|careers?|roles?|work|things|stuff|"
    r"something) like)\W+)*$"
)


def many_of(message: Message, found: list[Named]) -> list[Named] | None:
    """Three or more careers named as one list; None for fewer. A list said with no word of
    comparing is one when it is the whole message ("accountant, financial analyst and
    budget analyst")."""
    options = sorted((f for f in found if f.role == "option"), key=lambda f: f.start)
    if len(options) < 3:
        return None
    run = [options[0]]
    for named in options[1:]:
        gap = message.text[message.words[run[-1].end - 1].end : message.words[named.start].start]
        # ("logistician, dispatcher, supply chain, fleet manager": an item that names a
        # field, not one career, is passed over)
        if not (_BETWEEN.match(gap) or _FIELD_ITEM.match(gap)):
            break
        run.append(named)
    if len(run) < 3:
        return None
    if _COMPARE.search(message.text) or whole_list(message, run):
        return run
    return None


def whole_list(message: Message, run: list[Named]) -> bool:
    """Whether the careers named are the whole message, but for a few words leading it."""
    before = message.text[: message.words[run[0].start].start]
    after = message.text[message.words[run[-1].end - 1].end :]
    return _LEAD.match(before) is not None and not after.strip(" ?!.")
