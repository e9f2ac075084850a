"""The documented derivation rules (docs/catalog-build.md): slugs, description length,
job zone -> preparation time, EP education/experience -> entry barrier."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

DESCRIPTION_LIMIT = 300
BarrierLevel = Literal["Low", "Medium", "High"]


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


@dataclass(frozen=True)
class Preparation:
    months: int
    months_max: int | None
    label: str


# Job zone -> typical preparation time. Each zone's "SVP Range" (Job Zone Reference.txt)
# read through the DOT's Specific Vocational Preparation levels (SVP 3 = over 1 up to 3
# months, 4 = 3-6 months, 5 = 6-12 months, 6 = 1-2 years, 7 = 2-4 years, 8 = 4-10 years,
# 9 = over 10 years). The zone's own wording agrees ("a few days to a few months",
# "a few months to one year", "one or two years", "several years", "more than five years").
PREPARATION: dict[int, Preparation] = {
    1: Preparation(0, 3, "up to 3 months"),  # SVP below 4.0
    2: Preparation(3, 12, "3–12 months"),  # SVP 4.0 to < 6.0
    3: Preparation(12, 24, "1–2 years"),  # SVP 6.0 to < 7.0
    4: Preparation(24, 48, "2–4 years"),  # SVP 7.0 to < 8.0
    5: Preparation(48, None, "4+ years"),  # SVP 8.0 and above (no upper bound published)
}

# Entry barrier from EP "Typical education needed for entry" ...
EDUCATION_BARRIER: dict[str, BarrierLevel] = {
    "No formal educational credential": "Low",
    "High school diploma or equivalent": "Low",
    "Some college, no degree": "Medium",
    "Postsecondary nondegree award": "Medium",
    "Associate's degree": "Medium",
    "Bachelor's degree": "High",
    "Master's degree": "High",
    "Doctoral or professional degree": "High",
}
# ... raised by EP "Work experience in a related occupation" to at least this level.
EXPERIENCE_FLOOR: dict[str, BarrierLevel] = {
    "None": "Low",
    "Less than 5 years": "Medium",
    "5 years or more": "High",
}
_ORDER: dict[BarrierLevel, int] = {"Low": 0, "Medium": 1, "High": 2}


def entry_barrier(education: str | None, experience: str | None) -> BarrierLevel | None:
    """The higher of the education level and the experience floor; None when either EP
    value is missing or not one of the values above."""
    by_education = EDUCATION_BARRIER.get(education or "")
    by_experience = EXPERIENCE_FLOOR.get(experience or "")
    if by_education is None or by_experience is None:
        return None
    return max(by_education, by_experience, key=_ORDER.__getitem__)
