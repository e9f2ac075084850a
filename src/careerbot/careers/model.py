"""The catalog's shape: careers and the figures they carry, each naming its source.

A figure that a source does not publish is simply absent (``None``); renderers say
"not published" for it, never 0. The same model validates catalog files
(``careerbot import``) and is what the rest of the core works with.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

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


class WageReference(Frozen):
    """A wage source's percentiles across all occupations (OEWS 00-0000): what one
    career's pay is drawn against."""

    label: Text
    p10: int | None = None
    p25: int | None = None
    median: int | None = None
    p75: int | None = None
    p90: int | None = None


class Source(Frozen):
    """Where figures come from; cited on cards and in `careerbot about`."""

    name: Text
    short: str | None = None
    year: int | None = None
    url: str | None = None
    licence: str | None = None
    attribution: str | None = None
    #: for a wage source: the same percentiles across all occupations
    all_occupations: WageReference | None = None


class Figure(Frozen):
    source: SourceId


class Salary(Figure):
    """Annual pay in USD. ``low``/``high`` are the published range (for labour data
    the 10th and 90th percentiles); ``median`` where the source publishes one."""

    low: int | None = Field(default=None, ge=0, le=10_000_000)
    high: int | None = Field(default=None, ge=0, le=10_000_000)
    median: int | None = Field(default=None, ge=0, le=10_000_000)
    #: the 25th and 75th percentiles, where the source publishes them (OEWS)
    p25: int | None = Field(default=None, ge=0, le=10_000_000)
    p75: int | None = Field(default=None, ge=0, le=10_000_000)
    basis: str = "published range"

    @model_validator(mode="after")
    def _ordered(self) -> Salary:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("low must not exceed high")
        return self


class Demand(Figure):
    #: a source's own demand rating (the comparison pages); labour data publishes none
    score: float | None = Field(default=None, ge=0, le=10)
    growth_pct: float | None = None
    #: persons a year; BLS publishes thousands to one decimal, so 0 means fewer than 50
    annual_openings: int | None = Field(default=None, ge=0)
    basis: str = "demand score out of 10"
    #: how many careers of the catalog carry this same BLS line's figures (1: its own)
    shared_by: int | None = Field(default=None, ge=1)
    #: the share of the BLS line's workers who are self-employed (EP), whom OEWS pay omits
    self_employed_pct: float | None = Field(default=None, ge=0, le=100)


class AiRisk(Figure):
    """A percentage *and the measure it is*: a replacement-risk rating and a measured
    share of tasks exposed to LLMs are different things and never compared as one."""

    measure: RiskMeasure
    percent: float | None = Field(default=None, ge=0, le=100)
    #: who rated it, where the source publishes several raters ("human annotators")
    rater: str | None = None
    #: the same measure by the source's other rater, shown beside it (GPT-4's rating)
    other_rater: str | None = None
    other_percent: float | None = Field(default=None, ge=0, le=100)


StageKind = Literal["education", "training", "experience"]


class Stage(Frozen):
    """One part of the usual way in: a credential, training on the job, or experience."""

    kind: StageKind
    #: the source's own category, verbatim ("Bachelor's degree", "Apprenticeship")
    category: str
    #: as people say it ("a bachelor's + law degree (JD)", "an apprenticeship")
    text: str
    months: int = Field(ge=0, le=240)
    #: ``None``: open-ended ("5 years or more")
    months_max: int | None = Field(default=None, ge=0, le=240)
    #: the source that set it, where not the curve's own (O*NET's distributions, a licence)
    source: SourceId | None = None
    #: the share of O*NET respondents who gave this answer, where it is O*NET's
    share: float | None = Field(default=None, ge=0, le=100)
    #: how far the answers spread, where they spread widely ("middle half: …")
    spread: str | None = None
    #: a degree that must be in the occupation's own field (nursing, accounting, law)
    in_field: bool = False
    #: for experience: the SOC minor groups ("25-2") whose work counts as the related
    #: experience (the occupation's own and those of its O*NET related occupations)
    counted_from: tuple[str, ...] = ()


class LearningCurve(Figure):
    """Time to learn the work: ``months`` at least, ``months_max`` at most (``None``:
    open-ended or a single figure); ``stages`` say what the time is made of. Related work
    experience a career asks for is a stage too, but not learning time: it is counted
    apart (``experience_months``) and shown as experience needed."""

    months: int | None = Field(default=None, ge=0, le=240)
    months_max: int | None = Field(default=None, ge=0, le=240)
    label: str | None = None
    on_the_job: str | None = None
    stages: tuple[Stage, ...] = ()


