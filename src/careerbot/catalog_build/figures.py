"""One career's figures from the joined data sets, each naming its source and its basis."""

from __future__ import annotations

from careerbot.careers.model import AiRisk, Demand, EntryBarrier, Flag, LearningCurve, Salary
from careerbot.catalog_build import preparation
from careerbot.catalog_build.exposure import GPT4_RATER, HUMAN_RATER, Exposure
from careerbot.catalog_build.oews import Wages
from careerbot.catalog_build.projections import Projection
from careerbot.catalog_build.sources import DINGEL_NEIMAN, ELOUNDOU, EP, OEWS
from careerbot.catalog_build.telework import Telework

SALARY_BASIS = "median; 10th–90th percentile range (OEWS May 2025)"
DEMAND_BASIS = "BLS EP 2024–34 growth and openings, scored 0–10 (see docs)"
LEARNING_BASIS = "BLS EP typical entry education, training and experience (see docs)"


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


def demand(projection: Projection | None, score: float | None) -> Demand | None:
    if projection is None:
        return None
    growth = None if projection.growth_pct is None else float(projection.growth_pct)
    if growth is None and projection.openings is None:
        return None
    return Demand(
        score=score,
        growth_pct=growth,
        annual_openings=projection.openings,
        basis=DEMAND_BASIS,
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


def _categories(projection: Projection | None) -> tuple[str, str, str] | None:
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
        education not in preparation.EDUCATION
        or training not in preparation.TRAINING
        or experience not in preparation.EXPERIENCE
    ):
        return None
    return education, training, experience


def learning_curve(code: str, zone: int, projection: Projection | None) -> LearningCurve | None:
    categories = _categories(projection)
    if categories is None:
        return None
    stages = preparation.stages(code, zone, *categories)
    low, high = preparation.total_months(stages)
    return LearningCurve(
        months=low,
        months_max=high if high != low else None,
        label=preparation.duration_label(low, high),
        on_the_job=categories[1],
        stages=stages,
        source=EP,
    )


def entry_barrier(
    projection: Projection | None, curve: LearningCurve | None, licence: list[str]
) -> EntryBarrier | None:
    categories = _categories(projection)
    if categories is None or curve is None or projection is None:
        return None
    education, training, experience = categories
    barrier = preparation.entry_barrier(
        education, training, experience, bool(licence), curve.stages
    )
    if barrier is None:
        return None
    return EntryBarrier(
        level=barrier.level,
        raw=f"{education}; {experience}",
        licence=bool(licence),
        reasons=barrier.reasons,
        source=EP,
    )


def remote(telework: Telework | None) -> Flag | None:
    if telework is None:
        return None
    verdict = telework.verdict
    return Flag(value=verdict == "yes", partly=verdict == "partly", source=DINGEL_NEIMAN)
