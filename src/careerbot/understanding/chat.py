"""Messages that are not about a career: commands, greetings, thanks, jokes, insults,
weather. Each is recognised only as the whole message (or the whole message but for
punctuation), so "thanks, and how much do welders make?" is still a question about welders.
The phrases are ``lexicon/chat.toml``."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Literal

from careerbot.understanding.lexicon import load

ChatTopic = Literal[
    "greeting",
    "help",
    "list",
    "about",
    "bot",
    "bye",
    "beyond",
    "swap",
    "skills",
    "fit",
    "unsure",
    "thanks",
    "complaint",
    "ack",
    "smalltalk",
    "unclear",
]


@cache
def _table() -> dict[str, Any]:
    return load("chat")


def _alternatives(words: list[str]) -> str:
    return "|".join(words)


@cache
def _whole_patterns() -> tuple[tuple[ChatTopic, re.Pattern[str]], ...]:
    topics = _table()["topics"]
    return tuple(
        (topic, re.compile(rf"^(?:{_alternatives(patterns)})$"))
        for topic, patterns in topics.items()
    )


@cache
def _trailing() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alternatives(_table()['trailing'])})$")


@cache
def _lead_in() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_alternatives(_table()['lead_in'])})\s+")


@cache
def _greeted() -> re.Pattern[str]:
    """A message that opens with a greeting."""
    return re.compile(rf"^(?:{_alternatives(_table()['topics']['greeting'])})\b")


@cache
def _feelings() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives(_table()['feelings'])})\b")


# a leading slash is kept: it makes a command
_EDGES = re.compile(r"^[^\w/]+|[\W_]+$")
_SPACES = re.compile(r"\s+")


def chat_topic(folded: str) -> ChatTopic | None:
    """The topic when the whole message is chat or a command; None otherwise."""
    text = _SPACES.sub(" ", _EDGES.sub("", folded)).strip()
    text = _without_trailing(re.sub(r"^/(\w+)@\w+$", r"/\1", text))  # "/start@careerbot"
    if text.startswith("/start") or text.startswith("/help"):
        # a command with a payload meant for another bot is no greeting to answer
        return "greeting" if text == "/start" else "help"
    if (topic := _whole(text)) is not None:
        return topic
    # "thanks, that was really helpful!", "haha nice one": every clause is chat
    # each clause without the words it may end with: "forget it lol. thanks anyway"
    clauses = [_without_trailing(c.strip()) for c in _CLAUSES.split(text) if c.strip()]
    topics: list[ChatTopic | None] = []
    for clause in clauses:
        topics.append(_whole(clause) or _whole(_without_lead_in(clause)))
        if topics[-1] is None:
            return None  # a clause that is no chat and no topic: the message asks something
    if clauses and all(t in _TALK for t in topics):
        for topic in ("bye", "complaint", "thanks"):
            if topic in topics:
                return topic
        if _greeted().match(text):  # "heyy whats up", "hi there how are you": said hello
            return "greeting"
        return "ack" if all(t == "ack" for t in topics) else "smalltalk"
    # "what careers do you know? list them", "who made you and where does your data come
    # from": one topic, perhaps with small talk around it
    asked = {t for t in topics if t not in _TALK}
    if len(asked) > 1:  # "who made you and where does your data come from": the sources
        asked.discard("bot")
    if clauses and None not in topics and len(asked) == 1:
        return asked.pop()
    return None


@cache
def _fresh_start() -> re.Pattern[str]:
    return re.compile(_table()["fresh_start"])


def fresh_start(folded: str) -> str | None:
    """The rest of a message that starts by asking to start afresh ("start over. jobs for
    introverts": "jobs for introverts"; "forget everything i said": ""); None when it
    does not."""
    found = _fresh_start().match(folded.strip())
    return None if found is None else folded.strip()[found.end() :]


def _without_trailing(text: str) -> str:
    """ "thanks a lot mate": "thanks"; but "are you a bot" is whole as it is."""
    while _whole(text) is None and (shorter := _trailing().sub("", text)) != text:
        text = shorter
    return text


def _without_lead_in(clause: str) -> str:
    """ "lol ok thx": "thx"; "haha nice one": "nice one", where a lead-in word starts
    a whole phrase of chat."""
    while _whole(clause) is None and (shorter := _lead_in().sub("", clause)) != clause:
        clause = shorter
    return clause


def _whole(text: str) -> ChatTopic | None:
    for topic, pattern in _whole_patterns():
        if pattern.match(text):
            return topic
    return None


def rude_or_kind(folded: str) -> bool:
    """Whether the text insults or praises the bot, whatever else it says."""
    return bool(_feelings().search(folded))


#: where one phrase of chat ends and another begins ("ok thx lol ur pretty helpful": the
#: laugh between parts them)
_CLAUSES = re.compile(r"[,.;:!?]+|\s+-\s+|\s+and\s+|\s+(?:lol|lmao|haha+|hehe)\s+")
_TALK: frozenset[ChatTopic | None] = frozenset(
    {"thanks", "ack", "smalltalk", "complaint", "greeting", "bye"}
)
