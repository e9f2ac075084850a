"""The labelled person descriptions: messages as people write about themselves, each with a
property that every one of the top three careers must have, checked from the raw public
files rather than the catalog's derived figures (``tests/fit/persons.jsonl``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from judging import Row, judge, load
from raw_properties import RawData

from careerbot.careers.catalog import Catalog
from careerbot.dialogue.router import Dialogue
from careerbot.understanding.resolution import NameIndex

ROWS = load(Path(__file__).with_name("persons.jsonl"))


@pytest.fixture(scope="module")
def dialogue(bundled_catalog: Catalog, bundled_index: NameIndex) -> Dialogue:
    return Dialogue(bundled_catalog, index=bundled_index)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_the_top_three_have_what_the_person_asked_for(
    dialogue: Dialogue, raw_data: RawData, row: Row
) -> None:
    assert judge(dialogue, raw_data, row) == [], row["text"]


def test_the_set_is_large_and_covers_every_kind_of_person() -> None:
    kinds = Counter(row["kind"] for row in ROWS)
    assert len(ROWS) >= 150
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
