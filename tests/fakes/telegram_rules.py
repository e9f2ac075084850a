"""Bot API validation rules: parameter decoding, text limits, keyboards, inline results.

Descriptions copy Telegram's wording where it is known and stable (``BUTTON_DATA_INVALID``,
``message is too long``, ``message text is empty``, ``can't parse entities``, ...).  Checks
where the fake is stricter than Telegram say so in their description, so nobody mistakes
them for production behaviour.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .telegram_errors import BotApiError, bad_request
from .telegram_html import parse_html, utf16_len

MAX_TEXT_UTF16 = 4096
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_RESULT_ID_BYTES = 64
MAX_COMMANDS = 100

# Form bodies carry everything as strings; the Bot API re-types fields by name, so do we.
_INT_FIELDS = frozenset(
    {
        "message_id",
        "offset",
        "limit",
        "timeout",
        "user_id",
        "cache_time",
        "message_thread_id",
        "reply_to_message_id",
        "max_connections",
    }
)
_BOOL_FIELDS = frozenset(
    {
        "show_alert",
        "drop_pending_updates",
        "is_personal",
        "disable_notification",
        "protect_content",
        "disable_web_page_preview",
        "allow_sending_without_reply",
    }
)
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "results",
        "commands",
        "scope",
        "allowed_updates",
        "link_preview_options",
        "reply_parameters",
        "button",
        "menu_button",
        "result",
    }
)
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")


def decode_params(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Type form/JSON parameters the way the Bot API does: by field name."""
    return {
        name: _decode_string(name, value) if isinstance(value, str) else value
        for name, value in raw.items()
    }


def _decode_string(name: str, value: str) -> Any:
    if name == "chat_id":
        # Channel usernames ("@name") are valid chat ids, so only numeric strings become ints.
        return int(value) if re.fullmatch(r"-?\d+", value) else value
    if name in _INT_FIELDS:
        try:
            return int(value)
        except ValueError:
            raise bad_request(f'field "{name}" must be a valid Number') from None
    if name in _BOOL_FIELDS:
        return value.lower() in ("true", "1")
    if name in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            what = "reply keyboard markup" if name == "reply_markup" else name
            raise bad_request(f"can't parse {what} JSON object") from None
    return value


def render_text(
    text: Any,
    parse_mode: Any,
    entities: Any = None,
    *,
    strict_ampersand: bool = True,
) -> tuple[str, list[dict[str, Any]]]:
    """Validate a message text and return (visible text, entities) as Telegram stores them.

    The limit is counted in UTF-16 code units of the visible (tag-free, trimmed) text.  That
    is never less than the Python character count, so text that fits here fits Telegram.
    Markdown/MarkdownV2 are accepted verbatim without validation.
    """
    if not isinstance(text, str) or not text:
        raise bad_request("message text is empty")
    mode = parse_mode.lower() if isinstance(parse_mode, str) else ""
    if mode == "html":
        visible, found = parse_html(text, strict_ampersand=strict_ampersand)
    elif mode in ("", "markdown", "markdownv2"):
        visible, found = text, list(entities) if isinstance(entities, list) else []
    else:
        raise bad_request("unsupported parse_mode")
    visible, found = _trim(visible, found)
    if not visible:
        raise bad_request("message text is empty")
    if utf16_len(visible) > MAX_TEXT_UTF16:
        raise bad_request("message is too long")
    return visible, found


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Telegram strips surrounding whitespace and shifts entities to match."""
    stripped = text.strip()
    if not stripped:
        return "", []
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    end = utf16_len(stripped)
    kept: list[dict[str, Any]] = []
    for entity in entities:
        start = max(0, int(entity.get("offset", 0)) - shift)
        stop = min(end, int(entity.get("offset", 0)) + int(entity.get("length", 0)) - shift)
        if stop > start:
            kept.append({**entity, "offset": start, "length": stop - start})
    return stripped, kept


def validate_reply_markup(markup: Any, *, inline_only: bool = False) -> dict[str, Any] | None:
    """Return the markup if Telegram would accept it, else raise its 400."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        validate_inline_keyboard(markup["inline_keyboard"])
        return markup
    if inline_only:
        raise bad_request("inline keyboard expected (only InlineKeyboardMarkup is allowed here)")
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('field "keyboard" of the ReplyKeyboardMarkup must be an Array')
        for button in (button for row in rows for button in row):
            if not (isinstance(button, str) or (isinstance(button, dict) and "text" in button)):
                raise bad_request("can't parse keyboard button: KeyboardButton must be a String")
        return markup
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup
    raise bad_request("can't parse reply keyboard markup JSON object")


