"""ASCII text takes a short path through folding, cleaning and measuring; it must read
exactly as the general path reads it. An invisible format character (U+200B, category Cf)
sends the same text down the general path, which drops it (or, when cleaning, makes it a
space that collapses away)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerbot._utils.text import clean_display, fold, singular
from careerbot.render.document import width
from careerbot.understanding.message import read

ascii_text = st.text(st.characters(max_codepoint=127), max_size=60)
INVISIBLE = "\u200b"


@given(ascii_text)
def test_ascii_folds_as_the_general_path_folds_it(text: str) -> None:
    assert fold(text) == fold(text + INVISIBLE)


@given(ascii_text)
def test_ascii_is_cleaned_as_the_general_path_cleans_it(text: str) -> None:
    assert clean_display(text) == clean_display(text + INVISIBLE)


@given(ascii_text)
def test_ascii_is_read_as_the_general_path_reads_it(text: str) -> None:
    assert read(text).words == read(text + INVISIBLE).words


@given(ascii_text)
def test_ascii_takes_one_column_a_character(text: str) -> None:
    assert width(text) == len(text) == width(text + "é") - 1


def test_the_short_path_still_drops_controls_and_reads_backticks_as_apostrophes() -> None:
    assert fold("Nurse\x00`s Aide & Co\x7f") == "nurse's aide  and  co"
    assert clean_display("a\x07b\nc") == "a b c"


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("wich pays beter", "which pays better"),
        ("whch one is more remote frendly", "which one is more remote friendly"),
        ("wat jobs wiht no colege", "what jobs with no college"),
        ("is it eaiser to lern", "is it easier to learn"),
        ("i dont wanna do contruction", "i dont wanna do construction"),
        # real words stay as they are, though a letter from a question's word
        ("were do i earn the most", "were do i earn the most"),
        ("a year or a month", "a year or a month"),
        # a slip never changes a word's first letter: "kill" is no "skill"
        ("i want to kill myself", "i want to kill myself"),
    ],
)
def test_a_questions_words_are_read_through_a_slip_of_one_letter(typed: str, read_as: str) -> None:
    assert read(typed).text == read_as


@pytest.mark.parametrize(("plural", "one"), [("shelves", "shelf"), ("knives", "knife")])
def test_a_plural_in_ves_is_its_word_in_f(plural: str, one: str) -> None:
    """ "stocking shelves" reads as the O*NET title "Shelf Stocker"."""
    assert singular(plural) == singular(one)
