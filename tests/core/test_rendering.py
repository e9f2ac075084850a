"""One renderer, two outputs: escaped Telegram HTML under 4,096 characters and plain text
that says the same; absent figures read "not published", never 0."""

from __future__ import annotations

import re

import pytest
from html_check import telegram_html_problems, visible_text
from hypothesis import given, settings
from hypothesis import strategies as st
from seed_pages import COMPRESSION, MIDDLEWARE, PAGES, ROUTING, SEED_SLUGS

from careerbot.careers.advice import advise
from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import compare
from careerbot.careers.criteria import ATTRIBUTES
from careerbot.careers.formatting import column_names
from careerbot.careers.model import Career, Flag, Salary
from careerbot.render.card import render_card
from careerbot.render.document import (
    TELEGRAM_LIMIT,
    Bullets,
    Document,
    Grid,
    Heading,
    Para,
    utf16_units,
)
from careerbot.render.many import grid
from careerbot.render.profile import profile_document
from careerbot.render.views import (
    help_document,
    list_document,
    skills_document,
)

ZERO_FOR_MISSING = re.compile(r"\$0k|\$0\b|(?<![\d.])0(?:\.0)?/10|(?<![\d.])0%|(?<!\d)0 mo")


def same_words(text: str) -> str:
    return " ".join(text.split())


def card(catalog: Catalog, a: Career, b: Career, more: bool = False) -> Document:
    cmp = compare(a, b)
    return render_card(cmp, advise(cmp), catalog.sources, more=more)


def bare(slug: str, **fields: object) -> Career:
    defaults = {"title": slug.replace("-", " ").title(), "category": "Test", "source_note": "test"}
    return Career.model_validate({"slug": slug, **defaults, **fields})


def assert_telegram_ready(document: Document) -> None:
    text = document.html()
    assert utf16_units(text) <= TELEGRAM_LIMIT
    assert telegram_html_problems(text) == []
    assert utf16_units(document.plain()) <= TELEGRAM_LIMIT


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_cards_are_telegram_ready_and_show_the_page_figures(
    seed_catalog: Catalog, page: str
) -> None:
    slug_a, slug_b, _ = PAGES[page]
    a, b = seed_catalog.by_slug[slug_a], seed_catalog.by_slug[slug_b]
    document = card(seed_catalog, a, b)
    assert_telegram_ready(document)
    plain = document.plain()
    assert f"{a.title} vs {b.title}" in plain
    for career in (a, b):
        f = career.model_dump()
        assert f"{f['salary']['low'] // 1000}k–{f['salary']['high'] // 1000}k" in plain
        assert f"{f['demand']['score']:.1f}/10" in plain
        assert f"{f['ai_risk']['percent']:g}%" in plain
        assert f"{f['learning_curve']['months']} mo" in plain
    assert "✅" in plain
    assert "★" in plain


@pytest.mark.parametrize(
    ("slug_a", "slug_b", "label", "winner_value"),
    [
        (COMPRESSION, ROUTING, "AI risk", "15%"),
        (ROUTING, COMPRESSION, "AI risk", "15%"),
        (MIDDLEWARE, ROUTING, "Entry", "Medium"),
        (ROUTING, MIDDLEWARE, "Entry", "Medium"),
        (ROUTING, COMPRESSION, "Learning", "8 mo"),
    ],
)
def test_the_better_side_is_marked_next_to_its_value(
    seed_catalog: Catalog, slug_a: str, slug_b: str, label: str, winner_value: str
) -> None:
    plain = card(seed_catalog, seed_catalog.by_slug[slug_a], seed_catalog.by_slug[slug_b]).plain()
    (row,) = [line for line in plain.splitlines() if line.startswith(label)]
    assert f"{winner_value} ★" in row
    assert row.count("★") == 1


def test_yes_and_no_show_as_ticks_and_crosses(seed_catalog: Catalog) -> None:
    office = bare(
        "office-job",
        remote=Flag(source="test", value=False),
        coding=Flag(source="test", value=False),
    )
    plain = card(seed_catalog, seed_catalog.by_slug[ROUTING], office).plain()
    for label in ("Remote", "Coding"):
        (row,) = [line for line in plain.splitlines() if line.startswith(label)]
        assert "✅" in row
        assert "❌" in row
        assert "★" not in row


