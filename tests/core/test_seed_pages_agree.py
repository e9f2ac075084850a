"""The committed expectations agree with the source pages themselves (when ../shared is here)."""

from __future__ import annotations

import dataclasses

import pytest
from seed_pages import CAREERS, PAGES, SEED_DIR, page_text, parse_page, seed_dir_present

from careerbot.careers.catalog import Catalog

pytestmark = pytest.mark.skipif(
    not seed_dir_present(), reason=f"source pages not found at {SEED_DIR}"
)


@pytest.mark.parametrize("page", sorted(PAGES))
def test_committed_figures_match_the_page(page: str) -> None:
    slug_a, slug_b, _ = PAGES[page]
    figures_a, figures_b = parse_page(page_text(page))
    assert dataclasses.replace(figures_a, skills=()) == CAREERS[slug_a]
    assert dataclasses.replace(figures_b, skills=()) == CAREERS[slug_b]


@pytest.mark.parametrize("page", sorted(PAGES))
def test_catalog_skills_are_the_pages_skills_word_for_word(
    seed_catalog: Catalog, page: str
) -> None:
    slug_a, slug_b, _ = PAGES[page]
    figures_a, figures_b = parse_page(page_text(page))
    assert len(figures_a.skills) == len(figures_b.skills) == 8
    assert seed_catalog.by_slug[slug_a].skills == figures_a.skills
    assert seed_catalog.by_slug[slug_b].skills == figures_b.skills
