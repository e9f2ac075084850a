"""A rank said bare, with the service it was held in named elsewhere: "retiring from the
fire department… I was a captain" is a fire captain (O*NET's title for first-line
supervisors of firefighters), not a ship's. The words are read as that title, so the rest of
understanding sees a name it knows; where the service and the rank make no title of the
catalog's, the words stay as said."""

from __future__ import annotations

import re

from careerbot.understanding.resolution import Match, NameIndex
from careerbot.understanding.subjects import mention

#: a service named by what it does: "the fire department", "police force", "ambulance service"
_SERVICE = re.compile(
    r"\b(?!(?:the|a|an|my|our|your|their|this|that|of|out|in|at)\b)(?P<service>[a-z]+) "
    r"(?:department|dept|service|force|station|house|crew|squad|academy|district|brigade|"
    r"agency)\b"
)
#: a rank said as a job, with nothing of a longer name after it: "i was a captain,"
_BARE = re.compile(
    r"\b(?:a|an|as)\s+(?P<rank>[a-z]+)\b(?=\s*(?:[,.;!?]|$|\s+(?:for|in|at|with)\b))"
)


def rank_in_service(text: str, index: NameIndex) -> str | None:
    """The text with a bare rank said as the title it has in the service named ("fire
    captain"); None where no such title is said."""
    services = dict.fromkeys(m["service"] for m in _SERVICE.finditer(text))
    if not services:
        return None
    for bare in _BARE.finditer(text):
        rank = bare["rank"]
        alone = mention(rank, index).found
        for service in services:
            if service == rank:
                continue
            found = mention(f"{service} {rank}", index).found
            # (a title of its own, not the rank's: "out of the house… a detective" is none)
            if (
                isinstance(found, Match)
                and found.best.score == 1.0
                and not (isinstance(alone, Match) and alone.best.slug == found.best.slug)
            ):
                return f"{text[: bare.start('rank')]}{service} {rank}{text[bare.end('rank') :]}"
    return None