def test_a_hostile_title_is_escaped(seed_catalog: Catalog) -> None:
    hostile = bare(
        "hostile",
        title="<script>alert('x')</script> & <b>Co",
        category="</i><pre>&amp;",
        description="<a href='javascript:0'>click</a>",
        skills=("<b>bold</b> & <i>", "x < y > z"),
    )
    documents = [
        card(seed_catalog, seed_catalog.by_slug[ROUTING], hostile),
        card(seed_catalog, hostile, seed_catalog.by_slug[ROUTING]),
        profile_document(hostile, seed_catalog.sources),
        skills_document(compare(hostile, seed_catalog.by_slug[ROUTING])),
        list_document((hostile, *seed_catalog.careers)),
    ]
    for document in documents:
        assert_telegram_ready(document)
        text = document.html()
        assert "<script>" not in text
        assert "&lt;script&gt;" in text
        assert "<a " not in text
        assert "&amp;" in text
    assert "<script>alert('x')</script>" in documents[0].plain()


def test_figures_a_source_does_not_publish_are_never_shown_as_zero(
    seed_catalog: Catalog,
) -> None:
    unpublished = bare("unpublished")
    document = card(seed_catalog, seed_catalog.by_slug[ROUTING], unpublished)
    assert_telegram_ready(document)
    plain = card(seed_catalog, seed_catalog.by_slug[ROUTING], unpublished, more=True).plain()
    (grid,) = [b.lines[1:] for b in document.blocks if isinstance(b, Grid)]
    for row in grid:
        if row.strip() and not row.lstrip().startswith(("·", "━")):
            assert row.rstrip().endswith("—"), row
    assert not ZERO_FOR_MISSING.search(plain), ZERO_FOR_MISSING.search(plain)
    assert "Level on every ranked figure" not in plain
    profile = profile_document(unpublished, seed_catalog.sources).plain()
    assert profile.count("not published") == len(ATTRIBUTES)
    assert not ZERO_FOR_MISSING.search(profile)


def test_a_salary_with_one_end_missing_is_not_drawn_as_zero(seed_catalog: Catalog) -> None:
    half = bare("half-paid", salary=Salary(source="test", high=150_000))
    plain = card(seed_catalog, seed_catalog.by_slug[ROUTING], half).plain()
    assert not ZERO_FOR_MISSING.search(plain)
    assert "$150k" in plain


def test_a_huge_career_still_fits_telegrams_limit(seed_catalog: Catalog) -> None:
    huge = bare(
        "huge",
        title="Very Long Title " * 31,
        description="Lorem ipsum & <dolor> " * 2000,
        aliases=tuple(f"alias {i}" for i in range(100)),
        skills=tuple(f"Skill {i} " + "detail & <more> " * 17 for i in range(30)),
    )
    for document in (
        card(seed_catalog, huge, seed_catalog.by_slug[ROUTING]),
        card(seed_catalog, seed_catalog.by_slug[ROUTING], huge),
        card(seed_catalog, huge, seed_catalog.by_slug[ROUTING], more=True),
        profile_document(huge, seed_catalog.sources),
        skills_document(compare(huge, huge.model_copy(update={"slug": "huge-two"}))),
        list_document(tuple(huge.model_copy(update={"slug": f"h-{i}"}) for i in range(200))),
    ):
        assert_telegram_ready(document)


def documents_of(catalog: Catalog) -> list[Document]:
    careers = [catalog.by_slug[slug] for slug in SEED_SLUGS]
    cmp = compare(careers[0], careers[1])
    return [
        help_document(greeting=True),
        help_document(),
        list_document(catalog.careers),
        profile_document(careers[0], catalog.sources),
        skills_document(cmp),
        render_card(cmp, advise(cmp), catalog.sources),
        render_card(cmp, advise(cmp), catalog.sources, more=True),
    ]


def test_plain_and_html_carry_the_same_text(seed_catalog: Catalog) -> None:
    for document in documents_of(seed_catalog):
        assert_telegram_ready(document)
        assert same_words(visible_text(document.html())) == same_words(document.plain())


