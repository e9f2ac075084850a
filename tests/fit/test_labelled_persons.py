"""The labelled person descriptions: messages as people write about themselves, each with a
property that every one of the top three careers must have, checked from the raw public
files rather than the catalog's derived figures (``tests/fit/persons.jsonl``).

A row careerbot does not yet answer says why in its ``open`` field: it is expected to fail,
strictly, so the field goes as soon as it holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from judging import Row, judge, load
from raw_properties import RawData, holds

from careerbot.careers.catalog import Catalog
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.router import Dialogue
from careerbot.recommend.shortlist import SHOWN
from careerbot.understanding.resolution import NameIndex

ROWS = load(Path(__file__).with_name("persons.jsonl"))


@pytest.fixture(scope="module")
def dialogue(bundled_catalog: Catalog, bundled_index: NameIndex) -> Dialogue:
    return Dialogue(bundled_catalog, index=bundled_index)


def _case(row: Row) -> object:
    if "open" not in row:
        return row
    return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=str(row["open"])))


@pytest.mark.parametrize("row", [_case(r) for r in ROWS], ids=[r["id"] for r in ROWS])
def test_the_top_three_have_what_the_person_asked_for(
    dialogue: Dialogue, raw_data: RawData, row: Row
) -> None:
    assert judge(dialogue, raw_data, row) == [], row["text"]


def test_the_set_is_large_and_covers_every_kind_of_person() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert len(ROWS) >= 150
    assert sum("open" in row for row in ROWS) <= len(ROWS) // 10  # gaps are few, each said
    assert set(kinds) == {
        "likes",
        "dislikes",
        "current",
        "limits",
        "values",
        "mixed",
        "figure",
        "unsure",
    }


#: the raw tasks of work that kills or cuts up animals
ANIMAL_HARM = {"task_mentions": ["slaughter", "kill", "carcass", "eviscerat", "butcher", "stun"]}


@pytest.mark.parametrize(
    "message",
    [
        "I love animals",
        "i love animals, hate math, no degree",
        "animal lover, no college, need at least 35k",
        "i want to work with animals outdoors",
    ],
)
def test_a_liking_of_animals_is_never_offered_work_that_kills_them(
    dialogue: Dialogue, raw_data: RawData, message: str
) -> None:
    """Slaughterers and fishing and hunting workers have many animal tasks; none of the
    shortlist's careers may be work whose raw tasks are killing or cutting up animals."""
    reply = dialogue.respond(message, ChatContext())
    assert reply.kind == "recommend"
    careers = [dialogue.catalog.by_slug[slug] for slug in reply.careers]
    assert len(careers) == SHOWN
    for career in careers:
        assert career.soc is not None
        killing = holds(raw_data, {"all": [ANIMAL_HARM, {"task_mentions": ["animal"]}]}, career.soc)
        assert not killing, career.title
