"""Joining the data sets into catalog records: one Career per rated O*NET 29.3 occupation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from careerbot.careers.model import Career, CatalogFile, Difficulty, Flag
from careerbot.catalog_build import (
    entries,
    figures,
    licences,
    onet,
    onet_skills,
    preparation,
    rules,
)
from careerbot.catalog_build.descriptors import RatingTables, descriptors, load_rating_tables
from careerbot.catalog_build.exposure import Exposure, load_exposure
from careerbot.catalog_build.fields import Facts, fields_of
from careerbot.catalog_build.oews import Wages, all_occupations, load_major_groups, load_wages
from careerbot.catalog_build.onet_education import (
    Distribution,
    load_category_names,
    load_distributions,
)
from careerbot.catalog_build.projections import Projection, load_nem_crosswalk, load_projections
from careerbot.catalog_build.sources import OEWS, ONET, SOURCES
from careerbot.catalog_build.tables import SourceDataError
from careerbot.catalog_build.technology import Technology, ToolChooser, coding_flag, load_technology
from careerbot.catalog_build.telework import Telework, load_telework

CERTIFICATION = "Job-Related Professional Certification"


@dataclass(frozen=True)
class Inputs:
    occupations: dict[str, onet.Occupation]
    zones: dict[str, onet.JobZone]
    aliases: dict[str, list[str]]
    reported: dict[str, list[str]]
    related: dict[str, list[str]]
    skills: dict[str, onet_skills.SkillProfile]
    technology: dict[str, list[Technology]]
    tasks: dict[str, list[str]]
    core_tasks: dict[str, list[str]]
    interests: dict[str, onet.Interests]
    ratings: RatingTables
    concern_for_others: dict[str, float]
    certification: dict[str, float]
    major_groups: dict[str, str]
    wages: dict[str, Wages]
    nem: dict[str, str]
    projections: dict[str, Projection]
    preparation: dict[str, dict[str, Distribution]]
    preparation_names: dict[tuple[str, int], str]
    exposure: dict[str, Exposure]
    telework: dict[str, Telework]


def load_inputs(source_dir: Path) -> Inputs:
    if not source_dir.is_dir():
        raise SourceDataError(f"not a directory: {source_dir}")
    projections = load_projections(source_dir)
    zones = onet.load_job_zones(source_dir)
    related = onet.load_related(source_dir)
    codes = sorted(zones)
    skills = onet_skills.estimate_missing(
        onet_skills.load_skills(source_dir), codes, related, {c: z.zone for c, z in zones.items()}
    )
    return Inputs(
        occupations=onet.load_occupations(source_dir),
        zones=zones,
        aliases=onet.load_aliases(source_dir),
        reported=onet.load_reported_titles(source_dir),
        related=related,
        skills=skills,
        technology=load_technology(source_dir),
        tasks=onet.load_tasks(source_dir),
        core_tasks=onet.load_core_tasks(source_dir),
        interests=onet.load_interests(source_dir),
        ratings=load_rating_tables(source_dir),
        concern_for_others=onet.load_importance(
            source_dir, "Work Styles.txt", "Concern for Others"
        ),
        certification=onet.load_importance(
            source_dir, "Education, Training, and Experience.txt", CERTIFICATION
        ),
        major_groups=load_major_groups(source_dir),
        wages=load_wages(source_dir),
        nem=load_nem_crosswalk(source_dir),
        projections=projections,
        preparation=load_distributions(source_dir),
        preparation_names=load_category_names(source_dir),
        exposure=load_exposure(source_dir),
        telework=load_telework(source_dir, codes),
    )


@dataclass(frozen=True)
class Shared:
    """What every career's record draws on beyond its own rows."""

    slugs: Mapping[str, str]
    nem_use: Counter[str]
    tools: ToolChooser
    #: each occupation's way in, and its entry education as the rules choose it
    entries: Mapping[str, preparation.Entry]
    educations: Mapping[str, str]


def _bls_group(occupation: str, wages: Wages | None, nem: str | None) -> str | None:
    """The BLS occupation whose figures a career carries, where it is not the career itself
    (an "All Other" group, or a wider occupation several O*NET occupations share)."""
    if nem is None or wages is None or wages.title.casefold() == occupation.casefold():
        return None
    return f"{wages.title} ({nem})"


