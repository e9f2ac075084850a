"""Each occupation's way in as the build reads it (``preparation.Entry``): BLS EP's three
categories, O*NET's answers to the same questions, the licence table's rows, and the SOC
minor groups whose work counts as its related experience; and, across all occupations, the
entry education the rules choose, which tells a licence earned first for other work (an RN
licence, for a nurse anesthetist) from the occupation's own."""

from __future__ import annotations

from collections.abc import Mapping

from careerbot.catalog_build import figures, licences, preparation
from careerbot.catalog_build.onet_education import Distribution
from careerbot.catalog_build.projections import Projection


def entry_for(
    code: str,
    projection: Projection | None,
    onet: Mapping[str, Distribution],
    names: Mapping[tuple[str, int], str],
    related: list[str],
) -> preparation.Entry | None:
    found = figures.categories(projection)
    if found is None:
        return None
    return preparation.Entry(
        code,
        *found,
        onet=onet,
        names=names,
        licences=licences.licences_for(code),
        related_groups=tuple(sorted({c[:4] for c in (code, *related)})),
    )


def educations(entries: Mapping[str, preparation.Entry]) -> dict[str, str]:
    """Each occupation's entry education as the rules choose it."""
    return {code: preparation.education_stage(e).category for code, e in entries.items()}


def builds_on(
    code: str, entry: preparation.Entry | None, chosen: Mapping[str, str]
) -> tuple[str, ...]:
    if entry is None or code not in chosen:
        return ()
    return licences.builds_on(code, chosen[code], entry.licences, chosen)
