"""Likely choices first: when a name fits several careers, the ones more people do lead."""

from __future__ import annotations

import pytest

from careerbot.careers.catalog import Catalog
from careerbot.careers.demand import openings_share
from careerbot.careers.model import Career, Demand
from careerbot.understanding.resolution import (
    Ambiguous,
    Candidate,
    Match,
    NameIndex,
)

ENGINEERS = [
    ("rail-engineers", "Rail Engineers"),
    ("civil-engineers", "Civil Engineers"),
    ("mining-engineers", "Mining Engineers"),
    ("ship-engineers", "Ship Engineers"),
]


def engineers_index(priors: dict[str, float] | None) -> NameIndex:
    entries = [(slug, name) for slug, title in ENGINEERS for name in (title, "Engineer")]
    return NameIndex(entries, priors)


def test_the_career_more_people_do_comes_first() -> None:
    found = engineers_index({"civil-engineers": 23_600, "mining-engineers": 10_000}).resolve(
        "engineer"
    )
    assert isinstance(found, Ambiguous)
    assert [c.slug for c in found.candidates[:2]] == ["civil-engineers", "mining-engineers"]


@pytest.mark.parametrize(("civil", "decides"), [(39_999, False), (40_000, True), (10**7, True)])
def test_a_prior_decides_only_where_one_career_has_four_times_the_openings_of_any_other(
    civil: int, decides: bool
) -> None:
    index = engineers_index({"civil-engineers": civil, "mining-engineers": 10_000})
    found = index.resolve("engineer")
    assert isinstance(found, Match if decides else Ambiguous)
    assert index.resolve("mining engineer") == Match(
        Candidate("mining-engineers", 1.0, "Mining Engineers")
    )


def test_without_priors_the_order_is_still_stable_and_complete() -> None:
    found = engineers_index(None).resolve("engineer")
    assert isinstance(found, Ambiguous)
    assert sorted(c.slug for c in found.candidates) == sorted(slug for slug, _ in ENGINEERS)


def career(slug: str, openings: int | None, growth: float | None = 1.0) -> Career:
    demand = Demand(source="bls", annual_openings=openings, growth_pct=growth)
    return Career(slug=slug, title=slug, category="Test", source_note="test", demand=demand)


def test_openings_repeated_by_finer_occupations_are_shared_among_them() -> None:
    shares = openings_share(
        [
            career("computer-occupations-a", 31_300),
            career("computer-occupations-b", 31_300),
            career("software", 115_200),
            career("same-figure-other-growth", 31_300, growth=9.9),
            career("unpublished", None),
        ]
    )
    assert shares == {
        "computer-occupations-a": 15_650,
        "computer-occupations-b": 15_650,
        "software": 115_200,
        "same-figure-other-growth": 31_300,
    }


@pytest.fixture(scope="module")
def shares(bundled_catalog: Catalog) -> dict[str, float]:
    return openings_share(bundled_catalog.careers)


def test_engineer_alone_offers_the_likeliest_engineering_careers_first(
    bundled_catalog: Catalog, bundled_index: NameIndex, shares: dict[str, float]
) -> None:
    found = bundled_index.resolve("engineer")
    assert isinstance(found, Ambiguous), found
    offered = [c.slug for c in found.candidates]
    assert len(offered) >= 3
    assert all("Engineer" in bundled_catalog.by_slug[slug].title for slug in offered)
    assert [shares[s] for s in offered] == sorted((shares[s] for s in offered), reverse=True)
    # No career called plainly "Engineer" left out has more openings than the last offered.
    engineers = [
        c for c in bundled_catalog.careers if "Engineer" in c.aliases and "Engineer" in c.title
    ]
    left_out = [shares.get(c.slug, 0.0) for c in engineers if c.slug not in offered]
    assert max(left_out) <= shares[offered[-1]]
