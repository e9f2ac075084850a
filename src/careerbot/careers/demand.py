"""Demand as the figures themselves: projected growth and annual openings (BLS Employment
Projections), or a source's own rating (the comparison pages). No blend of the two is made:
openings mostly measure an occupation's size, growth its direction, and either is ranked
only on itself.

BLS publishes openings in thousands to one decimal, so a published 0 means fewer than 50.
Where several careers carry one BLS line (home health aides and personal care aides share
31-1120), the line's openings are its total, not each career's, and are marked so.
"""

from __future__ import annotations

from collections.abc import Iterable

from careerbot.careers.formatting import NOT_PUBLISHED, growth_text
from careerbot.careers.model import Career

#: the two measures of the demand attribute: BLS growth, or a source's own rating
GROWTH, RATING = "growth", "rating"
#: employment growth of all occupations 2024–34 (EP, "Total, all occupations")
ALL_OCCUPATIONS_GROWTH = 3.1
#: the mark on a figure a career shares with other careers' BLS line
SHARED = "†"
#: from this share of self-employed workers a card says OEWS pay leaves them out
SELF_EMPLOYED_NOTE_PCT = 25.0


def demand_measure(career: Career) -> str:
    demand = career.demand
    if demand is None:
        return ""
    if demand.growth_pct is not None:
        return GROWTH
    return RATING if demand.score is not None else ""


def demand_value(career: Career) -> float | None:
    """Growth in percent where BLS publishes it, else a source's rating out of 10."""
    demand = career.demand
    if demand is None:
        return None
    return demand.growth_pct if demand.growth_pct is not None else demand.score


def growth(career: Career) -> float | None:
    return career.demand.growth_pct if career.demand else None


def demand_said(career: Career) -> str:
    demand = career.demand
    if demand is None:
        return NOT_PUBLISHED
    if demand.growth_pct is not None:
        return growth_text(demand.growth_pct)
    return f"{demand.score:.1f}/10" if demand.score is not None else NOT_PUBLISHED


#: projected growth this close is a tie: a ten-year projection's smaller difference is none
#: to act on (BLS's Occupational Outlook Handbook words growth in bands points wide)
GROWTH_TIE_POINTS = 1.0


def growth_tied(a: float, b: float) -> bool:
    """Growth as shown (to 0.1%, as published) less than a percentage point apart."""
    return abs(round(a, 1) - round(b, 1)) < GROWTH_TIE_POINTS - 0.05


def demand_tied(a: Career, b: Career) -> bool:
    """Growth under a percentage point apart; a page's rating equal as shown."""
    value_a, value_b = demand_value(a), demand_value(b)
    if value_a is None or value_b is None:
        return value_a == value_b
    if demand_measure(a) == GROWTH and demand_measure(b) == GROWTH:
        return growth_tied(value_a, value_b)
    return round(value_a, 1) == round(value_b, 1)


def grows(career: Career) -> bool:
    value = growth(career)
    return value is None or round(value, 1) > 0


def openings(career: Career) -> float | None:
    demand = career.demand
    return (
        None if demand is None or demand.annual_openings is None else float(demand.annual_openings)
    )


def shared(career: Career) -> bool:
    demand = career.demand
    return bool(demand and demand.shared_by and demand.shared_by > 1)


def openings_text(count: float | None, short: bool = False) -> str:
    """ "189,100", "fewer than 50" (BLS's 0.0 thousand) — never 0."""
    if count is None:
        return NOT_PUBLISHED
    if count == 0:
        return "<50" if short else "fewer than 50"
    return f"{round(count):,}"


def openings_cell(career: Career) -> str:
    text = openings_text(openings(career), short=True)
    return text + SHARED if shared(career) and text != NOT_PUBLISHED else text


def openings_said(career: Career) -> str:
    count = openings(career)
    if count is None:
        return f"openings {NOT_PUBLISHED}"
    mark = (
        f" (of a BLS line shared by {career.demand.shared_by} careers)"
        if (shared(career) and career.demand)
        else ""
    )
    return f"{openings_text(count)} openings a year{mark}"


