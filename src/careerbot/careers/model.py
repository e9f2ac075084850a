"""The catalog's shape: careers and the figures they carry, each naming its source.

A figure that a source does not publish is simply absent (``None``); renderers say
"not published" for it, never 0. The same model validates catalog files
(``careerbot import``) and is what the rest of the core works with.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

CATALOG_FORMAT: Final = "careerbot-catalog/1"

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=120)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=60)]
Level = Literal["Low", "Medium", "High"]
#: Which way along a figure: more pay, a lower barrier; for remote work and coding "high" is yes.
Direction = Literal["high", "low"]
RiskMeasure = Literal["replacement_risk", "llm_exposure", "ai_applicability"]

RISK_MEASURE_LABELS: dict[str, str] = {
    "replacement_risk": "AI replacement risk",
    "llm_exposure": "LLM task exposure",
    "ai_applicability": "AI applicability",
}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(Frozen):
    """Where figures come from; cited on cards and in `careerbot about`."""

    name: Text
    short: str | None = None
    year: int | None = None
    url: str | None = None
    licence: str | None = None
    attribution: str | None = None


class Figure(Frozen):
    source: SourceId


class Salary(Figure):
    """Annual pay in USD. ``low``/``high`` are the published range (for labour data
    the 10th and 90th percentiles); ``median`` where the source publishes one."""

    low: int | None = Field(default=None, ge=0, le=10_000_000)
    high: int | None = Field(default=None, ge=0, le=10_000_000)
    median: int | None = Field(default=None, ge=0, le=10_000_000)
    basis: str = "published range"

    @model_validator(mode="after")
    def _ordered(self) -> Salary:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("low must not exceed high")
        return self


class Demand(Figure):
    score: float | None = Field(default=None, ge=0, le=10)
    growth_pct: float | None = None
    annual_openings: int | None = Field(default=None, ge=0)
    basis: str = "demand score out of 10"


class AiRisk(Figure):
    """A percentage *and the measure it is*: a replacement-risk rating and a measured
    share of tasks exposed to LLMs are different things and never compared as one."""

    measure: RiskMeasure
    percent: float | None = Field(default=None, ge=0, le=100)


class LearningCurve(Figure):
    months: int | None = Field(default=None, ge=0, le=240)
    months_max: int | None = Field(default=None, ge=0, le=240)
    label: str | None = None
    on_the_job: str | None = None


class Difficulty(Figure):
    level: Text
    rank: int | None = Field(default=None, ge=1, le=5)


class EntryBarrier(Figure):
    level: Level
    raw: str | None = None


class Flag(Figure):
    value: bool


class Career(Frozen):
    slug: Slug
    title: Text
    category: Text
    description: str | None = None
    aliases: tuple[Annotated[str, StringConstraints(min_length=1, max_length=200)], ...] = ()
    source_note: Text
    salary: Salary | None = None
    demand: Demand | None = None
    ai_risk: AiRisk | None = None
    learning_curve: LearningCurve | None = None
    difficulty: Difficulty | None = None
    entry_barrier: EntryBarrier | None = None
    remote: Flag | None = None
    coding: Flag | None = None
    skills: tuple[Annotated[str, StringConstraints(min_length=1, max_length=300)], ...] = ()
    skill_importance: dict[str, float] = Field(default_factory=dict)
    related: tuple[Slug, ...] = ()

    def figures(self) -> dict[str, Figure | None]:
        """Every figure field by name, in declaration order (``careers.criteria`` says
        what each one is)."""
        return {name: getattr(self, name) for name in FIGURE_FIELDS}


def _is_figure(annotation: object) -> bool:
    return any(isinstance(t, type) and issubclass(t, Figure) for t in get_args(annotation))


#: the fields of ``Career`` that hold a sourced figure
FIGURE_FIELDS: tuple[str, ...] = tuple(
    name for name, info in Career.model_fields.items() if _is_figure(info.annotation)
)


class CatalogFile(Frozen):
    format: Literal["careerbot-catalog/1"] = CATALOG_FORMAT
    sources: dict[SourceId, Source]
    careers: tuple[Career, ...]

    @model_validator(mode="after")
    def _consistent(self) -> CatalogFile:
        seen: set[str] = set()
        for career in self.careers:
            if career.slug in seen:
                raise ValueError(f"career {career.slug!r}: slug is used twice")
            seen.add(career.slug)
            for name, figure in career.figures().items():
                if figure is not None and figure.source not in self.sources:
                    raise ValueError(
                        f"career {career.slug!r}: field {name}.source names unknown source "
                        f"{figure.source!r}"
                    )
        return self