def _source_note(
    code: str,
    *,
    nem: str | None,
    shared: int,
    wages: Wages | None,
    telework: Telework | None,
    skills: onet_skills.SkillProfile | None,
    licence: list[str],
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
    if telework is not None and telework.codes_2010 and telework.codes_2010 != (code,):
        mean = f", mean {telework.mean:.2f}" if telework.conflicting else ""
        parts.append(f"telework from O*NET-SOC 2010 {', '.join(telework.codes_2010)}{mean}")
    if skills is None or skills.estimated_from:
        parts.append("no O*NET skill ratings")
    if licence:
        parts.append("licence: " + "; ".join(licence))
    return " · ".join(parts)


def build_career(code: str, inputs: Inputs, shared: Shared) -> Career:
    occupation = inputs.occupations[code]
    zone = inputs.zones[code]
    nem = inputs.nem.get(code)
    wages = inputs.wages.get(nem) if nem else None
    projection = inputs.projections.get(nem) if nem else None
    profile = inputs.skills.get(code)
    importance = profile.importance if profile else {}
    tech = inputs.technology.get(code, [])
    telework = inputs.telework.get(code)
    estimated = bool(profile and profile.estimated_from)
    coding = coding_flag(importance, tech, estimated)
    related = inputs.related.get(code, [])
    tools = shared.tools.tools(code, related)
    tasks = inputs.tasks.get(code, [])
    licence = licences.licence_evidence(
        training=projection.training if projection and projection.training else "",
        certification=inputs.certification.get(code),
        titles=[occupation.title, *inputs.aliases.get(code, [])],
        tasks=tasks,
        description=occupation.description,
    )
    entry = shared.entries.get(code)
    curve = figures.learning_curve(entry)
    remote = figures.remote(telework)
    facts = Facts(
        code=code,
        title=occupation.title,
        text=" ".join([occupation.description, *tasks]),
        education=projection.education if projection else None,
        training=projection.training if projection else None,
        interests=inputs.interests.get(code),
        concern_for_others=inputs.concern_for_others.get(code),
        importance=importance,
        level=profile.level if profile else {},
        tools=frozenset(t.example for t in tech),
        coding=bool(coding),
        remote=None
        if remote is None
        else "yes"
        if remote.value
        else "partly"
        if remote.partly
        else "no",
        licence=None
        if entry is None or curve is None
        else bool(licence) or any(lic.required for lic in entry.licences),
    )
    aliases = onet.dedupe_aliases(occupation.title, inputs.aliases.get(code, []))
    use = shared.nem_use[nem] if nem else 0
    return Career(
        slug=shared.slugs[code],
        title=occupation.title,
        category=inputs.major_groups[code[:2]],
        description=rules.shorten_description(occupation.description) or None,
        aliases=aliases,
        reported_titles=len(onet.dedupe_aliases(occupation.title, inputs.reported.get(code, []))),
        source_note=_source_note(
            code,
            nem=nem,
            shared=use,
            wages=wages,
            telework=telework,
            skills=profile,
            licence=licence,
        ),
        salary=figures.salary(wages),
        demand=figures.demand(projection, use),
        ai_risk=figures.exposure(inputs.exposure.get(code)),
        learning_curve=curve,
        difficulty=Difficulty(level=onet.short_zone_name(zone.name), rank=zone.zone, source=ONET),
        entry_barrier=figures.entry_barrier(
            entry, curve, licence, entries.builds_on(code, entry, shared.educations)
        ),
        remote=remote,
        coding=None if coding is None else Flag(value=coding, source=ONET),
        skills=tuple(onet_skills.top_skills(importance)),
        tools=tuple(tools),
        skill_importance=importance,
        skill_level=profile.level if profile else {},
        skills_estimated_from=tuple(
            shared.slugs[c] for c in (profile.estimated_from if profile else ())
        ),
        related=tuple(shared.slugs[c] for c in related if c in shared.slugs),
        soc=code,
        bls_group=_bls_group(occupation.title, wages, nem),
        fields=fields_of(facts),
        descriptors=descriptors(
            code, inputs.ratings, inputs.interests.get(code), tasks, inputs.core_tasks.get(code, [])
        ),
    )


def _entry(code: str, inputs: Inputs) -> preparation.Entry | None:
    nem = inputs.nem.get(code)
    projection = inputs.projections.get(nem) if nem else None
    return entries.entry_for(
        code,
        projection,
        inputs.preparation.get(code, {}),
        inputs.preparation_names,
        inputs.related.get(code, []),
    )


def assemble(inputs: Inputs) -> CatalogFile:
    codes = sorted(inputs.zones)
    missing = [c for c in codes if c not in inputs.occupations or c[:2] not in inputs.major_groups]
    if missing:
        raise SourceDataError(f"rated occupations without title or major group: {missing[:5]}")
    found = {code: entry for code in codes if (entry := _entry(code, inputs)) is not None}
    shared = Shared(
        slugs=rules.unique_slugs({c: inputs.occupations[c].title for c in codes}),
        nem_use=Counter(inputs.nem[c] for c in codes if c in inputs.nem),
        tools=ToolChooser({c: inputs.technology.get(c, []) for c in codes}),
        entries=found,
        educations=entries.educations(found),
    )
    careers = tuple(build_career(c, inputs, shared) for c in codes)
    sources = dict(SOURCES)
    sources[OEWS] = sources[OEWS].model_copy(
        update={"all_occupations": all_occupations(inputs.wages)}
    )
    return CatalogFile(sources=sources, careers=careers)


def build_catalog(source_dir: Path) -> CatalogFile:
    """Read the public data sets under ``source_dir`` and return the catalog."""
    return assemble(load_inputs(source_dir))
