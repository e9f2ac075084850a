"""The comparison card on a phone: the answer first, the grid, one line of verdict, in 15
lines at 36 columns; "More" opens the rest in place and closes again, the seed pages'
figures whole under it; within Telegram's 4,096 characters, three or four careers too."""

from __future__ import annotations

from itertools import permutations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seed_pages import CAREERS, PAGES, SEED_SLUGS

from careerbot.careers.advice import advise
from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import compare
from careerbot.careers.formatting import named_short
from careerbot.careers.model import Career
from careerbot.dialogue.answers import comparison_reply
from careerbot.dialogue.codec import MAX_CALLBACK_BYTES, Card, decode
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.keyboards import CARD, LESS, MORE
from careerbot.dialogue.replies import Reply
from careerbot.dialogue.router import Dialogue
from careerbot.render.card import CARD_LINES, render_card
from careerbot.render.document import TELEGRAM_LIMIT, Document, Grid, utf16_units, width
from careerbot.render.document import wrapped_lines as wrapped
from careerbot.render.grid import PHONE_COLUMNS
from careerbot.render.many import many_document

#: the questions a new comparison may be asked with
QUESTIONS = (
    "overall",
    "salary",
    "demand",
    "ai_risk",
    "learning_curve",
    "entry_barrier",
    "remote",
    "coding",
)


def phone_lines(document: Document) -> int:
    return len(wrapped(document.plain(), PHONE_COLUMNS))


def assert_fits_a_phone(a: Career, b: Career, catalog: Catalog, focus: str = "overall") -> None:
    """The reply to "A or B?" asked with ``focus``: the card in 15 lines at 36 columns, the
    answer first; or, where the answer leaves the card no room, the answer alone with the
    card a button away."""
    reply = comparison_reply(catalog, ChatContext(), a, b, None, focus=focus)
    cmp = compare(a, b)
    card = reply.document
    if not any(isinstance(block, Grid) for block in card.blocks):
        assert focus != "overall"
        assert [b.text for b in reply.buttons[0]] == [CARD, MORE]
        card = render_card(cmp, advise(cmp), catalog.sources)
    assert phone_lines(card) <= CARD_LINES, card.plain()
    (grid,) = [block.lines for block in card.blocks if isinstance(block, Grid)]
    assert 10 <= len(grid) <= 12  # the columns' heading and a row for each figure
    assert all(width(line) <= PHONE_COLUMNS for line in grid), grid
    assert card.plain().splitlines()[-1].startswith("⚖️ ")  # one verdict, last
    more = render_card(cmp, advise(cmp), catalog.sources, more=True)
    assert utf16_units(more.html()) <= TELEGRAM_LIMIT


@pytest.mark.parametrize(("slug_a", "slug_b"), list(permutations(SEED_SLUGS, 2)))
def test_every_seed_pair_fits_a_phone(seed_catalog: Catalog, slug_a: str, slug_b: str) -> None:
    a, b = seed_catalog.by_slug[slug_a], seed_catalog.by_slug[slug_b]
    for focus in QUESTIONS:
        assert_fits_a_phone(a, b, seed_catalog, focus)


#: places in the catalog, drawn wider than it and taken modulo its size
PLACES = st.integers(0, 1_000_000)


def pair_at(careers: tuple[Career, ...], first: int, second: int) -> tuple[Career, Career]:
    """Two different careers: ``second`` counts over the careers but the first."""
    i, j = first % len(careers), second % (len(careers) - 1)
    return careers[i], careers[j + (j >= i)]


def test_any_two_careers_of_the_catalog_fit_a_phone(bundled_catalog: Catalog) -> None:
    # the catalog stays out of the drawn arguments: Hypothesis would print it whole
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(first=PLACES, second=PLACES, focus=st.sampled_from(QUESTIONS))
    def fits(first: int, second: int, focus: str) -> None:
        a, b = pair_at(bundled_catalog.careers, first, second)
        assert_fits_a_phone(a, b, bundled_catalog, focus)

    fits()


