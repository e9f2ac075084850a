"""Whatever arrives — share-link payloads, inline queries, button data, whole conversations
of hostile text — the core answers with a reply Telegram would send, or refuses cleanly."""

from __future__ import annotations

import pytest
from hostile import (
    HOSTILE,
    assert_well_formed,
    awkward_chars,
    callback_data,
    contexts,
    encoded_actions,
    messages,
)
from hypothesis import given
from hypothesis import strategies as st

from careerbot.dialogue.codec import (
    MAX_CALLBACK_BYTES,
    decode,
    decode_payload,
    encode,
    share_payload,
)
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply
from careerbot.dialogue.router import Dialogue

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.binary(max_size=80),
    st.text(),
    st.text(awkward_chars, max_size=80),
    st.lists(st.text(max_size=8), max_size=3),
    st.dictionaries(st.text(max_size=4), st.text(max_size=4), max_size=2),
)
payloads = st.one_of(
    st.text(max_size=80),
    st.from_regex(r"\Acmp_[0-9a-z]{1,10}_[0-9a-z]{1,10}\Z"),
    st.builds(share_payload, st.integers(0, 2000), st.integers(0, 2000)),
)
# One step of a conversation: say something, or press the n-th button of the last reply.
steps = st.one_of(messages, st.integers(min_value=0, max_value=20))


@pytest.fixture(scope="module", params=["seed", "bundled"])
def dialogue(request: pytest.FixtureRequest) -> Dialogue:
    if request.param == "seed":
        return request.getfixturevalue("seed_dialogue")  # type: ignore[no-any-return]
    return request.getfixturevalue("bundled_dialogue")  # type: ignore[no-any-return]


@HOSTILE
@given(data=anything)
def test_decoding_never_raises_and_refuses_what_it_did_not_encode(data: object) -> None:
    action = decode(data)
    if action is not None:
        assert isinstance(data, str)
        assert len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
        assert decode(encode(action)) == action
    assert decode_payload(data) is None or isinstance(data, str)


@HOSTILE
@given(data=encoded_actions)
def test_every_encoded_action_is_ascii_and_within_64_bytes(data: str) -> None:
    assert data.isascii()
    assert len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES
    assert encode(decode(data)) == data  # type: ignore[arg-type]


@HOSTILE
@given(payload=payloads, context=contexts)
def test_any_share_link_payload_gets_a_well_formed_reply(
    dialogue: Dialogue, payload: str, context: ChatContext
) -> None:
    reply = dialogue.start(payload, context)
    assert_well_formed(reply)
    assert reply.kind in {"greeting", "compare", "clarify", "unknown"}  # clarify: a career twice


@HOSTILE
@given(query=messages)
def test_any_inline_query_gets_well_formed_results(dialogue: Dialogue, query: str) -> None:
    results = dialogue.inline(query)
    assert len(results) <= 8
    for reply in results:
        assert_well_formed(reply)
        assert reply.title.strip()
        # Inline result ids are built from the careers' slugs: known, ASCII, short.
        assert all(slug in dialogue.catalog.by_slug and slug.isascii() for slug in reply.careers)


@HOSTILE
@given(data=callback_data, context=contexts)
def test_any_button_data_gets_a_well_formed_reply(
    dialogue: Dialogue, data: str, context: ChatContext
) -> None:
    assert_well_formed(dialogue.press(data, context))


def _buttons(reply: Reply) -> list[str]:
    return [b.data for row in reply.buttons for b in row if b.data is not None]


@HOSTILE
@given(conversation=st.lists(steps, min_size=1, max_size=8))
def test_a_whole_conversation_of_hostile_steps_stays_well_formed(
    dialogue: Dialogue, conversation: list[str | int]
) -> None:
    context = ChatContext()
    last: Reply | None = None
    for step in conversation:
        if isinstance(step, str):
            last = dialogue.respond(step, context)
        elif last is not None and _buttons(last):
            pressed = _buttons(last)[step % len(_buttons(last))]
            last = dialogue.press(pressed, context)
        else:
            continue
        assert_well_formed(last)
        context = last.context
