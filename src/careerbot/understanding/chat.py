"""Messages that are not about a career: commands, greetings, thanks, jokes, insults,
weather. Each is recognised only as the whole message (or the whole message but for
punctuation), so "thanks, and how much do welders make?" is still a question about welders.
"""

from __future__ import annotations

import re
from typing import Literal

ChatTopic = Literal[
    "greeting", "help", "list", "about", "swap", "skills", "fit", "thanks", "smalltalk", "unclear"
]

#: each topic's whole messages, one alternative per string
_WHOLE: tuple[tuple[ChatTopic, tuple[str, ...]], ...] = (
    (
        "greeting",
        (
            r"/?start|hi+|hello+|hey+|hiya|yo|howdy|greetings|hola",
            r"good (?:morning|afternoon|evening|day)",
        ),
    ),
    (
        "help",
        (
            r"/?help|\?+|what can you do|what do you do|how does (?:this|it) work|commands|menu",
            r"how do i use (?:this|you)|what are you|who are you|instructions|options",
            r"tell me about (?:yourself|you)",
        ),
    ),
    (
        "list",
        (
            r"/?list|careers|all careers|show (?:me )?(?:all )?(?:the )?careers",
            r"list (?:all )?(?:the )?careers|list them(?: all)?",
            r"(?:what|which) (?:careers|jobs) (?:do you have|have you got)"
            r"(?: (?:info|information|data|figures) (?:on|for|about))?",
            r"(?:what|which) (?:careers|jobs|roles|professions|occupations) "
            r"(?:do you (?:know|have|cover)|are there|can you compare)",
        ),
    ),
    (
        "about",
        (
            r"/?about|/?sources|where do (?:the|your) (?:figures|numbers|data|stats) come from",
            r"what(?:'s| are) your sources|where is (?:the|your) data from",
            r"where does (?:the|your) (?:data|information|info) come from|who made you",
        ),
    ),
    (
        "swap",
        (
            r"swap|switch|reverse|flip|switch (?:them|sides|it) ?(?:around|round)?",
            r"(?:swap|flip|reverse) (?:them|sides|it|round|around|the order)",
        ),
    ),
    (
        "skills",
        (
            r"skills|show (?:me )?(?:the )?skills|what skills|the skills|skills analysis",
            r"compare (?:the )?skills",
        ),
    ),
    ("fit", (r"/?fit|/?quiz|which (?:role|career|job) fits me|take the quiz",)),
    (
        "thanks",
        (
            r"(?:thanks?|thank you|thx|ty|tysm|cheers|thank u)"
            r"(?: (?:so much|a lot|very much|a bunch|man|bro|bot))?"
            r"(?:,? (?:that|this|it) (?:helps|helped|was (?:really |very )?helpful))?",
        ),
    ),
    (
        "smalltalk",
        (
            r"ok(?:ay)?|k+|kk|cool|nice|great|awesome|lol+|haha+|lmao|ha+|wow|hmm+",
            r"yes|yeah|yep|no|nope|sure|fine|alright|got it|good|perfect|interesting|oh|ah",
            r"bye|goodbye|good ?night|see (?:you|ya)|later|cya|sorry|my bad",
            r"how are you|how'?s it going|what'?s up|sup|how are things",
            r"tell me a joke|(?:say|tell) something funny|joke|i'?m bored|i love you|love you",
            r"you'?re (?:useless|stupid|dumb|awesome|great|the best|amazing|cool|bad|terrible)",
            r"you'?re smart",
            r"(?:this|that) (?:is|was) (?:stupid|dumb|useless|great|cool|helpful|awesome)|you suck",
            r"what'?s your (?:favou?rite \w+|name)|are you (?:a bot|human|real|ai)",
            r"(?:how'?s|what'?s) the weather(?: \w+)*|is it going to rain(?: \w+)*",
            r"who won(?: the)? (?:game|match)(?: \w+)*|did you watch the game(?: \w+)*",
            r"haha nice|lol ok|ok thanks|ok cool|nice one|good bot|bad bot",
            r"(?:that|this|it) (?:was|is) (?:really |very |so |super )?"
            r"(?:helpful|useful|great|cool|awesome|nice|interesting|good)",
            r"are you (?:a )?(?:robot|machine|person|chatgpt|gpt)",
        ),
    ),
)
WHOLE: tuple[tuple[ChatTopic, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(rf"^(?:{'|'.join(patterns)})$")) for topic, patterns in _WHOLE
)
# a leading slash is kept: it makes a command
_EDGES = re.compile(r"^[^\w/]+|[\W_]+$")
_SPACES = re.compile(r"\s+")


def chat_topic(folded: str) -> ChatTopic | None:
    """The topic when the whole message is chat or a command; None otherwise."""
    text = _SPACES.sub(" ", _EDGES.sub("", folded)).strip()
    text = re.sub(r"^/(\w+)@\w+$", r"/\1", text)  # "/start@careerbot"
    text = re.sub(
        r"\s+(?:bot|there|careerbot|again|everyone|all|mate|buddy|pal|dude|man|bro|fam|"
        r"friend|m8|a lot|so much|again)$",
        "",
        text,
    )
    if text.startswith("/start") or text.startswith("/help"):
        # a command with a payload meant for another bot is no greeting to answer
        return "greeting" if text == "/start" else "help"
    if (topic := _whole(text)) is not None:
        return topic
    # "thanks, that was really helpful!", "haha nice one": every clause is chat
    clauses = [c.strip() for c in _CLAUSES.split(text) if c.strip()]
    topics = [_whole(_LEAD_IN.sub("", c)) for c in clauses]
    if clauses and all(t in _TALK for t in topics):
        return "thanks" if "thanks" in topics else "smalltalk"
    # "what careers do you know? list them", "who made you and where does your data come
    # from": one topic, perhaps with small talk around it
    asked = {t for t in topics if t not in _TALK}
    if clauses and None not in topics and len(asked) == 1:
        return asked.pop()
    return None


def _whole(text: str) -> ChatTopic | None:
    for topic, pattern in WHOLE:
        if pattern.match(text):
            return topic
    return None


def rude_or_kind(folded: str) -> bool:
    """Whether the text insults or praises the bot, whatever else it says."""
    return bool(_FEELINGS.search(folded))


_CLAUSES = re.compile(r"[,.;:!?]+|\s+-\s+|\s+and\s+")
_LEAD_IN = re.compile(r"^(?:haha+|lol+|ok(?:ay)?|oh|ah|well|wow)\s+")
_TALK: frozenset[ChatTopic | None] = frozenset({"thanks", "smalltalk", "greeting"})
_FEELINGS = re.compile(
    r"\b(?:stupid|dumb|useless|idiot\w*|sucks?|shut up|bs|crap|garbage|trash|moron|"
    r"helpful|awesome|amazing|love (?:it|you|this))\b"
)
