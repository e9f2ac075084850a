"""Core keyboards → the Bot API's JSON, and python-telegram-bot's objects made from it."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup

from careerbot.dialogue.replies import Keyboard


def keyboard_json(buttons: Keyboard) -> dict[str, Any] | None:
    """An ``InlineKeyboardMarkup`` as the Bot API reads it."""
    if not buttons:
        return None
    return {
        "inline_keyboard": [
            [
                {"text": b.text, "url": b.url}
                if b.url
                else {"text": b.text, "callback_data": b.data}
                for b in row
            ]
            for row in buttons
        ]
    }


def to_markup(buttons: Keyboard) -> InlineKeyboardMarkup | None:
    keyboard = keyboard_json(buttons)
    return InlineKeyboardMarkup.de_json(keyboard, None) if keyboard is not None else None
