"""Teaching a subject at a college, said the long way round: "teaching an intro accounting
class at the community college", "i teach welding at a trade school", "adjunct for
english". O*NET files college teachers by subject ("Business Teachers, Postsecondary"), and
a trade or technical school's teachers as Career/Technical Education Teachers,
Postsecondary; the words are read as that career's title, so the rest of understanding
sees a name it knows."""

from __future__ import annotations

import re

from careerbot.understanding.resolution import Match, NameIndex
from careerbot.understanding.subjects import mention

#: where college teaching is done, and where a trade is taught
_COLLEGE = r"(?:community college|junior college|college|university|uni|cc)"
#: colleges that teach below the bachelor's, trades among what they teach
_TWO_YEAR = r"(?:community college|junior college|cc)"
_TRADE_SCHOOL = r"(?:tech(?:nical)? (?:school|college)|trade school|vocational school|votech)"
_TEACHING = re.compile(
    r"\b(?P<verb>teach(?:ing|es)?|taught|instruct(?:ing)?)\s+"
    r"(?:(?:an?|some|the|my|a couple of|one|two)\s+)?(?:(?:intro(?:ductory)?|basic|beginner|"
    r"night|evening|online|part[- ]time)\s+)*"
    r"(?P<what>[a-z]+(?: [a-z]+)??)(?:\s+(?:class(?:es)?|courses?|lessons?))?"
    r"(?:\s+(?:part[- ]time|at night|on the side|online))?"
    rf"\s+(?:at|in|for)\s+(?:an?|the|my|our|a local|the local|local)?\s*"
    rf"(?P<where>{_TRADE_SCHOOL}|{_COLLEGE})\b"
)
#: an O*NET title of the career a trade school's teachers are filed under
TRADE_TEACHERS = "vocational instructor"


def college_teaching(text: str, index: NameIndex) -> str | None:
    """The text with teaching a subject at a college said as the career's title ("what
    about business teachers, postsecondary"); None where none is said or known."""
    found = _TEACHING.search(text)
    if found is None:
        return None
    if re.fullmatch(_TRADE_SCHOOL, found["where"]):
        title = TRADE_TEACHERS
    else:
        said = mention(f"{found['what']} professor", index, exact=False).found
        if isinstance(said, Match):
            title = said.best.name.lower().replace(",", "")
        elif re.fullmatch(_TWO_YEAR, found["where"]):
            # a subject with no college teachers of its own ("fire science", "hvac") is
            # taught below the bachelor's as a trade: Career/Technical Education
            title = TRADE_TEACHERS
        else:
            return None
    # "i teach …": their job, said as one; "what about teaching …": the career asked about
    start, said_as = found.start(), title
    if (mine := _MINE.search(text[:start])) is not None:
        verb = "was" if found["verb"] == "taught" or mine["past"] else "am"
        article = "an" if title[:1] in "aeiou" else "a"
        start, said_as = mine.start(), f"i {verb} {article} {title}"
    return f"{text[:start]}{said_as}{text[found.end() :]}"


#: said of their own teaching: "i teach", "i've been teaching", "i used to teach"
_MINE = re.compile(r"\bi(?:'?ve| have)?\s+(?:(?P<past>used to)\s+|been\s+|also\s+|still\s+)*$")
