"""The documented derivation rules (docs/catalog-build.md): slugs and description length.
Learning time and the entry barrier are ``preparation``'s."""

from __future__ import annotations

import re

DESCRIPTION_LIMIT = 300


def slugify(title: str) -> str:
    """ "Police and Sheriff's Patrol Officers" -> "police-and-sheriffs-patrol-officers"."""
    text = title.lower().replace("'", "").replace("’", "").replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def unique_slugs(titles: dict[str, str]) -> dict[str, str]:
    """code -> slug. Titles that slug the same all get the O*NET code digits appended
    ("...-15205100"), so no slug depends on which code happens to come first."""
    base = {code: slugify(title) for code, title in titles.items()}
    counts: dict[str, int] = {}
    for slug in base.values():
        counts[slug] = counts.get(slug, 0) + 1
    return {
        code: slug if counts[slug] == 1 else f"{slug}-{re.sub(r'[^0-9]', '', code)}"
        for code, slug in base.items()
    }


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")


def shorten_description(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """Whole sentences while they fit in ``limit`` characters; always the first sentence."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    sentences = _SENTENCE_END.split(text)
    kept = sentences[0]
    for sentence in sentences[1:]:
        if len(kept) + 1 + len(sentence) > limit:
            break
        kept = f"{kept} {sentence}"
    return kept
