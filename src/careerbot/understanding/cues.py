"""The words around career names that say what a message asks: which figure it is about
(focus), whether it compares, asks for a way in, or asks for advice, and whether it is
small talk. Regular expressions over folded text (lower case, no accents), one table per
question, tried in order; nothing here knows a career.
"""

from __future__ import annotations

import re
from typing import Literal

Focus = Literal[
    "pay",
    "learning",
    "coding",
    "demand",
    "exposure",
    "duties",
    "overall",
    "entry",
    "remote",
    "skills",
]


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b")


#: Tried in this order: an earlier focus wins ("is it hard to find a job as X" is demand, not
#: entry; "is X safe with all these AI coding tools" is exposure, not coding).
FOCUS_CUES: tuple[tuple[Focus, re.Pattern[str]], ...] = (
    (
        "demand",
        _any(
            r"(?:job )?outlook",
            r"in (?:high )?demand",
            r"demand",
            r"job security",
            r"(?:hard|easy|difficult) to find (?:a )?(?:job|work)",
            r"(?:still )?be (?:any )?jobs",
            r"prospects",
            r"hiring",
            r"more jobs",
            r"(?:is|are) (?:it |they )?growing",
            r"openings",
            r"future proof",
        ),
    ),
    (
        "exposure",
        _any(
            r"replac\w*",
            r"automat\w*",
            r"(?:ai|robots?|automation|machines?|computers?) (?:will |gonna |going to |to )?"
            r"take over",
            r"taken over",
            r"take (?:their|our|my|the|your|these|those) jobs?",
            r"(?:ai|robots?|automation|machines?) (?:will |gonna |going to |is going to |"
            r"gon )?(?:take|replace|steal|kill|eat)",
            r"takes? (?:\w+ )?jobs",
            r"safe(?:r|st)? (?:from|with)",
            r"robots?",
            r"chat ?gpt",
            r"exposed",
            r"exposure",
            r"obsolete",
            r"ai[- ]proof",
            r"(?:at )?risk (?:from|of) (?:ai|automation|robots?|being replaced)",
            r"(?:replacement|automation|ai) risk",
            r"at risk",
            r"(?:is|are) (?:my|our|their|your|the) (?:job|jobs|career|work|field) safe",
        ),
    ),
    (
        "pay",
        _any(
            r"how much(?! (?:coding|code|programming|math|training|school|schooling|education|"
            r"college|experience|time|stress|demand))",
            r"makes?",
            r"making",
            r"earns?",
            r"earning",
            r"salar(?:y|ies)",
            r"salery",
            r"pays?",
            r"paid",
            r"paying",
            r"wages?",
            r"income",
            r"money",
            r"\$+",
            r"six figures?",
            r"6 figures?",
            r"compensation",
        ),
    ),
    (
        "learning",
        _any(
            r"how long",
            r"how many (?:years|months|weeks)",
            r"how (?:fast|quickly|soon)",
            r"training",
            r"schooling",
            r"years of school",
            r"(?:longer|faster|quicker|sooner|quickest|fastest|longest|shortest) to "
            r"(?:learn|become|train|get|qualify|finish|start)",
            r"takes? (?:longer|less time)",
            r"learn (?:faster|quicker)",
            r"(?:to|each) (?:take|takes) to learn",
            r"time to learn",
        ),
    ),
    (
        "entry",
        _any(
            r"(?:hard|harder|hardest|difficult|easy|easier|easiest|tough) to (?:get into|become|"
            r"break into|get in|enter|be)",
            r"(?:hard|difficult|easy) (?:is it )?to get into",
            r"how (?:hard|difficult|easy) is it",
            r"(?:need|needs|require|requires|required) (?:a |an )?(?:college |university |\w+ )?"
            r"(?:degree|masters?|bachelors?|"
            r"diploma|license|licence|certificate|certification)",
            r"what (?:degree|qualifications?|education|certification)",
            r"without (?:a )?degree",
            r"requirements?",
            r"qualifications?",
            r"entry barrier",
            r"barrier to entry",
            r"(?:do|would|will|does|did) (?:i|you|we|they|one) (?:need|have to (?:go to|get))"
            r" (?:a |an |to go to )?(?:college|university|uni|school|degree|licen[cs]e)",
            r"get (?:a |an |my |the |your )?(?:licen[cs]e|licensed|certified|certification)",
            r"how much (?:school|schooling|college|education)",
            r"(?:more|less|least|most) (?:school|schooling|college|education)",
        ),
    ),
    ("remote", _any(r"from home", r"remote(?:ly)?", r"wfh", r"telework\w*", r"work from anywhere")),
    (
        "coding",
        _any(
            r"cod(?:e|es|ing)",
            r"programm(?:ing|er)",
            r"write software",
            r"know (?:how to )?program",
        ),
    ),
    (
        "skills",
        _any(
            r"skills?",
            r"(?:need|have|has|should|must) (?:to )?be good at",
            r"what (?:do|does) (?:i|you|one) need to know",
            r"strengths",
            r"abilities",
        ),
    ),
    (
        "duties",
        _any(
            r"what(?:'?s| is| does| do) (?:an? |the )?(?:\S+ ){0,6}?do",
            r"^what(?:'s| is| are)(?: an?)?$",
            r"job of",
            r"day to day",
            r"all day",
            r"what (?:do|does) (?:they|he|she|it) do",
            r"duties",
            r"responsibilities",
            r"what .{0,20}involve",
        ),
    ),
)

