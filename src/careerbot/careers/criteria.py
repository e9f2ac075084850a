"""The eight attributes careers are compared and ranked on: the one table.

Each row says what the attribute is called on the card and in sentences, which side a
comparison calls better (none for difficulty, remote work and coding, which suit some
people and not others), the number it is compared and ranked on, which figures may be
measured against each other, and how a wish about it reads. Everything that needs the
attributes reads them here; ``Career`` holds their figures under the same names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

from careerbot.careers import measures as m
from careerbot.careers.formatting import money, risk_label, value_text
from careerbot.careers.model import Career, Direction, Figure, Level

AttributeName = Literal[
    "salary",
    "demand",
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
    #: in a comparison's verdict ("leads on median pay"), by measure ("" for any)
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

    def figure(self, career: Career) -> Figure | None:
        figure: Figure | None = getattr(career, self.name)
        return figure

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

    def phrasing(self, measure: str) -> Phrases | None:
        return self.phrases.get(measure) or self.phrases.get("")

    def verdict(self, measure: str) -> str:
        return self.verdicts.get(measure) or self.verdicts.get("", self.noun)


ATTRIBUTES: tuple[Attribute, ...] = (
    Attribute(
        name="salary",
        label="Salary",
        noun="pay",
        verdicts={m.MEDIAN: "median pay", m.RANGE: "salary ceiling"},
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
        label="Demand",
        noun="demand",
        verdicts={"": "demand"},
        better="high",
        bare="high",
        negated=None,
        wishes={"high": "high demand", "low": "low demand"},
        headings={"high": "Most in demand", "low": "Least in demand"},
        limits={"high": 7.0},
        value=lambda c: c.demand.score if c.demand else None,
        reason=m.demand_reason,
        must=lambda want, bound: f"demand {m.side(want)} {bound:g}/10",
        phrases={
            "": Phrases(
                win="{winner} scores higher on demand ({pair}).",
                tie="Both score {value} on demand.",
                choose="Want the higher-demand path ({pair})",
            )
        },
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
        value=m.months_to_learn,
        reason=m.learning_reason,
        must=lambda _, bound: f"learnable within {bound:g} months",
        checked=m.longest_months,
        compared=m.middle_months,
        tied=m.learning_tied,
        phrases={
            "": Phrases(
                win="{winner} is quicker to learn ({pair} for {loser}).",
                tie="Both take about as long to learn ({pair}).",
                choose="Want to be job-ready sooner ({pair})",
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
        verdicts={"": "entry barrier"},
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


#: the attribute a question about one figure asks for ("how much do they make": salary)
ASKED_FOR: dict[str, AttributeName] = {
    "pay": "salary",
    "demand": "demand",
    "exposure": "ai_risk",
    "learning": "learning_curve",
    "entry": "entry_barrier",
    "remote": "remote",
    "coding": "coding",
}
