"""What operators see with /stats: how much the bot is used and what people asked for."""

from __future__ import annotations

from collections.abc import Mapping

from careerbot.app.ports import Usage
from careerbot.render.document import Bullets, Document, Heading, Para

PAIR_SEPARATOR = "|"


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
