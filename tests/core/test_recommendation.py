"""Ranking careers against preferences: must-haves filter, ties stay ties, every pick is
explained by its figures, and AI figures of different measures are never ranked together.

The seed catalog's figures are small enough to check by hand: typical pay is the middle
of each page's range (multi-agent $200k; multimodal and middleware both $165k), AI
replacement risk is 15% for five careers and 20% for compression, middleware alone has a
Medium entry barrier, routing and middleware both take 8 months.
"""

from __future__ import annotations

import pytest

from careerbot.careers.catalog import Catalog
from careerbot.careers.criteria import BY_NAME
from careerbot.careers.measures import typical_pay
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.router import Dialogue
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.ranking import meets, rank
from careerbot.recommend.reasons import reasons
from careerbot.understanding.wish_reading import read_wishes


def top(catalog: Catalog, message: str) -> list[tuple[int, str]]:
    wishes = read_wishes(message)
    ranking = rank(catalog.careers, wishes.preferences, single=wishes.ranking)
    return [(pick.place, pick.career.slug) for pick in ranking.picks]


SEED_RANKINGS = [
    ("which pays the most", (1, "ai-multi-agent-systems-engineer")),
    ("whcih pays the most mony", (1, "ai-multi-agent-systems-engineer")),
    ("easiest to get into", (1, "ai-middleware-engineer")),
    ("I'm switching careers, what's easiest to get into?", (1, "ai-middleware-engineer")),
    ("highest AI risk", (1, "ai-model-compression-engineer")),
    ("most in demand", (1, "ai-middleware-engineer")),
]


@pytest.mark.parametrize(("message", "first"), SEED_RANKINGS)
def test_a_superlative_puts_the_career_with_that_figure_first(
    seed_catalog: Catalog, message: str, first: tuple[int, str]
) -> None:
    assert top(seed_catalog, message)[0] == first


def test_equal_figures_share_a_place_and_are_listed_alphabetically(seed_catalog: Catalog) -> None:
    places = top(seed_catalog, "lowest AI risk")
    assert [place for place, _ in places] == [1, 1, 1, 1, 1]
    titles = [seed_catalog.by_slug[slug].title for _, slug in places]
    assert titles == sorted(titles)
    assert "ai-model-compression-engineer" not in dict(places).values()


def test_a_tie_below_the_top_is_a_tie_too(seed_catalog: Catalog) -> None:
    places = {slug: place for place, slug in top(seed_catalog, "what pays best")}
    assert places["ai-multimodal-systems-engineer"] == places["ai-middleware-engineer"]
    quickest = top(seed_catalog, "quickest to learn")
    assert quickest[:2] == [(1, "ai-middleware-engineer"), (1, "ai-model-routing-engineer")]


def test_must_haves_filter_and_every_pick_meets_them(bundled_catalog: Catalog) -> None:
    wishes = read_wishes("must be remote, no coding, at least $90k, high demand")
    ranking = rank(bundled_catalog.careers, wishes.preferences)
    assert not ranking.relaxed
    assert ranking.picks
    for pick in ranking.picks:
        career = pick.career
        assert career.remote
        assert career.remote.value
        assert career.coding
        assert not career.coding.value
        assert (typical_pay(career) or 0) >= 90_000
    hard = wishes.preferences.hard
    assert ranking.matching == sum(all(meets(c, p) for p in hard) for c in bundled_catalog.careers)


def test_when_nothing_meets_the_must_haves_the_closest_are_shown_with_what_they_miss(
    bundled_catalog: Catalog,
) -> None:
    wishes = read_wishes("must be remote, at least $900k")
    ranking = rank(bundled_catalog.careers, wishes.preferences)
    assert ranking.relaxed
    assert ranking.matching == 0
    assert ranking.picks
    for pick in ranking.picks:
        assert [m.criterion for m in pick.misses] == ["salary"]


def test_an_unpublished_figure_never_meets_a_must_have(bundled_catalog: Catalog) -> None:
    unpaid = [c for c in bundled_catalog.careers if c.salary is None]
    assert unpaid, "the catalog has occupations without published wages"
    at_least = Preference("salary", "high", hard=True, limit=1)
    assert not any(meets(c, at_least) for c in unpaid)
    assert all(BY_NAME["salary"].check_value(c) is None for c in unpaid)


