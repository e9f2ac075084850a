"""The interactive tool's list: every career, limited by field, education, remote work and a
pay floor, then ranked by the priorities set with its sliders or sorted by one figure.

The limits are must-haves, checked as a ranking checks them (a figure that is not published
never meets one); the ranking is ``ranking.rank`` itself, so the tool's places, ties and
reasons are the chat's."""

from __future__ import annotations

from collections.abc import Hashable, MutableMapping, Sequence
from dataclasses import dataclass, field, replace

from careerbot.careers.credentials import EDUCATION_ORDER, stage
from careerbot.careers.model import Career, Direction
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.ranking import Ranking, Scale, meets, rank
from careerbot.recommend.weighing import WEIGHED, Criterion

#: the most picks one answer lists
MOST_SHOWN = 100
#: BLS's typical education levels, lowest first, by a short key (``?education=bachelor``)
EDUCATION_KEYS: dict[str, str] = dict(
    zip(
        (
            "none",
            "high-school",
            "some-college",
            "postsecondary",
            "associate",
            "bachelor",
            "master",
            "doctoral",
        ),
        EDUCATION_ORDER,
        strict=True,
    )
)


@dataclass(frozen=True, slots=True)
class Filters:
    #: a field of ``careers.fields`` ("healthcare", "trades")
    field: str | None = None
    #: the most schooling a career may ask for: a BLS category of ``EDUCATION_ORDER``
    education: str | None = None
    remote: bool = False
    #: the least typical pay (the median where published, else the middle of the range)
    pay_floor: int | None = None

    def musts(self) -> tuple[Preference, ...]:
        musts = []
        if self.remote:
            musts.append(Preference("remote", "high", hard=True))
        if self.pay_floor is not None:
            musts.append(Preference("salary", "high", hard=True, limit=self.pay_floor))
        return tuple(musts)

    def admits(self, career: Career) -> bool:
        if self.field is not None and self.field not in career.fields:
            return False
        if self.education is not None:
            asked = schooling(career)
            if asked is None or EDUCATION_ORDER.index(asked) > EDUCATION_ORDER.index(
                self.education
            ):
                return False
        return all(meets(career, must) for must in self.musts())


@dataclass(frozen=True, slots=True)
class Exploration:
    filters: Filters
    #: the sliders: how much each criterion weighs, and which way (weight 0: not at all)
    priorities: Preferences = field(default_factory=Preferences)
    #: rank on this one figure instead, on the source and measure most careers use
    sort: Criterion | None = None
    order: Direction | None = None
    shown: int = 20

    @property
    def asks(self) -> bool:
        """Something to rank on: a priority that weighs, or a figure to sort by."""
        return self.sort is not None or bool(self.priorities.active)


def schooling(career: Career) -> str | None:
    """The typical education BLS lists for the work, where it does."""
    found = stage(career, "education")
    return found.category if found is not None and found.category in EDUCATION_ORDER else None


def explore(
    careers: Sequence[Career],
    exploration: Exploration,
    scales: MutableMapping[Hashable, Scale] | None = None,
) -> Ranking:
    """``scales``: where to keep the scales made, for the next exploration that ranks the
    same careers (a scale depends on the careers it is made over: the filters decide them,
    and a wish about an AI figure narrows them to one source and measure)."""
    pool = [c for c in careers if exploration.filters.admits(c)]
    shown = max(1, min(exploration.shown, MOST_SHOWN))
    if exploration.sort is not None:
        want = exploration.order or WEIGHED[exploration.sort].bare
        priorities, single = Preferences((Preference(exploration.sort, want),)), True
    else:
        # one priority ranks as the chat does a one-figure question: on one source and measure
        priorities = exploration.priorities
        single = len(priorities.active) == 1

    def scale_of(ranked: Sequence[Career], criterion: Criterion) -> Scale:
        if scales is None:
            return Scale(ranked, criterion)
        key = (criterion, tuple(c.slug for c in ranked))
        if (kept := scales.get(key)) is None:
            kept = scales[key] = Scale(ranked, criterion)
        return kept

    ranking = rank(pool, priorities, single=single, shown=shown, scale_of=scale_of)
    if single and ranking.unranked:
        # exposure is never ranked: no list ordered on it, as in the chat
        return replace(ranking, picks=())
    return ranking
