"""Hostile input for the dialogue and the codec, and what every reply to it must satisfy.

A reply is checked twice: by ``html_check`` (only the tags the core may emit) and by the
fake Bot API's own Telegram rules (strict HTML parse, non-empty, 4,096 UTF-16 code units of
visible text, valid inline keyboard), so "well formed" here means "Telegram would send it".
"""

from __future__ import annotations

from html_check import telegram_html_problems, visible_text
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from seed_pages import SEED_SLUGS

from careerbot.dialogue.codec import (
    MAX_CALLBACK_BYTES,
    Compare,
    Picker,
    Profile,
    ShowSkills,
    TypeName,
    decode,
    encode,
)
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply
from tests.fakes.telegram_html import utf16_len
from tests.fakes.telegram_rules import MAX_TEXT_UTF16, render_text, validate_reply_markup

HOSTILE = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FRAGMENTS = [
    "routing",
    "vs",
    "or",
    "and",
    "compare",
    "multimodal",
    "accountant",
    "data scientist",
    "?",
    "<i>",
    "</b>",
    "<a href='x'>",
    "&amp;",
    "&",
    "**",
    "_",
    "`",
    "[x](http://e.com)",
    "'; DROP TABLE careers; --",
    "' OR 1=1 --",
    "%s",
    "{0}",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\x00",
    "\x1b[31m",
    "\r\n",
    "\t",
    "🤖",
    "👩‍💻",
    "e\u0301",
]
# Characters that trip renderers: controls, formatting marks (zero-width, bidi), separators,
# combining marks, and astral-plane emoji that count twice in UTF-16.
awkward_chars = st.one_of(
    st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"]),
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),
    st.sampled_from("<>&\"'*_`[]()~|#"),
)
messages = st.one_of(
    st.text(),
    st.text(awkward_chars, max_size=200),
    st.text(min_size=4000, max_size=4096),
    st.text(awkward_chars, min_size=4000, max_size=4096),
    st.lists(st.sampled_from(FRAGMENTS), max_size=16).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4)
    .map("".join)
    .map(lambda s: s * 600),
)
slugs = st.one_of(st.none(), st.sampled_from(SEED_SLUGS), st.text(max_size=40))
contexts = st.builds(ChatContext, slugs, slugs, slugs, slugs)
ids = st.integers(min_value=0, max_value=1000)
encoded_actions = st.one_of(
    st.builds(Compare, ids, ids),
    st.builds(ShowSkills, ids, ids),
    st.builds(Picker, ids, ids, st.integers(min_value=0, max_value=200)),
    st.builds(Profile, ids),
    st.builds(TypeName, ids, ids),
).map(encode)
callback_data = st.one_of(
    encoded_actions,
    st.text(),
    st.text(max_size=4096),
    st.text(awkward_chars, max_size=64),
    st.from_regex(r"\A[ckptv]:[0-9a-z]{1,10}(:[0-9a-z-]{1,10}){0,3}\Z"),
    st.from_regex(r"\A[ckptv]:[0-9]{1,3}(:[0-9]{1,3}){0,2}\Z"),
)


def assert_well_formed(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    assert isinstance(reply.context, ChatContext)
    html = reply.document.html()
    assert telegram_html_problems(html) == []
    shown, _ = render_text(html, "HTML")  # raises as Telegram would answer 400
    assert shown.strip()
    assert utf16_len(visible_text(html)) <= MAX_TEXT_UTF16
    assert utf16_len(reply.document.plain()) <= MAX_TEXT_UTF16
    for row in reply.buttons:
        for button in row:
            assert button.text.strip()
            assert (button.data is None) != (button.url is None)
            if button.data is not None:
                assert len(button.data.encode("utf-8")) <= MAX_CALLBACK_BYTES
                assert decode(button.data) is not None
    if reply.buttons:
        validate_reply_markup(
            {"inline_keyboard": [[b.to_dict() for b in row] for row in reply.buttons]},
            inline_only=True,
        )
