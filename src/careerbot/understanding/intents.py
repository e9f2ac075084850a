"""What a message asks for, from the way people actually write it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from careerbot._utils.text import clean_display

MAX_MESSAGE = 500

IntentKind = Literal[
    "greeting",
    "help",
    "list",
    "about",
    "swap",
    "skills",
    "fit",
    "compare",
    "compare_one",
    "followup",
    "profile",
    "name",
]


@dataclass(frozen=True, slots=True)
class Intent:
    kind: IntentKind
    names: tuple[str, ...] = ()


_ARTICLE = re.compile(r"^(?:an?|the|my)\s+", re.IGNORECASE)
_TRAILER = re.compile(
    r"\s*(?:[,;:—–]\s*|\s+-\s+)?\b(?:which|what|who|how|and why)\b.*$|\s+(?:job|career|role)s?$",
    re.IGNORECASE,
)
_FLAGS = re.IGNORECASE


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


_SIMPLE: list[tuple[IntentKind, re.Pattern[str]]] = [
    (
        "greeting",
        _p(
            r"^(?:hi+|hello|hey+|hiya|yo|howdy|greetings|good (?:morning|afternoon|evening)|start|/start)\b\W*(?:there|bot)?\W*$"
        ),
    ),
    (
        "help",
        _p(
            r"^(?:/?help|\?+|what can you do|what do you do|how does (?:this|it) work|commands|menu|how do i use (?:this|you))\b"
        ),
    ),
    (
        "list",
        _p(
            r"^(?:/?list|careers|all careers|show (?:me )?(?:all )?(?:the )?careers|(?:what|which) (?:careers|jobs|roles|professions) (?:do you (?:know|have)|are there|can you compare)|list (?:all )?(?:the )?careers)\b"
        ),
    ),
    (
        "about",
        _p(r"^(?:/?about|/?sources|where do (?:the|your) (?:figures|numbers|data) come from)$"),
    ),
    ("swap", _p(r"^(?:swap|switch|reverse|flip)(?: (?:them|sides|it|round|around|the order))?$")),
    (
        "skills",
        _p(r"^(?:skills|show (?:me )?(?:the )?skills|what skills|the skills|skills analysis)$"),
    ),
]
_FIT = _p(r"^/?(?:fit|quiz|which (?:role|career|job) fits me)(?:\s+(.+))?$")
_PAIRS = [
    _p(r"^(?:what(?:'s| is) the )?differences? between (.+?) and (.+)$"),
    _p(r"^should i (?:become|be|choose|pick|go for|study|train as|work as|learn) (.+?) or (.+)$"),
    _p(
        r"^i(?:'m| am) (.+?)[,.;]? (?:could|can|should|how (?:do|can|could)) i (?:become|switch to|move to|get into|be|transition to) (.+)$"
    ),
    _p(r"^is (.+?) better than (.+)$"),
    _p(
        r"^(?:/compare|compare|comparison(?: of)?|cmp) (.+?) (?:and|with|to|vs\.?|versus|against|or|&) (.+)$"
    ),
    _p(r"^(.+?)\s+(?:vs\.?|versus|v\.?|against|compared (?:to|with)|or)\s+(.+)$"),
]
_ONE: list[tuple[IntentKind, re.Pattern[str]]] = [
    (
        "followup",
        _p(r"^(?:what about|how about|and|what of|now|ok(?:ay)?,? (?:what about|and)) (.+)$"),
    ),
    ("followup", _p(r"^(.+?) instead$")),
    (
        "compare_one",
        _p(r"^(?:/compare|compare|cmp)(?: (.+?))?(?: (?:with|to|and|vs\.?|versus|against))?$"),
    ),
    ("compare_one", _p(r"^(.+?) (?:vs\.?|versus)$")),
    (
        "profile",
        _p(
            r"^(?:tell me (?:more )?about|what(?:'s| is| are| does)|about|describe|info(?:rmation)? (?:on|about)|/career|details (?:on|of|about)|what do(?:es)?) (.+?)(?: do| does)?$"
        ),
    ),
]


def tidy(text: str) -> str:
    """A message reduced to what can be parsed: one line, no invisible characters, bounded."""
    text = clean_display(text, MAX_MESSAGE)
    text = re.sub(r"^/(\w+)@\w+", r"/\1", text)
    return text.strip(" \t?!.¿¡")


def name_part(text: str) -> str:
    text = _TRAILER.sub("", text.strip(" \t?!.,;:\"'“”‘’()[]"))
    return _ARTICLE.sub("", text).strip(" \t?!.,;:\"'“”‘’()[]")


def parse(message: str) -> Intent:
    text = tidy(message)
    if not text:
        return Intent("help")
    if fit := _FIT.match(text):
        return Intent("fit", (fit.group(1),) if fit.group(1) else ())
    for kind, pattern in _SIMPLE:
        if pattern.match(text):
            return Intent(kind)
    for pattern in _PAIRS:
        if match := pattern.match(text):
            first, second = name_part(match.group(1)), name_part(match.group(2))
            if first and second:
                return Intent("compare", (first, second))
    for kind, pattern in _ONE:
        if match := pattern.match(text):
            name = name_part(match.group(1) or "")
            return Intent(kind, (name,) if name else ())
    return Intent("name", (name_part(text) or text,))