text_strategy = st.text(max_size=600)
blocks = st.one_of(
    st.builds(Heading, text_strategy),
    st.builds(Para, text_strategy, st.text(max_size=20), st.booleans()),
    st.builds(Bullets, text_strategy, st.lists(text_strategy, max_size=12).map(tuple)),
    st.builds(Grid, st.lists(text_strategy, max_size=12).map(tuple)),
)


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(blocks, max_size=12).map(tuple))
def test_any_document_renders_well_formed_html_within_the_limit(
    document_blocks: tuple[Heading | Para | Bullets | Grid, ...],
) -> None:
    assert_telegram_ready(Document(document_blocks))


@pytest.mark.parametrize(
    "block",
    [
        Heading("<&>" * 3000),
        Para("&" * 9000, "<b>", True),
        Bullets("<i>", tuple("x & y" * 100 for _ in range(100))),
        Grid(tuple("<pre>" * 100 for _ in range(100))),
        # 3,000 characters, but 6,000 UTF-16 units: Telegram would refuse it whole
        Para("🧑‍💻" * 1000),
    ],
)
def test_an_oversized_first_block_is_cut_down_never_mid_tag(
    block: Heading | Para | Bullets | Grid,
) -> None:
    document = Document((block, Para("after")))
    assert_telegram_ready(document)
    assert document.html().endswith("…(shortened)")


def test_blocks_are_counted_as_telegram_counts_them_emoji_as_two() -> None:
    emoji = Para("🙂" * 1500)  # 1,500 characters each, 3,000 UTF-16 units
    document = Document((emoji, emoji, Para("after")))
    assert utf16_units(document.html()) <= TELEGRAM_LIMIT
    assert document.html().count("🙂") == 1500
    assert document.html().endswith("…(shortened)")


def test_prose_names_careers_in_full_where_the_grid_must_shorten(
    bundled_catalog: Catalog,
) -> None:
    a = bundled_catalog.by_slug["accountants-and-auditors"]
    b = bundled_catalog.by_slug["data-scientists"]
    cmp = compare(a, b)
    document = render_card(cmp, advise(cmp), bundled_catalog.sources, more=True)
    text = document.plain()
    assert "Choose Data Scientists if you…" in text
    assert "Choose Accountants and Auditors if you…" in text
    prose = [b for b in document.blocks if not isinstance(b, Grid)]
    assert "Scientis…" not in Document(tuple(prose)).plain()


def test_a_column_heading_never_starts_or_ends_with_a_joining_word(
    bundled_catalog: Catalog,
) -> None:
    """ "Tree Trimmers and Pruners" is headed "Tree Trimmers", never "and Pruners", beside
    any other career, and no heading is left hanging ("Marriage and" beside Art Therapists);
    "Accountants and Auditors" is "Accountants"."""
    careers = bundled_catalog.careers
    by_slug = bundled_catalog.by_slug
    others = ("actuaries", "wind-turbine-service-technicians", "art-therapists")
    for other in (by_slug[slug] for slug in others):
        for career in careers:
            for heading in column_names(career, other, (12, 12)):
                assert not re.match(r"(?:and|or|of|&)\b", heading), (career.title, heading)
                assert not re.search(r"\b(?:and|or|of|&)$", heading), (career.title, heading)
    headings = column_names(by_slug["accountants-and-auditors"], by_slug["actuaries"], (12, 12))
    assert headings == ("Accountants", "Actuaries")


def test_growth_under_a_point_reads_to_the_tenth_in_the_grid_of_three(
    bundled_catalog: Catalog,
) -> None:
    """ "-0.3%" of court reporters, never "-0%", in the grid of three or four."""
    by = bundled_catalog.by_slug
    careers = [
        by["paralegals-and-legal-assistants"],
        by["court-reporters-and-simultaneous-captioners"],
    ]
    row = next(line for line in grid(careers) if line.startswith("Growth"))
    assert "-0%" not in row
    assert "+0%" not in row
    assert re.search(r"[+-]0\.\d%", row)
