"""The numbers each attribute is compared and ranked on, and the words a figure is given
as a reason; the rows of ``careers.criteria`` point here."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from careerbot.careers.formatting import (
    NOT_PUBLISHED,
    experience_stage,
    money,
    months,
    salary_range,
    thousands,
)
from careerbot.careers.model import RISK_MEASURE_LABELS, Career, Direction

#: the source of a pay they said they earn ("i make around 70k"): theirs, no survey's
SAID_PAY = "said-by-them"


def earning(career: Career, paid: int) -> Career:
    """The job as they do it: paid what they said (its moves' pay changes start there)."""
    salary = career.salary
    if salary is None:
        return career
    said = salary.model_copy(update={"median": paid, "source": SAID_PAY})
    return career.model_copy(update={"salary": said})


def typical_pay(career: Career) -> float | None:
    """The median where published, else the middle of the published range. A ceiling
    would crown the 90th percentile of a field most of whose people earn far less."""
    salary = career.salary
    if salary is None:
        return None
    if salary.median is not None:
        return float(salary.median)
    if salary.low is not None and salary.high is not None:
        return (salary.low + salary.high) / 2
    return None


#: salary measures: a published median (labour statistics) or only a range (the pages)
MEDIAN, RANGE = "median", "range"
#: a pay gap under this share of the higher figure is a tie
PAY_TIE_SHARE = 0.02
#: learning times given as ranges tie when their middles are at most this far apart
#: (months): "3–5 years" is not quicker than "about 4 years" (docs/catalog-build.md)
LEARNING_TIE_MONTHS = 6
#: ... and at most this share of the longer one's middle apart
LEARNING_TIE_SHARE = 0.5


def pay_measure(career: Career) -> str:
    salary = career.salary
    if salary is None:
        return ""
    return MEDIAN if salary.median is not None else RANGE if salary.high is not None else ""


def compared_pay(career: Career) -> float | None:
    """Typical pay decides: the median where published. Where a source gives only a range
    (the AI career pages), its ceiling, as those pages compare their careers."""
    salary = career.salary
    if salary is None:
        return None
    figure = salary.median if salary.median is not None else salary.high
    return float(figure) if figure is not None else None


def pay_tied(a: Career, b: Career) -> bool:
    """Within 2%, or the same once rounded as shown ($1k): no ★ the card cannot show."""
    pay_a, pay_b = compared_pay(a), compared_pay(b)
    if pay_a is None or pay_b is None:
        return pay_a == pay_b
    return pays_level(pay_a, pay_b)


def pays_level(first: float, second: float) -> bool:
    """Two pay figures the card calls level: a gap under 2% of the higher, or the same once
    rounded to $1k as shown."""
    close = abs(first - second) < PAY_TIE_SHARE * max(first, second)
    return close or thousands(first) == thousands(second)


def middle_months(career: Career) -> float | None:
    """The middle of a learning time given as a range; the figure itself otherwise."""
    curve = career.learning_curve
    if curve is None or curve.months is None:
        return None
    return (curve.months + (curve.months_max if curve.months_max is not None else curve.months)) / 2


def learning_tied(a: Career, b: Career) -> bool:
    middle_a, middle_b = middle_months(a), middle_months(b)
    if middle_a is None or middle_b is None:
        return middle_a == middle_b
    ranged = any(c.learning_curve and c.learning_curve.months_max for c in (a, b))
    said_alike = (
        a.learning_curve
        and b.learning_curve
        and a.learning_curve.label
        and (a.learning_curve.label == b.learning_curve.label)
    )
    if ranged:
        gap = abs(middle_a - middle_b)
        # short ways in are told apart by how many times longer one is: under a month and
        # 3–6 months are no tie, though their middles are four months apart
        return bool(said_alike) or (
            gap <= LEARNING_TIE_MONTHS and gap <= LEARNING_TIE_SHARE * max(middle_a, middle_b)
        )
    return middle_a == middle_b


def longest_months(career: Career) -> float | None:
    """A must-have is held to the longest the learning may take, with the related
    experience asked before entry: "learnable within a year" is a job a newcomer can be
    doing within a year, not a supervisor's post after 1–4 years' work."""
    curve = career.learning_curve
    longest = (
        (curve.months_max if curve.months_max is not None else curve.months) if curve else None
    )
    if longest is None:
        return None
    stage = experience_stage(career)
    before = (stage.months_max if stage.months_max is not None else stage.months) if stage else 0
    return float(longest + before)


def remote_value(career: Career) -> float | None:
    """Yes 1, partly ½ (Dingel & Neiman's classifications disagree), no 0."""
    flag = career.remote
    if flag is None:
        return None
    return 1.0 if flag.value else 0.5 if flag.partly else 0.0


def remote_reason(career: Career) -> str:
    flag = career.remote
    if flag is None:
        return f"remote work {NOT_PUBLISHED}"
    if flag.partly:
        return "remote work: partly (the sources disagree)"
    return "can be done from home" if flag.value else "not done from home"


def flag_value(name: Literal["remote", "coding"]) -> Callable[[Career], float | None]:
    def value(career: Career) -> float | None:
        flag = getattr(career, name)
        return float(flag.value) if flag is not None else None

    return value


def side(want: Direction) -> str:
    return "at least" if want == "high" else "at most"


#: what the catalog build notes where OEWS publishes an hourly wage and no annual one
_HOURLY_ONLY = re.compile(r"publishes hourly wages only; median (\$[\d.,]+)/hour")


def pay_reason(career: Career) -> str:
    salary, pay = career.salary, typical_pay(career)
    if salary is None or pay is None:
        # musicians, actors: paid by the hour or the engagement, seldom a full year's work
        hourly = _HOURLY_ONLY.search(career.source_note or "")
        if hourly is not None:
            return (
                f"a year's pay {NOT_PUBLISHED}: OEWS publishes an hourly median only, "
                f"{hourly.group(1)} an hour (the work is seldom full-time all year)"
            )
        return f"pay {NOT_PUBLISHED}"
    if salary.median is not None:
        return f"median {money(int(pay))} (10th–90th percentile {salary_range(salary)})"
    return f"{salary_range(salary)} (midpoint {money(int(pay))})"


def ai_reason(career: Career) -> str:
    risk = career.ai_risk
    if risk is None or risk.percent is None:
        return f"AI figure {NOT_PUBLISHED}"
    return f"{RISK_MEASURE_LABELS[risk.measure]} {risk.percent:g}%"


def learning_reason(career: Career) -> str:
    """The time to learn; with the related experience asked first, which it does not count
    ("learn in under a month, after 1–4 years' experience in a related job")."""
    curve = career.learning_curve
    if curve is None:
        return f"time to learn {NOT_PUBLISHED}"
    said = f"learn in {months(curve, short=False)}"
    stage = experience_stage(career)
    return f"{said}, after {stage.text}" if stage is not None else said


def entry_reason(career: Career) -> str:
    barrier = career.entry_barrier
    if barrier is None:
        return f"entry barrier {NOT_PUBLISHED}"
    why = f" ({', '.join(barrier.reasons)})" if barrier.reasons else ""
    return f"{barrier.level.lower()} entry barrier{why}"


#: BLS's typical work experience in a related occupation, as said after the schooling
_EXPERIENCE = {
    "Less than 5 years": "under 5 years' experience in a related job",
    "5 years or more": "5 years' or more experience in a related job",
}


#: a reason that names schooling of its own ("a bachelor's degree", "an apprenticeship")
_SCHOOLING = re.compile(
    r"degree|diploma|certificate|apprenticeship|associate|bachelor|master|doctor|program|"
    r"school|pharmd|\bjd\b|\bmd\b"
)


def entry_said(career: Career) -> str:
    """What getting in takes, in words: the credentials a barrier's level rests on, else
    BLS's typical entry education; with the related work experience BLS expects."""
    barrier = career.entry_barrier
    if barrier is None:
        return f"entry {NOT_PUBLISHED}"
    education, _, experience = (barrier.raw or "").partition("; ")
    reasons = list(barrier.reasons)
    if education and not any(_SCHOOLING.search(r) for r in reasons):  # the schooling first
        reasons.insert(0, education.lower())
    said = ", ".join(reasons) or barrier.level
    if (later := _EXPERIENCE.get(experience)) and "experience" not in said:
        said += f", and {later}"
    return said


def difficulty_reason(career: Career) -> str:
    difficulty = career.difficulty
    return f"difficulty: {difficulty.level}" if difficulty else f"difficulty {NOT_PUBLISHED}"


def flag_reason(name: Literal["remote", "coding"], yes: str, no: str) -> Callable[[Career], str]:
    def reason(career: Career) -> str:
        flag = getattr(career, name)
        if flag is None:
            return f"{name.replace('remote', 'remote work')} {NOT_PUBLISHED}"
        return yes if flag.value else no

    return reason


#: the share of an occupation's workers who are self-employed (BLS Projections, 2024) from
#: which its OEWS pay, of employees only, is not what most of its workers earn
MOSTLY_SELF_EMPLOYED = 50.0


def mostly_self_employed(career: Career) -> bool:
    """Most of its workers are their own employers (farmers, barbers, photographers)."""
    share = career.demand.self_employed_pct if career.demand else None
    return share is not None and share >= MOSTLY_SELF_EMPLOYED
