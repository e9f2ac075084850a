"""Joining the data sets into catalog records: one Career per rated O*NET 29.3 occupation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from careerbot.careers.model import (
    AiRisk,
    Career,
    CatalogFile,
    Demand,
    Difficulty,
    EntryBarrier,
    Flag,
    LearningCurve,
    Salary,
)
from careerbot.catalog_build import onet, onet_skills, rules
from careerbot.catalog_build.exposure import load_exposure
from careerbot.catalog_build.oews import Wages, load_major_groups, load_wages
from careerbot.catalog_build.projections import (
    Projection,
    demand_scores,
    load_nem_crosswalk,
    load_projections,
)
from careerbot.catalog_build.sources import DINGEL_NEIMAN, ELOUNDOU, EP, OEWS, ONET, SOURCES
from careerbot.catalog_build.tables import SourceDataError
from careerbot.catalog_build.telework import Telework, load_telework

SALARY_BASIS = "10th–90th percentile (OEWS May 2025)"
DEMAND_BASIS = "BLS EP 2024–34 growth and openings, scored 0–10 (see docs)"


@dataclass(frozen=True)
class Inputs:
    occupations: dict[str, onet.Occupation]
    zones: dict[str, onet.JobZone]
    aliases: dict[str, list[str]]
    related: dict[str, list[str]]
    importance: dict[str, dict[str, Decimal]]
    technology: dict[str, list[onet_skills.Technology]]
    major_groups: dict[str, str]
    wages: dict[str, Wages]
    nem: dict[str, str]
    projections: dict[str, Projection]
    scores: dict[str, float]
    exposure: dict[str, float]
    telework: dict[str, Telework]


def load_inputs(source_dir: Path) -> Inputs:
    if not source_dir.is_dir():
        raise SourceDataError(f"not a directory: {source_dir}")
    projections = load_projections(source_dir)
    return Inputs(
        occupations=onet.load_occupations(source_dir),
        zones=onet.load_job_zones(source_dir),
        aliases=onet.load_aliases(source_dir),
        related=onet.load_related(source_dir),
        importance=onet_skills.load_skill_importance(source_dir),
        technology=onet_skills.load_technology(source_dir),
        major_groups=load_major_groups(source_dir),
        wages=load_wages(source_dir),
        nem=load_nem_crosswalk(source_dir),
        projections=projections,
        scores=demand_scores(projections),
        exposure=load_exposure(source_dir),
        telework=load_telework(source_dir),
    )


def _salary(wages: Wages | None) -> Salary | None:
    if wages is None or not wages.annual_published:
        return None
    return Salary(
        low=wages.annual_p10,
        high=wages.annual_p90,
        median=wages.annual_median,
        basis=SALARY_BASIS,
        source=OEWS,
    )


def _demand(projection: Projection | None, score: float | None) -> Demand | None:
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


def _entry_barrier(projection: Projection | None) -> EntryBarrier | None:
    if projection is None:
        return None
    level = rules.entry_barrier(projection.education, projection.experience)
    if level is None:
        return None
    return EntryBarrier(
        level=level, raw=f"{projection.education}; {projection.experience}", source=EP
    )


def _source_note(
    code: str,
    *,
    nem: str | None,
    shared: int,
    wages: Wages | None,
    telework: Telework | None,
    rated_skills: bool,
) -> str:
    parts = [f"O*NET-SOC {code}"]
    if nem is not None:
        parts.append(
            f"BLS NEM {nem}" + (f" (shared by {shared} O*NET occupations)" if shared > 1 else "")
        )
    if wages is None:
        parts.append("OEWS May 2025 publishes no wage estimate for this occupation")
    elif not wages.annual_published:
        hourly = "" if wages.hourly_median is None else f"; median ${wages.hourly_median}/hour"
        parts.append(f"OEWS May 2025 publishes hourly wages only{hourly}")
    if telework is not None and telework.codes_2010 != (code,):
        mean = f", mean {telework.mean:.2f}" if telework.conflicting else ""
        parts.append(f"telework from O*NET-SOC 2010 {', '.join(telework.codes_2010)}{mean}")
    if not rated_skills:
        parts.append("no O*NET skill ratings")
    return " · ".join(parts)


def build_career(
    code: str, inputs: Inputs, slugs: Mapping[str, str], nem_use: Counter[str], spread: Counter[str]
) -> Career:
    occupation = inputs.occupations[code]
    zone = inputs.zones[code]
    nem = inputs.nem.get(code)
    wages = inputs.wages.get(nem) if nem else None
    projection = inputs.projections.get(nem) if nem else None
    importance = inputs.importance.get(code)
    tech = inputs.technology.get(code, [])
    telework = inputs.telework.get(code)
    coding = onet_skills.coding_flag(importance, tech)
    preparation = rules.PREPARATION[zone.zone]
    exposure = inputs.exposure.get(code)
    skills = onet_skills.top_skills(importance or {})
    skills += onet_skills.hot_technologies(tech, spread)
    return Career(
        slug=slugs[code],
        title=occupation.title,
        category=inputs.major_groups[code[:2]],
        description=rules.shorten_description(occupation.description) or None,
        aliases=onet.dedupe_aliases(occupation.title, inputs.aliases.get(code, [])),
        source_note=_source_note(
            code,
            nem=nem,
            shared=nem_use[nem] if nem else 0,
            wages=wages,
            telework=telework,
            rated_skills=importance is not None,
        ),
        salary=_salary(wages),
        demand=_demand(projection, inputs.scores.get(nem) if nem else None),
        ai_risk=None
        if exposure is None
        else AiRisk(measure="llm_exposure", percent=exposure, source=ELOUNDOU),
        learning_curve=LearningCurve(
            months=preparation.months,
            months_max=preparation.months_max,
            label=preparation.label,
            on_the_job=projection.training if projection else None,
            source=ONET,
        ),
        difficulty=Difficulty(level=onet.short_zone_name(zone.name), rank=zone.zone, source=ONET),
        entry_barrier=_entry_barrier(projection),
        remote=None
        if telework is None
        else Flag(value=telework.teleworkable, source=DINGEL_NEIMAN),
        coding=None if coding is None else Flag(value=coding, source=ONET),
        skills=tuple(dict.fromkeys(skills)),
        skill_importance={name: float(v) for name, v in (importance or {}).items()},
        related=tuple(slugs[c] for c in inputs.related.get(code, []) if c in slugs),
    )


def assemble(inputs: Inputs) -> CatalogFile:
    codes = sorted(inputs.zones)
    missing = [c for c in codes if c not in inputs.occupations or c[:2] not in inputs.major_groups]
    if missing:
        raise SourceDataError(f"rated occupations without title or major group: {missing[:5]}")
    slugs = rules.unique_slugs({c: inputs.occupations[c].title for c in codes})
    nem_use = Counter(inputs.nem[c] for c in codes if c in inputs.nem)
    spread = onet_skills.technology_spread({c: inputs.technology.get(c, []) for c in codes})
    careers = tuple(build_career(c, inputs, slugs, nem_use, spread) for c in codes)
    return CatalogFile(sources=dict(SOURCES), careers=careers)


def build_catalog(source_dir: Path) -> CatalogFile:
    """Read the public data sets under ``source_dir`` and return the catalog."""
    return assemble(load_inputs(source_dir))