def validate_inline_keyboard(rows: Any) -> None:
    if not isinstance(rows, list):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    for row in rows:
        if not isinstance(row, list):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
            )
        for button in row:
            _validate_inline_button(button)


def _validate_inline_button(button: Any) -> None:
    def fail(detail: str) -> BotApiError:
        return bad_request(f"can't parse inline keyboard button: {detail}")

    if not isinstance(button, dict):
        raise fail("InlineKeyboardButton must be an Object")
    text = button.get("text")
    if not isinstance(text, str):
        raise fail('Field "text" must be of type String')
    if not text.strip():
        raise fail('Field "text" must be non-empty (fake is stricter than Telegram here)')
    actions = [name for name in _BUTTON_ACTIONS if name in button]
    if not actions:
        raise fail("Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise fail(f"exactly one action field expected, got {actions} (fake is stricter here)")
    if "callback_data" in button:
        data = button["callback_data"]
        size = len(data.encode("utf-8")) if isinstance(data, str) else 0
        if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    if "web_app" in button:
        app = button["web_app"]
        url = app.get("url") if isinstance(app, dict) else None
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme != "https" or not parts.netloc:
            raise bad_request("BUTTON_URL_INVALID")  # Mini Apps open over https only
    if "url" in button:
        url = button["url"]
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https", "tg") or not parts.netloc:
            raise bad_request("BUTTON_URL_INVALID")


def validate_inline_results(results: Any, *, strict_ampersand: bool = True) -> None:
    if not isinstance(results, list):
        raise bad_request("can't parse inline query results JSON object")
    if len(results) > MAX_INLINE_RESULTS:
        raise bad_request("RESULTS_TOO_MUCH")
    seen: set[str] = set()
    for result in results:
        if not isinstance(result, dict) or not isinstance(result.get("type"), str):
            raise bad_request('can\'t parse inline query result: Field "type" must be a String')
        result_id = result.get("id")
        if not isinstance(result_id, str) or not 1 <= len(result_id.encode()) <= (
            MAX_RESULT_ID_BYTES
        ):
            raise bad_request("RESULT_ID_INVALID")
        if result_id in seen:
            raise bad_request("RESULT_ID_DUPLICATE")
        seen.add(result_id)
        if result["type"] == "article" and not result.get("title"):
            raise bad_request('can\'t parse inline query result: Field "title" must be non-empty')
        content = result.get("input_message_content")
        if result["type"] == "article" and not isinstance(content, dict):
            raise bad_request(
                'can\'t parse inline query result: Field "input_message_content" must be an Object'
            )
        if isinstance(content, dict) and "message_text" in content:
            render_text(
                content["message_text"],
                content.get("parse_mode"),
                content.get("entities"),
                strict_ampersand=strict_ampersand,
            )
        if "reply_markup" in result:
            validate_reply_markup(result["reply_markup"], inline_only=True)


def validate_commands(commands: Any) -> list[dict[str, str]]:
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > MAX_COMMANDS:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND_RE.fullmatch(
            str(command.get("command", ""))
        ):
            raise bad_request("BOT_COMMAND_INVALID")
        description = command.get("description")
        if not isinstance(description, str) or not 1 <= len(description) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    return [{"command": c["command"], "description": c["description"]} for c in commands]


def has_web_app_button(markup: Any) -> bool:
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    return any(isinstance(b, dict) and "web_app" in b for row in rows for b in row)


def validate_menu_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict) or button.get("type") not in {"commands", "web_app", "default"}:
        raise bad_request("can't parse menu button JSON object")
    if button["type"] == "web_app":
        app = button.get("web_app")
        url = app.get("url") if isinstance(app, dict) else None
        if not isinstance(url, str) or urlsplit(url).scheme != "https":
            raise bad_request("WEBAPP_URL_INVALID")
        if not isinstance(button.get("text"), str) or not button["text"]:
            raise bad_request("menu button text is empty")
    return button
