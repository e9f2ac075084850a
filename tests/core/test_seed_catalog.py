"""The six careers of the source pages load with every figure exactly as published."""

from __future__ import annotations

import pytest
from seed_pages import CAREERS, COMPRESSION, ROUTING, SEED_SLUGS, SKILL_SAMPLES, Figures

from careerbot.careers.catalog import Catalog
from careerbot.careers.model import Career


def figures_of(career: Career) -> Figures:
    """The page's figures of a career; a figure missing from the catalog fails here."""
    f = career.model_dump()
    return Figures(
        career.title,
        f["salary"]["low"],
        f["salary"]["high"],
        f["demand"]["score"],
        f["ai_risk"]["percent"],
        f["learning_curve"]["months"],
        f["difficulty"]["level"],
        f["entry_barrier"]["level"],
        f["remote"]["value"],
        f["coding"]["value"],
    )


def test_seed_file_holds_exactly_the_six_careers(seed_catalog: Catalog) -> None:
    assert sorted(seed_catalog.by_slug) == sorted(SEED_SLUGS)


@pytest.mark.parametrize("slug", SEED_SLUGS)
def test_every_figure_is_as_the_pages_give_it(seed_catalog: Catalog, slug: str) -> None:
    assert figures_of(seed_catalog.by_slug[slug]) == CAREERS[slug]


@pytest.mark.parametrize("slug", SEED_SLUGS)
def test_each_career_has_eight_distinct_skills_from_its_page(
    seed_catalog: Catalog, slug: str
) -> None:
    skills = seed_catalog.by_slug[slug].skills
    assert len(skills) == 8
    assert len(set(skills)) == 8
    assert set(SKILL_SAMPLES[slug]) <= set(skills)


@pytest.mark.parametrize("slug", SEED_SLUGS)
def test_each_career_is_sourced_categorised_and_aliased(seed_catalog: Catalog, slug: str) -> None:
    career = seed_catalog.by_slug[slug]
    assert career.category == "AI Engineering"
    assert career.source_note
    assert career.aliases
    assert career.ai_risk is not None
    assert career.ai_risk.measure == "replacement_risk"
    for name, figure in career.figures().items():
        assert figure is not None, name
        assert figure.source in seed_catalog.sources, name


def test_page_003_rows_belong_to_the_careers_its_title_sentences_name(
    seed_catalog: Catalog,
) -> None:
    """Page 003 prints both careers under one header; its sentences say whose row is whose."""
    compression, routing = seed_catalog.by_slug[COMPRESSION], seed_catalog.by_slug[ROUTING]
    assert compression.salary is not None
    assert routing.salary is not None
    assert (compression.salary.low, compression.salary.high) == (120_000, 200_000)
    assert (routing.salary.low, routing.salary.high) == (135_000, 210_000)
    assert compression.demand is not None
    assert routing.demand is not None
    assert (compression.demand.score, routing.demand.score) == (9.0, 9.0)
    assert compression.ai_risk is not None
    assert routing.ai_risk is not None
    assert (compression.ai_risk.percent, routing.ai_risk.percent) == (20, 15)
    assert compression.learning_curve is not None
    assert routing.learning_curve is not None
    assert (compression.learning_curve.months, routing.learning_curve.months) == (12, 8)
