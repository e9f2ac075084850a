"""What a person wants, as data: one preference per criterion.

A preference points ``high`` or ``low`` on its criterion (for remote work and coding,
``high`` means yes). ``weight`` 0 records "doesn't matter", so a later message can drop a
criterion again. A hard preference filters; a soft one only weighs. ``limit`` is the
number a hard preference is held to (a salary, months, a percentage, a level).
``measure`` is a measure asked for by its own name ("lowest LLM exposure"): the wish ranks
on that measure, where the criterion's plain wish would not ("lowest AI risk"); or, for pay,
``TYPICAL_PAY``: enough pay, a floor at the median of all occupations that orders nothing;
or ``KEPT_PAY``/``SIMILAR_PAY``: pay kept at (about) what their job pays, a floor that orders
nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerbot.careers.criteria import NAMES
from careerbot.careers.model import Direction
from careerbot.recommend.weighing import WEIGHED, Criterion

#: the measure of a pay wish for enough ("that pays ok", "a decent living"): at least the
#: median wage of all occupations, a floor that orders nothing
TYPICAL_PAY = "typical"
#: the measure of a pay wish to keep what their job pays ("something that pays about the
#: same", "can't take a pay cut"): from a job, a floor at its pay that orders nothing
KEPT_PAY = "kept"
#: the measure of a pay wish for about what their job pays ("something that pays about the
#: same", "similar money"): from a job, a floor a little under its pay that orders nothing
SIMILAR_PAY = "similar"
#: the most "about the same" pay falls short of a job's, or of a figure said ("close to 68k")
SIMILAR_CUT = 0.10
#: pay wishes held to the job's own pay
AS_NOW = (KEPT_PAY, SIMILAR_PAY)


@dataclass(frozen=True, slots=True)
class Preference:
    criterion: Criterion
    want: Direction
    weight: float = 1.0
    hard: bool = False
    limit: float | None = None
    measure: str | None = None

    @property
    def active(self) -> bool:
        return self.weight > 0

    def bound(self) -> float | None:
        """The number a hard preference is checked against, if it has one."""
        if not self.hard:
            return None
        if self.limit is not None:
            return self.limit
        return WEIGHED[self.criterion].limits.get(self.want)


@dataclass(frozen=True, slots=True)
class Preferences:
    items: tuple[Preference, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.items)

    @property
    def active(self) -> tuple[Preference, ...]:
        """Preferences that count, the weightiest first (stable for equal weights)."""
        return tuple(sorted((p for p in self.items if p.active), key=lambda p: -p.weight))

    @property
    def hard(self) -> tuple[Preference, ...]:
        return tuple(p for p in self.active if p.hard)

    def get(self, criterion: str) -> Preference | None:
        return next((p for p in self.items if p.criterion == criterion), None)

    def merged(self, newer: Preferences) -> Preferences:
        """``self`` refined by ``newer``: a criterion mentioned again takes the new reading."""
        replaced = {p.criterion for p in newer.items}
        kept = tuple(p for p in self.items if p.criterion not in replaced)
        return Preferences(kept + newer.items)

    def with_item(self, preference: Preference) -> Preferences:
        return self.merged(Preferences((preference,)))

    # A compact text form, for the chat context ("salary.h.3.0.;remote.h.1.1.").
    def encode(self) -> str:
        return ";".join(
            f"{p.criterion}.{p.want[0]}.{p.weight:g}.{int(p.hard)}."
            + ("" if p.limit is None else f"{p.limit:g}")
            + ("" if p.measure is None else f".{p.measure}")
            for p in self.items
        )

    @classmethod
    def decode(cls, text: object) -> Preferences:
        """Tolerant: anything unreadable (an older or damaged context) is dropped."""
        if not isinstance(text, str):
            return cls()
        items: list[Preference] = []
        for part in text.split(";")[: len(NAMES)]:
            match = _ENCODED.fullmatch(part)
            if match is None or match.group(1) in {p.criterion for p in items}:
                continue
            criterion, want, weight, hard, limit, measure = match.groups()
            items.append(
                Preference(
                    criterion,  # type: ignore[arg-type]  # the pattern admits only criteria
                    "high" if want == "h" else "low",
                    float(weight),
                    hard == "1",
                    float(limit) if limit else None,
                    measure,
                )
            )
        return cls(tuple(items))


_ENCODED = re.compile(
    rf"({'|'.join(NAMES)})\.([hl])\.(\d{{1,2}}(?:\.\d{{1,3}})?)\.([01])\.(\d{{1,9}}(?:\.\d{{1,3}})?)?"
    r"(?:\.([a-z_]{1,24}))?"
)
