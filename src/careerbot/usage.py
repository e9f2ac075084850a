"""What operators see with /stats: how much the bot is used and what people asked for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from careerbot.render.document import Bullets, Document, Heading, Para

PAIR_SEPARATOR = "|"


@dataclass(frozen=True, slots=True)
class Usage:
    messages: int
    #: ("slug-a|slug-b", times compared), most compared first; the pair is order-free
    comparisons: tuple[tuple[str, int], ...] = ()
    #: (what someone wrote, times), for names no career matched
    unresolved: tuple[tuple[str, int], ...] = ()


def pair_key(first: str, second: str) -> str:
    return PAIR_SEPARATOR.join(sorted((first, second)))


def stats_document(usage: Usage, titles: Mapping[str, str]) -> Document:
    def pair(key: str) -> str:
        return " vs ".join(titles.get(slug, slug) for slug in key.split(PAIR_SEPARATOR))

    comparisons = tuple(f"{pair(key)} — {count}" for key, count in usage.comparisons)
    unresolved = tuple(f"“{text}” — {count}" for text, count in usage.unresolved)
    return Document(
        (
            Heading("Usage"),
            Para(f"{usage.messages} messages answered."),
            Bullets("Most compared", comparisons or ("none yet",)),
            Bullets("Names I could not resolve", unresolved or ("none yet",)),
        )
    )
