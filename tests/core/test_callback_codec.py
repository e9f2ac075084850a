"""The one codec for button data: compact, within Telegram's 64 bytes, and refusing forgeries."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerbot.dialogue.codec import (
    MAX_CALLBACK_BYTES,
    Card,
    Compare,
    Picker,
    Profile,
    ShowSkills,
    TypeName,
    decode,
    decode_payload,
    encode,
    share_payload,
)

ids = st.integers(min_value=0, max_value=2**64)
actions = st.one_of(
    st.builds(Compare, ids, ids),
    st.builds(Card, ids, ids, st.booleans()),
    st.builds(ShowSkills, ids, ids),
    st.builds(Picker, ids, ids, st.integers(min_value=-5, max_value=20_000)),
    st.builds(Profile, ids),
    st.builds(TypeName, ids, ids),
)
FAST = settings(max_examples=300, deadline=None, database=None)


@pytest.mark.parametrize(
    "action",
    [
        Compare(1, 2),
        Compare(0, 0),
        ShowSkills(35, 36),
        Card(1, 2, more=True),
        Card(36**8 - 1, 36**8 - 1, more=False),
        Picker(1, 2, 0),
        Picker(7, 7, 9999),
        Profile(123_456),
        TypeName(5, 6),
        Compare(36**8 - 1, 36**8 - 1),
    ],
)
def test_encoded_action_decodes_to_itself(action: object) -> None:
    data = encode(action)  # type: ignore[arg-type]
    assert decode(data) == action
    assert len(data.encode()) <= MAX_CALLBACK_BYTES


@FAST
@given(actions)
def test_any_action_either_round_trips_within_64_bytes_or_is_refused(action: object) -> None:
    try:
        data = encode(action)  # type: ignore[arg-type]
    except ValueError:
        return
    assert len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
    assert decode(data) == action


def test_huge_ids_are_refused_rather_than_sent_as_undecodable_data() -> None:
    for action in (Compare(10**100, 1), Compare(36**8, 0), Picker(1, 1, -1), Picker(1, 1, 10_000)):
        with pytest.raises(ValueError, match="callback data"):
            encode(action)


@pytest.mark.parametrize(
    "data",
    [
        "",
        ":",
        "x:1:2",
        "C:1:2",
        "c:1",
        "c:1:2:3",
        "c:-1:2",
        "c:1:-2",
        "c: 1:2",
        "c:1:2 ",
        "c:1:2\n",
        "\nc:1:2",
        "c:1:2\x00",
        "c:A:2",
        "c:１:2",
        "c:1:٢",
        "c:é:2",
        "c:123456789:1",
        "c:" + "1" * 70 + ":2",
        "p:1:2",
        "p:1:2:12345",
        "p:1:2:-1",
        "v:",
        "t:1",
        "k:1:2:3",
        "cmp_1_2",
        "<b>c:1:2</b>",
        "c:1:2'; DROP TABLE careers; --",
    ],
)
def test_forged_callback_data_decodes_to_nothing(data: str) -> None:
    assert decode(data) is None


@pytest.mark.parametrize("data", [None, 12, 1.5, b"c:1:2", ["c:1:2"], {"c": 1}, object()])
def test_callback_data_that_is_not_text_decodes_to_nothing(data: object) -> None:
    assert decode(data) is None


@FAST
@given(st.text(max_size=200))
def test_decoding_arbitrary_text_never_raises(data: str) -> None:
    action = decode(data)
    if action is not None:
        assert encode(action) == data


@pytest.mark.parametrize(("a", "b"), [(0, 0), (1, 6), (36**8 - 1, 12345)])
def test_share_payload_round_trips_in_telegrams_alphabet(a: int, b: int) -> None:
    payload = share_payload(a, b)
    assert all(ch.isascii() and (ch.isalnum() or ch in "_-") for ch in payload)
    assert len(payload) <= 64
    assert decode_payload(payload) == Compare(a, b)


@pytest.mark.parametrize(
    "payload",
    ["", "cmp", "cmp_1", "cmp_1_2_3", "cmp_-1_2", "CMP_1_2", "cmp_1_2\n", "x" * 65, None, 3],
)
def test_forged_share_payload_decodes_to_nothing(payload: object) -> None:
    assert decode_payload(payload) is None