class Difficulty(Figure):
    level: Text
    rank: int | None = Field(default=None, ge=1, le=5)


class EntryBarrier(Figure):
    level: Level
    raw: str | None = None
    #: the occupation usually needs a licence or certification to practise
    licence: bool = False
    #: what sets the level ("a bachelor's degree", "a licence", "an apprenticeship")
    reasons: tuple[str, ...] = ()
    #: the licences and mandatory certificates the work needs, each with its source
    licences: tuple[str, ...] = ()
    #: of those, the ones earned first for other work, with a degree of their own (an RN
    #: licence for a nurse anesthetist): a switch without one needs that degree too
    builds_on: tuple[str, ...] = ()


class Flag(Figure):
    value: bool
    #: yes and no both have support in the source (its classifications disagree, or only
    #: some of the work qualifies); only with ``value`` false
    partly: bool = False

    @model_validator(mode="after")
    def _partly_is_not_yes(self) -> Flag:
        if self.partly and self.value:
            raise ValueError("partly applies only to a value of false")
        return self


_RATINGS: dict[float, float] = {}


class TopicTasks(Frozen):
    """How many of an occupation's O*NET task statements mention a topic, with the first."""

    count: int = Field(ge=1)
    of: int = Field(ge=1)
    example: Annotated[str, StringConstraints(min_length=1, max_length=500)]


class Descriptors(Frozen):
    """O*NET's ratings of an occupation that what a person says of themselves is matched
    against (``careers/traits.toml``): interests (RIASEC, 1–7), knowledge importance (1–5),
    work styles importance (1–5), work values extent (1–7), task statements by topic, and
    the first core tasks.
    A rating O*NET does not publish for the occupation is absent."""

    source: SourceId
    interests: dict[str, float] = Field(default_factory=dict)
    knowledge: dict[str, float] = Field(default_factory=dict)
    styles: dict[str, float] = Field(default_factory=dict)
    values: dict[str, float] = Field(default_factory=dict)
    topics: dict[str, TopicTasks] = Field(default_factory=dict)
    #: the first of O*NET's core task statements, in its file order ("what they do all day")
    tasks: tuple[str, ...] = ()

    @field_validator("interests", "knowledge", "styles", "values")
    @classmethod
    def _shared(cls, ratings: dict[str, float]) -> dict[str, float]:
        # ratings have two decimals on short scales: a few hundred distinct values, each
        # kept once instead of 56,000 float objects across the catalog
        return {name: _RATINGS.setdefault(value, value) for name, value in ratings.items()}


class Career(Frozen):
    slug: Slug
    title: Text
    category: Text
    description: str | None = None
    aliases: tuple[Annotated[str, StringConstraints(min_length=1, max_length=200)], ...] = ()
    #: the first this many aliases are titles workers report (O*NET's Sample of Reported
    #: Titles): what people usually call the work, before the long tail of alternates
    reported_titles: int = Field(default=0, ge=0)
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
    #: the technology people in the work use, most relevant first
    tools: tuple[Annotated[str, StringConstraints(min_length=1, max_length=200)], ...] = ()
    #: O*NET skill importance (1–5) and level (0–7) by skill name
    skill_importance: dict[str, float] = Field(default_factory=dict)
    skill_level: dict[str, float] = Field(default_factory=dict)
    #: where O*NET rates no skills for the occupation: the related occupations whose
    #: ratings were averaged in their place (an estimate, said so wherever it is used)
    skills_estimated_from: tuple[Slug, ...] = ()
    related: tuple[Slug, ...] = ()
    #: the O*NET-SOC code, for occupations
    soc: str | None = Field(default=None, pattern=r"^\d{2}-\d{4}\.\d{2}$")
    #: when the BLS figures (pay, demand) are those of a wider group than this occupation:
    #: that group's title and code ("Computer Occupations, All Other (15-1299)")
    bls_group: str | None = None
    #: fields of work this career belongs to (``careers.fields``), for scoped questions
    fields: tuple[str, ...] = ()
    #: what a person's likes, dislikes and values are matched against
    descriptors: Descriptors | None = None

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
            named = {**career.figures(), "descriptors": career.descriptors}
            for name, figure in named.items():
                if figure is not None and figure.source not in self.sources:
                    raise ValueError(
                        f"career {career.slug!r}: field {name}.source names unknown source "
                        f"{figure.source!r}"
                    )
        return self
