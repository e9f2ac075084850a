"""The word gate: which patterns may match a message is told from its words' first letters,
and a pattern that matches is never skipped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from careerbot._utils.text import fold
from careerbot.understanding import cues, person_reading, places, scope
from careerbot.understanding.word_gate import Gated, Holding, pattern_keys

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    ("source", "keys"),
    [
        (r"\b(?:animals?|pets?|vet(?:erinar(?:y|ian))?)\b", {"ani", "pet", "vet"}),
        (r"\b(?:ai|it)\b", {"ai", "it"}),  # a short word is a key when whole
        (r"\b(?:computers?|pcs?)\b", {"com", "pc", "pcs"}),  # a letter left out
        (r"\b(?:(?:stuck )?indoors|four walls)\b", {"stu", "ind", "fou"}),  # a group left out
        (r"\b(?:(?<!no )outdoors)\b", {"out"}),  # an assertion takes no letters
        (r"\bst\. louis\b", {"st"}),
        (r"\b(?P<at>new york|nyc)\b", {"new", "nyc"}),
    ],
)
def test_the_keys_of_a_pattern(source: str, keys: set[str]) -> None:
    assert pattern_keys(source) == keys


@pytest.mark.parametrize(
    "source",
    [
        r"(?:cat)",  # may start inside a word
        r"\b(?:a|the)? dog",  # a group left out before a space
        r"\be-?mail",  # "e" or "em"
        r"\b\d+ years",
        r"\bai ?x",  # "aix"
        r"\bai",  # "aim"
        r"\bdj\w*",
    ],
)
def test_a_pattern_whose_start_cannot_be_told_always_runs(source: str) -> None:
    assert pattern_keys(source) is None
    gated = Gated([(re.compile(source), None)])
    assert len(list(gated.over("nothing like it at all"))) == 1


def test_a_pattern_runs_only_where_a_word_starts_with_its_keys() -> None:
    gated = Gated([(re.compile(r"\b(?:animals?|pets?)\b"), "animals")])
    assert [name for _, name in gated.over("i love my pets")] == ["animals"]
    assert list(gated.over("i love spreadsheets and carpets")) == []


def test_a_piece_held_anywhere_opens_its_gate() -> None:
    gated = Gated([(re.compile(r"\d+k?cad\b"), "Canada")], [Holding(("cad",))])
    assert [name for _, name in gated.over("offered 80kcad")] == ["Canada"]
    assert list(gated.over("offered 80k usd")) == []


def _messages() -> list[str]:
    rows = [
        json.loads(line)
        for name in ("corpus.jsonl", "conversations.jsonl")
        for line in (HERE / name).read_text().splitlines()
        if line.strip()
    ]
    return [fold(turn["say"]) for row in rows for turn in row["turns"]]


@pytest.mark.parametrize(
    "gated",
    [
        person_reading._patterns(),
        places._places(),
        places._regions(),
        scope._GATED,
        cues._FOCUS_GATED,
    ],
    ids=["traits", "places", "regions", "fields and wishes", "focus cues"],
)
def test_no_pattern_that_matches_a_message_of_the_corpora_is_skipped(gated: Gated[object]) -> None:
    skipped = []
    for text in _messages():
        run = {id(pattern) for pattern, _ in gated.over(text)}
        skipped += [
            (text, pattern.pattern[:60])
            for pattern, _ in gated
            if id(pattern) not in run and pattern.search(text)
        ]
    assert skipped == []
    # and the gate does skip: most patterns find nothing in most messages
    run_share = sum(len(list(gated.over(t))) for t in _messages()) / (len(gated) * len(_messages()))
    assert run_share < 0.5
