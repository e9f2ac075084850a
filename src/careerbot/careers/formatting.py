"""Figures as people read them. Anything absent reads "not published", never 0."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

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
    Stage,
)

NOT_PUBLISHED = "not published"


def thousands(value: float) -> int:
    """Dollars to the nearest thousand, half up: what the card shows."""
    return int(value / 1000 + 0.5)


def money(value: float | None, short: bool = True) -> str:
    """ "$98k": to the nearest thousand wherever a figure is shown, so the grid and the
    sentences round alike (and a tie is judged on what they show)."""
    if value is None:
        return "?"
    if short:
        return f"${thousands(value)}k"
    return f"${round(value):,}"


def growth_text(value: float) -> str:
    """One decimal, as BLS publishes it: "+4.9%", "-21.1%", "0.0%"."""
    return "0.0%" if round(value, 1) == 0 else f"{value:+.1f}%"


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
    """ "8 months" where a source gives months; for a time built from credentials, its
    label ("about 4 years", "3–5 years") or, in a grid cell, the same made short."""
    low, high = curve.months, curve.months_max
    if low is None:
        return curve.label or NOT_PUBLISHED
    if curve.label is None:
        unit = "mo" if short else "months"
        return f"{low}–{high} {unit}" if high and high != low else f"{low} {unit}"
    if not short:
        return curve.label
    if curve.label.endswith("+ years"):
        return f"{round(low / 12)}+ yr"
    top = high if high is not None else low
    if top <= 1:
        return "<1 mo"
    if top <= 12:
        return f"{max(low, 1)}–{top} mo" if top != low else f"{top} mo"
    if curve.label.startswith("about "):
        return "~" + curve.label.removeprefix("about ").replace(" years", " yr").replace(
            " year", " yr"
        )
    years_high = round(top / 12)
    return f"{round(low / 12)}–{years_high} yr" if low >= 12 else f"{low} mo–{years_high} yr"


def experience_stage(career: Career) -> Stage | None:
    """The related work experience a career asks for before entry, if any."""
    curve = career.learning_curve
    if curve is None:
        return None
    return next((s for s in curve.stages if s.kind == "experience" and s.months_max != 0), None)


def hired_when(career: Career) -> str | None:
    """When work can begin, where some of the time to learn is training in the job: BLS EP's
    training categories (on-the-job training, an apprenticeship, a residency) are training
    *in* the occupation, paid, so only the education before them stands before a hire."""
    curve = career.learning_curve
    if curve is None:
        return None
    if not any(s.kind == "training" and (s.months_max or 1) > 0 for s in curve.stages):
        return None
    education = next((s for s in curve.stages if s.kind == "education"), None)
    if education is not None and education.months_max != 0:
        return f"hired after {education.text}"
    if education is not None and education.category.startswith("High school"):
        return "hired with no schooling past high school"
    return "hired with no credential"


def experience_cell(career: Career) -> str:
    """ "1–4 yr", "≥1 yr", "none"; "—" where the source publishes no stages."""
    curve, stage = career.learning_curve, experience_stage(career)
    if stage is None:
        return "none" if curve and curve.stages else "—"
    low, high = stage.months, stage.months_max
    if high is None:
        return f"≥{_short_span(low)}"
    return _short_span(low, high)


def _short_span(low: int, high: int | None = None) -> str:
    if high is None or high == low:
        return f"{low // 12} yr" if low % 12 == 0 else f"{low} mo"
    if high <= 12:
        return f"{low}–{high} mo"
    return f"{low // 12}–{high // 12} yr" if low % 12 == 0 else f"{low} mo–{high // 12} yr"


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
        case Demand(growth_pct=growth) if growth is not None:
            return growth_text(growth)
        case Demand(score=score) if score is not None:
            return f"{score:.1f}/10"
        case AiRisk(percent=percent) if percent is not None:
            return f"{percent:g}%"
        case LearningCurve():
            return months(figure, short)
        case Difficulty(level=level, rank=rank):
            return level if len(level) <= 12 or rank is None or not short else f"Level {rank}/5"
        case EntryBarrier(level=level):
            return level
        case Flag(value=value, partly=partly):
            return "✅" if value else "◐" if partly else "❌"
    return NOT_PUBLISHED


def yes_no(figure: Figure | None) -> str:
    if isinstance(figure, Flag):
        return "yes" if figure.value else "no"
    return NOT_PUBLISHED


#: short names for careers whose title shortens badly, by full title (``short_names.toml``)
SHORT_NAMES = Path(__file__).with_name("short_names.toml")


@cache
def named_short() -> dict[str, str]:
    names: dict[str, str] = tomllib.loads(SHORT_NAMES.read_text(encoding="utf-8"))["names"]
    return names


def short_title(career: Career) -> str:
    """The name a career goes by where room is short: the table's, where its title shortens
    badly ("Heating, Air Conditioning, and Refrigeration Mechanics and Installers" is "HVAC
    Mechanics", not "Heating"); else the title cut at a whole phrase, its first: "Plumbers,
    Pipefitters, and Steamfitters" is "Plumbers". A leading "AI" goes where the title says
    AI again ("AI On-Device AI Engineer" is "On-Device AI Engineer")."""
    if (named := named_short().get(career.title)) is not None:
        return named
    words = career.title.split(", ")[0].split()
    if len(words) > 1 and words[0] == "AI" and "AI" in words[1:]:
        words = words[1:]
    return " ".join(words)


def short_names(a: Career, b: Career) -> tuple[str, str]:
    """The two careers as prose names them: each one's short name; the full titles where
    those would read the same."""
    first, second = short_title(a), short_title(b)
    return (first, second) if first.casefold() != second.casefold() else (a.title, b.title)


def _fitted(words: list[str], width: int, from_end: bool) -> str:
    """The most whole words that fit, from the start or from the end; "" if none does."""
    kept: list[str] = []
    for word in reversed(words) if from_end else words:
        if len(" ".join([*kept, word])) > width:
            break
        kept.append(word)
    return " ".join(reversed(kept) if from_end else kept)


def column_name(words: list[str], others: list[str], width: int) -> str:
    """One column's heading: the short name if it fits; else the words that tell it from the
    other ("Multimodal" beside "Model Routing"); else the noun its name ends on ("Nurses" for
    "Registered Nurses"); cut with an ellipsis only when no whole word fits."""
    full = " ".join(words)
    if len(full) <= width:
        return full
    common = {w.casefold() for w in words} & {w.casefold() for w in others}
    common |= {"ai"} if len(words) > 1 and len(others) > 1 else set()
    kept = [w for w in words if w.casefold() not in common] or words
    if len(" ".join(kept)) <= width:
        return " ".join(kept)
    # beside a name it shares words with, what differs leads ("Multimodal Systems"); else
    # the noun the name ends on says what the career is ("Supervisors", "Nurses")
    if kept == words and "and" in words:
        # "Accountants and Auditors": the first of the workers it names, where it fits
        head = " ".join(words[: words.index("and")])
        if head and len(head) <= width:
            return head
    found = _fitted(kept, width, from_end=kept == words)
    # never a heading led or left hanging by a joining word ("and Pruners", "Marriage and")
    found = re.sub(r"^(?:and|or|of|&)\s+|\s+(?:and|or|of|&)$", "", found)
    return found or full[: width - 1].rstrip() + "…"


def column_names(a: Career, b: Career, widths: tuple[int, int]) -> tuple[str, str]:
    """The grid's column headings, ``widths`` columns at most; "A" and "B" where the two
    would read the same."""
    words_a, words_b = short_title(a).split(), short_title(b).split()
    first = column_name(words_a, words_b, widths[0])
    second = column_name(words_b, words_a, widths[1])
    return (first, second) if first.casefold() != second.casefold() else ("A", "B")


def joined(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


#: a verb said of one, as said of many
PLURAL_VERBS = {
    "pays": "pay",
    "has": "have",
    "is": "are",
    "was": "were",
    "leads": "lead",
    "comes": "come",
    "needs": "need",
    "involves": "involve",
    "takes": "take",
    "grows": "grow",
}


def agreeing(sentence: str, subject: str) -> str:
    """``sentence`` with the verb after ``subject`` agreeing with it: occupations are named
    in the plural ("Pharmacists pay more", "Police Officers have more"), the pages' careers
    in the singular ("AI Middleware Engineer pays more")."""
    if not subject.endswith("s") or subject.endswith(("ss", "us")):
        return sentence
    at = sentence.find(f"{subject} ")
    if at < 0:
        return sentence
    start = at + len(subject) + 1
    verb, _, rest = sentence[start:].partition(" ")
    if verb not in PLURAL_VERBS:
        return sentence
    return f"{sentence[:start]}{PLURAL_VERBS[verb]} {rest}".rstrip()
