"""Fields a question is limited to ("AI jobs", "healthcare without a degree") and wishes the
data cannot judge ("good for introverts", "work-life balance").

Field phrases are ``lexicon/fields.toml``, unjudged wishes ``lexicon/unjudged.toml``; where
phrases overlap the longest wins, so "law
enforcement" is public safety and not law, "AI engineering" is AI and not engineering.
Where a phrase names a field, the words are taken: the rest of the message is read for wishes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from careerbot.careers.fields import FIELDS
from careerbot.understanding.lexicon import any_word, compiled, load
from careerbot.understanding.word_gate import Gated

_FIELD_PATTERNS = tuple((field.name, compiled(load("fields")[field.name])) for field in FIELDS)
#: wishes the catalog has no figure for, named as people say them
NOT_JUDGED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, any_word(pattern)) for name, pattern in load("unjudged").items()
)


_TOPICS = tuple((any_word(p), tuple(names)) for p, names in load("unjudged_topics").items())
if _unknown := {n for _, names in _TOPICS for n in names} - {n for n, _ in NOT_JUDGED}:
    raise ValueError(f"unjudged_topics.toml names no unjudged wish: {sorted(_unknown)}")


def unjudged_meant(text: str) -> tuple[str, ...]:
    """The unjudged wishes a phrase taken back may mean ("the schedule thing", "the
    pickup part"): those its words say, or those of the topic it names."""
    said = [name for name, pattern in NOT_JUDGED if pattern.search(text)]
    said += [name for pattern, names in _TOPICS if pattern.search(text) for name in names]
    return tuple(dict.fromkeys(said))


@dataclass(frozen=True, slots=True)
class Found:
    name: str
    start: int
    end: int
    #: a field of work, or a wish the data cannot judge
    judged: bool = True


def fields_in(text: str) -> list[Found]:
    return [f for f in scope_in(text) if f.judged]


def scope_in(text: str) -> list[Found]:
    """Field phrases and wishes no figure judges, not overlapping: the longest phrase wins
    ("creative freedom" is a wish, not the field "creative")."""
    return list(_scope_in(text))


#: each field phrase (judged) and unjudged wish, run only where its first words are said
_GATED = Gated(
    [(p, (name, True)) for name, p in _FIELD_PATTERNS]
    + [(p, (name, False)) for name, p in NOT_JUDGED]
)


@lru_cache(maxsize=1024)
def _scope_in(text: str) -> tuple[Found, ...]:
    # read several times for one message (its text, what is left once careers are taken)
    found = [
        Found(name, m.start(), m.end(), judged)
        for pattern, (name, judged) in _GATED.over(text)
        for m in pattern.finditer(text)
    ]
    return tuple(_longest(found))


def _longest(found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans replaced by spaces (positions kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def names(found: list[Found]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.name for f in found))


def clear_scopes() -> None:
    """Forget the texts read (for a benchmark of reading from cold)."""
    _scope_in.cache_clear()
