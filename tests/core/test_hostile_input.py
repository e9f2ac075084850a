"""`ask` never raises: any message or button data gets a Reply whose HTML Telegram accepts,
within 4,096 characters, with every button's data within 64 bytes and decodable."""

from __future__ import annotations

import pytest
from hostile import HOSTILE, assert_well_formed, contexts, messages
from hypothesis import given, settings
from hypothesis import strategies as st
from seed_pages import SEED_SLUGS

from careerbot.dialogue.codec import Compare
from careerbot.dialogue.codec import encode as encode_action
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.router import Dialogue

NASTY = [
    "",
    " ",
    "\x00",
    "\u200b\u200d\ufeff",
    "\u202eroutnig sv erawelddim",
    "routing\x00 vs\x1b[31m middleware",
    "rout\u200bing vs midd\u200dleware",
    "<script>alert(1)</script> vs <b>routing</b>",
    "<b>routing</i> vs </pre>middleware",
    "**routing** vs _middleware_ `code` [x](http://e.com)",
    "'; DROP TABLE careers; -- vs routing",
    "routing vs " + "a" * 4096,
    "x" * 4096,
    "vs " * 1400,
    "compare " + "and " * 1000,
    "what about " * 400,
    "or or or or",
    "vs",
    "/compare",
    "/compare@careerbot",
    "/start@bot cmp_1_2",
    "🤖" * 2000,
    "ｒｏｕｔｉｎｇ ｖｓ ｍｉｄｄｌｅｗａｒｅ",
    "Ｍultimodal vs MULTI-AGENT!!!",
    "\n".join(["routing"] * 500),
    "&amp; &lt; &#0; &#x110000; &bogus;",
    "%s %d {0} {career} ${HOME}",
    "tell me about " + "&<>" * 1000,
]
CONTEXTS = [
    ChatContext(),
    ChatContext(last_a=SEED_SLUGS[0], last_b=SEED_SLUGS[5]),
    ChatContext(awaiting_second=SEED_SLUGS[2]),
    ChatContext(subject=SEED_SLUGS[3], screen="profile"),
    ChatContext(last_a="gone-career", last_b="<b>", awaiting_second="x" * 500, subject=""),
]


@HOSTILE
@given(message=messages, context=contexts)
def test_any_message_gets_a_well_formed_reply(
    seed_dialogue: Dialogue, message: str, context: ChatContext
) -> None:
    assert_well_formed(seed_dialogue.respond(message, context))


@pytest.mark.parametrize("data", [None, 7, b"c:1:2", ["c:1:2"], object()])
def test_button_data_that_is_not_text_is_refused(seed_dialogue: Dialogue, data: object) -> None:
    reply = seed_dialogue.press(data, ChatContext())
    assert_well_formed(reply)
    assert reply.kind == "unknown"


@pytest.mark.parametrize("message", NASTY)
@pytest.mark.parametrize("context", CONTEXTS)
def test_nasty_messages_get_a_well_formed_reply(
    seed_dialogue: Dialogue, message: str, context: ChatContext
) -> None:
    assert_well_formed(seed_dialogue.respond(message, context))


@settings(max_examples=100, deadline=None, database=None)
@given(message=messages)
def test_any_message_against_the_full_catalog_gets_a_well_formed_reply(
    bundled_dialogue: Dialogue, message: str
) -> None:
    assert_well_formed(bundled_dialogue.respond(message, ChatContext()))


@settings(max_examples=100, deadline=None, database=None)
@given(data=st.data())
def test_any_two_bundled_careers_compare_into_a_well_formed_card(
    bundled_dialogue: Dialogue, data: st.DataObject
) -> None:
    ids = sorted(bundled_dialogue.catalog.by_id)
    a, b = data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(ids))
    reply = bundled_dialogue.press(encode_action(Compare(a, b)), ChatContext())
    assert_well_formed(reply)
    assert reply.kind == ("compare" if a != b else "clarify")
