"""Switch difficulty discriminates, has a direction, and says why (careers/switching.py)."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from careerbot.careers.catalog import Catalog
from careerbot.careers.model import Career
from careerbot.careers.switching import LARGE_GAP, SMALL_GAP, Transition, skill_gap, switch

CASHIERS = "cashiers"
NURSE_ANESTHETISTS = "nurse-anesthetists"
RN = "registered-nurses"
LPN = "licensed-practical-and-licensed-vocational-nurses"
SOFTWARE = "software-developers"
DATA = "data-scientists"
LAWYERS = "lawyers"
ELECTRICIANS = "electricians"
ACCOUNTANTS = "accountants-and-auditors"
SAMPLE = 30_000


@pytest.fixture(scope="module")
def occupations(bundled_catalog: Catalog) -> list[Career]:
    return [c for c in bundled_catalog.careers if c.soc]


@pytest.fixture(scope="module")
def sample(occupations: list[Career]) -> list[tuple[Career, Career]]:
    """A fixed random sample of ordered pairs (all 851,006 take half a minute)."""
    chooser = random.Random(2034)
    return [tuple(chooser.sample(occupations, 2)) for _ in range(SAMPLE)]  # type: ignore[misc]


def test_labels_split_into_meaningful_shares(sample: list[tuple[Career, Career]]) -> None:
    shares = Counter(switch(a, b).difficulty for a, b in sample)
    assert Transition.NOT_ESTIMATED not in shares
    share = {t: n / len(sample) for t, n in shares.items()}
    assert 0.10 <= share[Transition.EASY] <= 0.30
    assert 0.35 <= share[Transition.MODERATE] <= 0.65
    assert 0.20 <= share[Transition.HARD] <= 0.45


def test_the_skill_gap_cut_points_are_its_25th_and_90th_percentiles(
    sample: list[tuple[Career, Career]],
) -> None:
    """Measured on rated pairs only: the cut points were calibrated on O*NET's own ratings."""
    gaps = sorted(
        g
        for a, b in sample
        if not a.skills_estimated_from
        and not b.skills_estimated_from
        and (g := skill_gap(a, b)) is not None
    )
    assert gaps[len(gaps) // 4] == pytest.approx(SMALL_GAP, abs=0.02)
    assert gaps[len(gaps) * 9 // 10] == pytest.approx(LARGE_GAP, abs=0.04)


@pytest.mark.parametrize(
    ("source", "target", "difficulty"),
    [
        (CASHIERS, NURSE_ANESTHETISTS, Transition.HARD),
        (NURSE_ANESTHETISTS, CASHIERS, Transition.EASY),
        (RN, LPN, Transition.EASY),
        (LAWYERS, ELECTRICIANS, Transition.HARD),
        (ELECTRICIANS, LAWYERS, Transition.HARD),
        (RN, ACCOUNTANTS, Transition.MODERATE),
        (ACCOUNTANTS, RN, Transition.MODERATE),
    ],
)
def test_switch_examples(
    bundled_catalog: Catalog, source: str, target: str, difficulty: Transition
) -> None:
    assert switch(bundled_catalog.by_slug[source], bundled_catalog.by_slug[target]).difficulty is (
        difficulty
    )


def test_software_developers_and_data_scientists_are_no_hard_switch(
    bundled_catalog: Catalog,
) -> None:
    """Neither has O*NET skill ratings; both are estimated and said to be."""
    there = switch(bundled_catalog.by_slug[SOFTWARE], bundled_catalog.by_slug[DATA])
    back = switch(bundled_catalog.by_slug[DATA], bundled_catalog.by_slug[SOFTWARE])
    assert Transition.HARD not in (there.difficulty, back.difficulty)
    assert there.estimated
    assert back.estimated


def test_a_hard_switch_says_why(bundled_catalog: Catalog) -> None:
    cashier, anesthetist = (
        bundled_catalog.by_slug[CASHIERS],
        bundled_catalog.by_slug[NURSE_ANESTHETISTS],
    )
    found = switch(cashier, anesthetist)
    said = " ".join(found.reasons)
    assert "nurse anesthesia doctorate" in said
    assert "needs RN licence" in said  # the licence the doctorate builds on, named
    assert "at least a year of related work" in said
    assert found.years is not None
    assert found.years >= 4


def test_a_first_line_supervisor_of_other_work_is_hard(occupations: list[Career]) -> None:
    """Supervisors come up from the work they oversee: from any job of another SOC major
    group, every first-line supervisor is a hard switch that says so; from the work itself
    (a patrol officer to police sergeant) it is not, for that reason."""
    supervisors = [c for c in occupations if c.title.startswith("First-Line Supervisors")]
    assert len(supervisors) >= 15
    chooser = random.Random(7)
    for b in supervisors:
        for a in chooser.sample([c for c in occupations if c.soc[:2] != b.soc[:2]], 20):
            moved = switch(a, b)
            if moved.difficulty is Transition.NOT_ESTIMATED:
                continue
            assert moved.difficulty is Transition.HARD, (a.slug, b.slug)
            assert moved.reasons[0].startswith("first-line supervisors come up from the")
        for a in [c for c in occupations if c.soc[:2] == b.soc[:2] and c is not b]:
            assert not any("come up from" in r for r in switch(a, b).reasons)
