"""One career at a glance: its figures, what each stands on, its skills and tools."""

from __future__ import annotations

from collections.abc import Mapping

from careerbot.careers.criteria import ATTRIBUTES, BY_NAME, AttributeName
from careerbot.careers.demand import demand_reason, self_employed_note, shared_note
from careerbot.careers.formatting import experience_stage, hired_when, money, salary_range
from careerbot.careers.model import RISK_MEASURE_LABELS, Career, Source, Stage
from careerbot.render.document import Block, Bullets, Document, Grid, Heading, Para, pad
from careerbot.render.grid import AI_LABELS
from careerbot.render.notes import MEASURE_NOTES, remote_notes
from careerbot.render.sources import source_line

LABEL_WIDTH = 14


def _cell(career: Career, name: AttributeName) -> str:
    salary = career.salary
    if name == "salary" and salary and salary.median is not None:
        return f"{money(salary.median)} median"
    return BY_NAME[name].cell_text(career)  # openings' own cell, not the growth they stand on


def _label(career: Career, name: AttributeName, label: str) -> str:
    if name == "ai_risk" and career.ai_risk:
        return AI_LABELS[career.ai_risk.measure]
    return label


def figure_grid(career: Career) -> tuple[str, ...]:
    return tuple(
        f"{pad(_label(career, a.name, a.label), LABEL_WIDTH)}{_cell(career, a.name)}"
        for a in ATTRIBUTES
    )


def stage_said(stage: Stage) -> str:
    """A stage with how many of O*NET's respondents gave it and how far answers spread."""
    share = f" (O*NET: {stage.share:g}% of respondents)" if stage.share is not None else ""
    spread = f"; {stage.spread}" if stage.spread else ""
    return f"{stage.text}{share}{spread}"


def hired_after(career: Career) -> str | None:
    """When work can begin, and the training done in the job after it."""
    hired = hired_when(career)
    if hired is None or career.learning_curve is None:
        return None
    stages = career.learning_curve.stages
    training = next(s for s in stages if s.kind == "training" and (s.months_max or 1) > 0)
    return f"You can be {hired}; {training.text} is done in the job, paid"


def learning_lines(career: Career) -> list[str]:
    """What the time to learn is made of, and the experience asked for apart from it."""
    curve = career.learning_curve
    if curve is None or not curve.stages:
        return []
    learned = [
        stage_said(s)
        for s in curve.stages
        if s.kind != "experience" and (s.months_max != 0 or s.kind != "education")
    ]
    lines = [f"Time to learn: {curve.label}" + (f": {' + '.join(learned)}" if learned else "")]
    if (hired := hired_after(career)) is not None:
        lines.append(hired)
    if (experience := experience_stage(career)) is not None:
        lines.append(
            f"Experience needed before entry (not counted as learning): {stage_said(experience)}"
        )
    return lines


def bases(career: Career) -> tuple[str, ...]:
    """What each figure stands on, where its source publishes more than the figure."""
    found = []
    salary, demand = career.salary, career.demand
    if salary and salary.median is not None:
        found.append(
            f"Pay: median {money(salary.median)}, 10th–90th percentile {salary_range(salary)}"
        )
        if demand is not None and demand.growth_pct is not None:
            found.append(
                self_employed_note(career)
                or (
                    "Self-employed share: not published"
                    if demand.self_employed_pct is None
                    else f"Self-employed: {demand.self_employed_pct:g}% (BLS EP 2024; OEWS pay "
                    "counts employees only)"
                )
            )
    if demand is not None:
        found.append(demand_reason(career)[:1].upper() + demand_reason(career)[1:])
        if note := shared_note(career):
            found.append(note)
    risk = career.ai_risk
    if risk and risk.percent is not None and risk.rater:
        other = f"; {risk.other_rater}: {risk.other_percent:g}%" if risk.other_percent else ""
        found.append(f"{RISK_MEASURE_LABELS[risk.measure]} {risk.percent:g}% ({risk.rater}{other})")
    found.extend(learning_lines(career))
    barrier = career.entry_barrier
    if barrier and barrier.reasons:
        found.append(f"Entry barrier {barrier.level}: {', '.join(barrier.reasons)}")
    elif barrier:  # nothing past a diploma asked: the level alone
        found.append(f"Entry barrier {barrier.level}")
    if barrier and barrier.licences:
        found.append(f"Licences: {'; '.join(barrier.licences)}")
    if career.bls_group:
        found.append(f"Pay and demand are BLS figures for {career.bls_group}")
    return tuple(found)


def profile_document(career: Career, sources: Mapping[str, Source]) -> Document:
    blocks: list[Block] = [Heading(career.title), Para(career.category, italic=True)]
    if career.description:
        blocks.append(Para(career.description))
    blocks.append(Grid(figure_grid(career)))
    if found := bases(career):
        blocks.append(Bullets("Behind the figures", found))
    if career.skills:
        estimated = " (estimated from related occupations)" if career.skills_estimated_from else ""
        blocks.append(Para(", ".join(career.skills[:8]), bold_prefix=f"Top skills{estimated}:"))
    if career.tools:
        blocks.append(Para(", ".join(career.tools[:6]), bold_prefix="Tools:"))
    notes = [MEASURE_NOTES[career.ai_risk.measure]] if career.ai_risk else []
    notes.extend(remote_notes(career))
    notes.append(f"{source_line(sources, career)}\n{career.source_note}")
    blocks.append(Para("\n".join(notes), italic=True))
    return Document(tuple(blocks))
