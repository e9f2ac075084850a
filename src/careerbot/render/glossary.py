"""What a figure means, asked of its name ("what does LLM exposure mean?"): what it
measures, where it comes from and the rule that makes it, as docs/catalog-build.md states
them, in a few sentences."""

from __future__ import annotations

from careerbot.render.document import Document, Heading, Para
from careerbot.render.notes import EXPOSURE_NOTE, REMOTE_NOTE

#: by the attribute table's names and the other figures a card shows
MEANINGS: dict[str, tuple[str, str]] = {
    "salary": (
        "Pay",
        "The median annual wage (a year's pay, not an hour's) of the occupation's employees in "
        "the US (half earn more, half "
        "less), with the 10th–90th percentile range beside it: BLS Occupational Employment and "
        "Wage Statistics, May 2025, all industries. Wages are gross, before taxes: base pay, "
        "commissions, production bonuses and tips count; overtime pay, shift differentials and "
        "benefits do not (OEWS's definition). OEWS publishes no pay by experience: the 10th "
        "percentile is the nearest figure for a starting wage. The self-employed are not "
        "counted; where "
        "they are a quarter or more of the workers, the card says so. The six AI careers carry "
        "their comparison pages' own pay ranges, never ranked against BLS pay.",
    ),
    "demand": (
        "Growth",
        "BLS's projected percent change in the occupation's US employment from 2024 to 2034 "
        "(Employment Projections): which way the occupation is heading. It is shown as itself "
        "beside openings; no score blends the two.",
    ),
    "openings": (
        "Openings a year",
        "BLS's projected average openings a year, 2024–34 (Employment Projections): new jobs "
        "plus workers who leave the occupation or retire, so a larger occupation has more. "
        "BLS publishes thousands to one decimal, so fewer than 50 reads “fewer than 50”; a † "
        "marks the total of one BLS line several careers share.",
    ),
    "ai_risk": (
        "LLM task exposure",
        EXPOSURE_NOTE + " The figure is Eloundou et al. (2024), human annotators' rating of "
        "the occupation's O*NET tasks (E1 + ½·E2); GPT-4's rating of the same tasks is given "
        "beside it. The six AI careers carry their pages' own “AI replacement risk” rating, a "
        "different measure, never ranked against exposure.",
    ),
    "learning_curve": (
        "Time to learn",
        "The typical entry education plus on-the-job training (BLS Employment Projections), "
        "checked against how O*NET's respondents answered the same questions: the most "
        "common answer, with its spread where it is wide. On-the-job training, an "
        "apprenticeship and a residency are done in the job, paid: work begins once the "
        "education before them is done. Related work experience is not learning time; it is "
        "shown apart as experience needed before entry.",
    ),
    "entry_barrier": (
        "Entry barrier",
        "Low, Medium or High: the highest floor set by the entry education (none or a high "
        "school diploma: Low; a certificate or associate's degree: Medium; a bachelor's or "
        "more: High), related experience (any: Medium; 5 years or more: High), an "
        "apprenticeship or residency (Medium) and the licences the work needs, each named with "
        "its source. BLS Employment Projections and O*NET.",
    ),
    "difficulty": (
        "Level",
        "O*NET's job zone, 1 to 5: how much preparation the work needs, from little or none "
        "(1) to extensive (5), as O*NET 29.3 rates it from education, experience and training. "
        "It suits some people and not others, so it is never called better or worse.",
    ),
    "remote": (
        "Remote",
        REMOTE_NOTE + " Yes when both their task-based and their own manual classification "
        "say so, no when both say not, ◐ partly where they disagree; teachers count as yes, "
        "as the work can be done from home.",
    ),
    "coding": (
        "Coding",
        "Yes when O*NET rates Programming important to the occupation (3.0 or more of 5), or "
        "where quantitative work codes (Programming 2.0 or more, Mathematics 3.5 or more and "
        "four or more data-analysis languages among its O*NET Technology Skills); otherwise "
        "no.",
    ),
    "skills": (
        "Skills",
        "O*NET's 35 skills, each rated for importance and level in the occupation (O*NET "
        "29.3). Two careers share a skill only when it is the same O*NET element, important to "
        "both; the six AI careers list their pages' own skills.",
    ),
    "duties": (
        "What they do",
        "O*NET's description of the occupation (O*NET 29.3); for the six AI careers, their "
        "comparison pages' own.",
    ),
}


def how_made(focus: str) -> Para | None:
    """The meaning said under an answer on the figure ("why?", "98k?? really")."""
    found = MEANINGS.get(focus)
    return None if found is None else Para(found[1], bold_prefix=f"How “{found[0]}” is made:")


def meaning_document(focus: str) -> Document | None:
    """``None`` where the figure has no meaning of its own to say."""
    found = MEANINGS.get(focus)
    if found is None:
        return None
    name, meaning = found
    return Document((Heading(f"What “{name}” means"), Para(meaning)))
