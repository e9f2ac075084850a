"""A shortlist for a person: careers that fit what they said of themselves, each with the
reasons from the data (docs/catalog-build.md, "Which career fits me?").

1. Limits filter: must-have preferences (no degree, a pay floor, remote…), what the person
   cannot stand (a trait's ``avoid`` test), and, from a current job, switches that are
   easy or moderate (hard ones only when too few are left).
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

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from careerbot.careers.criteria import BY_NAME
from careerbot.careers.measures import typical_pay
from careerbot.careers.model import Career
from careerbot.careers.switching import EDUCATION_ORDER
from careerbot.careers.traits import RIASEC, Test, Trait, by_name, strength
from careerbot.recommend.closeness import profiles
from careerbot.recommend.explain import Reason, lacking, reasons_for, said, trait_reason
from careerbot.recommend.moves import Move, bls_line, move, same_line
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.ranking import meets
from careerbot.recommend.reasons import must_text
from careerbot.recommend.scales import scale

SHOWN = 5
NO_PREFERENCES = Preferences()
PER_GROUP = 2
DEFAULT_ORDER = (
    "most openings a year first (BLS Projections), among careers whose median pay is at least "
    "that of all occupations (OEWS), then higher median pay"
)


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


@dataclass(frozen=True, slots=True)
class _Scored:
    career: Career
    met: int
    fit: float
    openings: int
    pay: float


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


@dataclass(frozen=True, slots=True)
class _Ranked:
    current: Career | None
    wishes: list[Trait]
    scored: list[_Scored]
    misses: dict[str, tuple[Preference, ...]]
    passing: int
    avoided: Counter[str]
    relaxed: bool


def _ranked(
    everyone: Sequence[Career],
    person: Person,
    preferences: Preferences,
    pool: Sequence[Career] | None,
    median: float | None = None,
) -> _Ranked:
    current = next((c for c in everyone if c.slug == person.current), None)
    wishes = [by_name()[t] for t in person.wishes if t in by_name()]
    hated = [by_name()[t] for t in person.dislikes if t in by_name()]
    avoided = Counter[str]()
    kept = []
    # the comparison pages' careers carry figures of another kind (a page's salary range, a
    # replacement-risk rating): beside occupations they are shortlisted only within a field
    occupations = pool is None and any(c.soc for c in everyone)
    for career in everyone if pool is None else pool:
        if career.slug in person.excluded or not schooled(career, person):
            continue
        if career.soc is None and occupations:
            continue
        clash = next((t for t in hated if t.clashes(career) or not t.known(career)), None)
        if clash is not None:
            avoided[clash.name] += 1
        else:
            kept.append(career)
    near: dict[str, float] = {}
    if current is not None:
        floor = pay_floor(current, preferences, median)
        kept = _from_current(kept, current, floor, person.leaving)
        near = profiles(everyone).closeness(current, kept)
        if person.same_skills or not (wishes or preferences.active):
            nearest = set(sorted(near, key=lambda slug: -near[slug])[:NEAREST])
            kept = [c for c in kept if c.slug in nearest]
    hard = preferences.hard
    passing = [c for c in kept if all(meets(c, p) for p in hard)]
    relaxed = not passing and bool(hard)
    if not (wishes or preferences.active or current) and median is not None:
        # nothing to order by: the stated default, among careers paying at least the median
        paid = [c for c in passing if (typical_pay(c) or 0) >= median]
        passing = paid if len(paid) >= SHOWN else passing
    scored = [
        _score(
            c,
            everyone=everyone,
            wishes=wishes,
            person=person,
            preferences=preferences,
            closeness=near.get(c.slug),
            ease=ease(current, c) if current is not None else None,
            disliked=hated,
        )
        for c in (kept if relaxed else passing)
    ]
    misses = {c.slug: tuple(p for p in hard if not meets(c, p)) for c in kept}
    scored.sort(key=lambda s: (len(misses[s.career.slug]) if relaxed else 0, *_order(s)))
    return _Ranked(current, wishes, scored, misses, len(passing), avoided, relaxed)


def shortlist(
    everyone: Sequence[Career],
    person: Person,
    preferences: Preferences = NO_PREFERENCES,
    *,
    pool: Sequence[Career] | None = None,
    field_named: bool = False,
    median: float | None = None,
) -> Shortlist:
    """``everyone``: the whole catalog, against which standings are judged; ``pool``: the
    careers to choose from (a field's), all by default; ``median``: the typical pay of all
    occupations, which says whether a move from a current job should be a step up."""
    ranked = _ranked(everyone, person, preferences, pool, median)
    chosen, capped, harder = _chosen(ranked.scored, ranked.current, field_named)
    suggestions = tuple(
        Suggestion(
            s.career,
            round(s.fit, 4),
            s.met,
            reasons_for(s.career, ranked.wishes, preferences, found),
            found,
            ranked.misses[s.career.slug] if ranked.relaxed else (),
        )
        for s, found in chosen
    )
    return Shortlist(
        person,
        preferences,
        suggestions,
        considered=ranked.passing,
        avoided=tuple(ranked.avoided.items()),
        order=_order_text(ranked.wishes, person, preferences, ranked.current),
        relaxed=ranked.relaxed,
        harder_moves=harder,
        capped=capped,
    )


def standing(
    everyone: Sequence[Career],
    person: Person,
    preferences: Preferences,
    career: Career,
    *,
    pool: Sequence[Career] | None = None,
    median: float | None = None,
) -> Standing:
    ranked = _ranked(everyone, person, preferences, pool, median)
    place = next((i for i, s in enumerate(ranked.scored, 1) if s.career is career), None)
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
        if same_line(career, ranked.current):
            blocked.append(f"it is the work you do now ({ranked.current.title})")
        else:
            found = move(ranked.current, career)
            if not found.reachable:
                why = "; ".join(found.switch.reasons[:2])
                blocked.append(
                    f"a {found.switch.difficulty.value} switch from "
                    f"{ranked.current.title}" + (f": {why}" if why else "")
                )
    has, lacks = [], []
    for trait in ranked.wishes:
        reason = trait_reason(career, trait)
        if reason is not None:
            has.append(reason.text)
        else:
            lacks.append(f"{said(trait)}: {lacking(career, trait)}")
    return Standing(
        place if not blocked else None, ranked.passing, tuple(blocked), tuple(has), tuple(lacks)
    )


#: from a current job with nothing else asked, or asked to use its skills: the careers
#: whose knowledge profile is nearest to it (``closeness``)
NEAREST = 40
#: "what pays more" from a current job: at least this much more (a smaller gap is within
#: the noise of two medians); otherwise a move keeps pay within this cut
MORE_PAY = 0.20
PAY_CUT = 0.15


def ease(current: Career, career: Career) -> float:
    """How small a step up a move is, 0–1, from what O*NET and BLS publish on both: the rise
    in job zone (of 4 possible) and in typical entry education (of 7), averaged. Ordering
    only; the switch itself is judged in full for the careers shown (``careers.switching``)."""
    zones = [c.difficulty.rank if c.difficulty else None for c in (current, career)]
    zone_up = (zones[1] - zones[0]) / 4 if zones[0] and zones[1] else 0.5
    levels = [entry_education(c) for c in (current, career)]
    ranks = [EDUCATION_ORDER.index(x) if x in EDUCATION_ORDER else None for x in levels]
    school_up = (ranks[1] - ranks[0]) / 7 if ranks[0] is not None and ranks[1] is not None else 0.5
    return 1 - (max(0.0, zone_up) + max(0.0, school_up)) / 2


def entry_education(career: Career) -> str | None:
    """The typical education needed to enter (BLS Employment Projections)."""
    curve = career.learning_curve
    stage = next((s for s in curve.stages if s.kind == "education"), None) if curve else None
    return stage.category if stage is not None else None


def schooled(career: Career, person: Person) -> bool:
    """Entered with at most the schooling the person has or will take on (and at least the
    credential they asked about); unknown entry education never is."""
    most, least = person.schooling, person.schooling_least
    if most is None and least is None:
        return True
    entry = entry_education(career)
    if entry is None or entry not in EDUCATION_ORDER:
        return False
    rank = EDUCATION_ORDER.index(entry)
    if most in EDUCATION_ORDER and rank > EDUCATION_ORDER.index(most):
        return False
    return not (least in EDUCATION_ORDER and rank < EDUCATION_ORDER.index(least))


def pay_floor(current: Career, preferences: Preferences, median: float | None) -> float | None:
    """The least a move from the current job may pay: a fifth more when more pay was asked for,
    or when the job pays under the median of all occupations (a move is a step up); else
    no more than a 15% cut. None where pay was said not to matter, or is not published."""
    before = typical_pay(current)
    pay = preferences.get("salary")
    if before is None or (pay is not None and not pay.active):
        return None
    if _wants_more_pay(preferences) or (pay is None and median is not None and before < median):
        return before * (1 + MORE_PAY)
    return before * (1 - PAY_CUT)


def _from_current(
    careers: list[Career], current: Career, floor: float | None, leaving: bool
) -> list[Career]:
    """Other occupations than the current job (and its BLS line), paying at least ``floor``;
    for someone who wants out of their kind of work, outside its SOC minor group."""
    group = current.soc[:4] if current.soc else None
    return [
        c
        for c in careers
        if not same_line(c, current)
        and not (leaving and group and c.soc and c.soc[:4] == group)
        and (floor is None or ((after := typical_pay(c)) is not None and after >= floor))
    ]


def _wants_more_pay(preferences: Preferences) -> bool:
    pay = preferences.get("salary")
    return pay is not None and pay.active and pay.want == "high"


def _score(
    career: Career,
    *,
    everyone: Sequence[Career],
    wishes: list[Trait],
    person: Person,
    preferences: Preferences,
    closeness: float | None,
    ease: float | None = None,
    disliked: Sequence[Trait] = (),
) -> _Scored:
    moving = ease is not None
    parts = [_trait_standing(career, everyone, t) for t in wishes]
    # what they cannot stand, the less of it the better ("I hate math": least math first)
    for trait in disliked:
        test = trait.measure if trait.kind == "dislike" else (trait.avoid or trait.measure)
        standing = _standing(career, everyone, replace(test, low=None, high=0.0))
        if standing is not None:
            parts.append(standing)
    congruence = _congruence(career, person)
    if congruence is not None:
        parts.append(congruence)
    for preference in preferences.active:
        if not preference.hard:  # a must-have filters; it does not order ("at least 60k")
            parts.append(_figure_standing(career, everyone, preference))
    if closeness is not None:
        parts.append(closeness)
    if ease is not None:
        parts.append(ease)
    demand = career.demand
    return _Scored(
        career,
        # from a current job, what they value weighs in the fit but does not outrank an
        # easier switch; what they like does
        met=sum(t.has(career) for t in wishes if not (moving and t.kind == "value")),
        fit=sum(parts) / len(parts) if parts else 1.0,
        openings=demand.annual_openings or 0 if demand else 0,
        pay=BY_NAME["salary"].value(career) or 0.0,
    )


def _trait_standing(career: Career, everyone: Sequence[Career], trait: Trait) -> float:
    """The best standing among the trait's descriptors, each turned the way it wants."""
    best = 0.0
    for test in trait.tests:
        standing = _standing(career, everyone, test)
        if standing is not None:
            best = max(best, standing)
    return best


def _standing(career: Career, everyone: Sequence[Career], test: Test) -> float | None:
    """Where the career stands on the descriptor among all careers; a topic, among the
    careers whose tasks mention it at all (most mention none)."""
    key = test.descriptor
    topic = test.family == "topic"

    def value(c: Career) -> float | None:
        found = strength(c, key)
        return None if topic and not found else found

    if topic and not strength(career, key):
        return 0.0
    return scale(everyone, ("strength", key), value).standing(career, low_is_better=test.wants_low)


def _figure_standing(career: Career, everyone: Sequence[Career], preference: Preference) -> float:
    attribute = BY_NAME[preference.criterion]
    if attribute.flag:
        figure = attribute.value(career)
        return float(figure is not None and figure == (preference.want == "high"))
    group = attribute.group(career)

    def value(c: Career) -> float | None:
        return attribute.value(c) if attribute.group(c) == group else None

    standing = scale(everyone, (preference.criterion, group), value).standing(
        career, low_is_better=preference.want == "low"
    )
    return standing or 0.0


def _profile(person: Person) -> dict[str, float]:
    profile = dict.fromkeys(RIASEC, 0.0)
    for name, sign in ((t, 1.0) for t in person.wishes):
        for interest, weight in by_name()[name].riasec if name in by_name() else ():
            profile[interest] += sign * weight
    return profile


def _congruence(career: Career, person: Person) -> float | None:
    """How well the career's RIASEC profile matches the person's (cosine of the two profiles,
    each centred on its mean), 0–1; None when either has no profile."""
    profile = _profile(person)
    scores = career.descriptors.interests if career.descriptors else {}
    if not any(profile.values()) or len(scores) < len(RIASEC):
        return None
    mean_p = sum(profile.values()) / len(RIASEC)
    mean_c = sum(scores.values()) / len(RIASEC)
    p = [profile[i] - mean_p for i in RIASEC]
    c = [scores[i] - mean_c for i in RIASEC]
    norm = math.hypot(*p) * math.hypot(*c)
    if norm == 0:
        return None
    return (sum(x * y for x, y in zip(p, c, strict=True)) / norm + 1) / 2


def _order(s: _Scored) -> tuple[float, ...]:
    return (-s.met, -round(s.fit, 6), -s.openings, -s.pay)


#: from a current job, moves are taken within these years of new credentials first, then
#: wider, so a cashier sees what a year of training reaches before what a degree does
MOVE_YEARS = (1.0, 2.0, 4.0)


def _chosen(
    scored: list[_Scored], current: Career | None, field_named: bool
) -> tuple[list[tuple[_Scored, Move | None]], int, bool]:
    """The top five, best first: at most two of one SOC minor group, one per BLS line. From
    a current job, among careers that show as many of the person's wishes, the easier
    switches come first: easy or moderate within a year of new credentials, then within
    two, then any easy or moderate one, then any (switches are judged as the list is walked,
    so only careers near the top cost one)."""
    tiers: tuple[float | None, ...] = (*MOVE_YEARS, None) if current is not None else (None,)
    moves: dict[str, Move] = {}
    chosen: list[tuple[_Scored, Move | None]] = []
    groups: Counter[str] = Counter()
    lines: set[str] = set()
    capped = 0
    for met in sorted({s.met for s in scored}, reverse=True):
        same = [s for s in scored if s.met == met]
        for years in tiers:
            for item in same:
                career = item.career
                line = bls_line(career)
                if line in lines:
                    continue
                found = None
                if current is not None:
                    found = moves.get(career.slug) or moves.setdefault(
                        career.slug, move(current, career)
                    )
                    reachable = found.reachable and (found.switch.years or 0) <= (years or 99)
                    if years is not None and not reachable:
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


def _harder(chosen: list[tuple[_Scored, Move | None]]) -> bool:
    return any(m is not None and not m.reachable for _, m in chosen)


def _order_text(
    wishes: list[Trait], person: Person, preferences: Preferences, current: Career | None
) -> str:
    scored = [t.label for t in wishes] + [
        BY_NAME[p.criterion].noun for p in preferences.active if not p.hard
    ]
    if current is not None and (person.same_skills or not scored):
        scored.append(f"skills closest to {current.title}'s")
    if not scored:
        return DEFAULT_ORDER
    counted = " and ".join(t.label for t in wishes)
    first = f"how many of {counted} they show, then " if len(wishes) > 1 else ""
    return (
        f"{first}how strongly they fit ({', '.join(scored) or 'your interests'}: where each "
        "stands among all careers on the O*NET and BLS figures behind it); ties by BLS "
        "openings a year"
    )
