"""The entry barrier: the highest floor set by the education, the related experience, a
programme a newcomer cannot simply be hired into, and a licence (docs/catalog-build.md,
"Entry barrier")."""

from __future__ import annotations

from dataclasses import dataclass

from careerbot.careers.model import Level, Stage
from careerbot.catalog_build.durations import PROGRAMMES
from careerbot.catalog_build.licences import Licence

EDUCATION_LEVEL: dict[str, Level] = {
    "No formal educational credential": "Low",
    "High school diploma or equivalent": "Low",
    "Some college, no degree": "Medium",
    "Postsecondary nondegree award": "Medium",
    "Associate's degree": "Medium",
    "Bachelor's degree": "High",
    "Master's degree": "High",
    "Doctoral or professional degree": "High",
}
#: related experience from this many months sets a High floor (EP's "5 years or more")
LONG_EXPERIENCE = 60
_ORDER: tuple[Level, ...] = ("Low", "Medium", "High")


@dataclass(frozen=True)
class Barrier:
    level: Level
    reasons: tuple[str, ...]
    #: the licences and mandatory certificates, each with its source
    licences: tuple[str, ...]


def _experience_level(stage: Stage | None) -> Level:
    if stage is None or stage.months_max == 0:
        return "Low"
    return "High" if stage.months >= LONG_EXPERIENCE else "Medium"


def entry_barrier(
    found: tuple[Stage, ...], training: str, evidence: bool, licences: tuple[Licence, ...]
) -> Barrier:
    """``training``: EP's category; ``evidence``: the files say the work is licensed;
    ``licences``: the licence table's rows for the occupation."""
    by_kind = {s.kind: s for s in found}
    education = by_kind["education"]
    required = [lic for lic in licences if lic.required]
    floors: list[Level] = [
        EDUCATION_LEVEL[education.category],
        _experience_level(by_kind.get("experience")),
        "Medium" if training in PROGRAMMES else "Low",
        "Medium" if evidence else "Low",
        *(lic.barrier for lic in required),
    ]
    level = max(floors, key=_ORDER.index)
    reasons = [s.text for s in found if s.months_max != 0 and s.kind != "training"]
    reasons += [s.text for s in found if s.kind == "training" and training in PROGRAMMES]
    if required:
        reasons += [lic.name for lic in required]
    elif evidence:
        reasons.append("a licence or certification")
    said = tuple(
        lic.text + ("" if lic.required else " — for part of the work or in some states")
        for lic in licences
    )
    return Barrier(level, tuple(reasons), said)
