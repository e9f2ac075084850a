"""`ask` never raises: any message or button data gets a Reply whose HTML Telegram accepts,
within 4,096 characters, with every button's data within 64 bytes and decodable."""

from __future__ import annotations

import pytest
from html_check import telegram_html_problems
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from seed_pages import SEED_SLUGS

from careerbot.catalog import Catalog
from careerbot.dialogue.codec import MAX_CALLBACK_BYTES, Compare, Pick, Profile, TypeName, decode
from careerbot.dialogue.codec import encode as encode_action
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.dialogue import Dialogue
from careerbot.dialogue.replies import Reply
from careerbot.render.document import TELEGRAM_LIMIT

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
    ChatContext(focus=SEED_SLUGS[3]),
    ChatContext(last_a="gone-career", last_b="<b>", awaiting_second="x" * 500, focus=""),
]
slugs = st.one_of(st.none(), st.sampled_from(SEED_SLUGS), st.text(max_size=40))
contexts = st.builds(ChatContext, slugs, slugs, slugs, slugs)
ids = st.integers(min_value=0, max_value=12)
encoded_actions = st.one_of(
    st.builds(Compare, ids, ids),
    st.builds(Pick, ids, ids, st.integers(min_value=0, max_value=50)),
    st.builds(Profile, ids),
    st.builds(TypeName, ids, ids),
).map(encode_action)
callback_data = st.one_of(
    st.text(),
    st.text(max_size=4096),
    encoded_actions,
    st.from_regex(r"\A[ckptv]:[0-9a-z]{1,10}(:[0-9a-z-]{1,10}){0,3}\Z"),
)
messages = st.one_of(
    st.text(),
    st.text(max_size=4096),
    st.sampled_from(NASTY),
    st.lists(
        st.sampled_from(
            ["routing", "vs", "or", "and", "compare", "multimodal", "?", "<i>", "\u200b"]
        ),
        max_size=12,
    ).map(" ".join),
)
HOSTILE = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def assert_well_formed(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    text = reply.document.html()
    assert len(text) <= TELEGRAM_LIMIT
    assert telegram_html_problems(text) == []
    assert len(reply.document.plain()) <= TELEGRAM_LIMIT
    assert isinstance(reply.context, ChatContext)
    for row in reply.buttons:
        for button in row:
            assert button.text
            assert (button.data is None) != (button.url is None)
            if button.data is not None:
                assert len(button.data.encode("utf-8")) <= MAX_CALLBACK_BYTES
                assert decode(button.data) is not None


@HOSTILE
@given(message=messages, context=contexts)
def test_any_message_gets_a_well_formed_reply(
    seed_dialogue: Dialogue, message: str, context: ChatContext
) -> None:
    assert_well_formed(seed_dialogue.respond(message, context))


@HOSTILE
@given(data=callback_data, context=contexts)
def test_any_button_data_gets_a_well_formed_reply(
    seed_dialogue: Dialogue, data: str, context: ChatContext
) -> None:
    assert_well_formed(seed_dialogue.press(data, context))


@pytest.mark.parametrize("data", [None, 7, b"c:1:2", ["c:1:2"], object()])
def test_button_data_that_is_not_text_is_refused(seed_dialogue: Dialogue, data: object) -> None:
    reply = seed_dialogue.press(data, ChatContext())
    assert_well_formed(reply)
    assert reply.intent == "unknown"


@pytest.mark.parametrize("message", NASTY)
@pytest.mark.parametrize("context", CONTEXTS)
def test_nasty_messages_get_a_well_formed_reply(
    seed_dialogue: Dialogue, message: str, context: ChatContext
) -> None:
    assert_well_formed(seed_dialogue.respond(message, context))


@pytest.fixture(scope="module")
def bundled_dialogue(bundled_catalog: Catalog) -> Dialogue:
    return Dialogue(bundled_catalog, bot_username="careerbot_test_bot")


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
    assert reply.intent == ("compare" if a != b else "clarify")
