"""Which side is better, per attribute, and that a tie never produces a winner or a winning
sentence, for every ordered pair of the six careers."""

from __future__ import annotations

import re
from itertools import permutations

import pytest
from seed_pages import MIDDLEWARE, PAGES, ROUTING, SEED_SLUGS, UNRANKED

from careerbot.careers.advice import advise
from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import Unranked, compare
from careerbot.careers.criteria import RANKED
from careerbot.careers.model import AiRisk, Career, Demand, EntryBarrier, LearningCurve, Salary
from careerbot.render.card import render_card
from careerbot.render.document import Grid

BARRIER = {"Low": 0, "Medium": 1, "High": 2}

# Phrases that claim one side wins on the attribute, in any wording the advice might use.
WINNING_CLAIMS = {
    "salary": re.compile(r"higher salary ceiling|higher (?:pay|salary)(?! floor)|pays more", re.I),
    "demand": re.compile(r"higher[- ]demand|higher on (?:\w+ )*demand|more in demand", re.I),
    "ai_risk": re.compile(r"lower (?:AI|LLM)[\w ]*(?:risk|exposure|applicability)|safer", re.I),
    "learning_curve": re.compile(r"quicker|sooner|faster to learn|shorter learning", re.I),
    "entry_barrier": re.compile(r"lower entry barrier|easier way in|more accessible", re.I),
}
VERDICT_WORDS = {
    "salary": "salary",
    "demand": "demand",
    "ai_risk": "AI risk",
    "learning_curve": "learn",
    "entry_barrier": "entry barrier",
}
GRID_LABELS = {
    "salary": "Salary",
    "demand": "Demand",
    "ai_risk": "AI risk",
    "learning_curve": "Learning",
    "entry_barrier": "Entry",
}
ORDERED_PAIRS = list(permutations(SEED_SLUGS, 2))


def expected_better(attribute: str, a: Career, b: Career) -> str:
    """The rules, restated independently of the engine: bigger key is better."""
    keys = {
        "salary": lambda c: c.salary.high,
        "demand": lambda c: c.demand.score,
        "ai_risk": lambda c: -c.ai_risk.percent,
        "learning_curve": lambda c: -c.learning_curve.months,
        "entry_barrier": lambda c: -BARRIER[c.entry_barrier.level],
    }
    key_a, key_b = keys[attribute](a), keys[attribute](b)
    return "tie" if key_a == key_b else ("a" if key_a > key_b else "b")


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


@pytest.mark.parametrize(("slug_a", "slug_b"), ORDERED_PAIRS)
def test_better_follows_the_rules_and_unranked_attributes_have_no_winner(
    seed_careers: dict[str, Career], slug_a: str, slug_b: str
) -> None:
    a, b = seed_careers[slug_a], seed_careers[slug_b]
    cmp = compare(a, b)
    for name in RANKED:
        assert cmp.attributes[name].better == expected_better(name, a, b), name
    for name in UNRANKED:
        assert cmp.attributes[name].better is None, name


@pytest.mark.parametrize("page", sorted(PAGES))
def test_better_per_page_matches_the_hand_worked_table(
    seed_careers: dict[str, Career], page: str
) -> None:
    slug_a, slug_b, better = PAGES[page]
    cmp = compare(seed_careers[slug_a], seed_careers[slug_b])
    assert {name: cmp.attributes[name].better for name in better} == better


@pytest.mark.parametrize(("slug_a", "slug_b"), ORDERED_PAIRS)
def test_no_sentence_claims_a_winner_on_a_tied_attribute(
    seed_careers: dict[str, Career], slug_a: str, slug_b: str
) -> None:
    cmp = compare(seed_careers[slug_a], seed_careers[slug_b])
    advice = advise(cmp)
    tied = [name for name in RANKED if cmp.attributes[name].better == "tie"]
    claims = [*sentences(advice.conclusion), *advice.choose_a, *advice.choose_b]
    for name in tied:
        offending = [s for s in claims if WINNING_CLAIMS[name].search(s)]
        assert not offending, (name, offending)
        for clause in advice.verdict.rstrip(".").split(";"):
            if not clause.strip().startswith("tied"):
                assert VERDICT_WORDS[name].lower() not in clause.lower(), (name, clause)


