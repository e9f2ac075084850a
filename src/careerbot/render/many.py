"""Three or four careers side by side: a column each, narrow enough for a phone (Telegram
shows about 36 columns of a monospaced block), the figures of the two-career card, the best
marked only where a figure is better and the sources and measures agree, then one line of
verdict. Each career is lettered; the legend names it in full."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from careerbot.careers.demand import GROWTH_TIE_POINTS, growth
from careerbot.careers.formatting import joined, months, short_title, thousands
from careerbot.careers.measures import PAY_TIE_SHARE, middle_months, typical_pay
from careerbot.careers.model import Career, Source
from careerbot.render.document import Block, Document, Grid, Heading, Para, pad
from careerbot.render.notes import wider_line_notes
from careerbot.render.sources import source_line

LETTERS = "ABCD"
LABEL = 9
CELL = 7
BEST = "*"
MISSING = "—"
Value = Callable[[Career], float | None]


def _pay(career: Career) -> str:
    salary = career.salary
    if salary is None:
        return MISSING
    if salary.median is not None:
        return f"${thousands(salary.median)}k"
    return f"~${thousands(pay)}k" if (pay := typical_pay(career)) is not None else MISSING


def _growth(career: Career) -> str:
    demand = career.demand
    if demand is None or demand.growth_pct is None:
        return MISSING
    # under one point either way is said to the tenth: never "-0%"
    return (
        f"{demand.growth_pct:+.1f}%" if abs(demand.growth_pct) < 1 else f"{demand.growth_pct:+.0f}%"
    )


def _openings(career: Career) -> str:
    demand = career.demand
    if demand is None or demand.annual_openings is None:
        return MISSING
    count = demand.annual_openings
    return f"{count / 1000:.0f}k" if count >= 1000 else ("<1k" if count else "<50")


def _exposure(career: Career) -> str:
    risk = career.ai_risk
    return f"{risk.percent:.0f}%" if risk and risk.percent is not None else MISSING


def _learning(career: Career) -> str:
    curve = career.learning_curve
    return months(curve).replace(" yr", "y").replace(" mo", "m") if curve else MISSING


def _entry(career: Career) -> str:
    barrier = career.entry_barrier
    return {"Low": "Low", "Medium": "Med", "High": "High"}[barrier.level] if barrier else MISSING


def _flag(name: str) -> Callable[[Career], str]:
    def cell(career: Career) -> str:
        flag = getattr(career, name)
        if flag is None:
            return MISSING
        # (the two-career card's ◐: Dingel & Neiman's classifications disagree)
        return "yes" if flag.value else "partly" if flag.partly else "no"

    return cell


def _growth_value(career: Career) -> float | None:
    value = growth(career)
    return round(value, 1) if value is not None else None


def _entry_rank(career: Career) -> float | None:
    barrier = career.entry_barrier
    return float(("Low", "Medium", "High").index(barrier.level)) if barrier else None


#: (label, cell, the number the best is judged on, higher is better, the gap that is a tie)
ROWS: tuple[tuple[str, Callable[[Career], str], Value | None, bool, float], ...] = (
    ("Pay", _pay, typical_pay, True, PAY_TIE_SHARE),
    ("Growth", _growth, _growth_value, True, GROWTH_TIE_POINTS - 0.05),
    ("Openings", _openings, None, True, 0.0),
    ("LLM exp.", _exposure, None, False, 0.0),
    ("Learning", _learning, middle_months, False, 12.0),
    ("Entry", _entry, _entry_rank, False, 0.5),
    ("Remote", _flag("remote"), None, True, 0.0),
    ("Coding", _flag("coding"), None, True, 0.0),
)


def _best(careers: Sequence[Career], value: Value, higher: bool, tie: float) -> set[int]:
    """The columns that are best: one figure clear of every other by more than the tie gap
    (a share of pay, months of learning), measured alike (same source); none otherwise."""
    numbers = _alike(careers, value)
    if numbers is None:
        return set()
    top = max(numbers) if higher else min(numbers)
    gap = tie * top if value is typical_pay else tie
    near = [i for i, f in enumerate(numbers) if abs(f - top) <= gap]
    return set(near) if len(near) == 1 else set()


def _alike(careers: Sequence[Career], value: Value) -> list[float] | None:
    """Each career's figure on a row, where all are published and measured alike (pay from
    one source); None otherwise."""
    figures = [value(c) for c in careers]
    if any(f is None for f in figures):
        return None
    if value is typical_pay and len({c.salary.source if c.salary else "" for c in careers}) > 1:
        return None
    return [f for f in figures if f is not None]


def leader(careers: Sequence[Career], label: str) -> Career | None:
    """The career the grid marks best on that row, if one is."""
    for name, _, value, higher, tie in ROWS:
        if name == label and value is not None:
            best = _best(careers, value, higher, tie)
            return careers[best.pop()] if best else None
    return None


def first_on(careers: Sequence[Career], label: str, *, worst: bool = False) -> Career | None:
    """The career the grid marks best on that row; where none clearly leads, the one with
    the best figure, the earlier on screen among equals ("the quickest one" of five that
    all take 1–2 years); with ``worst``, the one with the worst ("the lowest paid one").
    None where a figure is not published or sources differ."""
    if not worst and (best := leader(careers, label)) is not None:
        return best
    for name, _, value, best_high, _tie in ROWS:
        if name != label or value is None:
            continue
        figures = _alike(careers, value)
        if figures is None:
            return None
        top = (max if best_high != worst else min)(figures)
        return careers[figures.index(top)]
    return None


def grid(careers: Sequence[Career]) -> tuple[str, ...]:
    head = pad("", LABEL) + "".join(pad(LETTERS[i], CELL) for i in range(len(careers)))
    lines = [head.rstrip()]
    for label, cell, value, higher, tie in ROWS:
        best = _best(careers, value, higher, tie) if value is not None else set()
        cells = [cell(c) + (BEST if i in best else "") for i, c in enumerate(careers)]
        lines.append((pad(label, LABEL) + "".join(pad(c, CELL) for c in cells)).rstrip())
    return tuple(lines)


def verdict(careers: Sequence[Career]) -> str:
    said = []
    for label, _, value, higher, tie in ROWS:
        if value is None:
            continue
        best = _best(careers, value, higher, tie)
        if best:
            name = short_title(careers[best.pop()])
            said.append(
                {
                    "Pay": f"best paid: {name}",
                    "Growth": f"fastest growing: {name}",
                    "Learning": f"quickest to learn: {name}",
                    "Entry": f"easiest way in: {name}",
                }[label]
            )
    if not said:
        return "None of them leads on pay, growth, time to learn or entry."
    text = "; ".join(said) + "."
    return text[0].upper() + text[1:]


#: what a career that leads on a row gives the person who wants it
_WANTS = {
    "Pay": "the best pay",
    "Growth": "the fastest growth",
    "Learning": "the shortest time to learn",
    "Entry": "the easiest way in",
}


def picks(careers: Sequence[Career]) -> str:
    """ "Which one would you pick?" of three or four: whom each suits, by the rows it leads
    (the grid's own marks); none is best for everyone."""
    leads: dict[int, list[str]] = {}
    for label, _, value, higher, tie in ROWS:
        if value is None or label not in _WANTS:
            continue
        if best := _best(careers, value, higher, tie):
            leads.setdefault(best.pop(), []).append(_WANTS[label])
    ask = "Tell me what matters most to you (pay, growth, stress, time to learn) to weigh them."
    if not leads:
        return f"None of them leads on pay, growth, time to learn or entry. {ask}"
    said = [f"{short_title(careers[i])} if you want {joined(w)}" for i, w in sorted(leads.items())]
    return f"None is best for everyone. Pick {'; '.join(said)}. {ask}"


def many_document(
    careers: Sequence[Career], sources: Mapping[str, Source], notes: Sequence[str] = ()
) -> Document:
    # the heading names each column by the name the career goes by, a phone's line each
    # at most; the full titles are on the buttons' cards
    titles = " · ".join(f"{LETTERS[i]} {short_title(c)}" for i, c in enumerate(careers))
    blocks: list[Block] = [Heading(titles)]
    blocks += [Para(note, italic=True) for note in notes]
    blocks.append(Grid(grid(careers)))
    blocks.append(Para(verdict(careers), bold_prefix="⚖️"))
    blocks.append(
        Para(
            f"{BEST} best where the figures are measured alike and not within a tie; pay is the "
            "median; LLM exposure is the share of tasks LLMs could speed up (Eloundou et al.), "
            "not a risk; — not published.",
            italic=True,
        )
    )
    # a column whose pay and demand are a wider BLS group's says so ("add midwife")
    blocks += [Para(note, italic=True) for note in wider_line_notes(*careers)]
    blocks.append(Para(source_line(sources, *careers), italic=True))
    return Document(tuple(blocks))
