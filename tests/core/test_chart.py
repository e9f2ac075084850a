"""Pictures: what is drawn comes from the card's own figures and judgements (tested on the
picture's data, not its pixels), and the drawing is a PNG of the promised size."""

from __future__ import annotations

import struct

from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import compare
from careerbot.render.chart import HEIGHT, WIDTH, career_picture, comparison_picture
from careerbot.render.drawing import draw


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
    demand, exposure, learning = picture.measures
    assert demand.better == 1  # electricians lead on demand, as on the card
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