@pytest.mark.parametrize(("slug_a", "slug_b"), ORDERED_PAIRS)
def test_every_won_attribute_is_said_for_the_winner_only(
    seed_careers: dict[str, Career], slug_a: str, slug_b: str
) -> None:
    cmp = compare(seed_careers[slug_a], seed_careers[slug_b])
    advice = advise(cmp)
    for name in RANKED:
        better = cmp.attributes[name].better
        if better not in {"a", "b"}:
            continue
        winner, loser = (cmp.a, cmp.b) if better == "a" else (cmp.b, cmp.a)
        said = [s for s in sentences(advice.conclusion) if WINNING_CLAIMS[name].search(s)]
        assert said, name
        assert all(s.startswith(winner.title) for s in said), (name, said)
        assert not any(s.startswith(loser.title) for s in said), (name, said)
        mine, theirs = (
            (advice.choose_a, advice.choose_b)
            if better == "a"
            else (
                advice.choose_b,
                advice.choose_a,
            )
        )
        assert any(WINNING_CLAIMS[name].search(reason) for reason in mine), name
        assert not any(WINNING_CLAIMS[name].search(reason) for reason in theirs), name


@pytest.mark.parametrize(("slug_a", "slug_b"), ORDERED_PAIRS)
def test_the_card_marks_no_side_on_a_tied_row(
    seed_catalog: Catalog, slug_a: str, slug_b: str
) -> None:
    cmp = compare(seed_catalog.by_slug[slug_a], seed_catalog.by_slug[slug_b])
    card = render_card(cmp, advise(cmp), seed_catalog.sources)
    (grid,) = [block.lines for block in card.blocks if isinstance(block, Grid)]
    for name, label in GRID_LABELS.items():
        (row,) = [line for line in grid if line.startswith(label)]
        if cmp.attributes[name].better == "tie":
            assert "★" not in row, row
        elif cmp.attributes[name].better in {"a", "b"}:
            assert row.count("★") == 1, row


# The pages' own false claims, each on a tie: our output must not repeat them.
PAGE_FALSE_CLAIMS = [
    ("000", "entry_barrier", "AI Model Routing Engineer has a lower entry barrier"),
    ("000", "ai_risk", "AI Model Routing Engineer has a lower AI replacement risk"),
    ("001", "ai_risk", "AI Model Routing Engineer has a lower AI replacement risk"),
    ("002", "entry_barrier", "AI Model Routing Engineer has a lower entry barrier"),
    ("003", "demand", "AI Model Compression Engineer scores higher on future market demand"),
    ("003", "entry_barrier", "AI Model Compression Engineer has a lower entry barrier"),
    ("004", "salary", "AI Middleware Engineer offers a higher salary ceiling"),
    ("004", "ai_risk", "AI Middleware Engineer has a lower AI replacement risk"),
]


@pytest.mark.parametrize(("page", "attribute", "false_claim"), PAGE_FALSE_CLAIMS)
def test_the_pages_false_tie_claims_are_not_repeated(
    seed_careers: dict[str, Career], page: str, attribute: str, false_claim: str
) -> None:
    slug_a, slug_b, _ = PAGES[page]
    cmp = compare(seed_careers[slug_a], seed_careers[slug_b])
    assert cmp.attributes[attribute].better == "tie"
    advice = advise(cmp)
    everything = " ".join([advice.conclusion, advice.verdict, *advice.choose_a, *advice.choose_b])
    assert false_claim not in everything
    assert not WINNING_CLAIMS[attribute].search(everything)


def test_page_004_tied_ceiling_says_both_top_out_at_the_same_figure(
    seed_careers: dict[str, Career],
) -> None:
    advice = advise(compare(seed_careers[MIDDLEWARE], seed_careers[ROUTING]))
    assert "$210k" in advice.conclusion
    assert "higher salary ceiling" not in advice.conclusion


def test_identical_figures_are_level_on_everything(seed_careers: dict[str, Career]) -> None:
    twin = seed_careers[ROUTING].model_copy(update={"slug": "routing-twin", "title": "Twin"})
    cmp = compare(seed_careers[ROUTING], twin)
    assert {cmp.attributes[name].better for name in RANKED} == {"tie"}
    advice = advise(cmp)
    assert "Level on every ranked figure" in advice.verdict
    for name in RANKED:
        assert not any(WINNING_CLAIMS[name].search(r) for r in advice.choose_a + advice.choose_b)