def test_exposure_is_never_ranked_as_a_risk_and_sources_are_never_mixed(
    bundled_catalog: Catalog,
) -> None:
    """Issue 22, 4: "lowest risk of being replaced by AI" ranked careers by LLM exposure (a
    58-way tie at 0%). Exposure is one measure of one source; it weighs nothing, and the
    list holds one measure only."""
    wishes = read_wishes("lowest AI risk")
    ranking = rank(bundled_catalog.careers, wishes.preferences, single=True)
    assert ranking.unranked == ("ai_risk",)
    assert ranking.left_out == {("ai-career-pages", "replacement_risk"): 6}
    assert {p.score for p in ranking.picks} == {0.0}  # nothing was ranked on it
    mixed = rank(bundled_catalog.careers, read_wishes("remote jobs with low AI risk").preferences)
    assert {p.career.ai_risk.measure for p in mixed.picks if p.career.ai_risk} == {"llm_exposure"}
    assert mixed.unranked == ("ai_risk",)
    # exposure asked for by its own name ranks on exposure, still one measure of one source
    named = rank(
        bundled_catalog.careers, read_wishes("remote jobs with low AI exposure").preferences
    )
    assert named.unranked == ()
    assert {p.career.ai_risk.measure for p in named.picks if p.career.ai_risk} == {"llm_exposure"}
    assert named.left_out == {("ai-career-pages", "replacement_risk"): 6}


def test_the_pages_replacement_ratings_are_ranked_among_themselves(seed_catalog: Catalog) -> None:
    ranking = rank(seed_catalog.careers, read_wishes("lowest AI risk").preferences, single=True)
    assert ranking.unranked == ()
    assert [p.place for p in ranking.picks] == [1, 1, 1, 1, 1]


def test_weights_change_the_order(bundled_catalog: Catalog) -> None:
    pay_first = read_wishes("salary matters most, growth a little").preferences
    growth_first = read_wishes("growth matters most, salary a little").preferences
    first = rank(bundled_catalog.careers, pay_first).picks[0].career
    second = rank(bundled_catalog.careers, growth_first).picks[0].career
    assert (typical_pay(first) or 0) > (typical_pay(second) or 0)
    growth = BY_NAME["demand"].value
    assert (growth(first) or 0) < (growth(second) or 0)


def test_each_pick_is_explained_by_the_figures_asked_about(bundled_catalog: Catalog) -> None:
    preferences = read_wishes("remote, low AI risk, at least $80k").preferences
    ranking = rank(bundled_catalog.careers, preferences)
    for pick in ranking.picks:
        why = reasons(pick.career, preferences)
        assert len(why) == 3
        assert any(reason.startswith("median $") or "midpoint" in reason for reason in why)
        assert "can be done from home" in why
        assert any("%" in reason for reason in why)


def test_doesnt_matter_leaves_a_criterion_out_of_the_score(seed_catalog: Catalog) -> None:
    pay = Preferences((Preference("salary", "high"),))
    with_indifference = pay.with_item(Preference("remote", "high", weight=0.0))
    assert (
        rank(seed_catalog.careers, pay).picks == rank(seed_catalog.careers, with_indifference).picks
    )


def test_a_refinement_replaces_only_the_criterion_it_mentions() -> None:
    first = read_wishes("salary matters most, no coding").preferences
    refined = first.merged(read_wishes("and remote too").preferences)
    assert refined.get("salary") == first.get("salary")
    assert refined.get("coding") == first.get("coding")
    remote = refined.get("remote")
    assert remote is not None
    assert remote.want == "high"


def test_a_must_with_its_own_bound_filters_and_orders_nothing(
    bundled_dialogue: Dialogue,
) -> None:
    """ "Fastest growing", then "only ones that pay over 100k": still ranked by growth, each
    at least $100k, and pay not said to be ranked."""
    first = bundled_dialogue.respond("fastest growing jobs", ChatContext())
    reply = bundled_dialogue.respond("only ones that pay over 100k", first.context)
    careers = [bundled_dialogue.catalog.by_slug[s] for s in reply.careers]
    growth = [c.demand.growth_pct if c.demand else None for c in careers]
    assert None not in growth
    assert growth == sorted(growth, reverse=True)  # type: ignore[type-var]
    assert all((typical_pay(c) or 0) >= 100_000 for c in careers)
    assert "Pay is ranked" not in reply.document.plain()


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("which technician job pays best", "technician"),
        ("highest paying nursing jobs", "nurse"),
        ("which engineer makes the most", "engineer"),
    ],
)
def test_a_kind_of_job_asked_to_be_ranked_ranks_that_kind(
    bundled_dialogue: Dialogue, message: str, word: str
) -> None:
    """The ranking is of the careers whose own titles name the kind, best paid first, and
    its heading says which kind."""
    reply = bundled_dialogue.respond(message, ChatContext())
    careers = [bundled_dialogue.catalog.by_slug[s] for s in reply.careers]
    assert len(careers) == 5
    assert all(word in c.title.lower() for c in careers)
    pay = [typical_pay(c) or 0 for c in careers]
    assert pay == sorted(pay, reverse=True)
    assert f"kinds of {word}" in reply.document.plain()
