"""One career's figures from the joined data sets, each naming its source and its basis."""

from __future__ import annotations

from careerbot.careers.model import AiRisk, Demand, EntryBarrier, Flag, LearningCurve, Salary
from careerbot.catalog_build import barrier, durations, preparation
from careerbot.catalog_build.exposure import GPT4_RATER, HUMAN_RATER, Exposure
from careerbot.catalog_build.oews import Wages
from careerbot.catalog_build.projections import Projection
from careerbot.catalog_build.sources import DINGEL_NEIMAN, ELOUNDOU, EP, OEWS
from careerbot.catalog_build.telework import Telework

SALARY_BASIS = "median; 10th–90th percentile range (OEWS May 2025)"
DEMAND_BASIS = "BLS EP 2024–34: employment change and annual openings"


def salary(wages: Wages | None) -> Salary | None:
    if wages is None or not wages.annual_published:
        return None
    return Salary(
        low=wages.annual_p10,
        high=wages.annual_p90,
        median=wages.annual_median,
        p25=wages.annual_p25,
        p75=wages.annual_p75,
        basis=SALARY_BASIS,
        source=OEWS,
    )


def demand(projection: Projection | None, shared_by: int) -> Demand | None:
    """EP's growth and openings as published; ``shared_by``: how many careers of the
    catalog carry this same BLS line."""
    if projection is None:
        return None
    growth = None if projection.growth_pct is None else float(projection.growth_pct)
    if growth is None and projection.openings is None:
        return None
    employed = projection.self_employed_pct
    return Demand(
        growth_pct=growth,
        annual_openings=projection.openings,
        basis=DEMAND_BASIS,
        shared_by=max(shared_by, 1),
        self_employed_pct=None if employed is None else float(employed),
        source=EP,
    )


def exposure(found: Exposure | None) -> AiRisk | None:
    if found is None:
        return None
    return AiRisk(
        measure="llm_exposure",
        percent=found.human,
        rater=HUMAN_RATER,
        other_rater=GPT4_RATER if found.gpt4 is not None else None,
        other_percent=found.gpt4,
        source=ELOUNDOU,
    )


def categories(projection: Projection | None) -> tuple[str, str, str] | None:
    """EP's education, training and experience categories, when all three are ones the
    rules know."""
    if projection is None:
        return None
    education, training, experience = (
        projection.education,
        projection.training,
        projection.experience,
    )
    if (
        education not in durations.EDUCATION
        or training not in durations.TRAINING
        or experience not in durations.EXPERIENCE
    ):
        return None
    return education, training, experience


def learning_curve(entry: preparation.Entry | None) -> LearningCurve | None:
    if entry is None:
        return None
    stages = preparation.stages(entry)
    low, high = preparation.total_months(stages)
    return LearningCurve(
        months=low,
        months_max=high if high != low else None,
        label=durations.duration_label(low, high),
        on_the_job=entry.training,
        stages=stages,
        source=EP,
    )


def entry_barrier(
    entry: preparation.Entry | None,
    curve: LearningCurve | None,
    evidence: list[str],
    builds_on: tuple[str, ...] = (),
) -> EntryBarrier | None:
    if entry is None or curve is None:
        return None
    found = barrier.entry_barrier(curve.stages, entry.training, bool(evidence), entry.licences)
    return EntryBarrier(
        level=found.level,
        raw=f"{entry.education}; {entry.experience}",
        licence=bool(evidence) or any(lic.required for lic in entry.licences),
        reasons=found.reasons,
        licences=found.licences,
        builds_on=builds_on,
        source=EP,
    )


def remote(telework: Telework | None) -> Flag | None:
    if telework is None:
        return None
    verdict = telework.verdict
    return Flag(value=verdict == "yes", partly=verdict == "partly", source=DINGEL_NEIMAN)
