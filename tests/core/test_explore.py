"""The tool's list: filters are must-haves checked as a ranking checks them, priorities rank
through ``ranking.rank`` itself, and growth (the demand attribute) and openings weigh on their
own."""

from __future__ import annotations

import pytest

from careerbot.careers.catalog import Catalog
from careerbot.recommend.explore import EDUCATION_KEYS, Exploration, Filters, explore, schooling
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.ranking import Scale
from careerbot.recommend.weighing import WEIGHED


def wish(*items: tuple[str, float]) -> Preferences:
    return Preferences(tuple(Preference(n, WEIGHED[n].bare, w) for n, w in items))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("filters", "holds"),
    [
        (Filters(field="healthcare"), lambda c: "healthcare" in c.fields),
        (Filters(remote=True), lambda c: c.remote is not None and c.remote.value),
        (
            Filters(pay_floor=100_000),
            lambda c: c.salary is not None and (c.salary.median or 0) >= 100_000,
        ),
        (
            Filters(education=EDUCATION_KEYS["high-school"]),
            lambda c: (
                schooling(c)
                in {"No formal educational credential", "High school diploma or equivalent"}
            ),
        ),
    ],
    ids=["field", "remote", "pay floor", "education"],
)
def test_filters_keep_only_careers_that_meet_them(
    bundled_catalog: Catalog, filters: Filters, holds: object
) -> None:
    ranking = explore(
        bundled_catalog.careers, Exploration(filters, wish(("openings", 1)), shown=100)
    )
    assert ranking.picks
    assert all(holds(p.career) for p in ranking.picks)  # type: ignore[operator]


def test_growth_and_openings_rank_on_their_own_figures(bundled_catalog: Catalog) -> None:
    growth = explore(bundled_catalog.careers, Exploration(Filters(), wish(("demand", 1)), shown=3))
    openings = explore(
        bundled_catalog.careers, Exploration(Filters(), wish(("openings", 1)), shown=3)
    )
    fastest = max(
        (
            c
            for c in bundled_catalog.careers
            if c.demand and c.demand.growth_pct is not None and c.demand.source == "bls-ep-2024-34"
        ),
        key=lambda c: c.demand.growth_pct,  # type: ignore[union-attr]
    )
    assert growth.picks[0].career.demand.growth_pct == fastest.demand.growth_pct  # type: ignore[union-attr]
    assert openings.picks[0].career.slug != growth.picks[0].career.slug
    assert "openings a year" in WEIGHED["openings"].reason(openings.picks[0].career)


def test_a_sort_ranks_one_figure_on_one_source_and_kept_scales_answer_alike(
    bundled_catalog: Catalog,
) -> None:
    asked = Exploration(
        Filters(field="trades"), wish(("salary", 2), ("learning_curve", 1)), shown=10
    )
    kept: dict[object, Scale] = {}
    first = explore(bundled_catalog.careers, asked, kept)
    again = explore(bundled_catalog.careers, asked, kept)
    fresh = explore(bundled_catalog.careers, asked)
    assert kept
    assert [p.career.slug for p in first.picks] == [p.career.slug for p in fresh.picks]
    assert [p.score for p in again.picks] == [p.score for p in fresh.picks]
    by_pay = explore(bundled_catalog.careers, Exploration(Filters(), sort="salary", shown=5))
    assert by_pay.left_out == {("ai-career-pages", "range"): 6}
    medians = [p.career.salary.median for p in by_pay.picks]  # type: ignore[union-attr]
    assert medians == sorted(medians, reverse=True)  # type: ignore[type-var]


def test_kept_scales_follow_the_careers_an_ai_wish_narrows_the_ranking_to(
    bundled_catalog: Catalog,
) -> None:
    """A wish about the AI figure ranks only the careers of one source and measure, so a
    scale kept from such a ranking is not one the next ranking, over all of them, may use."""
    narrowed = Exploration(Filters(), wish(("salary", 2), ("ai_risk", 1)), shown=20)
    whole = Exploration(Filters(), wish(("salary", 2), ("learning_curve", 1)), shown=20)
    kept: dict[object, Scale] = {}
    first = explore(bundled_catalog.careers, narrowed, kept)
    assert first.unranked == ("ai_risk",)
    again = explore(bundled_catalog.careers, whole, kept)
    fresh = explore(bundled_catalog.careers, whole)
    assert [(p.career.slug, p.score) for p in again.picks] == [
        (p.career.slug, p.score) for p in fresh.picks
    ]


def test_a_sort_on_exposure_lists_nothing_and_says_it_is_never_ranked(
    bundled_catalog: Catalog,
) -> None:
    ranking = explore(bundled_catalog.careers, Exploration(Filters(), sort="ai_risk"))
    assert ranking.unranked == ("ai_risk",)
    assert ranking.picks == ()
