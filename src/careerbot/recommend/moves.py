"""Moves from the job a person does now: how hard each switch is (``careers.switching``),
how close the skills are, and what it does to their pay. CareerOneStop's mySkills myFuture
matches a job to others by shared skills; a move here also says the pay change and the
time the switch takes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerbot.careers.formatting import money
from careerbot.careers.measures import SAID_PAY, mostly_self_employed, typical_pay
from careerbot.careers.model import Career
from careerbot.careers.switching import Switch, Transition, skill_gap, switch


@dataclass(frozen=True, slots=True)
class Move:
    source: Career
    switch: Switch
    #: typical pay (the median where published) after minus before; None: not published
    pay_change: float | None
    #: O*NET lists the two as related occupations
    related: bool
    #: how far the current job's skill levels fall short of the new one's (0–7 points)
    gap: float | None

    @property
    def reachable(self) -> bool:
        return self.switch.difficulty in (Transition.EASY, Transition.MODERATE)

    def pay_text(self, career: Career) -> str | None:
        before, after = typical_pay(self.source), typical_pay(career)
        if before is None or after is None:
            return None
        said = self.source.salary is not None and self.source.salary.source == SAID_PAY
        yours = f"{money(before)} (yours)" if said else money(before)
        if career.bls_group:
            # a wider line's pay (clinical research coordinators carry natural sciences
            # managers'): no change for the career itself is published
            return f"pay {yours} → {money(after)} (a wider BLS line's; none published for it)"
        if mostly_self_employed(self.source) and not said:
            # OEWS counts employees only: most of the job's workers earn what it does not say
            return (
                f"pay {money(after)} (your job's {money(before)} counts employees only; most "
                "are self-employed)"
            )
        change = (after - before) / before
        return f"pay {yours} → {money(after)} ({change:+.0%})"

    def switch_text(self) -> str:
        said = self.switch.difficulty.value
        if self.switch.difficulty is Transition.EASY and not self.switch.years:
            return f"switch {said}: no new credential"
        if self.switch.reasons:
            return f"switch {said}: {self.switch.reasons[0]}"
        return f"switch {said}"


def move(source: Career, target: Career) -> Move:
    before, after = typical_pay(source), typical_pay(target)
    return Move(
        source=source,
        switch=switch(source, target),
        pay_change=None if before is None or after is None else after - before,
        related=target.slug in source.related or source.slug in target.related,
        gap=skill_gap(source, target),
    )


def bls_line(career: Career) -> str:
    """The BLS line whose pay and projections a career carries: a wider group's code where
    it borrows one ("Registered Nurses (29-1141)" for acute care nurses), else its own."""
    if career.bls_group and (found := _CODE.search(career.bls_group)):
        return found.group(1)
    return career.soc[:7] if career.soc else career.slug


def same_line(a: Career, b: Career) -> bool:
    """The same occupation, or two that share one BLS line's figures."""
    return bls_line(a) == bls_line(b)


_CODE = re.compile(r"\((\d{2}-\d{4})\)\s*$")
