"""A ★ never marks a difference the card cannot show, and a tie is never called a win."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from careerbot.careers.comparison import compare
from careerbot.careers.formatting import money, value_text
from careerbot.careers.model import Career, Demand, LearningCurve, Salary
from careerbot.render.grid import BETTER, comparison_grid

SOURCE = "bls-oews-2025"


def occupation(slug: str, **figures: object) -> Career:
    return Career(slug=slug, title=slug.title(), category="Test", source_note="t", **figures)


def paid(slug: str, median: int) -> Career:
    return occupation(
        slug, salary=Salary(source=SOURCE, low=median // 2, high=median * 2, median=median)
    )


@given(st.integers(20_000, 300_000), st.integers(-5_000, 5_000))
def test_pay_a_card_shows_alike_is_a_tie(median: int, gap: int) -> None:
    a, b = paid("a", median), paid("b", max(median + gap, 1))
    better = compare(a, b).attributes["salary"].better
    if money(median) == money(max(median + gap, 1)):
        assert better == "tie"
    if better in ("a", "b"):
        assert money(median) != money(max(median + gap, 1))
        assert abs(gap) >= 0.02 * max(median, median + gap)


@given(st.integers(20_000, 300_000), st.integers(-5_000, 5_000))
def test_the_grid_marks_only_what_it_shows_differently(median: int, gap: int) -> None:
    a, b = paid("a", median), paid("b", max(median + gap, 1))
    cmp = compare(a, b)
    (row,) = [line for line in comparison_grid(cmp) if line.startswith("Med. pay")]
    assert (BETTER in row) is (cmp.attributes["salary"].better in ("a", "b"))


@given(st.floats(0, 10).map(lambda x: round(x, 1)), st.floats(0, 10).map(lambda x: round(x, 1)))
def test_demand_scores_shown_alike_tie(first: float, second: float) -> None:
    a = occupation("a", demand=Demand(source="bls-ep-2024-34", score=first))
    b = occupation("b", demand=Demand(source="bls-ep-2024-34", score=second))
    better = compare(a, b).attributes["demand"].better
    shown_alike = value_text(a.demand) == value_text(b.demand)
    assert (better == "tie") is shown_alike


@given(st.integers(0, 120), st.integers(0, 60), st.integers(0, 120), st.integers(0, 60))
def test_learning_times_said_alike_tie(low_a: int, span_a: int, low_b: int, span_b: int) -> None:
    def curve(slug: str, low: int, span: int) -> Career:
        label = f"about {round(low / 12)} years" if span <= 12 else f"{low}–{low + span} months"
        figure = LearningCurve(
            source="bls-ep-2024-34", months=low, months_max=low + span or None, label=label
        )
        return occupation(slug, learning_curve=figure)

    a, b = curve("a", low_a, span_a), curve("b", low_b, span_b)
    better = compare(a, b).attributes["learning_curve"].better
    if a.learning_curve and b.learning_curve and a.learning_curve.label == b.learning_curve.label:
        assert better == "tie"
