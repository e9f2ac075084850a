"""The comparison card's grid: aligned rows that scan on a phone.

A row shows both figures and marks the better side exactly as the comparison decided: ★ on
the better one, = between tied ones, ≠ between figures of different sources or measures
(never ranked), nothing where neither side can be better.
"""

from __future__ import annotations

from careerbot.careers.comparison import AttributeComparison, Comparison, Unranked
from careerbot.careers.criteria import BY_NAME
from careerbot.careers.formatting import (
    NOT_PUBLISHED,
    column_names,
    experience_cell,
    experience_stage,
    money,
    value_text,
)
from careerbot.careers.model import Salary
from careerbot.render.document import pad

COLUMN_WIDTH = 13
BAR_WIDTH = 10
BETTER, TIE, APART = "★", "=", "≠"
MISSING = "—"
#: the row label of an AI figure, by what it measures
AI_LABELS = {
    "replacement_risk": "AI risk",
    "llm_exposure": "LLM exposure",
    "ai_applicability": "AI applic.",
}


def _cell(text: str) -> str:
    return MISSING if text == NOT_PUBLISHED else text


def salary_range_cell(salary: Salary | None) -> str:
    if salary is None or salary.low is None or salary.high is None:
        return ""
    return f"{money(salary.low)}–{money(salary.high).removeprefix('$')}"


def salary_bar(salary: Salary | None, low: int, high: int) -> str:
    """The range on a shared scale: "··━━━━━━··"; a median, where published, as "●"."""
    if salary is None or salary.low is None or salary.high is None or high <= low:
        return ""
    scale = (BAR_WIDTH - 1) / (high - low)
    start, end = round((salary.low - low) * scale), round((salary.high - low) * scale)
    cells = ["━" if start <= i <= end else "·" for i in range(BAR_WIDTH)]
    if salary.median is not None:
        cells[round((salary.median - low) * scale)] = "●"
    return "".join(cells)


def _mark(attr: AttributeComparison | None) -> tuple[str, str, str]:
    """Marks for (left, middle, right)."""
    if attr is None:
        return "", "  ", ""
    if attr.unranked in (Unranked.DIFFERENT_SOURCES, Unranked.DIFFERENT_MEASURES):
        return "", f"{APART} ", ""
    return (
        BETTER if attr.better == "a" else "",
        f"{TIE} " if attr.better == "tie" else "  ",
        BETTER if attr.better == "b" else "",
    )


class _Rows:
    def __init__(self, width: int) -> None:
        self.width = width
        self.lines: list[str] = []

    def add(self, label: str, left: str, right: str, attr: AttributeComparison | None) -> None:
        mark_a, middle, mark_b = _mark(attr)
        left_cell = pad(f"{left} {mark_a}".rstrip(), COLUMN_WIDTH)
        self.lines.append(f"{pad(label, self.width)}{left_cell}{middle}{right} {mark_b}".rstrip())


def _salary_rows(rows: _Rows, cmp: Comparison) -> None:
    attr = cmp.attributes["salary"]
    a, b = cmp.a.salary, cmp.b.salary
    if a is not None and b is not None and a.median is not None and b.median is not None:
        rows.add("Median pay", money(a.median), money(b.median), attr)
        rows.add("Pay range", salary_range_cell(a), salary_range_cell(b), None)
    else:
        cells = [
            money(s.median) + " med."
            if s and s.median is not None
            else salary_range_cell(s) or _cell(value_text(s))
            for s in (a, b)
        ]
        rows.add(BY_NAME["salary"].label, cells[0], cells[1], attr)
    ranged = [s for s in (a, b) if s and s.low is not None and s.high is not None]
    if len(ranged) == 2:
        low = min(s.low or 0 for s in ranged)
        high = max(s.high or 0 for s in ranged)
        bar_a, bar_b = salary_bar(a, low, high), salary_bar(b, low, high)
        rows.lines.append(pad("", rows.width) + pad(bar_a, COLUMN_WIDTH + 2) + bar_b)


def ai_label(cmp: Comparison) -> str:
    """Named for what it measures; the card's footnote begins with the same name."""
    measures = {r.measure for r in (cmp.a.ai_risk, cmp.b.ai_risk) if r}
    return AI_LABELS[measures.pop()] if len(measures) == 1 else "AI figure"


def comparison_grid(cmp: Comparison) -> tuple[str, ...]:
    width = max(len(ai_label(cmp)), len("Experience"), len("Median pay")) + 1
    rows = _Rows(width)
    head_a, head_b = column_names(cmp.a, cmp.b, width=COLUMN_WIDTH)
    rows.lines.append(pad("", width) + pad(head_a, COLUMN_WIDTH + 2) + head_b)
    for name, attr in cmp.attributes.items():
        if name == "salary":
            _salary_rows(rows, cmp)
            continue
        attribute = BY_NAME[name]
        measures = {attribute.measure(cmp.a), attribute.measure(cmp.b)}
        label = attribute.label_for(measures.pop()) if len(measures) == 1 else attribute.label
        if name == "ai_risk":
            label = ai_label(cmp)
        cells = [_cell(attribute.cell_text(c)) for c in (cmp.a, cmp.b)]
        rows.add(label, cells[0], cells[1], attr)
        if name == "learning_curve" and any(experience_stage(c) for c in (cmp.a, cmp.b)):
            rows.add("Experience", experience_cell(cmp.a), experience_cell(cmp.b), None)
    return tuple(line.rstrip() for line in rows.lines)
