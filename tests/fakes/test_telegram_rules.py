"""Unit tests for the fake's Telegram rules, pinned to tdlib's behaviour and wording."""

from __future__ import annotations

from typing import Any

import pytest

from .telegram_errors import BotApiError
from .telegram_html import parse_html
from .telegram_rules import decode_params, render_text, validate_reply_markup


def entities(text: str) -> list[dict[str, Any]]:
    return parse_html(text)[1]


def html_error(text: str, **kwargs: Any) -> str:
    with pytest.raises(BotApiError) as caught:
        parse_html(text, **kwargs)
    assert caught.value.status == 400
    return caught.value.description.removeprefix("Bad Request: can't parse entities: ")


def test_offsets_are_utf16_and_tags_are_free() -> None:
    text, found = parse_html("😀 <b>ok</b>")
    assert text == "😀 ok"
    assert found == [{"type": "bold", "offset": 3, "length": 2}]


def test_every_supported_tag_maps_to_its_entity() -> None:
    found = entities(
        "<strong>a</strong><em>b</em><ins>c</ins><del>d</del>"
        '<span class="tg-spoiler">e</span><tg-emoji emoji-id="5368324170671202286">f</tg-emoji>'
        "<blockquote expandable>g</blockquote><code>h</code>"
    )
    assert [e["type"] for e in found] == [
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "custom_emoji",
        "expandable_blockquote",
        "code",
    ]


def test_pre_with_code_language_becomes_one_entity() -> None:
    found = entities('<pre><code class="language-python">x = 1</code></pre>')
    assert found == [{"type": "pre", "offset": 0, "length": 5, "language": "python"}]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("x<br>", 'Unsupported start tag "br" at byte offset 1'),
        ("é<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<a href>x</a>", 'Expected equal sign in declaration of an attribute of the tag "a"'),
    ],
)
def test_tdlib_style_errors(text: str, message: str) -> None:
    assert html_error(text).startswith(message)


def test_entities_and_ampersands() -> None:
    assert parse_html("&lt;&gt;&amp;&quot;&#65;&#x42; -> fine")[0] == '<>&"AB -> fine'
    assert "Unescaped" in html_error("R&D")
    assert "Unescaped" in html_error("&nbsp;")
    # Telegram itself keeps a bare "&"; the relaxed mode matches it.
    assert parse_html("R&D &nbsp;", strict_ampersand=False)[0] == "R&D &nbsp;"


def test_links_need_href_and_decode_entities() -> None:
    assert "href" in html_error("<a>x</a>")
    assert entities("<a href='https://e.org/?a=1&amp;b'>x</a>")[0]["url"] == "https://e.org/?a=1&b"


def test_render_trims_and_shifts_entities() -> None:
    text, found = render_text("  <b>hi</b> \n", "HTML")
    assert (text, found) == ("hi", [{"type": "bold", "offset": 0, "length": 2}])


def test_render_rejects_unknown_parse_mode() -> None:
    with pytest.raises(BotApiError, match="unsupported parse_mode"):
        render_text("x", "BBCode")


@pytest.mark.parametrize(
    ("button", "message"),
    [
        ({"text": "x"}, "Text buttons are unallowed in the inline keyboard"),
        ({"text": "x", "url": "https://a.b", "callback_data": "d"}, "exactly one action"),
        ({"text": "x", "callback_data": ""}, "BUTTON_DATA_INVALID"),
        ({"text": "x", "url": "javascript:alert(1)"}, "BUTTON_URL_INVALID"),
        ({"callback_data": "d"}, 'Field "text" must be of type String'),
    ],
)
def test_inline_buttons_are_validated(button: dict[str, Any], message: str) -> None:
    with pytest.raises(BotApiError, match=message):
        validate_reply_markup({"inline_keyboard": [[button]]})


def test_keyboard_rows_must_be_arrays() -> None:
    with pytest.raises(BotApiError, match="Array of Arrays"):
        validate_reply_markup({"inline_keyboard": [{"text": "x", "callback_data": "d"}]})


def test_form_values_are_typed_by_field_name() -> None:
    params = decode_params(
        {"chat_id": "-100123", "text": "[1] {x}", "reply_markup": '{"remove_keyboard": true}'}
    )
    assert params == {
        "chat_id": -100123,
        "text": "[1] {x}",
        "reply_markup": {"remove_keyboard": True},
    }
    assert decode_params({"chat_id": "@channel"})["chat_id"] == "@channel"
