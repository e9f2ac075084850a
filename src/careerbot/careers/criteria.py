"""The eight attributes careers are compared and ranked on: the one table.

Each row says what the attribute is called on the card and in sentences, which side a
comparison calls better (none for difficulty, remote work and coding, which suit some
people and not others), the number it is compared and ranked on, which figures may be
measured against each other, and how a wish about it reads. Everything that needs the
attributes reads them here; ``Career`` holds their figures under the same names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from careerbot.careers import demand as d
from careerbot.careers import measures as m
from careerbot.careers.formatting import money, risk_label, value_text
from careerbot.careers.model import RISK_MEASURE_LABELS, Career, Direction, Figure, Level

AttributeName = Literal[
    "salary",
    "demand",
    "openings",
    "ai_risk",
    "learning_curve",
    "difficulty",
    "entry_barrier",
    "remote",
    "coding",
]
#: The levels of an entry barrier, lowest first: written once, compared by position.
LEVELS: tuple[Level, ...] = get_args(Level)


def level_rank(level: Level) -> int:
    return LEVELS.index(level)


def flipped(direction: Direction) -> Direction:
    return "low" if direction == "high" else "high"


@dataclass(frozen=True, slots=True)
class Phrases:
    """Sentences about one attribute of a comparison. Fields: ``{winner}``, ``{loser}``,
    ``{pair}`` (the two figures, winner's first), ``{value}`` (a tied figure) and
    ``{measure}`` (what an AI figure measures)."""

    win: str
    tie: str
    choose: str


@dataclass(frozen=True, slots=True)
class Attribute:
    name: AttributeName
    #: the card's row label
    label: str
    #: in wishes and reasons ("pay: doesn't matter")
    noun: str
    #: in a comparison's one-line verdict ("leads on pay"), by measure ("" for any)
    verdicts: Mapping[str, str]
    #: the side a comparison calls better; ``None``: neither side is better
    better: Direction | None
    #: what a bare mention in a wish asks for ("salary" → more of it)
    bare: Direction
    #: what a negated mention asks for ("not about the money"); ``None``: it doesn't matter
    negated: Direction | None
    wishes: Mapping[Direction, str]
    headings: Mapping[Direction, str]
    #: what a must-have without a number is held to
    limits: Mapping[Direction, float]
    #: the number careers are ranked on; ``None`` where the figure is not published
    value: Callable[[Career], float | None]
    #: the figure as a reason a career fits ("median $98k (range $69k–$137k)")
    reason: Callable[[Career], str]
    #: a must-have and its limit in words ("at least $100k typical pay")
    must: Callable[[Direction, float], str]
    #: sentences about a comparison, by measure ("" for any)
    phrases: Mapping[str, Phrases] = field(default_factory=dict)
    #: the number a comparison weighs, where it differs from ``value``
    compared: Callable[[Career], float | None] | None = None
    #: the measures on which one side can be better (None: every measure); exposure to
    #: LLMs is shown, never called better or worse
    ranked_measures: frozenset[str] | None = None
    #: two careers' figures this close are a tie: the display cannot show the difference
    tied: Callable[[Career, Career], bool] | None = None
    #: the number a must-have is held to, where it differs from ``value``
    checked: Callable[[Career], float | None] | None = None
    #: the compared figure as said in a sentence
    said: Callable[[Career], str] | None = None
    #: what the figure measures, where one attribute has several measures; figures are
    #: compared and ranked only within one source and one measure
    measure: Callable[[Career], str] = field(default=lambda _: "")
    #: the field of ``Career`` holding the figure, where it is not the attribute's name
    holder: str | None = None
    #: the figure in a grid cell, where it is not the figure's own text
    cell: Callable[[Career], str] | None = None
    #: the row label by measure, where a measure has a name of its own
    measure_labels: Mapping[str, str] = field(default_factory=dict)
    #: phrases for a winner of a kind of its own, by measure ("growth" → "not growing")
    variant: Callable[[Career], str] = field(default=lambda _: "")
    #: the tie rule on two ranked figures, where it is not equality as shown (pay: 2%)
    level: Callable[[float, float], bool] | None = None
    #: measures outside ``ranked_measures`` that a wish naming them ranks on, and their
    #: names ("lowest LLM exposure" is a list of exposure, headed as exposure)
    named: Mapping[str, str] = field(default_factory=dict)

    def figure(self, career: Career) -> Figure | None:
        figure: Figure | None = getattr(career, self.holder or self.name)
        return figure

    def cell_text(self, career: Career) -> str:
        return self.cell(career) if self.cell else value_text(self.figure(career))

    def label_for(self, measure: str) -> str:
        return self.measure_labels.get(measure, self.label)

    @property
    def flag(self) -> bool:
        return self.name in ("remote", "coding")

    def compare_value(self, career: Career) -> float | None:
        return (self.compared or self.value)(career)

    def check_value(self, career: Career) -> float | None:
        return (self.checked or self.value)(career)

    def say(self, career: Career) -> str:
        return self.said(career) if self.said else value_text(self.figure(career), short=False)

    def group(self, career: Career) -> tuple[str, str]:
        """(source, measure): figures are ranked only against the same pair."""
        figure = self.figure(career)
        return (figure.source if figure else "", self.measure(career))

    def is_tie(self, a: Career, b: Career) -> bool:
        if self.tied is not None:
            return self.tied(a, b)
        return self.compare_value(a) == self.compare_value(b)

    def phrasing(self, measure: str, winner: Career | None = None) -> Phrases | None:
        """The sentences for a measure; for a winner of a kind of its own (an occupation
        that shrinks less than the other), that kind's."""
        kind = self.variant(winner) if winner is not None else ""
        found = self.phrases.get(f"{measure}:{kind}") if kind else None
        return found or self.phrases.get(measure) or self.phrases.get("")

    def verdict(self, measure: str) -> str:
        return self.verdicts.get(measure) or self.verdicts.get("", self.noun)


def _learnable_within(months: float) -> str:
    """ "learnable within 12 months"; a bound a month under whole years, as it was said:
    "learnable in under 6 years" (71 months)."""
    if months >= 11 and (months + 1) % 12 == 0:
        years = int((months + 1) // 12)
        return f"learnable in under {years} year{'s' if years > 1 else ''}"
    return f"learnable within {months:g} months"


ATTRIBUTES: tuple[Attribute, ...] = (
    Attribute(
        name="salary",
        label="Salary",
        noun="pay",
        verdicts={m.MEDIAN: "pay", m.RANGE: "top pay"},
        better="high",
        bare="high",
        negated=None,
        wishes={"high": "higher pay", "low": "lower pay"},
        headings={"high": "Best paid", "low": "Lowest paid"},
        limits={"high": 100_000},
        value=m.typical_pay,
        reason=m.pay_reason,
        must=lambda want, bound: f"{m.side(want)} {money(int(bound))} typical pay",
        measure=m.pay_measure,
        compared=m.compared_pay,
        tied=m.pay_tied,
        level=m.pays_level,
        said=lambda c: money(m.compared_pay(c)),
        phrases={
            m.MEDIAN: Phrases(
                win="{winner} pays more: a median of {pair}.",
                tie="Both pay about the same: a median of {pair}.",
                choose="Want higher pay (median {pair})",
            ),
            m.RANGE: Phrases(
                win="{winner} offers the higher salary ceiling ({pair}).",
                tie="Both top out at {value}.",
                choose="Want the higher salary ceiling ({pair})",
            ),
        },
    ),
    Attribute(
        name="demand",
        label="Growth",
        noun="growth",
        verdicts={d.GROWTH: "growth", d.RATING: "demand"},
        better="high",
        bare="high",
        negated=None,
        wishes={"high": "growing", "low": "shrinking"},
        headings={"high": "Fastest growing", "low": "Fastest shrinking"},
        limits={"high": d.ALL_OCCUPATIONS_GROWTH},
        value=d.demand_value,
        checked=d.growth,
        reason=d.demand_reason,
        must=lambda want, bound: f"growth {m.side(want)} {bound:+g}% 2024–34",
        measure=d.demand_measure,
        tied=d.demand_tied,
        said=d.demand_said,
        measure_labels={d.RATING: "Demand"},
        variant=lambda c: "" if d.grows(c) else "not growing",
        phrases={
            d.GROWTH: Phrases(
                win="{winner} is projected to grow faster ({pair}, BLS 2024–34).",
                tie="Both are projected to grow alike ({pair}, BLS 2024–34).",
                choose="Want a faster-growing occupation ({pair}, 2024–34)",
            ),
            f"{d.GROWTH}:not growing": Phrases(
                win="Neither is projected to grow; {winner} holds up better ({pair}, BLS 2024–34).",
                tie="Neither is projected to grow ({pair}, BLS 2024–34).",
                choose="Want the one that holds up better ({pair}; neither is projected to grow)",
            ),
            d.RATING: Phrases(
                win="{winner} scores higher on demand ({pair}).",
                tie="Both score {value} on demand.",
                choose="Want the higher-demand path ({pair})",
            ),
        },
    ),
    Attribute(
        name="openings",
        label="Openings",
        noun="openings",
        verdicts={},
        better=None,
        bare="high",
        negated=None,
        wishes={"high": "many openings", "low": "few openings"},
        headings={"high": "Most openings a year", "low": "Fewest openings a year"},
        limits={"high": 10_000},
        value=d.openings,
        reason=d.openings_reason,
        must=lambda want, bound: f"{m.side(want)} {bound:,.0f} openings a year",
        holder="demand",
        cell=d.openings_cell,
        said=lambda c: d.openings_text(d.openings(c)),
    ),
    Attribute(
        name="ai_risk",
        label="AI risk",
        noun="AI risk",
        verdicts={"": "AI risk"},
        better="low",
        bare="low",
        negated="low",
        wishes={"low": "low AI risk", "high": "high AI risk"},
        headings={"low": "Lowest AI figures", "high": "Highest AI figures"},
        limits={"low": 25.0},
        value=lambda c: c.ai_risk.percent if c.ai_risk else None,
        reason=m.ai_reason,
        must=lambda want, bound: f"AI figure {m.side(want)} {bound:g}%",
        measure=lambda c: c.ai_risk.measure if c.ai_risk else "",
        ranked_measures=frozenset({"replacement_risk"}),
        named={"llm_exposure": RISK_MEASURE_LABELS["llm_exposure"]},
        phrases={
            "replacement_risk": Phrases(
                win="{winner} carries the lower {measure} ({pair}).",
                tie="Both carry the same {measure} ({value}).",
                choose="Want lower {measure} ({pair})",
            )
        },
    ),
    Attribute(
        name="learning_curve",
        label="Learning",
        noun="time to learn",
        verdicts={"": "time to learn"},
        better="low",
        bare="low",
        negated="low",
        wishes={"low": "quick to learn", "high": "a long training"},
        headings={"low": "Quickest to learn", "high": "Longest to learn"},
        limits={"low": 12},
        value=m.middle_months,
        reason=m.learning_reason,
        must=lambda _, bound: _learnable_within(bound),
        checked=m.longest_months,
        tied=m.learning_tied,
        phrases={
            "": Phrases(
                win="{winner} is quicker to learn ({pair} for {loser}).",
                tie="Both take about as long to learn ({pair}).",
                choose="Want to learn the work sooner ({pair})",
            )
        },
    ),
    Attribute(
        name="difficulty",
        label="Difficulty",
        noun="difficulty",
        verdicts={},
        better=None,
        bare="low",
        negated="low",
        wishes={"low": "not too hard", "high": "a challenge"},
        headings={"low": "Least demanding", "high": "Most demanding"},
        limits={"low": 2},
        value=lambda c: float(c.difficulty.rank) if c.difficulty and c.difficulty.rank else None,
        reason=m.difficulty_reason,
        must=lambda _, bound: f"difficulty level {bound:g} or lower",
    ),
    Attribute(
        name="entry_barrier",
        label="Entry",
        noun="entry barrier",
        verdicts={"": "entry"},
        better="low",
        bare="low",
        negated="low",
        wishes={"low": "easy to get into", "high": "a high entry barrier"},
        headings={"low": "Easiest to get into", "high": "Hardest to get into"},
        limits={"low": 0},
        value=lambda c: float(level_rank(c.entry_barrier.level)) if c.entry_barrier else None,
        reason=m.entry_reason,
        must=lambda _, bound: f"entry barrier {LEVELS[min(int(bound), len(LEVELS) - 1)]} or lower",
        phrases={
            "": Phrases(
                win="{winner} has the lower entry barrier ({pair}).",
                tie="Both have a {value} entry barrier.",
                choose="Want an easier way in (entry barrier {pair})",
            )
        },
    ),
    Attribute(
        name="remote",
        label="Remote",
        noun="remote work",
        verdicts={},
        better=None,
        bare="high",
        negated="low",
        wishes={"high": "remote work", "low": "on-site work"},
        headings={"high": "Remote-friendly", "low": "On-site"},
        limits={"high": 1, "low": 0},
        value=m.remote_value,
        reason=m.remote_reason,
        must=lambda want, _: "can be done from home" if want == "high" else "not remote",
    ),
    Attribute(
        name="coding",
        label="Coding",
        noun="coding",
        verdicts={},
        better=None,
        bare="high",
        negated="low",
        wishes={"high": "coding", "low": "no coding"},
        headings={"high": "With coding", "low": "Without coding"},
        limits={"high": 1, "low": 0},
        value=m.flag_value("coding"),
        reason=m.flag_reason("coding", "involves coding", "no coding"),
        must=lambda want, _: "coding" if want == "high" else "no coding",
    ),
)
BY_NAME: dict[AttributeName, Attribute] = {a.name: a for a in ATTRIBUTES}
NAMES: tuple[AttributeName, ...] = tuple(BY_NAME)
#: the attributes a comparison may call one side better on
RANKED: tuple[AttributeName, ...] = tuple(a.name for a in ATTRIBUTES if a.better is not None)


def measure_label(career: Career) -> str:
    """What a career's AI figure measures, as said in a sentence."""
    return risk_label(career.ai_risk)


def figure_name(attribute: Attribute, careers: Sequence[Career]) -> str:
    """The figure's name at the head of a line: the measure's own where all share one ("LLM
    task exposure", never "AI risk"), else the attribute's, its first letter raised."""
    measures = {attribute.measure(c) for c in careers if attribute.value(c) is not None}
    if len(measures) == 1 and (measure := measures.pop()) in RISK_MEASURE_LABELS:
        return RISK_MEASURE_LABELS[measure]
    return attribute.noun[:1].upper() + attribute.noun[1:]
