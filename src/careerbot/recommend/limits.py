"""What rules a career out for a person before anything is scored: the schooling they have
or will take on, and from the job they do now, the pay a move must keep."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from careerbot.careers.credentials import EDUCATION_ORDER
from careerbot.careers.measures import mostly_self_employed, typical_pay
from careerbot.careers.model import Career
from careerbot.recommend.moves import bls_line
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import AS_NOW, KEPT_PAY, SIMILAR_CUT, Preferences

#: "what pays more" from a current job: at least this much more (a smaller gap is within
#: what region, employer and experience move either median by); otherwise a move keeps pay
#: within this cut, or within the larger one for someone who wants out of their kind of work
MORE_PAY = 0.25
PAY_CUT = 0.15
LEAVING_CUT = 0.30


def entry_education(career: Career) -> str | None:
    """The typical education needed to enter (BLS Employment Projections)."""
    curve = career.learning_curve
    stage = next((s for s in curve.stages if s.kind == "education"), None) if curve else None
    return stage.category if stage is not None else None


def education_rank(career: Career) -> int | None:
    entry = entry_education(career)
    return EDUCATION_ORDER.index(entry) if entry in EDUCATION_ORDER else None


def bls_education_rank(career: Career) -> int | None:
    """BLS's own typical entry education, where the curve shows O*NET's workers' answer in
    its place (the entry barrier keeps BLS's category verbatim)."""
    barrier = career.entry_barrier
    said = (barrier.raw or "").partition(";")[0].strip() if barrier else ""
    return EDUCATION_ORDER.index(said) if said in EDUCATION_ORDER else None


def schooled(career: Career, person: Person) -> bool:
    """Entered with at most the schooling the person has or will take on (and at least the
    credential they asked about); unknown entry education never is. A limit is a must: where
    BLS's typical entry education and what most O*NET workers report differ (a CDL course
    for truck drivers, a high school diploma by the workers' account), both must be within
    it."""
    most, least = person.schooling, person.schooling_least
    if most is None and least is None:
        return True
    rank = education_rank(career)
    if rank is None:
        return False
    if most in EDUCATION_ORDER:
        limit = EDUCATION_ORDER.index(most)
        if max(rank, bls_education_rank(career) or rank) > limit:
            return False
    return not (least in EDUCATION_ORDER and rank < EDUCATION_ORDER.index(least))


def wants_more_pay(preferences: Preferences) -> bool:
    pay = preferences.get("salary")
    return pay is not None and pay.active and pay.want == "high" and pay.measure not in AS_NOW


def relative_pay(preferences: Preferences) -> Preferences:
    """From a current job, "need more money" with no figure means more than it pays (the
    floor of ``pay_floor``), not the catalog's "high pay" bound: the wish orders, the floor
    filters."""
    pay = preferences.get("salary")
    if pay is None or not pay.hard or pay.limit is not None:
        return preferences
    return preferences.with_item(replace(pay, hard=False))


#: figures of the way in: asked lower with pay unsaid, a move may pay less
EASIER_WAY_IN = frozenset({"entry_barrier", "learning_curve"})


def pay_floor(
    current: Career,
    preferences: Preferences,
    median: float | None,
    *,
    leaving: bool = False,
    liking: bool = False,
) -> float | None:
    """The least a move from the current job may pay: a quarter more when more pay was asked
    for; from a job paying under the median of all occupations, a step up all the same (a
    quarter more, or at least that median where it is nearer), unless they named work they
    like (``liking``: "waitress, I like kids": the work leads, not the pay); else no more than
    a 15% cut (30% for someone who wants out of their kind of work); what it pays where pay
    was wished kept ("can't take a pay cut"), or 10% less where about as much was
    ("pays about the same"); a figure of it wished softly ("ideally 60k+"). None where pay
    was said not to matter, or a figure of it was said as a must (their own figure is the
    must), or is not published, or an easier way in was asked
    for with pay unsaid,
    or, for a job paying the median or more with more pay unasked, where most of its workers
    are self-employed (OEWS counts employees only: a farmer's figure is farm managers' on a
    payroll, so no cut from what most farmers earn can be measured)."""
    before = typical_pay(current)
    pay = preferences.get("salary")
    if before is None or (pay is not None and not pay.active):
        return None
    if pay is not None and pay.limit is not None:
        # "need at least 45k": their own figure is the must, no other floor; "ideally 60k+":
        # that figure is the floor while enough moves reach it
        return None if pay.hard or pay.want != "high" else pay.limit
    if wants_more_pay(preferences):
        return before * (1 + MORE_PAY)
    if pay is not None and pay.measure in AS_NOW:
        # "can't take a pay cut": no cut; "pays about the same": a little one; no step up
        if mostly_self_employed(current):
            return None
        return before if pay.measure == KEPT_PAY else before * (1 - SIMILAR_CUT)
    if pay is None and any(
        p.criterion in EASIER_WAY_IN and p.want == "low" for p in preferences.active
    ):
        return None  # "anything similar thats cheaper to get into": less pay is the trade
    if pay is None and median is not None and before < median and not liking:
        return min(before * (1 + MORE_PAY), median)
    if mostly_self_employed(current):
        return None  # OEWS counts employees only: no cut from what most of them earn is known
    return before * (1 - (LEAVING_CUT if leaving else PAY_CUT))


def moves_from(
    careers: Mapping[str, Career],
    pay: Mapping[str, float],
    slugs: Iterable[str],
    move: tuple[Career, float | None, bool],
) -> set[str]:
    """Other occupations than the current job (and its BLS line), paying at least the floor;
    for someone who wants out of their kind of work, outside its SOC minor group. ``move``:
    the current job, the pay floor, and whether they are leaving that kind of work."""
    current, floor, leaving = move
    line = bls_line(current)
    group = current.soc[:4] if current.soc else None
    return {
        slug
        for slug in slugs
        if bls_line(careers[slug]) != line
        and not (leaving and group and (careers[slug].soc or "")[:4] == group)
        and (floor is None or pay.get(slug, -1.0) >= floor)
    }


Steps = tuple[int | None, int | None]


def steps(career: Career) -> Steps:
    """(O*NET job zone, rank of the typical entry education): the steps a move climbs."""
    school = education_rank(career)
    if school is not None:  # the higher of BLS's and the workers' account, as for a limit
        school = max(school, bls_education_rank(career) or school)
    return (career.difficulty.rank if career.difficulty else None, school)


def ease_of(before: Steps, after: Steps) -> float:
    """How small a step up a move is, 0–1, from what O*NET and BLS publish on both: the rise
    in job zone (of 4 possible) and in typical entry education (of 7), averaged; a half
    step where either is not published. Ordering only; the switch itself is judged in full
    for the careers shown (``careers.switching``)."""
    zone_up = (after[0] - before[0]) / 4 if before[0] and after[0] else 0.5
    school_up = (
        (after[1] - before[1]) / 7 if before[1] is not None and after[1] is not None else 0.5
    )
    return 1 - (max(0.0, zone_up) + max(0.0, school_up)) / 2
