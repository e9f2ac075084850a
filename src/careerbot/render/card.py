"""The "at a glance" comparison card: aligned rows that scan on a phone."""

from __future__ import annotations

from collections.abc import Mapping

from careerbot.careers.advice import Advice
from careerbot.careers.comparison import Comparison
from careerbot.careers.criteria import BY_NAME
from careerbot.careers.formatting import NOT_PUBLISHED, short_names, value_text
from careerbot.careers.model import RISK_MEASURE_LABELS, Salary, Source
from careerbot.careers.skills import Transition, unrated_note
from careerbot.render.document import Block, Bullets, Document, Grid, Heading, Para, pad
from careerbot.render.sources import source_line

LABEL_WIDTH = 11
COLUMN_WIDTH = 13
BAR_WIDTH = 10
BETTER, TIE = "★", "="
MISSING = "—"


def _cell(text: str) -> str:
    return MISSING if text == NOT_PUBLISHED else text


def _salary_cell(salary: Salary | None) -> str:
    if salary is None or salary.low is None or salary.high is None:
        return _cell(value_text(salary))
    return f"${salary.low // 1000}k–{salary.high // 1000}k"


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


def _row(label: str, left: str, right: str, better: str | None) -> str:
    mark_a = BETTER if better == "a" else ""
    mark_b = BETTER if better == "b" else ""
    left_cell = pad(f"{left} {mark_a}".rstrip(), COLUMN_WIDTH)
    middle = f"{TIE} " if better == "tie" else "  "
    return f"{pad(label, LABEL_WIDTH)}{left_cell}{middle}{f'{right} {mark_b}'.rstrip()}"


def comparison_grid(cmp: Comparison) -> tuple[str, ...]:
    head_a, head_b = short_names(cmp.a, cmp.b, width=COLUMN_WIDTH)
    lines = [pad("", LABEL_WIDTH) + pad(head_a, COLUMN_WIDTH + 2) + head_b]
    for name, attr in cmp.attributes.items():
        label = BY_NAME[name].label + ("¹" if name == "ai_risk" else "")
        if name == "salary":
            left, right = _salary_cell(cmp.a.salary), _salary_cell(cmp.b.salary)
        else:
            left, right = _cell(value_text(attr.a)), _cell(value_text(attr.b))
        lines.append(_row(label, left, right, attr.better))
        if name == "salary":
            lines.extend(_bars(cmp))
    return tuple(line.rstrip() for line in lines)


def _bars(cmp: Comparison) -> list[str]:
    ranges = [s for s in (cmp.a.salary, cmp.b.salary) if s and s.low is not None and s.high]
    if len(ranges) < 2:
        return []
    low = min(s.low or 0 for s in ranges)
    high = max(s.high or 0 for s in ranges)
    bar_a, bar_b = salary_bar(cmp.a.salary, low, high), salary_bar(cmp.b.salary, low, high)
    return [pad("", LABEL_WIDTH) + pad(bar_a, COLUMN_WIDTH + 2) + bar_b]


def risk_footnote(cmp: Comparison) -> str:
    a, b = cmp.a.ai_risk, cmp.b.ai_risk
    measures = {r.measure for r in (a, b) if r}
    if not measures:
        return "¹ AI risk: not published for either."
    if len(measures) == 2:
        return (
            "¹ Different measures, so no side is marked: "
            f"{cmp.a.title}: {RISK_MEASURE_LABELS[a.measure] if a else NOT_PUBLISHED}; "
            f"{cmp.b.title}: {RISK_MEASURE_LABELS[b.measure] if b else NOT_PUBLISHED}."
        )
    return "¹ " + MEASURE_NOTES[measures.pop()]


MEASURE_NOTES = {
    "replacement_risk": "AI replacement risk as the source rates it; "
    "a rating, not a measured probability.",
    "llm_exposure": "LLM exposure: share of tasks LLMs could speed up (Eloundou et al.). "
    "Exposure is not replacement.",
    "ai_applicability": "AI applicability: how much of the work AI assistance touches "
    "(Tomlinson et al.). Applicability is not replacement.",
}


def skills_line(cmp: Comparison) -> str:
    s = cmp.skills
    total = len(s.a_only) + len(s.b_only) + len(s.shared)
    if s.similarity_pct is not None:
        return f"{s.similarity_pct:g}% skills similarity · {s.transition.value} switch"
    if s.transition is Transition.NOT_ESTIMATED:
        return f"{len(s.shared)} of {total} listed skills in common · {unrated_note(cmp.a, cmp.b)}"
    return f"{len(s.shared)} of {total} skills in common · {s.transition.value} switch"


def render_card(
    cmp: Comparison, advice: Advice, sources: Mapping[str, Source], *, detailed: bool = True
) -> Document:
    short_a, short_b = short_names(cmp.a, cmp.b)
    blocks: list[Block] = [
        Heading(f"{cmp.a.title} vs {cmp.b.title}"),
        Grid(comparison_grid(cmp)),
        Para(skills_line(cmp), bold_prefix="🧩"),
        Para(advice.verdict, bold_prefix="⚖️"),
    ]
    if advice.choose_a:
        blocks.append(Bullets(f"Choose {short_a} if you…", advice.choose_a[:4]))
    if advice.choose_b:
        blocks.append(Bullets(f"Choose {short_b} if you…", advice.choose_b[:4]))
    if advice.both:
        blocks.append(Para(" · ".join(advice.both), bold_prefix="Both:"))
    if detailed:
        blocks.append(Para(advice.conclusion, bold_prefix="Conclusion:"))
    legend = f"{BETTER} better · {TIE} tied · {MISSING} not published"
    blocks.append(
        Para(f"{risk_footnote(cmp)}\n{legend}\n{source_line(sources, cmp.a, cmp.b)}", italic=True)
    )
    return Document(tuple(blocks))
