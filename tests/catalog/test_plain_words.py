"""The plain words understanding never reads as a misspelt title are O*NET's own prose, as
the raw files have it today (``careerbot.catalog_build.plain_words``)."""

from __future__ import annotations

from pathlib import Path

from careerbot.catalog_build.plain_words import OUT, plain_words
from careerbot.understanding.lexicon import plain_words as loaded


def test_the_committed_plain_words_are_those_of_the_raw_files(raw_dir: Path) -> None:
    made = plain_words(raw_dir / "onet_29_3")
    assert OUT.read_text(encoding="utf-8").split() == made
    assert {"factory", "warehouse", "higher"} <= loaded()
    assert all(len(w) >= 5 for w in made)