#: Two careers joined by one of these are being compared.
COMPARE_JOINS = re.compile(
    r"^\W*(?:or|vs\.?|versus|v\.?|v\.s\.?|against|compared (?:to|with)|over|or maybe|or a|"
    r"and|with|to)\W*$"
)
#: "and"/"with"/"to" between two names compare only when the message says it compares.
COMPARE_CUE = _any(
    r"compare",
    r"comparison",
    r"difference",
    r"differences",
    r"between",
    r"side by side",
    r"better",
    r"worse",
    r"which",
    r"vs",
    r"versus",
    r"than",
    r"or",
)
BETTER_THAN = re.compile(r"\b(?:better|worse|safer|harder|easier|more|less)\b.*\bthan\b")

#: asking for the way in: "how do I become", "path to", "from cashier to nurse"
ROADMAP_CUE = _any(
    r"how (?:do|can|could|would|should|to|does|did) (?:i |you |one |someone |a person |people )?"
    r"(?:\w+ )?(?:become|get into|get in|break into|switch|transition|move|go|start|get started)",
    r"how (?:do|can) (?:an? )?[a-z ]{2,40} become",
    r"how to become",
    r"how (?:do|can|would|could|should) (?:i|you|one|someone) (?:get|go|move|switch) from",
    r"how (?:do|can|would|should) (?:i|you|one|someone) get (?:a |my |the |your )?"
    r"(?:licen[cs]e|licensed|certified|certification|credentials?)",
    r"how to get into",
    r"path(?:way)? (?:to|from|into)",
    r"what'?s the path",
    r"the path",
    r"roadmap",
    r"step[- ]by[- ]step",
    r"(?:a|the|my) plan (?:to|for)",
    r"road map",
    r"steps? to (?:become|becoming|get)",
    r"career change",
    r"switch(?:ing)? (?:careers? )?from",
    r"make the switch",
    r"how (?:do|can|would) i get there",
    r"transition from",
    r"go from",
    r"to become (?:an? )?[a-z ]+\?*$",
    r"need to learn to become",
    # "could I become a paralegal?" asks the way in; "…without a degree?" asks the barrier
    r"(?:could|can) (?:i|someone like me) (?:\w+ )?(?:become|switch to|move into|retrain as)"
    r"(?!.*\bwithout\b)",
)
#: a time question about becoming is about learning time, not the way in
ROADMAP_NOT = _any(
    r"requirements?",
    r"qualifications?",
    r"how long",
    r"how many",
    r"how fast",
    r"how quickly",
    r"how hard",
    r"(?:hard|harder|difficult|easy|easier|tough) to become",
    r"worth it",
    r"good idea",
)
FROM_TO = re.compile(r"\bfrom\b(?P<a>.+?)\b(?:to|into)\b(?P<b>.+)$")

