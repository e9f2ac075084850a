"""Misspelt words find the catalog word meant, by any one slip (two in a long word)."""

from __future__ import annotations

import pytest

from careerbot._utils.text import singular
from careerbot.understanding.vocabulary import Vocabulary, deletions

WORDS = ["practitioner", "nurse", "electrician", "electrical", "plumber", "engineer", "agent"]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(WORDS)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("nurce", "nurse"),  # a letter changed
        ("nuse", "nurse"),  # a letter missing
        ("nurrse", "nurse"),  # a letter doubled
        ("nruse", "nurse"),  # two letters swapped
        ("plummer", "plumber"),
        ("electrcian", "electrician"),
        ("enginer", "engineer"),
        ("practioner", "practitioner"),  # two letters missing from a long word
        ("practitionerr", "practitioner"),
        ("lectrician", "electrician"),  # even the first letter
        ("agnet", "agent"),
    ],
)
def test_a_slip_finds_the_word_meant_first(vocabulary: Vocabulary, typed: str, meant: str) -> None:
    found = vocabulary.fuzzy(typed)
    assert found, typed
    assert found[0][0] == meant
    assert 0.75 <= found[0][1] < 1.0


@pytest.mark.parametrize("typed", ["xyzzy", "zebra", "qqqqqqqq", "tuba"])
def test_a_word_far_from_every_catalog_word_finds_nothing(
    vocabulary: Vocabulary, typed: str
) -> None:
    assert vocabulary.fuzzy(typed) == []


def test_a_word_begun_is_completed(vocabulary: Vocabulary) -> None:
    assert ("practitioner", 0.85) in vocabulary.fuzzy("practit")


def test_deletions_leave_out_one_or_two_letters() -> None:
    assert deletions("abc", 1) == {"bc", "ac", "ab"}
    assert deletions("abcd", 2) >= {"abc", "cd", "ad", "bd"}
    assert "abcd" not in deletions("abcd", 2)


def test_a_word_no_title_has_also_reads_as_the_title_word_one_slip_away() -> None:
    # "planer" names a woodworking machine's operators in alternate titles only; typed
    # beside "urban" it is far likelier a slip of the planners' title word
    words = Vocabulary(
        ["planer", "planner", "urban", "baker", "banker"],
        common=frozenset({"planner", "urban", "baker"}),
    )
    slots = words.match(["urban", "planer"])
    assert slots == [[("urban", 1.0)], [("planer", 1.0)]]  # as typed, first
    slipped = words.slips(slots)
    assert slipped[0] == [("urban", 1.0)]
    assert slipped[1][0] == ("planer", 1.0)
    assert [w for w, _ in slipped[1][1:]] == ["planner"]
    assert all(sim < 1.0 for _, sim in slipped[1][1:])
    # a title's own word is read only as itself
    assert words.slips([[("baker", 1.0)]]) == [[("baker", 1.0)]]


def test_a_plural_in_sses_is_keyed_as_its_singular() -> None:
    # "i ran the presses": the key of Printing Press Operators' "press"
    assert singular("presses") == singular("press") == "press"
    assert singular("classes") == singular("class")
