"""The labelled corpus: messages as people type them, each with what the reply must be.

Every row runs through the real dialogue over the full bundled catalog; a conversation's
turns share the chat context, as in Telegram (``labelled`` says how a reply is read).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from labelled import Row, load, run

from careerbot.careers.catalog import Catalog
from careerbot.dialogue.router import Dialogue
from careerbot.understanding.resolution import NameIndex

ROWS = load(Path(__file__).with_name("corpus.jsonl"))


@pytest.fixture(scope="module")
def dialogue(bundled_catalog: Catalog, bundled_index: NameIndex) -> Dialogue:
    return Dialogue(bundled_catalog, index=bundled_index)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_corpus_row(dialogue: Dialogue, row: Row) -> None:
    assert run(dialogue, row) == []


def test_corpus_is_large_and_varied() -> None:
    categories = {row["category"] for row in ROWS}
    assert len(ROWS) >= 400
    assert {"compare", "one_career", "preference", "preference_field", "followup"} <= categories
    assert {"tricky_name", "smalltalk", "hostile", "no_occupation", "roadmap"} <= categories
