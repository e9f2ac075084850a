"""The one codec for button data and share-link payloads.

Callback data: a one-letter action and base-36 career ids, ``c:1:2`` — far inside
Telegram's 64 bytes whatever the career names. Deep-link payloads use Telegram's
``[A-Za-z0-9_-]`` alphabet: ``cmp_1_2``. Anything else decodes to ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CALLBACK_BYTES = 64
MAX_PAYLOAD = 64
_ID = r"[0-9a-z]{1,8}"
_PATTERNS = {
    "c": re.compile(rf"^c:({_ID}):({_ID})$"),
    "m": re.compile(rf"^m:({_ID}):({_ID}):([01])$"),
    "k": re.compile(rf"^k:({_ID}):({_ID})$"),
    "p": re.compile(rf"^p:({_ID}):({_ID}):([0-9]{{1,4}})$"),
    "v": re.compile(rf"^v:({_ID})$"),
    "t": re.compile(rf"^t:({_ID}):({_ID})$"),
    "f": re.compile(r"^f:([0-2]):([0-9]{1,3}):([0-9]{1,3})$"),
    "o": re.compile(rf"^o:({_ID})$"),
    "r": re.compile(rf"^r:({_ID})(?::({_ID}))?$"),
    "g": re.compile(rf"^g:({_ID})(?::({_ID}))?$"),
    "q": re.compile(r"^q:([0-9]{1,2}):([-0-9a-v]{1,16})$"),
}
_PAYLOAD = re.compile(rf"^cmp_({_ID})_({_ID})$")


@dataclass(frozen=True, slots=True)
class Compare:
    a: int
    b: int


@dataclass(frozen=True, slots=True)
class Card:
    """The comparison card, with what "More" opens (``more``) or without it."""

    a: int
    b: int
    more: bool


@dataclass(frozen=True, slots=True)
class ShowSkills:
    a: int
    b: int


@dataclass(frozen=True, slots=True)
class Picker:
    """Choose a career to compare with ``keep``; ``other`` is the one being replaced."""

    keep: int
    other: int
    page: int


@dataclass(frozen=True, slots=True)
class Profile:
    career: int


@dataclass(frozen=True, slots=True)
class TypeName:
    """Ask the person to type the career to compare with ``keep``."""

    keep: int
    other: int


@dataclass(frozen=True, slots=True)
class Fit:
    """A step of the "what fits me" quiz; the answers so far ride along as bit masks."""

    step: int
    wants: int
    musts: int


@dataclass(frozen=True, slots=True)
class Choose:
    """The answer to a question the bot asked ("which teacher?"): the chat's pending
    question says what it completes."""

    career: int


@dataclass(frozen=True, slots=True)
class Roadmap:
    """The way into ``target``, from ``source`` or from no particular career."""

    target: int
    source: int | None = None


@dataclass(frozen=True, slots=True)
class Chart:
    """A picture of one career, or of the comparison of two."""

    a: int
    b: int | None = None


@dataclass(frozen=True, slots=True)
class Guide:
    """A step of the guided profile; the answers so far ride along, one character each
    ("-" unanswered, else a digit or a base-32 bit mask)."""

    step: int
    answers: str


Action = (
    Compare
    | Card
    | ShowSkills
    | Picker
    | Profile
    | TypeName
    | Fit
    | Choose
    | Roadmap
    | Chart
    | Guide
)


def _b36(number: int) -> str:
    if number < 0:
        raise ValueError("ids are non-negative")
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def encode(action: Action) -> str:
    match action:
        case Compare(a, b):
            data = f"c:{_b36(a)}:{_b36(b)}"
        case Card(a, b, more):
            data = f"m:{_b36(a)}:{_b36(b)}:{int(more)}"
        case ShowSkills(a, b):
            data = f"k:{_b36(a)}:{_b36(b)}"
        case Picker(keep, other, page):
            data = f"p:{_b36(keep)}:{_b36(other)}:{page}"
        case Profile(career):
            data = f"v:{_b36(career)}"
        case TypeName(keep, other):
            data = f"t:{_b36(keep)}:{_b36(other)}"
        case Fit(step, wants, musts):
            data = f"f:{step}:{wants}:{musts}"
        case Choose(career):
            data = f"o:{_b36(career)}"
        case Roadmap(target, source):
            data = f"r:{_b36(target)}" + (f":{_b36(source)}" if source is not None else "")
        case Chart(a, b):
            data = f"g:{_b36(a)}" + (f":{_b36(b)}" if b is not None else "")
        case Guide(step, answers):
            data = f"q:{step}:{answers}"
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    # Never hand out a button the parser would refuse (an id or page past its pattern).
    if decode(data) != action:
        raise ValueError(f"callback data would not decode: {data!r}")
    return data


def decode(data: object) -> Action | None:
    if not isinstance(data, str) or len(data) > MAX_CALLBACK_BYTES or ":" not in data:
        return None
    pattern = _PATTERNS.get(data[0])
    match = pattern.fullmatch(data) if pattern else None
    if match is None:
        return None
    if data[0] == "f":
        step, wants, musts = (int(group) for group in match.groups())
        return Fit(step, wants, musts)
    if data[0] == "q":
        return Guide(int(match.group(1)), match.group(2))
    if data[0] in "rg":
        first, second = match.groups()
        other = int(second, 36) if second else None
        return Roadmap(int(first, 36), other) if data[0] == "r" else Chart(int(first, 36), other)
    if data[0] == "m":
        first, second, more = match.groups()
        return Card(int(first, 36), int(second, 36), more == "1")
    values = [int(group, 36) for group in match.groups()]
    match data[0]:
        case "c":
            return Compare(values[0], values[1])
        case "k":
            return ShowSkills(values[0], values[1])
        case "p":
            return Picker(values[0], values[1], int(match.group(3)))
        case "v":
            return Profile(values[0])
        case "o":
            return Choose(values[0])
    return TypeName(values[0], values[1])


def share_payload(a: int, b: int) -> str:
    payload = f"cmp_{_b36(a)}_{_b36(b)}"
    if decode_payload(payload) != Compare(a, b):
        raise ValueError(f"share payload would not decode: {payload!r}")
    return payload


def decode_payload(payload: object) -> Compare | None:
    if not isinstance(payload, str) or len(payload) > MAX_PAYLOAD:
        return None
    match = _PAYLOAD.fullmatch(payload)
    return Compare(int(match.group(1), 36), int(match.group(2), 36)) if match else None