#: the asker's own job: "I'm a cashier", "I've been a bartender", "my wife is a teacher"
SELF_BEFORE = re.compile(
    r"(?:\b(?:i'?m|i am|i was|i'?ve been|i have been|i work(?:ed)? (?:as|in)|worked (?:as|in)|"
    r"my (?:job|current job) is|currently an?|did my \w+ in|studied|"
    r"(?:working|making [^,;]*?|employed|paid) as|"
    r"my (?:\w+ )?(?:is|was|are|were)|(?:wife|husband|dad|mom|mother|father|friend|cousin|uncle|"
    r"aunt|brother|sister|parents|counselor)\s(?:is|was|makes|says|does|works in|works as))"
    r"(?:\s+(?:a|an|the))?\s*$)"
)
#: what the asker says of themselves, up to what they want: "I worked in retail for 6
#: years (and want…)", "I'm 34", "I've been a cashier for a while"
ABOUT_ME = re.compile(
    r"\b(?:i'?m|i am) \d+(?: years? old)?\b|\b\d{1,2}[- ]?(?:years?|yrs?|yo)[- ]old\b|"
    r"\b(?:i'?ve (?:been|worked)|i (?:have )?worked|i was|i'?m (?:a|an|currently)|"
    r"i am (?:a|an|currently)|i have (?:\d+|a few|some|many) years?|"
    r"(?:after|with) (?:\d+|a few|some|many) years? (?:in|as|of))\b"
    r"[^,.;!?]*?(?=\s+\b(?:and|but|so|now|what|which|how|should|can|could|would)\b|[,.;!?]|$)"
)
#: a request for advice among many careers rather than about the one named
RECOMMEND_CUE = _any(
    r"what (?:jobs?|careers?|roles?|fields?|professions?|occupations?|work)",
    r"which (?:(?!has\b|have\b|is\b|are\b|one\b|pays?\b)\w+ ){0,2}"
    r"(?:jobs?|careers?|roles?|fields?|professions?|occupations?|trades?)",
    r"(?:jobs?|careers?|roles?|occupations?|professions?|options) "
    r"(?:that|which|with|for|where|in|i|without|working)",
    # "is nursing a good career" asks about nursing
    r"(?<!\ba )(?:best|good|top|highest|lowest|easiest|quickest) (?:\w+ )?"
    r"(?:jobs?|careers?|roles?)",
    r"what (?:can|should) i (?:do|become|study)",
    r"what fits",
    r"careers fit",
    r"suits? me",
    r"fits? me",
    r"recommend",
    r"suggest",
    r"^(?:jobs?|careers?|roles?)",
    r"(?:jobs?|careers?) \w+ing",
    # ...but "will AI take their jobs" is about careers on screen
    r"(?<!their )(?<!your )(?<!our )(?<!my )(?<!his )(?<!her )(?<!these )(?<!those )"
    r"(?:jobs|careers)$",
)
#: refers to what is on screen: the comparison's sides, the career just shown
FIRST = _any(r"(?:the )?first(?: one)?", r"former", r"(?:the )?left one", r"#?1st")
SECOND = _any(r"(?:the )?second(?: one)?", r"latter", r"(?:the )?right one", r"#?2nd")
PRONOUN = _any(r"they", r"them", r"it", r"this job", r"that job", r"these", r"the job")
WHICH = _any(r"which", r"who", r"what one", r"which one", r"each", r"both")
COMPARE_WITH = re.compile(
    r"^(?:and |ok |okay |so )?(?:compare|cmp)(?: (?:it|this|that|them|him|her))?"
    r"(?: (?:with|to|and|vs\.?|against))? (?P<name>.+)$"
)
WHAT_ABOUT = re.compile(
    r"^(?:ok(?:ay)?,? |so |and |but )?(?:what about|how about|and|what of|now|"
    r"(?P<against>or|vs\.?|versus|compared (?:to|with)|against))\s+"
    r"(?P<name>.+?)(?:\s+(?:then|tho|though|lol|haha|again))?(?:\s+instead(?: of (?P<instead>.+))?)?$"
)
INSTEAD = re.compile(r"^(?P<name>.+?) instead(?: of (?P<instead>.+))?$")
#: the start of a refinement of the last answer: "and remote too", "only ones without a degree"
REFINE = re.compile(
    r"^(?:and|also|plus|but|now|only|just|what about|how about|make it|ok(?:ay)?(?: and)?|"
    r"that|those|ones?|in the|in|with|without|no|not|which)\b|\b(?:too|as well|also)$"
)
SUPERLATIVE = _any(
    r"most",
    r"best",
    r"highest",
    r"lowest",
    r"least",
    r"top",
    r"quickest",
    r"fastest",
    r"easiest",
    r"shortest",
    r"safest",
    r"hardest",
)
