"""Figures as people read them. Anything absent reads "not published", never 0."""

from __future__ import annotations

from careerbot.careers.model import (
    RISK_MEASURE_LABELS,
    AiRisk,
    Career,
    Demand,
    Difficulty,
    EntryBarrier,
    Figure,
    Flag,
    LearningCurve,
    Salary,
)

NOT_PUBLISHED = "not published"


def money(value: int | None, short: bool = True) -> str:
    if value is None:
        return "?"
    if short:
        return (
            f"${value / 1000:.0f}k"
            if value % 1000 < 500 or value >= 100_000
            else f"${value / 1000:.1f}k"
        )
    return f"${value:,}"


def salary_range(salary: Salary | None, short: bool = True) -> str:
    """The published range; with one end published, that end said as what it is (never
    "?"), and with no range, the median where there is one."""
    if salary is None:
        return NOT_PUBLISHED
    low, high, median = salary.low, salary.high, salary.median
    if low is not None and high is not None:
        return f"{money(low, short)}–{money(high, short)}"
    if low is not None:
        return f"from {money(low, short)}"
    if high is not None:
        return f"up to {money(high, short)}"
    if median is not None:
        return f"{money(median, short)} median"
    return NOT_PUBLISHED


def months(curve: LearningCurve, short: bool = True) -> str:
    unit = "mo" if short else "months"
    if curve.months is None:
        return curve.label or NOT_PUBLISHED
    if curve.months_max and curve.months_max != curve.months:
        return f"{curve.months}–{curve.months_max} {unit}"
    return f"{curve.months} {unit}"


def risk_label(risk: AiRisk | None) -> str:
    return RISK_MEASURE_LABELS[risk.measure] if risk else "AI risk"


def value_text(figure: Figure | None, short: bool = True) -> str:
    """One figure as a cell ("$135k–$210k", "9.0/10", "15%", "8 mo", "✅"); ``short=False``
    spells units out for prose."""
    match figure:
        case None:
            return NOT_PUBLISHED
        case Salary():
            return salary_range(figure, short)
        case Demand(score=score) if score is not None:
            return f"{score:.1f}/10"
        case Demand(growth_pct=growth) if growth is not None:
            return f"{growth:+.1f}%"
        case AiRisk(percent=percent) if percent is not None:
            return f"{percent:g}%"
        case LearningCurve():
            return months(figure, short)
        case Difficulty(level=level, rank=rank):
            return level if len(level) <= 12 or rank is None or not short else f"Level {rank}/5"
        case EntryBarrier(level=level):
            return level
        case Flag(value=value):
            return "✅" if value else "❌"
    return NOT_PUBLISHED


def yes_no(figure: Figure | None) -> str:
    if isinstance(figure, Flag):
        return "yes" if figure.value else "no"
    return NOT_PUBLISHED


def short_names(a: Career, b: Career, width: int = 28) -> tuple[str, str]:
    """The words that tell the two titles apart ("Model Routing", "Multimodal"), for column
    headings (narrow) and prose (up to 28 characters)."""
    words_a, words_b = a.title.split(), b.title.split()
    common = {w.casefold() for w in words_a} & {w.casefold() for w in words_b}
    common |= {"ai"} if len(words_a) > 1 and len(words_b) > 1 else set()

    def distinct(words: list[str]) -> str:
        kept = [w for w in words if w.casefold() not in common] or words
        text = ""
        for word in kept:
            candidate = f"{text} {word}".strip()
            if len(candidate) > width:
                break
            text = candidate
        if len(text) < 8 and len(kept) > 1:  # "Data" alone says too little
            full = " ".join(kept)
            return full if len(full) <= width else full[: width - 1] + "…"
        return text or kept[0][: width - 1] + "…"

    first, second = distinct(words_a), distinct(words_b)
    return (first, second) if first != second else ("A", "B")


def joined(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
