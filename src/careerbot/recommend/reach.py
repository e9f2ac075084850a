"""From the job a person does now, which careers a move reaches and in what order: the
circle of the nearest occupations (``closeness``), widened while too few have what they
like; and the tiers of switches, easier first (docs/catalog-build.md, "Which career fits
me?")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from careerbot.careers.model import Career
from careerbot.recommend.limits import steps
from careerbot.recommend.moves import Move

#: from a current job, the careers reachable from it: those among the nearest to it in what
#: the work asks to know (``closeness``), the circle widened while fewer than ``NEIGHBOURS``
#: of them pass the limits
NEAREST = 60
NEIGHBOURS = 10


def neighbours(
    near: dict[str, float], pools: tuple[set[str], set[str]], rated: int
) -> tuple[set[str], dict[str, float]]:
    """The careers of ``base`` among the ``NEAREST`` nearest of all ``rated``, the circle
    widened while fewer than ``NEIGHBOURS`` of them are ``wanted`` (have what the person
    likes: "other jobs with kids"); and how near each is within it (1 the nearest, 0 its
    edge)."""
    base, wanted = pools
    reach = NEAREST / max(rated, 1)
    while True:
        edge = 1 - reach
        found = {slug for slug in base if near.get(slug, 0.0) >= edge}
        if len(found & wanted) >= NEIGHBOURS or reach >= 1:
            return found, {slug: (near.get(slug, 0.0) - edge) / reach for slug in found}
        reach = min(1.0, reach * 2)


#: from a current job, moves are taken within these years of new credentials and O*NET job
#: zones up first, then wider, so a cashier sees what a year of training and one step of
#: preparation reach before what a degree does
MOVE_TIERS = ((1.0, 0), (1.0, 1), (2.0, 2), (4.0, 4))
#: past the easy and moderate switches: a hard one within four years of credentials
HARDER = (4.0, -1)
#: a tier of switches (``None``: any switch at all)
Tier = tuple[float, int] | None
T = TypeVar("T")


def related_to(current: Career, other: Career) -> bool:
    """O*NET lists one as related to the other."""
    return other.slug in current.related or current.slug in other.related


def helped_trade(current: Career, other: Career) -> bool:
    """The trade a helper works under ("Helpers--Electricians": Electricians): O*NET titles
    an electrician apprentice so, and finishing the apprenticeship is the job's own next
    step."""
    helped = current.title.removeprefix(_HELPERS)
    if helped == current.title:
        return False
    trades = {t.strip().lower() for t in _TRADES_SPLIT.split(helped) if t.strip()}
    return other.title.lower() in trades


_HELPERS = "Helpers--"
_TRADES_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def tiered(
    current: Career, same: list[T], career: Callable[[T], Career]
) -> list[tuple[list[T], Tier]]:
    """The passes over careers with as many of the person's likes: the occupations O*NET lists
    as related to the job (its own next steps, as CareerOneStop's mySkills myFuture shows
    them) through the easy and moderate tiers; then all of them through every tier, and a
    hard switch within four years. Any switch at all comes after every like-count's tiers
    (``anywhere``): a move that takes eight years of school is no better a start for
    sharing one more liking."""
    related = [s for s in same if related_to(current, career(s))]
    passes: list[tuple[list[T], Tier]] = [(related, tier) for tier in MOVE_TIERS]
    return passes + [(same, tier) for tier in (*MOVE_TIERS, HARDER)]


def anywhere(groupings: list[list[T]]) -> list[tuple[list[T], Tier]]:
    """Passes of any switch, the most liked first ("other jobs with kids" are jobs with
    kids, however far): after the tiers of careers with something liked, and last of all
    for those with nothing liked."""
    return [(same, None) for same in groupings]


def among(standing: dict[str, float], slugs: list[str]) -> dict[str, float]:
    """Standings rescaled among ``slugs``: the lowest of them 0, the highest 1."""
    found = [standing[s] for s in slugs if s in standing]
    if not found or max(found) == min(found):
        return standing
    low, span = min(found), max(found) - min(found)
    return {s: (standing[s] - low) / span for s in slugs if s in standing}


def within(found: Move, career: Career, tier: tuple[float, int]) -> bool:
    """An easy or moderate switch within the tier's years of credentials and job zones up."""
    years, zones = tier
    if zones < 0:  # ``HARDER``
        return (found.switch.years or 0) <= years
    before, after = steps(found.source)[0], steps(career)[0]
    climb = after - before if before is not None and after is not None else 0
    return found.reachable and (found.switch.years or 0) <= years and climb <= zones