def bare(slug: str, **figures: object) -> Career:
    return Career(slug=slug, title=slug.title(), category="Test", source_note="test", **figures)


@pytest.mark.parametrize("attribute", RANKED)
def test_a_figure_one_side_does_not_publish_ranks_neither(
    seed_careers: dict[str, Career], attribute: str
) -> None:
    cmp = compare(seed_careers[ROUTING], bare("unpublished"))
    assert cmp.attributes[attribute].better is None
    assert cmp.attributes[attribute].unranked is Unranked.NOT_PUBLISHED


def test_different_ai_measures_are_never_ranked(seed_careers: dict[str, Career]) -> None:
    routing = seed_careers[ROUTING]
    assert routing.ai_risk is not None
    exposure = AiRisk(source=routing.ai_risk.source, measure="llm_exposure", percent=5.0)
    cmp = compare(routing, bare("exposed", ai_risk=exposure))
    assert cmp.attributes["ai_risk"].better is None
    assert cmp.attributes["ai_risk"].unranked is Unranked.DIFFERENT_MEASURES
    assert not WINNING_CLAIMS["ai_risk"].search(advise(cmp).conclusion)


@pytest.mark.parametrize("attribute", RANKED)
def test_figures_from_different_sources_are_never_ranked(
    seed_careers: dict[str, Career], attribute: str
) -> None:
    routing = seed_careers[ROUTING]
    figure = getattr(routing, attribute)
    elsewhere = bare("elsewhere", **{attribute: figure.model_copy(update={"source": "other"})})
    cmp = compare(routing, elsewhere)
    assert cmp.attributes[attribute].better is None
    assert cmp.attributes[attribute].unranked is Unranked.DIFFERENT_SOURCES
    assert not WINNING_CLAIMS[attribute].search(advise(cmp).conclusion)


def test_exposure_to_llms_is_never_a_win(seed_careers: dict[str, Career]) -> None:
    low = bare("low", ai_risk=AiRisk(source="s", measure="llm_exposure", percent=5.0))
    high = bare("high", ai_risk=AiRisk(source="s", measure="llm_exposure", percent=60.0))
    cmp = compare(low, high)
    assert cmp.attributes["ai_risk"].better is None
    assert cmp.attributes["ai_risk"].unranked is Unranked.NOT_RANKED
    advice = advise(cmp)
    assert "ai risk" not in advice.verdict.lower()
    assert not any(
        WINNING_CLAIMS["ai_risk"].search(s) for s in (*advice.choose_a, advice.conclusion)
    )


@pytest.mark.parametrize(
    ("attribute", "better_figures", "worse_figures"),
    [
        (
            "salary",
            {"salary": Salary(source="s", low=1, high=300_000)},
            {"salary": Salary(source="s", low=250_000, high=290_000)},
        ),
        (
            "demand",
            {"demand": Demand(source="s", score=7.1)},
            {"demand": Demand(source="s", score=7.0)},
        ),
        (
            "ai_risk",
            {"ai_risk": AiRisk(source="s", measure="replacement_risk", percent=10)},
            {"ai_risk": AiRisk(source="s", measure="replacement_risk", percent=11)},
        ),
        (
            "learning_curve",
            {"learning_curve": LearningCurve(source="s", months=3)},
            {"learning_curve": LearningCurve(source="s", months=4)},
        ),
        (
            "entry_barrier",
            {"entry_barrier": EntryBarrier(source="s", level="Low")},
            {"entry_barrier": EntryBarrier(source="s", level="Medium")},
        ),
    ],
)
def test_better_is_symmetric(
    attribute: str, better_figures: dict[str, object], worse_figures: dict[str, object]
) -> None:
    good, poor = bare("good", **better_figures), bare("poor", **worse_figures)
    assert compare(good, poor).attributes[attribute].better == "a"
    assert compare(poor, good).attributes[attribute].better == "b"
    assert compare(good, good).attributes[attribute].better == "tie"