#: the figures a wider BLS group's line may stand in for
BORROWED = frozenset({"salary", "demand", "openings"})


def borrowed(career: Career, criteria: frozenset[str] = BORROWED) -> str:
    """Where pay and demand are a wider BLS group's figures and one of ``criteria`` is
    shown: that group, said once."""
    if not career.bls_group or not criteria & BORROWED:
        return ""
    return f" — pay and demand are BLS figures for {career.bls_group}"


def growth_of(career: Career) -> str:
    """ "+9.5%", or not published: BLS's projected growth 2024–34 alone."""
    value = growth(career)
    return growth_text(value) if value is not None else NOT_PUBLISHED


def demand_reason(career: Career) -> str:
    demand = career.demand
    if demand is None:
        return f"growth {NOT_PUBLISHED}"
    if demand.growth_pct is None:
        if demand.score is not None:
            return f"demand rating {demand.score:.1f}/10 (the source's own)"
        return f"growth {NOT_PUBLISHED}"
    said = f"growth {growth_text(demand.growth_pct)} 2024–34"
    if demand.annual_openings is not None:
        said += f", {openings_said(career)}"
    return said


def openings_reason(career: Career) -> str:
    said = openings_said(career)
    value = growth(career)
    if value is not None:
        said += f", growth {growth_text(value)} 2024–34"
    return said


def shared_note(*careers: Career) -> str | None:
    """What a † on openings means; careers on one line are named together, counted once."""
    marked = [c for c in careers if shared(c) and c.demand]
    if not marked:
        return None
    lines: dict[str, list[Career]] = {}
    for career in marked:
        lines.setdefault(career.bls_group or career.title, []).append(career)
    said = []
    for group, members in lines.items():
        names = " and ".join(c.title for c in members)
        count = members[0].demand.shared_by if members[0].demand else 0
        line = f" ({group})" if members[0].bls_group else ""
        both = " (both here: one line, counted once)" if len(members) > 1 else ""
        said.append(
            f"{SHARED} {names}: openings of one BLS line{line} that {count} careers share, "
            f"not each career's own{both}."
        )
    return " ".join(said)


def self_employed_note(career: Career) -> str | None:
    """Where a large share of the line's workers is self-employed: OEWS pay leaves them out."""
    demand, salary = career.demand, career.salary
    if salary is None or salary.median is None or demand is None:
        return None
    share = demand.self_employed_pct
    if share is None:
        return None
    if share < SELF_EMPLOYED_NOTE_PCT:
        return None
    return (
        f"{career.title}: {share:g}% of workers are self-employed (BLS EP 2024); OEWS pay "
        "counts employees only."
    )


def openings_share(careers: Iterable[Career]) -> dict[str, float]:
    """Annual openings per career, as a prior for which of several careers is meant.

    Projections are published per SOC occupation, and O*NET's finer occupations under one
    SOC code all carry its figure ("Blockchain Engineers" has all of "Computer Occupations,
    All Other"); the figure is shared evenly among the careers that repeat it. Where one of
    them is the SOC occupation itself (O*NET code ``.00``) and the others its specialties
    (Acute Care Nurses under Registered Nurses), the occupation keeps the whole figure: it is
    what the shared words usually mean, and a specialty, whose own share BLS does not publish,
    counts as none (Solar Thermal Installers share the Plumbers' line: a "solar installer"
    is a Solar Photovoltaic Installer, with a line of its own)."""
    sharing: dict[tuple[str, int, float | None], list[Career]] = {}
    for career in careers:
        demand = career.demand
        if demand is not None and demand.annual_openings is not None:
            row = (demand.source, demand.annual_openings, demand.growth_pct)
            sharing.setdefault(row, []).append(career)
    shares: dict[str, float] = {}
    for row, sharers in sharing.items():
        parents = [c for c in sharers if c.soc and c.soc.endswith(".00")]
        for career in sharers:
            if len(parents) == 1:  # the specialties' own share is not published
                shares[career.slug] = row[1] if career is parents[0] else 0.0
            else:
                shares[career.slug] = row[1] / len(sharers)
    return shares
