"""Skipping patterns that cannot match a message.

Many word patterns are searched over every message (the traits a person can have, the
places of the world, fields of work, preference phrases); most find nothing, and a long
message spent about a third of its time finding that out. A pattern whose every alternative
begins with known letters ("animals?|pets?|vet" begins with "ani", "pet" or "vet") can only
match where a word of the message begins with them, and one pass over the message's words
says which patterns are worth running. A pattern whose start cannot be told ("(?:a|the)?
dog", "\\d+") always runs: the gate only ever skips what could not have matched.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

#: how many first letters of a word are its key
KEY = 3
_WORD = re.compile(r"[a-z0-9]+")
#: what makes the letter or group before it optional
_QUANTIFIERS = ("?", "*", "{")
#: what ends a word in a pattern, after which a short word is whole: a boundary, a space,
#: a punctuation mark ("st. louis", "it's")
_ESCAPED_ENDS = frozenset("bsW .-,'/&")
_LITERAL_ENDS = frozenset(" -,'/&:;!$")


def message_keys(text: str) -> frozenset[str]:
    """The first letters of every word of the message."""
    return frozenset(word[:KEY] for word in _WORD.findall(text.lower()))


def pattern_keys(source: str) -> frozenset[str] | None:
    """The keys one of which a match must begin with; None when they cannot be told."""
    keys: set[str] = set()
    for alternative in _alternatives(source):
        found = _sequence_keys(alternative)
        if found is None:
            return None
        keys |= found
    return frozenset(keys)


def _scan(source: str) -> Iterator[tuple[int, str, int]]:
    """Each character of the pattern outside escapes and character classes, with the depth
    of groups it leaves open."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def _closing(source: str) -> int:
    """Where the group opened at the pattern's start closes; -1 when it does not."""
    return next((i for i, char, depth in _scan(source) if char == ")" and depth == 0), -1)


def _alternatives(source: str) -> list[str]:
    """The pattern split at its top-level bars."""
    bars = [i for i, char, depth in _scan(source) if char == "|" and depth == 0]
    return [source[a + 1 : b] for a, b in itertools.pairwise([-1, *bars, len(source)])]


def _sequence_keys(source: str, bounded: bool = False) -> set[str] | None:
    """The keys of one alternative; ``bounded`` once a word boundary stands before it (a
    match that may begin inside a word has no key)."""
    while source.startswith(("\\b", "^")):
        bounded, source = True, source[1 if source[0] == "^" else 2 :]
    if source.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        # an assertion takes no letters: the keys are those of what follows it
        end = _closing(source)
        return None if end < 0 else _sequence_keys(source[end + 1 :], bounded)
    if source.startswith("(") and not source.startswith("(?<"):
        end = _closing(source)
        if end < 0:
            return None
        after = source[end + 1 :]
        keys: set[str] = set()
        if after[:1] in _QUANTIFIERS:
            if after[:1] == "{":
                return None
            # an optional group: the match may start with it or with what follows
            after = after[1:]
            without = _sequence_keys(after, bounded)
            if without is None:
                return None
            keys |= without
        # the group's inside: after "(?P<name>", "(?:" or "("
        opened = source.index(">") + 1 if source.startswith("(?P<") else 1 + 2 * (source[1] == "?")
        for alternative in _alternatives(source[opened:end]):
            found = _sequence_keys(alternative + after, bounded)
            if found is None:
                return None
            keys |= found
        return keys
    return _literal_key(source) if bounded else None


def _literal_key(source: str) -> set[str] | None:
    """The key of a pattern that starts with plain letters: its first three, or a whole
    shorter word ("ai", "it") where a word's end follows it."""
    run = ""
    for i, char in enumerate(source):
        if not (char.isascii() and char.isalnum()):
            break
        if source[i + 1 : i + 2] in _QUANTIFIERS:
            if source[i + 1] != "?":
                return None
            # the letter may be left out: "pcs?" is "pc" or "pcs"
            rest = source[i + 2 :]
            with_it, without = _literal_key(run + char + rest), _literal_key(run + rest)
            return None if with_it is None or without is None else with_it | without
        run += char.lower()
        if len(run) == KEY:
            return {run}
    rest = source[len(run) :]
    end = 2 if rest[:1] == "\\" else 1
    ends = rest[1:2] in _ESCAPED_ENDS if end == 2 else rest[:1] in _LITERAL_ENDS
    return {run} if run and ends and rest[end : end + 1] not in _QUANTIFIERS else None


@dataclass(frozen=True, slots=True)
class Holding:
    """A gate of its own for a pattern that may match inside a word ("80kcad", "£40k"):
    one of these pieces of text is in every match."""

    pieces: tuple[str, ...]


class Gated(Generic[T]):
    """Patterns, each with what it stands for, run only where they can match."""

    def __init__(
        self,
        items: Iterable[tuple[re.Pattern[str], T]],
        anchors: Iterable[str | Holding | None] | None = None,
    ) -> None:
        """``anchors``, where given: for each pattern, a pattern of a part every match
        holds at a word's start (a place's names in "in the uk", "uk salary"), whose keys
        are the pattern's, or the pieces every match holds; None where there is none."""
        self.items = tuple(items)
        sources = (
            [pattern.pattern for pattern, _ in self.items] if anchors is None else list(anchors)
        )
        self._gates = tuple(
            source
            if isinstance(source, Holding)
            else None
            if source is None or pattern.flags & re.VERBOSE
            else pattern_keys(source)
            for (pattern, _), source in zip(self.items, sources, strict=True)
        )

    def __iter__(self) -> Iterator[tuple[re.Pattern[str], T]]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def over(self, text: str) -> Iterator[tuple[re.Pattern[str], T]]:
        """The patterns that may match ``text``, in their order."""
        words = message_keys(text)
        for item, gate in zip(self.items, self._gates, strict=True):
            if gate is None:
                yield item
            elif isinstance(gate, Holding):
                if any(piece in text for piece in gate.pieces):
                    yield item
            elif not gate.isdisjoint(words):
                yield item
