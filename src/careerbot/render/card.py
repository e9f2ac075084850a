"""The comparison card, condensed for a phone: the two careers, the grid of their figures, one
line of verdict. "More" opens the rest in place: "choose A if you…", the switch each way,
the skills in common, the conclusion, the figures in full, the notes that say what each
figure is, and where it comes from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from careerbot.careers.advice import Advice, verdict
from careerbot.careers.comparison import Comparison
from careerbot.careers.criteria import ATTRIBUTES
from careerbot.careers.formatting import (
    NOT_PUBLISHED,
    column_names,
    experience_cell,
    experience_stage,
    money,
    risk_label,
    salary_range,
    short_names,
    value_text,
    yes_no,
)
from careerbot.careers.model import Career, Source
from careerbot.careers.switching import Switch, Transition
from careerbot.render.document import (
    TELEGRAM_LIMIT,
    Block,
    Bullets,
    Document,
    Grid,
    Heading,
    Para,
    utf16_units,
    wrapped_lines,
)
from careerbot.render.grid import (
    COLUMN_NAME_WIDTHS,
    PHONE_COLUMNS,
    comparison_grid,
    pay_lines,
)
from careerbot.render.notes import card_notes, said_once
from careerbot.render.sources import source_line

#: the condensed card's height on a phone
CARD_LINES = 15
VERDICT = "⚖️"


def _switch_words(switch: Switch) -> str:
    why = f" — {switch.reasons[0]}" if switch.reasons else ""
    return f"{switch.difficulty.value}{why}"


def switch_line(cmp: Comparison) -> str:
    there, back = cmp.a_to_b, cmp.b_to_a
    if there.difficulty is Transition.NOT_ESTIMATED:
        return "no switch estimate: the two careers' skills come from different sources"
    if there == back:
        return f"switching between them: {_switch_words(there)}"
    short_a, short_b = short_names(cmp.a, cmp.b)
    return f"{short_a} → {short_b}: {_switch_words(there)}. Back: {back.difficulty.value}"


def skills_line(cmp: Comparison) -> str:
    s = cmp.skills
    total = len(s.a_only) + len(s.b_only) + len(s.shared)
    kind = "top skills" if cmp.a.skill_importance and cmp.b.skill_importance else "skills"
    return f"{len(s.shared)} of {total} {kind} in common"


def phone_lines(text: str) -> int:
    return len(wrapped_lines(text, PHONE_COLUMNS))


def verdicts(cmp: Comparison) -> tuple[str, ...]:
    """The one-line verdict, longest first: in full; without the ties (the grid marks them
    =); naming the careers as the columns do; each one's lead as a list."""
    columns = column_names(cmp.a, cmp.b, COLUMN_NAME_WIDTHS)
    return (
        verdict(cmp),
        verdict(cmp, ties=False),
        verdict(cmp, columns, ties=False),
        verdict(cmp, columns, terse=True),
    )


def headings(a: Career, b: Career) -> tuple[str | None, ...]:
    """ "Registered Nurses vs Electricians"; the names the careers go by ("HVAC Mechanics vs
    Electricians"); none (the grid's columns name them)."""
    short_a, short_b = short_names(a, b)
    return f"{a.title} vs {b.title}", f"{short_a} vs {short_b}", None


def glance(cmp: Comparison, answers: Sequence[Para] = ()) -> list[Block]:
    """The card a phone shows without scrolling (``CARD_LINES`` at ``PHONE_COLUMNS``): the
    answer to what was asked (``answers``: the ways to say it, fullest first), a heading,
    the grid, the verdict. Where all of it does not fit, the heading is said shorter, then
    the verdict leaves out the ties, then names the careers as the columns do (where no
    name is cut short), then the heading is left to the grid's columns; then the grid
    leaves the experience asked before entry to "More", and last the answer is said
    shorter."""
    grids = list(dict.fromkeys((comparison_grid(cmp), comparison_grid(cmp, spare=True))))
    full, short, _ = headings(cmp.a, cmp.b)
    said, untied, by_column, terse = verdicts(cmp)
    tried: list[tuple[str | None, str]] = [(h, v) for h in (full, short) for v in (said, untied)]
    if "…" not in by_column:
        tried += [(full, by_column), (short, by_column)]
    tried += [(None, said), (None, untied), (None, by_column), (None, terse)]
    tops: list[list[Block]] = [[answer] for answer in answers] or [[]]
    for top in tops:  # tried lazily: most cards fit at once
        if top and card_lines(top) + len(grids[-1]) + 1 > CARD_LINES:
            continue  # no card fits under an answer this long
        for grid in grids:
            for head, line in tried:
                heading = [Heading(head)] if head else []
                card: list[Block] = [*top, *heading, Grid(grid), Para(line, bold_prefix=VERDICT)]
                if card_lines(card) <= CARD_LINES:
                    return card
    # nothing fits: the shortest of each part (the caller may send the answer alone)
    return [*tops[-1], Grid(grids[-1]), Para(terse, bold_prefix=VERDICT)]