@pytest.mark.parametrize("page", sorted(PAGES))
def test_the_seed_pages_figures_are_whole_under_more(seed_catalog: Catalog, page: str) -> None:
    slug_a, slug_b, _ = PAGES[page]
    cmp = compare(seed_catalog.by_slug[slug_a], seed_catalog.by_slug[slug_b])
    card = render_card(cmp, advise(cmp), seed_catalog.sources).plain()
    more = render_card(cmp, advise(cmp), seed_catalog.sources, more=True).plain()
    assert more.startswith(card)  # More adds beneath; the card above stays as it was
    for slug in (slug_a, slug_b):
        f = CAREERS[slug]
        said = [
            f"pay ${f.salary_low:,}–${f.salary_high:,}",
            f"demand {f.demand:.1f}/10",
            f"AI replacement risk {f.ai_risk_percent:g}%",
            f"learning {f.learning_months} months",
            f"difficulty {f.difficulty}",
            f"entry {f.entry_barrier}",
            f"remote {'yes' if f.remote else 'no'}",
            f"coding {'yes' if f.coding else 'no'}",
        ]
        (line,) = [line for line in more.splitlines() if f"• {f.title}:" in line]
        assert all(figure in line for figure in said), (said, line)


def pressed(dialogue: Dialogue, reply: Reply, text: str) -> Reply:
    (button,) = [b for row in reply.buttons for b in row if b.text == text]
    assert button.data is not None
    assert len(button.data.encode()) <= MAX_CALLBACK_BYTES
    assert isinstance(decode(button.data), Card)
    return dialogue.press(button.data, reply.context)


@pytest.mark.parametrize(
    "message", ["nurse or electrician", "nurse or electrician, which pays more?"]
)
def test_more_opens_in_place_and_closes_again(bundled_dialogue: Dialogue, message: str) -> None:
    card = bundled_dialogue.respond(message, ChatContext())
    opened = pressed(bundled_dialogue, card, MORE)
    assert (opened.kind, opened.careers, opened.edits) == ("compare", card.careers, True)
    text = opened.document.plain()
    assert text.startswith(card.document.plain())  # the same card, the rest beneath it
    for part in ("Choose Registered Nurses if you…", "🔀", "Conclusion:", "Sources:"):
        assert part in text
    assert "Choose" not in card.document.plain()
    closed = pressed(bundled_dialogue, opened, LESS)
    assert closed.edits
    assert closed.document == card.document
    assert [[b.text for b in row] for row in closed.buttons] == [
        [b.text for b in row] for row in card.buttons
    ]


def test_each_caveat_is_said_once_in_a_reply(bundled_dialogue: Dialogue) -> None:
    for message in (
        "will AI replace web developers?",
        "nurse or electrician, will AI replace them?",
    ):
        reply = bundled_dialogue.respond(message, ChatContext())
        text = reply.document.plain()
        assert text.count("Exposure is not replacement") == 1, text
    card = bundled_dialogue.respond("nurse or electrician", ChatContext())
    more = pressed(bundled_dialogue, card, MORE).document.plain()
    assert more.count("Exposure is not replacement") == 1


def test_the_time_to_learn_is_said_once(bundled_dialogue: Dialogue) -> None:
    reply = bundled_dialogue.respond(
        "how long does it take to become a web developer", ChatContext()
    )
    (answer,) = [line for line in reply.document.plain().splitlines() if line.startswith("⏱")]
    assert answer.count("Time to learn") == 1
    assert answer.count("about 4 years") == 1


def test_a_career_goes_by_its_short_name(bundled_dialogue: Dialogue) -> None:
    card = bundled_dialogue.respond("nurse or electrician", ChatContext())
    other = bundled_dialogue.respond("what about hvac?", card.context)
    assert other.careers[1].startswith("heating-air-conditioning")
    text = pressed(bundled_dialogue, other, MORE).document.plain()
    assert "Choose HVAC Mechanics if you…" in text
    assert "Heating " not in text.replace("Heating, Air Conditioning", "")


def test_three_or_four_careers_read_on_a_phone(bundled_catalog: Catalog) -> None:
    everyone = bundled_catalog.careers

    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(places=st.lists(PLACES, min_size=3, max_size=4, unique=True))
    def reads(places: list[int]) -> None:
        careers = list(
            {everyone[i % len(everyone)].slug: everyone[i % len(everyone)] for i in places}.values()
        )
        document = many_document(careers, bundled_catalog.sources)
        assert utf16_units(document.html()) <= TELEGRAM_LIMIT
        (grid,) = [block.lines for block in document.blocks if isinstance(block, Grid)]
        assert all(width(line) <= PHONE_COLUMNS for line in grid), grid

    reads()


def test_the_short_names_table_names_catalog_careers_shorter(bundled_catalog: Catalog) -> None:
    titles = {career.title for career in bundled_catalog.careers}
    table = named_short()
    assert table["Heating, Air Conditioning, and Refrigeration Mechanics and Installers"] == (
        "HVAC Mechanics"
    )
    assert set(table) <= titles  # a renamed career is noticed, not silently left long
    assert all(len(short) < len(title) for title, short in table.items())
