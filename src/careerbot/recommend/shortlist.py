"""A shortlist for a person: careers that fit what they said of themselves, each with the
reasons from the data (docs/catalog-build.md, "Which career fits me?").

1. Limits filter: must-have preferences (no degree, a pay floor, remote…), what the person
   cannot stand (a trait's ``avoid`` test), and, from a current job, the careers nearest
   to it that keep or raise its pay (``limits``, ``closeness``).
2. Each wish scores 0–1: a liked or valued trait by where the career stands on the trait's
   descriptors among all careers (mid-rank percentile); a figure wish the same way on that
   figure; the person's interests by the match of the two RIASEC profiles (as O*NET's
   Interest Profiler matches people to occupations); from a current job, how close the
   skills are. The fit is the mean.
3. Order: how many liked or valued traits a career has (its test passes), then the fit,
   then BLS annual openings. With nothing to order by, the stated default: most openings.
4. At most 2 of the top 5 from one SOC minor group (unless the person named a field), and
   one career per BLS line (careers sharing a line share every BLS figure).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from careerbot.careers.credentials import (
    BACHELORS,
    EDUCATION_ORDER,
    HIGH_SCHOOL,
    holding,
    leads_from_experience,
)
from careerbot.careers.criteria import BY_NAME, Attribute
from careerbot.careers.formatting import money, short_title
from careerbot.careers.measures import earning, typical_pay
from careerbot.careers.model import Career
from careerbot.careers.traits import Trait, by_name
from careerbot.recommend.closeness import profiles
from careerbot.recommend.explain import (
    CLEARLY_LESS,
    Reason,
    lacking,
    move_reason,
    reasons_for,
    said,
    trait_reason,
)
from careerbot.recommend.limits import (
    bls_education_rank,
    entry_education,
    moves_from,
    pay_floor,
    relative_pay,
    wants_more_pay,
)
from careerbot.recommend.moves import Move, bls_line, move, same_line
from careerbot.recommend.person import AS_HELD, Person
from careerbot.recommend.preferences import AS_NOW, TYPICAL_PAY, Preference, Preferences
from careerbot.recommend.ranking import meets, never_ranked
from careerbot.recommend.reach import (
    MOVE_TIERS,
    Tier,
    among,
    anywhere,
    helped_trade,
    neighbours,
    related_to,
    tiered,
    within,
)
from careerbot.recommend.reasons import must_text, named_measure
from careerbot.recommend.standings import Standings, profile_of, standings
from careerbot.recommend.weighing import WEIGHED, Criterion

SHOWN = 5
NO_PREFERENCES = Preferences()
PER_GROUP = 2
DEFAULT_ORDER = (
    "most openings a year first (BLS Projections), among careers whose median pay is at least "
    "that of all occupations (OEWS), then higher median pay"
)
#: the default order where fewer than a list's worth pay the median: among all that pass
ALL_PAY_ORDER = "most openings a year first (BLS Projections), then higher median pay"


#: the fewest careers a dislike may leave when it rules careers out; below it, it only orders
AVOIDED_LEAVES = 5


@dataclass(frozen=True, slots=True)
class Suggestion:
    career: Career
    #: the mean of the wishes' scores, 0–1 (1 with nothing to score on)
    fit: float
    #: how many of the person's liked or valued traits the career has
    met: int
    reasons: tuple[Reason, ...]
    move: Move | None = None
    #: must-haves it misses (only when nothing meets them all)
    misses: tuple[Preference, ...] = ()


@dataclass(frozen=True, slots=True)
class Shortlist:
    person: Person
    preferences: Preferences
    suggestions: tuple[Suggestion, ...]
    #: careers left after the limits
    considered: int
    #: careers left out by what the person cannot stand, per trait
    avoided: tuple[tuple[str, int], ...]
    #: what orders the list, in words
    order: str
    #: nothing met every must-have: the closest, with what they miss
    relaxed: bool = False
    #: the current job's hard switches were let in: too few easy or moderate ones
    harder_moves: bool = False
    #: careers left out because two of their group were already shown
    capped: int = 0
    #: wishes no source's figure may order ("safe from AI": no source rates replacement)
    unranked: tuple[Criterion, ...] = ()


#: a career scored for a person: how many of their liked traits it has, its fit, the career
_Scored = tuple[int, float, Career]


@dataclass(frozen=True, slots=True)
class Standing:
    """Where one career stands for a person: "why not nursing?"."""

    #: its place among the careers that pass the limits; None: a limit rules it out
    place: int | None
    of: int
    #: what rules it out: a must-have it misses, something the person cannot stand
    blocked: tuple[str, ...]
    #: the person's wishes it meets, with the evidence; and those it does not
    has: tuple[str, ...]
    lacks: tuple[str, ...]


def _whose(title: str) -> str:
    return f"{title}'" if title.endswith("s") else f"{title}'s"


@dataclass(frozen=True, slots=True)
class _Ranked:
    current: Career | None
    wishes: list[Trait]
    scored: list[_Scored]
    misses: dict[str, tuple[Preference, ...]]
    passing: int
    avoided: Counter[str]
    relaxed: bool
    #: the default order's pay floor held: enough careers pay at least the median
    paid_only: bool = False
    #: the least a move from the current job pays (``pay_floor``)
    floor: float | None = None
    #: the careers with every liking said again of a list that lacked it ("none of these
    #: have kids"): all of them come first
    leading: frozenset[str] = frozenset()
    #: how many kinds of work liked each career has: the first grouping of the five walked
    kinds: Counter[str] = field(default_factory=Counter)
    #: whether each career has the first liking said (one said with "love" or "like" first)
    first: Counter[str] = field(default_factory=Counter)


#: wishes to lead or run one's own work: the jobs that take years in a related job are
#: where they point, those years the way there
_TO_LEAD = frozenset({"leading", "own_boss"})


def _start_from(
    current: Career | None, person: Person, median: float | None = None, *, field: bool = False
) -> Career | None:
    """The job moves start from, with what they hold besides it; none for a stopgap (a
    barista with a psych degree who likes helping is listed careers, not moves; an engineer
    by degree picking in a warehouse who wants "back to engineering" the field's careers)."""
    if current is None or _stopgap(current, person, median, field=field):
        return None
    held = holding(current, person.schooling_held)
    return earning(held, person.paid) if person.paid else held


def _stopgap(
    current: Career, person: Person, median: float | None = None, *, field: bool = False
) -> bool:
    """A job held below one's schooling, by someone who says what work they like: a
    bachelor's holder who works as a barista and likes helping people (or names a field) is
    listed careers for what they like and hold, not moves near the barista's work. Said at
    ``_STOPGAP_STEPS`` or more steps of BLS's entry education above the job's own, in a job
    paying under the median of all occupations (a realtor of 15 years with a bachelor's has a
    career)."""
    held = person.schooling_held
    job = bls_education_rank(current)
    if held not in EDUCATION_ORDER or job is None or not (person.likes or field):
        return False
    pay = typical_pay(current)
    if median is not None and pay is not None and pay >= median:
        return False
    return EDUCATION_ORDER.index(held) >= job + _STOPGAP_STEPS


#: how far above a job's entry education the schooling held makes it a stopgap
_STOPGAP_STEPS = 4


def _experienced(base: set[str], careers: dict[str, Career], person: Person) -> set[str]:
    """For someone who names no job of theirs, the careers but those that run others' work
    from years in it (a 16-year-old is no police supervisor), unless they wish to lead;
    from a job, a move's switch counts those years instead. Kept when too few would be
    left to list."""
    if person.current is not None or _TO_LEAD.intersection(person.wishes):
        return base
    kept = {slug for slug in base if not leads_from_experience(careers[slug])}
    return kept if len(kept) >= SHOWN else base


#: wishes a person's list takes as limits, however said: work from home is had or not
#: ("remote work", "from home"), and a list where it is not is no answer to it
_LIMITS = frozenset({"remote"})


def _as_limits(preferences: Preferences) -> Preferences:
    """A wish for remote work is a limit on a person's list: a career is done from home or it
    is not (Dingel & Neiman). Where nothing meets it, the list is relaxed and says what
    each misses, as for any limit. Said as only nice to have ("remote would be great",
    "ideally remote"), it orders instead."""
    return Preferences(
        tuple(
            replace(p, hard=True)
            if p.criterion in _LIMITS and p.want == "high" and p.weight >= 1
            else p
            for p in preferences.items
        )
    )


def _within_limits(
    base: set[str], table: Standings, person: Person, traits: tuple[list[Trait], list[Trait]]
) -> tuple[set[str], Counter[str]]:
    """The careers left by their schooling, the experience asked and what they cannot
    stand, with how many each dislike ruled out. A limit they did not set (the schooling
    they hold) where it would leave next to nothing, or too few careers with the work they
    like ("i have an associates in early childhood ed… i love the kids": kindergarten
    teachers need a bachelor's), or a dislike that would leave next to nothing
    ("accounting", and "not great with new technology") orders the careers instead of
    ruling them out."""
    wishes, hated = traits
    if person.schooling or person.schooling_least:
        schooled = base & table.schooled(person)
        held_only = person.schooling is not None and person.schooling == person.schooling_held
        liked = [t for t in wishes if _kind_of_work(t)]
        if held_only and len(schooled) < AVOIDED_LEAVES:
            schooled = base
        elif held_only and liked and _liked_in(schooled, table, liked) < FEW_LIKED:
            # the next credential up is in reach too, below a graduate degree: an
            # associate's counts toward a bachelor's (its credits transfer), a bachelor's
            # toward no master's
            schooled = base & table.schooled(_next_up(person))
        base = schooled
    base = _experienced(base, table.by_slug(), person)
    avoided = Counter[str]()
    for trait in hated:
        clash = base & table.clashing(trait)
        if len(base - clash) >= AVOIDED_LEAVES:
            avoided[trait.name] += len(clash)
            base -= clash
    return base, avoided


def _spared(base: set[str], table: Standings, wishes: list[Trait], current: Career) -> set[str]:
    """From a job, a condition wished low ("burnt out, want something calmer") is why they
    leave: with a kind of work liked ("…but i do like helping people"), the moves that have
    it, or have clearly less of it than the job, where at least ``SHOWN`` do. Otherwise it
    orders only: the nearest moves are what they know ("burned out" nurses still look at
    clinical research coordinators)."""
    if not any(_kind_of_work(t) for t in wishes):
        return base
    for trait in filter(_wished_low, wishes):
        kept = base & _lower_than(table, trait, current)
        if len(kept) >= SHOWN:
            base = kept
    return base


def _lower_than(table: Standings, trait: Trait, current: Career) -> frozenset[str]:
    """The careers with a condition wished low ("low stress": O*NET Stress Tolerance at most
    3.8), or rated clearly lower on it than the job held (a 911 dispatcher's 4.8: at most
    4.5)."""
    now = trait.measure.value(current)
    if now is None:
        return table.has(trait)
    return table.has(trait) | table.at_most(trait.measure, now - CLEARLY_LESS)


def _wished_low(trait: Trait) -> bool:
    """A condition of the work wished low ("low stress"), not how it is done."""
    return trait.kind == "like" and trait.measure.wants_low and not trait.manner


def _liked_in(slugs: AbstractSet[str], table: Standings, liked: list[Trait]) -> int:
    return len(set(slugs).intersection(*(table.has(t) for t in liked)))


def _next_up(person: Person) -> Person:
    """The person with the schooling they hold and one credential more, up to a bachelor's."""
    held = person.schooling or ""
    if held not in EDUCATION_ORDER or EDUCATION_ORDER.index(held) >= BACHELORS:
        return person
    return replace(
        person, schooling=EDUCATION_ORDER[EDUCATION_ORDER.index(held) + 1], schooling_least=None
    )


def _ranked(
    everyone: Sequence[Career],
    person: Person,
    preferences: Preferences,
    pool: Sequence[Career] | None,
    median: float | None = None,
    *,
    field_named: bool = False,
    least_first: bool = False,
) -> _Ranked:
    table = standings(everyone)
    careers = table.by_slug()
    current = _start_from(careers.get(person.current or ""), person, median, field=field_named)
    if person.schooling == AS_HELD:  # "no more school": what their job asks, or a diploma
        person = replace(person, schooling=_held_by(current, person))
    wishes = _own_evidence([by_name()[t] for t in person.wishes if t in by_name()])
    hated = [by_name()[t] for t in person.dislikes if t in by_name()]
    # the comparison pages' careers carry figures of another kind (a page's salary range, a
    # replacement-risk rating): beside occupations they are shortlisted only within a field
    base = set(table.occupations()) if pool is None else {c.slug for c in pool}
    base -= _ruled_out(careers, person.excluded) | set(person.dropped) | set(person.seen)
    base, avoided = _within_limits(base, table, person, (wishes, hated))
    near: dict[str, float] = {}
    floor = None
    if current is not None:
        preferences = relative_pay(preferences)
        floor = _move_floor(
            table,
            base,
            (current, preferences, median),
            person,
            wishes,
            schooled_out=_schooled_out(current, pool),
        )
        base, near = _moves(
            (everyone, table),
            base,
            (current, floor, person),
            (wishes, preferences),
            pool if field_named else None,
        )
        base = _spared(base, table, wishes, current)
    # "that pays ok": at least the median wage, ordering nothing (from a job: the move's floor)
    base, preferences = _typical_pay(table, base, preferences, None if current else median)
    hard = preferences.hard
    passing = base.intersection(*(table.meeting(p) for p in hard)) if hard else base
    relaxed = not passing and bool(hard)
    # a must filters, it does not order: with nothing to order by, the stated default
    # so does a wish for less of something ("not much talking to people"), which only sorts
    # out the careers that have too much of it
    ordering = bool(
        any(not t.measure.wants_low for t in wishes)
        or current
        or any(not p.hard for p in preferences.active)
    )
    paid_only = not ordering and _paid(table, passing, median)
    if paid_only:
        passing = {slug for slug in passing if table.pay().get(slug, 0.0) >= (median or 0.0)}
    ranked = sorted(base if relaxed else passing)
    parts = _parts(table, wishes, hated, person, preferences, least_first=least_first)
    if current is not None:
        # moves: a figure wished for ("pays more") by where each stands among the moves,
        # counted as much as how close the work is (twice); and how small a step up
        figures = [table.figure(p) for p in preferences.active if not p.hard]
        parts = [p for p in parts if p not in figures]
        parts += [standing for f in figures for standing in [among(f, ranked)] * 2]
        parts += [near, near, table.ease(current, ranked)]
    fits = _fits(ranked, parts)
    met, likes_had, first_had = _had(table, ranked, wishes, person, current)
    misses = (
        {s: tuple(p for p in hard if s not in table.meeting(p)) for s in ranked} if relaxed else {}
    )
    openings, pay, above = table.openings(), table.pay(), _above_all(table, preferences)
    # most liked or valued traits had (the likes first), then the fit, then BLS openings and
    # pay break ties
    keys = sorted(
        (
            len(misses[slug]) if relaxed else 0,
            -likes_had[slug],  # the kinds of work they like before how they want it
            -first_had[slug],  # the first liking said, among as many
            -met[slug],
            -above.get(slug, 0.0),
            -fits[slug],
            -openings.get(slug, 0),
            -pay.get(slug, 0.0),
            slug,
        )
        for slug in ranked
    )
    scored = [(met[key[-1]], fits[key[-1]], careers[key[-1]]) for key in keys]
    wanted = [t for t in wishes if t.name in person.insisted]
    leading = frozenset(ranked).intersection(*(table.has(t) for t in wanted)) if wanted else None
    return _Ranked(
        current,
        wishes,
        scored,
        misses,
        len(passing),
        avoided,
        relaxed,
        paid_only,
        floor,
        leading or frozenset(),
        likes_had,
        first_had,
    )


def _had(
    table: Standings,
    ranked: list[str],
    wishes: list[Trait],
    person: Person,
    current: Career | None,
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """For each career ranked: how many wishes it meets, how many kinds of work liked it has,
    and whether it has the first liking said (from a job only)."""
    met, likes_had, first_had = Counter[str](), Counter[str](), Counter[str]()
    # from a job, the first liking said leads among moves with as many: a job's moves are
    # many and near alike ("ive been a nanny… i love kids obvi and im organized")
    first_liked = next((t for t in wishes if t.name in person.likes[:1]), None) if current else None
    for trait in wishes:
        if current is not None and trait.manner and trait.opposite:
            # from a job, how the work is done is met by any move without its opposite
            # ("i hate sitting at a desk": anything but desk work)
            met.update(set(ranked) - table.has(by_name()[trait.opposite]))
        elif current is None or _kind_of_work(trait):
            having = table.has(trait).intersection(ranked)
            met.update(having)
            if _kind_of_work(trait):
                likes_had.update(having)
            if trait is first_liked:
                first_had.update(having)
            if trait.opposite and trait.opposite_counts_against:
                met.subtract(table.has(by_name()[trait.opposite]).intersection(ranked))
    return met, likes_had, first_had


def _own_evidence(wishes: list[Trait]) -> list[Trait]:
    """Each trait liked, read on its own evidence: one whose ``also`` stands in for another
    trait liked beside it is told by its own measure alone ("computers" and "video games":
    bioinformatics is not counted twice over video game design)."""
    names = {t.name for t in wishes}
    return [replace(t, also=()) if t.also_unless in names else t for t in wishes]


def _typical_pay(
    table: Standings, base: set[str], preferences: Preferences, median: float | None
) -> tuple[set[str], Preferences]:
    """A pay wish for enough ("that pays ok", "a decent living"): the careers paying at least
    the median of all occupations (OEWS), and the wishes left to order them. Pay wished kept
    ("about the same") was the move's floor, and orders nothing either."""
    preferences = Preferences(tuple(p for p in preferences.items if p.measure not in AS_NOW))
    enough = next((p for p in preferences.active if p.measure == TYPICAL_PAY), None)
    if enough is None or median is None:
        return base, preferences
    pay = table.pay()
    kept = Preferences(tuple(p for p in preferences.items if p is not enough))
    return {slug for slug in base if pay.get(slug, 0.0) >= median}, kept


def _above_all(table: Standings, preferences: Preferences) -> dict[str, float]:
    """Where each stands on a figure wished "above all" ("what pays best with animals"),
    which orders the careers once the traits are had; none where no figure is."""
    first = next((p for p in preferences.active if not p.hard and p.weight >= ABOVE_ALL), None)
    return table.figure(first) if first is not None else {}


#: the weight of a wish said "above all" ("most important is pay", "what pays best")
ABOVE_ALL = 3.0


def _held_by(current: Career | None, person: Person) -> str:
    """The schooling someone holds who said none: their job's entry education (the higher
    of BLS's and its workers'), or what they said they hold, and at least a high school
    diploma: a cashier's job asks for none, but nine in ten adults hold one (Census, CPS
    2023), so "no more school" leaves the work a diploma opens."""
    said = [person.schooling_held, entry_education(current) if current else None, HIGH_SCHOOL]
    if current is not None and (bls := bls_education_rank(current)) is not None:
        said.append(EDUCATION_ORDER[bls])
    known = [level for level in said if level in EDUCATION_ORDER]
    return max(known, key=EDUCATION_ORDER.index)


def _moves(
    tables: tuple[Sequence[Career], Standings],
    base: AbstractSet[str],
    move: tuple[Career, float | None, Person],
    asked: tuple[list[Trait], Preferences],
    pool: Sequence[Career] | None,
) -> tuple[set[str], dict[str, float]]:
    """The careers a move from the current job reaches (other lines, at least the pay
    floor), and how near each is: within the circle of the nearest, or, for an industry
    asked for (``pool``: "get into IT"), all of it, the nearer first."""
    everyone, table = tables
    current, floor, person = move
    careers = table.by_slug()
    reached = moves_from(careers, table.pay(), base, (current, floor, person.leaving))
    # a move is judged on O*NET's skills and BLS's credentials: the comparison pages'
    # careers publish neither, and are moves only when AI work is what was asked for
    ai_asked = pool is not None and all("ai" in c.fields for c in pool)
    reached = {slug for slug in reached if careers[slug].soc or ai_asked}
    # work entered by being chosen for a talent, not by training (BLS OOH, "How to Become
    # One": athletes, actors, dancers, musicians) is no move from a job
    reached = {slug for slug in reached if (careers[slug].soc or "")[:7] not in TALENT_SELECTED}
    reached = _better_than_now(reached, current, asked[1], careers)
    whole = profiles(everyone).nearness(current)
    near = {slug: whole[slug] for slug in reached if slug in whole}
    if pool is not None:
        return reached, among(near, sorted(near))
    wanted = _wanted(table, reached, asked, current)
    circle, nearness = neighbours(near, (reached, wanted), len(whole))
    # O*NET's related occupations are the job's own next steps, however its knowledge
    # ratings place them (title examiners from paralegals): in the circle, at its edge
    related = {slug for slug in reached - circle if related_to(current, careers[slug])}
    return circle | related, nearness | dict.fromkeys(related, 0.0)


#: SOC occupations entered by being selected for a talent (BLS Occupational Outlook
#: Handbook, "How to Become One"): athletes and sports competitors, actors, dancers,
#: musicians and singers
TALENT_SELECTED = frozenset({"27-2021", "27-2011", "27-2031", "27-2042"})

#: the least raise a move is worth where more pay was asked and few careers with the work
#: they like pay a full step up: 10%, the gap careerbot calls "about the same" pay
#: (``limits.SIMILAR_CUT``), so a raise below it is no raise a person would notice
SMALL_RAISE = 1.10

#: fewer careers than this with the work they like paying a step up: the floor is a cut
FEW_LIKED = 5

#: figures a move from a job is wished better on than the job itself ("something similar
#: but less exposed to AI"), each of the same measure and source as the job's
BETTER_THAN_NOW = frozenset({"ai_risk", "demand"})


def _same_measure(attribute: Attribute, current: Career, career: Career) -> bool:
    measure = attribute.measure
    return measure is None or measure(current) == measure(career)


def _better_than_now(
    reached: set[str], current: Career, preferences: Preferences, careers: dict[str, Career]
) -> set[str]:
    """The moves better than the job on each figure wished of them (lower LLM exposure,
    faster growth, and growth at all), on the same measure; a wish fewer than ``FEW_LIKED``
    moves meet orders them only."""
    for wish in preferences.active:
        if wish.hard or wish.criterion not in BETTER_THAN_NOW:
            continue
        attribute = BY_NAME[wish.criterion]
        now = attribute.value(current)
        if now is None:
            continue
        if wish.criterion == "demand":  # "they're disappearing": growing, not only less shrinking
            now = max(now, 0.0)
        better = {
            slug
            for slug in reached
            if (value := attribute.value(careers[slug])) is not None
            and _same_measure(attribute, current, careers[slug])
            and (value < now if wish.want == "low" else value > now)
        }
        if len(better) >= FEW_LIKED:
            reached = better
    return reached


def _schooled_out(current: Career, pool: Sequence[Career] | None) -> bool:
    """Their own job asks more schooling than they want: work without a degree asked for
    by someone whose job needs one. (A diploma said as held is no such wish: a truck
    driver's CDL course is behind them.)"""
    return (
        bool(pool)
        and "no_degree" not in current.fields
        and all("no_degree" in c.fields for c in pool or ())
    )


def _move_floor(
    table: Standings,
    base: AbstractSet[str],
    move: tuple[Career, Preferences, float | None],
    person: Person,
    wishes: list[Trait],
    *,
    schooled_out: bool = False,
) -> float | None:
    """The least a move pays (``pay_floor``); where a step up leaves fewer than
    ``FEW_LIKED`` careers with the work they like ("waitress, I like kids": childcare pays
    less), or, with none named by someone who wants less schooling than their job asks
    (``schooled_out``), of the job's own next steps (O*NET related occupations): no more
    than a 15% cut, or where more pay was asked ("something in food that pays better"), a
    raise of ``SMALL_RAISE``; and where even that leaves fewer, none."""
    current, preferences, median = move
    floor = pay_floor(current, preferences, median, leaving=person.leaving)
    now = typical_pay(current)
    if floor is not None and floor < (now or 0.0) and _pay_traded(person, preferences):
        # "tired of quotas, something calmer, maybe part time", with pay unsaid: less pay is
        # the trade offered, each move saying its pay
        return None
    liked = [t for t in wishes if _kind_of_work(t)]
    if floor is None:
        return floor
    careers = table.by_slug()
    if not liked and not schooled_out:
        return floor
    # with no kind of work named, by someone who wants less schooling than their own job
    # asks (a dental hygienist wanting work without a degree), the job's own next steps
    # stand for the work they can go on in: assistants and technicians, who are paid less
    having = (
        set(base).intersection(*(table.has(t) for t in liked))
        if liked
        else {slug for slug in base if related_to(current, careers[slug])}
    )
    pay = table.pay()
    if sum(1 for slug in having if pay.get(slug, -1.0) >= floor) >= FEW_LIKED:
        return floor
    if wants_more_pay(preferences):
        # "something in food that pays better": a raise worth the move, if not a full step up
        now = typical_pay(current)
        return min(floor, now * SMALL_RAISE) if now is not None else floor
    cut = pay_floor(current, preferences, median, leaving=person.leaving, liking=True)
    if cut is None or sum(1 for slug in having if pay.get(slug, -1.0) >= cut) >= FEW_LIKED:
        return cut
    # a liking that pays less than the job does ("former pro athlete, love sports": coaches
    # and trainers): its careers at any pay, each move saying its pay change
    return None


#: a wish that trades pay away when said from a job with pay unsaid: fewer hours (a wish
#: for calmer work alone does not: "burned out" teachers still look for moves near their pay)
_FEWER_HOURS = frozenset({"part-time hours"})


def _pay_traded(person: Person, preferences: Preferences) -> bool:
    return preferences.get("salary") is None and bool(_FEWER_HOURS.intersection(person.not_judged))


def _wanted(
    table: Standings,
    base: set[str],
    asked: tuple[list[Trait], Preferences],
    current: Career,
) -> set[str]:
    """The moves that have the kinds of work liked, with the conditions wished low
    (``_spared``), and meet every must: the circle of the nearest is wide enough when enough
    of them are in it ("under 6 months of training")."""
    wishes, preferences = asked
    liked = [table.has(t) for t in wishes if _kind_of_work(t)]
    if liked:  # the work liked, as calm as wished: a kind of work alone keeps the nearest
        liked += [_lower_than(table, t, current) for t in wishes if _wished_low(t)]
    wanted = base.intersection(*liked)
    return wanted.intersection(*(table.meeting(p) for p in preferences.hard))


def _kind_of_work(trait: Trait) -> bool:
    """A liking that names a kind of work ("kids", "machines"), which a move from a job is
    drawn to; a value, a condition wished low ("low stress") or how the work is done
    ("active work") only weighs in the fit."""
    return trait.kind == "like" and not trait.measure.wants_low and not trait.manner


def _ruled_out(careers: dict[str, Career], excluded: tuple[str, ...]) -> set[str]:
    """The careers a person ruled out, with their SOC broad occupations; where a word they
    used named several of one SOC minor group ("not a teacher": elementary, middle and
    secondary school teachers), that whole group; where it named careers of several minor
    groups of one major group, the major group."""
    if not excluded:
        return set()
    named = [careers[s].soc or "" for s in excluded if s in careers]
    # the whole SOC broad occupation of each ("i cant be a cop": transit police too)
    broad = {soc[:6] for soc in named if soc}
    excluded = (*excluded, *(s for s, c in careers.items() if c.soc and c.soc[:6] in broad))
    groups = Counter(soc[:4] for soc in named if soc)
    wide = {g for g, n in groups.items() if n >= 2}
    # several of one major group's minor groups ("anything but retail": retail sales
    # workers and their supervisors): the major group's kind of work (all sales)
    majors = Counter(group[:2] for group in groups)
    wide |= {m for m, n in majors.items() if n >= 2}
    if not wide:
        return set(excluded)
    return set(excluded) | {
        s for s, c in careers.items() if c.soc and (c.soc[:4] in wide or c.soc[:2] in wide)
    }


def _fits(slugs: list[str], parts: list[dict[str, float]]) -> dict[str, float]:
    """Each career's fit: the mean of its standings on what the person said (1 with nothing
    said, so the stated default order decides)."""
    if not parts:
        return dict.fromkeys(slugs, 1.0)
    total = dict.fromkeys(slugs, 0.0)
    for part in parts:
        get = part.get
        for slug in slugs:
            total[slug] += get(slug, 0.0)
    return {slug: value / len(parts) for slug, value in total.items()}


def _parts(
    table: Standings,
    wishes: list[Trait],
    hated: list[Trait],
    person: Person,
    preferences: Preferences,
    *,
    least_first: bool = False,
) -> list[dict[str, float]]:
    """What each career's fit is the mean of: its standing on each trait liked or valued; on
    each disliked, the less the better ("I hate math": least math first); the match of
    interest profiles; and on each figure wished for (a must-have filters, it does not order:
    "at least 60k"). ``least_first``: the least of a trait wished low is asked for ("least
    stressful jobs"), so it orders by it alone, uncapped."""
    liked = [table.trait(t) if least_first else _enough(table, t) for t in wishes]
    parts = liked + [table.dislike(t) for t in hated]
    if congruence := table.congruence(profile_of(person.wishes)):
        parts.append(congruence)
    parts += [table.figure(p) for p in preferences.active if not p.hard]
    return parts


def _enough(table: Standings, trait: Trait) -> dict[str, float]:
    """A career's standing on a trait liked; on one wished low ("not much talking to
    people", "low stress"), the quarter of careers with the least of it are alike: the
    least social work is no better a fit than work that is quiet enough, and the default
    order decides among them."""
    standing = table.trait(trait)
    if not trait.measure.wants_low:
        return standing
    having = sorted(standing[s] for s in table.has(trait) if s in standing)
    if not having:
        return standing
    cap = having[int(len(having) * (1 - LEAST_SHARE))]
    return {slug: min(value, cap) for slug, value in standing.items()}


#: of the careers with little enough of what is wished low, the share that are alike
LEAST_SHARE = 0.25


def shortlist(
    everyone: Sequence[Career],
    person: Person,
    preferences: Preferences = NO_PREFERENCES,
    *,
    pool: Sequence[Career] | None = None,
    field_named: bool = False,
    median: float | None = None,
    least_first: bool = False,
) -> Shortlist:
    """``everyone``: the whole catalog, against which standings are judged; ``pool``: the
    careers to choose from (a field's), all by default; ``median``: the typical pay of all
    occupations, which says whether a move from a current job should be a step up."""
    asked = preferences  # said back, with a figure beside each career, ordering or not
    preferences, unranked = _judged(preferences, pool or everyone)
    ranked = _ranked(
        everyone,
        person,
        preferences,
        pool,
        median,
        field_named=field_named,
        least_first=least_first,
    )
    if ranked.current is not None:  # "need more money" from a job: more than it, said so
        preferences, asked = relative_pay(preferences), relative_pay(asked)
    chosen, capped, harder = _chosen(ranked, field_named)
    suggestions = tuple(
        Suggestion(
            career,
            round(fit, 4),
            met,
            reasons_for(career, ranked.wishes, asked, found),
            found,
            ranked.misses[career.slug] if ranked.relaxed else (),
        )
        for (met, fit, career), found in chosen
    )
    return Shortlist(
        person,
        asked,
        suggestions,
        considered=ranked.passing,
        avoided=tuple(ranked.avoided.items()),
        order=_order_text(ranked, preferences),
        relaxed=ranked.relaxed,
        harder_moves=harder,
        capped=capped,
        unranked=unranked,
    )


def _unrankable(preference: Preference, careers: Sequence[Career]) -> bool:
    attribute = WEIGHED[preference.criterion]
    measures = Counter(attribute.measure(c) for c in careers if attribute.value(c) is not None)
    most = measures.most_common(1)
    return bool(most) and never_ranked(
        attribute, [c for c in careers if attribute.measure(c) == most[0][0]], preference.measure
    )


def _judged(
    preferences: Preferences, careers: Sequence[Career]
) -> tuple[Preferences, tuple[Criterion, ...]]:
    """The wishes a figure may order by, and those none may: the measure most careers carry
    is never ranked on (LLM exposure for "safe from AI"; only the AI pages rate replacement)."""
    unranked = tuple(p.criterion for p in preferences.active if _unrankable(p, careers))
    kept = tuple(p for p in preferences.items if p.criterion not in unranked)
    return _as_limits(Preferences(kept)), unranked


def standing(
    everyone: Sequence[Career],
    person: Person,
    preferences: Preferences,
    career: Career,
    *,
    pool: Sequence[Career] | None = None,
    median: float | None = None,
    field_named: bool = False,
) -> Standing:
    preferences, _ = _judged(preferences, pool or everyone)
    ranked = _ranked(everyone, person, preferences, pool, median, field_named=field_named)
    place = next((i for i, s in enumerate(ranked.scored, 1) if s[2] is career), None)
    moved: str | None = None
    blocked = [
        f"you can't stand {by_name()[t].label}"
        for t in person.dislikes
        if t in by_name() and by_name()[t].clashes(career)
    ]
    blocked += [
        f"{must_text(p)}: {BY_NAME[p.criterion].reason(career)}"
        for p in preferences.hard
        if not meets(career, p)
    ]
    if ranked.current is not None:
        floor = ranked.floor
        paid = typical_pay(career)
        if same_line(career, ranked.current):
            blocked.append(f"it is the work you do now ({ranked.current.title})")
        elif floor is not None and (paid is None or paid < floor):
            # kept off as moves are: paying less than the floor a move is held to
            blocked.append(
                f"it pays {money(paid) if paid is not None else 'a median not published'}, "
                f"under the {money(floor)} a move from {ranked.current.title} is held to "
                "(BLS OEWS)"
            )
        else:
            found = move(ranked.current, career)
            if found.reachable:  # "why the first one": the move it is, as the list says it
                moved = move_reason(career, found).text
            if not found.reachable:
                why = "; ".join(found.switch.reasons[:2])
                blocked.append(
                    f"a {found.switch.difficulty.value} switch from "
                    f"{ranked.current.title}" + (f": {why}" if why else "")
                )
    if place is None and not blocked:  # kept off by where the list is drawn from
        blocked.append(
            f"its work is not among the nearest to {_whose(ranked.current.title)} (O*NET "
            "knowledge), which moves from a job are chosen from"
            if ranked.current is not None
            else "it is outside the careers this list is chosen from"
        )
    has, lacks = [moved] if moved else [], []
    for trait in ranked.wishes:
        reason = trait_reason(career, trait)
        if reason is not None:
            has.append(reason.text)
        else:
            lacks.append(f"{said(trait)}: {lacking(career, trait)}")
    return Standing(
        place if not blocked else None, ranked.passing, tuple(blocked), tuple(has), tuple(lacks)
    )


def _chosen(
    ranked: _Ranked, field_named: bool
) -> tuple[list[tuple[_Scored, Move | None]], int, bool]:
    """The top five, best first: at most two of one SOC minor group, one per BLS line; the
    careers of ``leading`` before all others. From a current job, among careers that show as
    many of the person's likes, O*NET's related occupations and the easier switches come
    first (``reach.tiered``), all before a career with fewer likes (switches are judged as
    the list is walked, so only careers near the top cost one)."""
    moves: dict[str, Move] = {}
    chosen: list[tuple[_Scored, Move | None]] = []
    groups: Counter[str] = Counter()
    lines: set[str] = set()
    capped = 0
    scored, current, leading = ranked.scored, ranked.current, ranked.leading
    first = [s for s in scored if s[2].slug in leading]
    rest = [s for s in scored if s[2].slug not in leading]
    passes = [*_passes(first, current, ranked), *_passes(rest, current, ranked)]
    for same, tier in passes:
        for item in same:
            career = item[2]
            line = bls_line(career)
            if line in lines:
                continue
            found = None
            if current is not None:
                found = moves.get(career.slug) or moves.setdefault(
                    career.slug, move(current, career)
                )
                if tier is not None and not within(found, career, tier):
                    continue
            group = career.soc[:4] if career.soc else career.category
            if groups[group] >= PER_GROUP and not field_named:
                capped += 1
                continue
            chosen.append((item, found))
            groups[group] += 1
            lines.add(line)
            if len(chosen) == SHOWN:
                return chosen, capped, _harder(chosen)
    return chosen, capped, _harder(chosen)


def _passes(
    scored: list[_Scored], current: Career | None, ranked: _Ranked
) -> list[tuple[list[_Scored], Tier]]:
    """The order ``_chosen`` walks the careers in: those with more kinds of work liked first,
    as the careers are sorted, then more likings;
    from a current job, the job's own next steps and the easier switches first within
    them."""

    def count(s: _Scored) -> tuple[int, int, int]:
        return ranked.kinds[s[2].slug], ranked.first[s[2].slug], s[0]

    grouped: dict[tuple[int, int, int], list[_Scored]] = {}
    for s in scored:  # in one walk, each keeping the order the careers are sorted in
        grouped.setdefault(count(s), []).append(s)
    groupings = [grouped[c] for c in sorted(grouped, reverse=True)]
    passes: list[tuple[list[_Scored], Tier]] = [(same, None) for same in groupings]
    if current is not None:
        # careers with what they like, however far, before any with none of it ("use my
        # teaching skills": a master's away is a start; an easy move to unrelated work isn't)
        liked = [same for same in groupings if same and same[0][0] > 0]
        unliked = [same for same in groupings if same and same[0][0] == 0]
        # the job's own next steps (O*NET related occupations) with anything liked come
        # first, easy and moderate switches, however many likings they show
        next_steps = [s for same in liked for s in same if related_to(current, s[2])]
        # a helper's own trade first, however long its apprenticeship: they are in it
        trade = [s for same in groupings for s in same if helped_trade(current, s[2])]
        passes = [(trade, None)] if trade else []
        passes += [(next_steps, tier) for tier in MOVE_TIERS]
        passes += [p for same in liked for p in tiered(current, same, lambda s: s[2])]
        passes += anywhere(liked)
        passes += [p for same in unliked for p in tiered(current, same, lambda s: s[2])]
        passes += anywhere(unliked)
    return passes


def _harder(chosen: list[tuple[_Scored, Move | None]]) -> bool:
    return any(m is not None and not m.reachable for _, m in chosen)


def _paid(table: Standings, passing: AbstractSet[str], median: float | None) -> bool:
    """Whether the default order keeps to careers paying at least the median of all
    occupations: where a list's worth do."""
    if median is None:
        return False
    return sum(table.pay().get(slug, 0.0) >= median for slug in passing) >= SHOWN


def _order_text(ranked: _Ranked, preferences: Preferences) -> str:
    wishes, current = ranked.wishes, ranked.current
    # a dislike orders too, the less the better ("I hate math": least math first)
    scored = [
        *(t.label for t in wishes),
        *(f"less {by_name()[name].label}" for name in ranked.avoided if name in by_name()),
        *(named_measure(p) or BY_NAME[p.criterion].noun for p in preferences.active if not p.hard),
    ]
    if current is not None:
        said = ", ".join(scored)
        return (
            f"moves from {short_title(current)}: the occupations O*NET lists as related to it "
            "first, then the others; within each, easy and moderate switches before hard ones "
            "(BLS credentials, O*NET skills), then how close the work is (O*NET knowledge) and "
            "how small a step up"
            + (f", and {said}" if said else "")
            + "; ties by BLS openings a year"
        )
    if not scored:
        return DEFAULT_ORDER if ranked.paid_only else ALL_PAY_ORDER
    counted = " and ".join(t.label for t in wishes)
    first = f"how many of {counted} they show, then " if len(wishes) > 1 else ""
    return (
        f"{first}how strongly they fit ({', '.join(scored)}: where each stands among all "
        "careers on the O*NET and BLS figures behind it); ties by BLS openings a year"
    )