def fits_a_phone(document: Document) -> bool:
    return card_lines(list(document.blocks)) <= CARD_LINES


def card_lines(blocks: list[Block]) -> int:
    """The lines ``blocks`` take on a phone, wrapped as Telegram wraps them."""
    return phone_lines(Document(tuple(blocks)).plain())


def figures_in_full(career: Career) -> str:
    """Every figure of a career as its source gives it, nothing rounded: what the grid
    shows in a phone's room ("$135k–210k", "8 mo") said whole ("$135,000–$210,000",
    "8 months")."""
    said = []
    for attribute in ATTRIBUTES:
        figure = attribute.figure(career)
        label = attribute.label_for(attribute.measure(career)).lower()
        match attribute.name:
            case "salary":
                salary = career.salary
                text, label = salary_range(salary, short=False), "pay"
                if salary is not None and salary.median is not None:
                    text += f", median {money(salary.median, short=False)}"
            case "openings":
                text = attribute.cell_text(career) if figure is not None else NOT_PUBLISHED
                label = "openings a year"
            case "ai_risk":
                text, label = value_text(figure), risk_label(career.ai_risk)
            case "remote" | "coding":
                text = yes_no(figure)
            case _:
                text = value_text(figure, short=False)
        said.append(f"{label} {text}")
        if attribute.name == "learning_curve" and experience_stage(career) is not None:
            said.append(f"experience before entry {experience_cell(career)}")
    return f"{career.title}: " + "; ".join(said)


def more_blocks(cmp: Comparison, advice: Advice, sources: Mapping[str, Source]) -> list[Block]:
    """What "More" opens: the reasons to choose each, the switch, the skills, the
    conclusion, the figures in full, the notes and the sources."""
    short_a, short_b = short_names(cmp.a, cmp.b)
    blocks: list[Block] = []
    if advice.choose_a:
        blocks.append(Bullets(f"Choose {short_a} if you…", advice.choose_a[:4]))
    if advice.choose_b:
        blocks.append(Bullets(f"Choose {short_b} if you…", advice.choose_b[:4]))
    if advice.both:
        blocks.append(Para(" · ".join(advice.both), bold_prefix="Both:"))
    blocks.append(Para(switch_line(cmp), bold_prefix="🔀"))
    blocks.append(Para(skills_line(cmp), bold_prefix="🧩"))
    if pay := pay_lines(cmp):
        blocks.append(Para("Pay range, on one scale:"))
        blocks.append(Grid(pay))
    blocks.append(Para(advice.conclusion, bold_prefix="Conclusion:"))
    blocks.append(Bullets("Figures in full", (figures_in_full(cmp.a), figures_in_full(cmp.b))))
    notes = [*card_notes(cmp), source_line(sources, cmp.a, cmp.b)]
    blocks.append(Para("\n".join(notes), italic=True))
    return blocks


def render_card(
    cmp: Comparison,
    advice: Advice,
    sources: Mapping[str, Source],
    *,
    answers: Sequence[Para] = (),
    more: bool = False,
) -> Document:
    """The condensed card, the answer to what was asked first; with ``more``, what "More"
    opens beneath it. Each caveat is said once, where it is first said."""
    blocks = glance(cmp, answers)
    if more:
        blocks += more_blocks(cmp, advice, sources)
    document = said_once(Document(tuple(blocks)))
    # the notes (what a figure is, its source) are never the part a long card loses: the
    # conclusion, which repeats the card in sentences, goes first
    if utf16_units(document.html()) > TELEGRAM_LIMIT:
        document = Document(tuple(b for b in document.blocks if not _is_conclusion(b)))
    return document


def _is_conclusion(block: Block) -> bool:
    return isinstance(block, Para) and block.bold_prefix == "Conclusion:"
