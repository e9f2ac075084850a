"""Pictures: what is drawn comes from the card's own figures and judgements (tested on the
picture's data, not its pixels), and the drawing is a PNG of the promised size."""

from __future__ import annotations

import struct

from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import compare
from careerbot.render.chart import (
    HEIGHT,
    MEDIAN,
    P10_90,
    P25_75,
    RANGE,
    WIDTH,
    career_picture,
    comparison_picture,
)
from careerbot.render.drawing import compose, draw


def test_a_comparison_picture_draws_the_cards_figures_and_marks(
    bundled_catalog: Catalog,
) -> None:
    by = bundled_catalog.by_slug
    cmp = compare(by["registered-nurses"], by["electricians"])
    picture = comparison_picture(cmp, bundled_catalog.sources)
    nurse, electrician = picture.pay
    salary = cmp.a.salary
    assert salary is not None
    assert (nurse.low, nurse.p25, nurse.median, nurse.p75, nurse.high) == (
        salary.low,
        salary.p25,
        salary.median,
        salary.p75,
        salary.high,
    )
    assert nurse.p25 is not None  # OEWS publishes the quartiles too
    assert (nurse.better, electrician.better) == (True, False)  # as the card: ★ on pay
    growth, openings, exposure, learning = picture.measures
    assert growth.better == 1  # electricians grow faster, as the card marks it
    assert openings.better is None  # openings are shown, never starred
    assert exposure.better is None  # exposure is never "better"
    assert learning.better is None  # a tie on the card is no mark here
    assert picture.names == ("Registered Nurses", "Electricians")
    assert "BLS OEWS May 2025" in picture.footer
    assert picture.caption.count("★") == 2


def test_a_page_career_draws_its_range_as_a_range(bundled_catalog: Catalog) -> None:
    by = bundled_catalog.by_slug
    picture = comparison_picture(
        compare(by["ai-model-routing-engineer"], by["software-developers"]),
        bundled_catalog.sources,
    )
    routing, developers = picture.pay
    assert routing.ranged
    assert routing.median is None
    assert not developers.ranged
    assert not routing.better
    assert not developers.better


def test_one_careers_pay_is_drawn_against_all_occupations(bundled_catalog: Catalog) -> None:
    picture = career_picture(bundled_catalog.by_slug["electricians"], bundled_catalog.sources)
    career, everyone = picture.pay
    assert everyone.reference
    assert everyone.name == "All occupations"
    assert everyone.median == 50_980  # OEWS May 2025, all occupations, annual median
    assert career.median is not None
    assert career.median > everyone.median


def test_the_drawing_is_a_png_of_the_promised_size(bundled_catalog: Catalog) -> None:
    by = bundled_catalog.by_slug
    png = draw(
        comparison_picture(
            compare(by["lawyers"], by["paralegals-and-legal-assistants"]), bundled_catalog.sources
        )
    )
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (WIDTH, HEIGHT)


def test_a_picture_of_a_career_without_figures_still_draws(bundled_catalog: Catalog) -> None:
    careers = [c for c in bundled_catalog.careers if c.salary is None]
    assert careers  # the catalog holds some: their pay is not published
    picture = career_picture(careers[0], bundled_catalog.sources)
    assert picture.pay[0].text == "not published"
    assert draw(picture).startswith(b"\x89PNG")


def _panels_by_title(figure: object) -> dict[str, object]:
    return {axes.get_title(loc="left"): axes for axes in figure.axes if axes.get_title(loc="left")}  # type: ignore[attr-defined]


def test_every_panel_is_drawn_on_an_axis_named_for_what_it_counts(
    bundled_catalog: Catalog,
) -> None:
    """Issue 22, 7: the demand, exposure and time panels had no axis or scale, and the
    demand bar drew the score under a growth label."""
    by = bundled_catalog.by_slug
    cmp = compare(by["registered-nurses"], by["electricians"])
    picture = comparison_picture(cmp, bundled_catalog.sources)
    figure = compose(picture)
    panels = _panels_by_title(figure)
    assert set(panels) == {m.label for m in picture.measures}
    for measure in picture.measures:
        axes = panels[measure.label]
        assert axes.get_xlabel() == measure.axis  # type: ignore[attr-defined]
        assert len(axes.get_xticks()) >= 3  # type: ignore[attr-defined]
        assert axes.get_xlim()[1] == measure.top  # type: ignore[attr-defined]
    growth = panels["Growth 2024–34"]
    drawn = sorted(round(p.get_width(), 1) for p in growth.patches)  # type: ignore[attr-defined]
    assert drawn == sorted(c.demand.growth_pct for c in (cmp.a, cmp.b) if c.demand)  # type: ignore[misc]
    texts = " ".join(t.get_text() for t in figure.texts)  # type: ignore[attr-defined]
    assert "exposure is not replacement" in texts
    for source in ("BLS Projections 2024–34", "Eloundou et al. 2024", "BLS EP and O*NET 29.3"):
        assert source in texts


def test_the_pay_bands_are_named_in_a_legend(bundled_catalog: Catalog) -> None:
    by = bundled_catalog.by_slug
    picture = comparison_picture(
        compare(by["ai-model-routing-engineer"], by["software-developers"]),
        bundled_catalog.sources,
    )
    figure = compose(picture)
    (pay,) = [a for a in figure.axes if a.get_legend() is not None]
    entries = [t.get_text() for t in pay.get_legend().get_texts()]
    assert entries == [P10_90, P25_75, MEDIAN, RANGE]
    assert pay.get_xlabel().startswith("Annual pay (USD)")


def test_a_range_of_years_is_drawn_as_a_range_and_one_career_does_not_fill_its_panel(
    bundled_catalog: Catalog,
) -> None:
    electricians = bundled_catalog.by_slug["electricians"]  # an apprenticeship: 3–5 years
    picture = career_picture(electricians, bundled_catalog.sources)
    learning = next(m for m in picture.measures if m.label == "Time to learn")
    assert learning.spans == ((3.0, 5.0),)
    axes = _panels_by_title(compose(picture))["Time to learn"]
    (bar,) = axes.patches  # type: ignore[attr-defined]
    assert (bar.get_x(), bar.get_x() + bar.get_width()) == (3.0, 5.0)
    for measure in picture.measures:
        ends = [e for s in measure.spans if s for e in s if e is not None]
        assert max(ends) < measure.top, measure.label  # room beyond the bar


def test_a_shrinking_occupation_is_drawn_below_zero(bundled_catalog: Catalog) -> None:
    by = bundled_catalog.by_slug
    cmp = compare(by["engine-and-other-machine-assemblers"], by["pourers-and-casters-metal"])
    growth = comparison_picture(cmp, bundled_catalog.sources).measures[0]
    assert growth.low < -21.1 < -4.7 < 0 < growth.top
    assert growth.better == 1  # the one that shrinks less, as the card marks it
