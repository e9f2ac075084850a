"""A salary with only one end published says which end it is, never "?" for the other."""

from __future__ import annotations

import pytest
from seed_pages import ROUTING

from careerbot.careers.advice import advise
from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import compare
from careerbot.careers.formatting import salary_range
from careerbot.careers.model import Career, Salary
from careerbot.render.card import render_card


@pytest.mark.parametrize(
    ("salary", "short", "text"),
    [
        (Salary(source="t", low=90_000, high=150_000), True, "$90k–$150k"),
        (Salary(source="t", high=150_000), True, "up to $150k"),
        (Salary(source="t", low=48_500), True, "from $49k"),
        (Salary(source="t", high=150_000), False, "up to $150,000"),
        (Salary(source="t", median=72_000), True, "$72k median"),
        (Salary(source="t", low=60_000, median=72_000), True, "from $60k"),
        (Salary(source="t"), True, "not published"),
        (None, True, "not published"),
    ],
)
def test_the_published_part_of_a_salary_is_said_as_what_it_is(
    salary: Salary | None, short: bool, text: str
) -> None:
    assert salary_range(salary, short) == text


@pytest.mark.parametrize(
    ("salary", "shown"),
    [
        (Salary(source="test", high=150_000), "up to $150k"),
        (Salary(source="test", low=150_000), "from $150k"),
    ],
)
def test_the_card_shows_one_published_end_honestly(
    seed_catalog: Catalog, salary: Salary, shown: str
) -> None:
    routing = seed_catalog.by_slug[ROUTING]
    half = Career(
        slug="half-paid", title="Half Paid", category="Test", source_note="test", salary=salary
    )
    cmp = compare(routing, half)
    plain = render_card(cmp, advise(cmp), seed_catalog.sources).plain()
    salary_line = next(line for line in plain.splitlines() if line.startswith("Salary"))
    assert shown in salary_line
    assert "?" not in salary_line
