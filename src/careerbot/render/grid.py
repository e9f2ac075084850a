"""The comparison card's grid: aligned rows that scan on a phone, 36 columns at most (what
Telegram shows of a monospaced block on a phone without wrapping).

A row shows both figures and marks the better side exactly as the comparison decided: ★ on
the better one, = between tied ones, ≠ between figures of different sources or measures
(never ranked), nothing where neither side can be better. The rows are data
(``glance_rows``), the same for ``careerbot compare --json`` and the interactive tool; the
grid shows them in a phone's room, the pay range and its bars beneath the card's "More".
"""

from __future__ import annotations

from dataclasses import dataclass

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
from careerbot.render.document import pad, width
from careerbot.render.notes import APART, BETTER, MISSING, TIE

#: a phone's monospaced line, and the grid's parts: label, first column (its ★ included),
#: the mark between (= or ≠), second column
PHONE_COLUMNS = 36
LABEL_WIDTH = 10
COLUMN_WIDTH = 12
MARK_WIDTH = 2
SECOND_WIDTH = PHONE_COLUMNS - LABEL_WIDTH - COLUMN_WIDTH - MARK_WIDTH
#: the room for each column's heading (the first leaves a space before the second)
COLUMN_NAME_WIDTHS = (COLUMN_WIDTH + MARK_WIDTH - 1, SECOND_WIDTH)
BAR_WIDTH = 10
#: row labels in a phone's room (nine characters); the rows' data keep their full labels
PHONE_LABELS = {
    "Median pay": "Med. pay",
    "LLM exposure": "LLM tasks",
    "AI applic.": "AI applic",
    "Experience": "Prior exp",
    "Difficulty": "Level",
}
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


@dataclass(frozen=True, slots=True)
class GlanceRow:
    """One row of the card's grid as data: what ``careerbot compare --json`` and the
    interactive tool show, cell for cell."""

    #: the attribute the row shows ("salary" for both pay rows, "learning_curve" for the
    #: experience a career asks for before entry)
    attribute: str
    label: str
    a: str
    b: str
    #: the card's mark: "a" or "b" (★ on that side), "tie" (=), "apart" (≠: different
    #: sources or measures, not ranked) or "" (neither side is better)
    mark: str = ""


def _mark_of(attr: AttributeComparison | None) -> str:
    if attr is None:
        return ""
    if attr.unranked in (Unranked.DIFFERENT_SOURCES, Unranked.DIFFERENT_MEASURES):
        return "apart"
    return attr.better or ""


def _marks(mark: str) -> tuple[str, str, str]:
    """Marks for (left, middle, right)."""
    return (
        BETTER if mark == "a" else "",
        f"{APART} " if mark == "apart" else f"{TIE} " if mark == "tie" else "  ",
        BETTER if mark == "b" else "",
    )


def _phone_cell(row: GlanceRow, text: str) -> str:
    # "Level 4/5" under the label "Level" says its level once
    return text.removeprefix("Level ") if row.attribute == "difficulty" else text


def _line(row: GlanceRow) -> str:
    mark_a, middle, mark_b = _marks(row.mark)
    label = PHONE_LABELS.get(row.label, row.label)
    left_cell = pad(f"{_phone_cell(row, row.a)} {mark_a}".rstrip(), COLUMN_WIDTH)
    right_cell = f"{_phone_cell(row, row.b)} {mark_b}".rstrip()
    return f"{pad(label, LABEL_WIDTH)}{left_cell}{middle}{right_cell}"


def _salary_rows(cmp: Comparison) -> list[GlanceRow]:
    mark = _mark_of(cmp.attributes["salary"])
    a, b = cmp.a.salary, cmp.b.salary
    if a is not None and b is not None and a.median is not None and b.median is not None:
        return [
            GlanceRow("salary", "Median pay", money(a.median), money(b.median), mark),
            GlanceRow("salary", "Pay range", salary_range_cell(a), salary_range_cell(b)),
        ]
    cells = [
        money(s.median) + " med."
        if s and s.median is not None
        else salary_range_cell(s) or _cell(value_text(s))
        for s in (a, b)
    ]
    return [GlanceRow("salary", BY_NAME["salary"].label, cells[0], cells[1], mark)]


def _salary_bars(cmp: Comparison) -> tuple[str, str] | None:
    a, b = cmp.a.salary, cmp.b.salary
    ranged = [s for s in (a, b) if s and s.low is not None and s.high is not None]
    if len(ranged) != 2:
        return None
    low = min(s.low or 0 for s in ranged)
    high = max(s.high or 0 for s in ranged)
    return salary_bar(a, low, high), salary_bar(b, low, high)


def ai_label(cmp: Comparison) -> str:
    """Named for what it measures; the card's footnote begins with the same name."""
    measures = {r.measure for r in (cmp.a.ai_risk, cmp.b.ai_risk) if r}
    return AI_LABELS[measures.pop()] if len(measures) == 1 else "AI figure"


def glance_rows(cmp: Comparison) -> tuple[GlanceRow, ...]:
    rows: list[GlanceRow] = []
    for name, attr in cmp.attributes.items():
        if name == "salary":
            rows += _salary_rows(cmp)
            continue
        attribute = BY_NAME[name]
        measures = {attribute.measure(cmp.a), attribute.measure(cmp.b)}
        label = attribute.label_for(measures.pop()) if len(measures) == 1 else attribute.label
        if name == "ai_risk":
            label = ai_label(cmp)
        cells = _cell(attribute.cell_text(cmp.a)), _cell(attribute.cell_text(cmp.b))
        rows.append(GlanceRow(name, label, *cells, _mark_of(attr)))
        if name == "learning_curve" and any(experience_stage(c) for c in (cmp.a, cmp.b)):
            cells = experience_cell(cmp.a), experience_cell(cmp.b)
            rows.append(GlanceRow(name, "Experience", *cells))
    return tuple(rows)


#: rows a phone's card leaves to "More" where it has no room: the figures in full say them
SPARED = frozenset({"Pay range", "Experience"})


def comparison_grid(cmp: Comparison, spare: bool = False) -> tuple[str, ...]:
    """The card's grid: a heading for each column, then a row for each figure; the pay
    range is left to "More" (``pay_lines``) where the median is shown, and with ``spare``
    the experience asked before entry too."""
    head_a, head_b = column_names(cmp.a, cmp.b, COLUMN_NAME_WIDTHS)
    lines = [pad("", LABEL_WIDTH) + pad(head_a, COLUMN_WIDTH + MARK_WIDTH) + head_b]
    left = SPARED if spare else {"Pay range"}
    lines += [_line(row) for row in glance_rows(cmp) if row.label not in left]
    return tuple(line.rstrip() for line in lines)


def pay_lines(cmp: Comparison) -> tuple[str, ...]:
    """Each career's pay range on one shared scale, its median "●" where published."""
    bars = _salary_bars(cmp)
    if bars is None:
        return ()
    name_a, name_b = column_names(cmp.a, cmp.b, (LABEL_WIDTH + 3, LABEL_WIDTH + 3))
    room = max(width(name_a), width(name_b)) + 1
    cells = salary_range_cell(cmp.a.salary), salary_range_cell(cmp.b.salary)
    return tuple(
        f"{pad(name, room)}{pad(cell, COLUMN_WIDTH - 1)}{bar}".rstrip()
        for name, cell, bar in zip((name_a, name_b), cells, bars, strict=True)
    )
