"""Core keyboards → the Bot API's JSON, and python-telegram-bot's objects made from it."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup

from careerbot.dialogue.replies import Button, Keyboard


def _button(button: Button, private: bool) -> dict[str, Any]:
    if button.web_app:
        # Telegram opens a Mini App from an inline button only in a private chat with the
        # bot; elsewhere the same page opens as a link
        if private:
            return {"text": button.text, "web_app": {"url": button.web_app}}
        return {"text": button.text, "url": button.web_app}
    if button.url:
        return {"text": button.text, "url": button.url}
    return {"text": button.text, "callback_data": button.data}


def keyboard_json(buttons: Keyboard, *, private: bool = False) -> dict[str, Any] | None:
    """An ``InlineKeyboardMarkup`` as the Bot API reads it, for a private chat or not."""
    if not buttons:
        return None
    return {"inline_keyboard": [[_button(b, private) for b in row] for row in buttons]}


def to_markup(buttons: Keyboard, *, private: bool = False) -> InlineKeyboardMarkup | None:
    keyboard = keyboard_json(buttons, private=private)
    return InlineKeyboardMarkup.de_json(keyboard, None) if keyboard is not None else None
