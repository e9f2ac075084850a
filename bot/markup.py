"""Core replies → python-telegram-bot objects."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from careerbot.dialogue.replies import Keyboard


def to_markup(buttons: Keyboard) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.text, url=b.url)
                if b.url
                else InlineKeyboardButton(b.text, callback_data=b.data)
                for b in row
            ]
            for row in buttons
        ]
    )
