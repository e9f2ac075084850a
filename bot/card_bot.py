"""The bot with two shortcuts of its own: a card sent or edited as the Bot API's JSON, its
answer unread.

Telegram answers every ``sendMessage`` and ``editMessageText`` with the whole message: the
text's formatting as entities, one object each, and the keyboard, one object a button.
python-telegram-bot makes objects of all of it, and of the keyboard on the way out, and
careerbot reads none of them: that is about 1 ms of CPU per card, a fifth of all the bot
spends on an update (``bench/bot_throughput.py``). Everything else is python-telegram-bot's
``ExtBot`` as it is, the rate limiter and its retries included.
"""

from __future__ import annotations

from typing import Any

from telegram import CallbackQuery, Chat, Message
from telegram.constants import ParseMode
from telegram.ext import ExtBot

from bot.markup import keyboard_json
from careerbot.dialogue.replies import Keyboard


class CardBot(ExtBot[int]):
    async def send_card(self, message: Message, html: str, buttons: Keyboard = ()) -> None:
        """Answer ``message`` with ``html`` and ``buttons`` as ``message.reply_html`` does:
        quoting it outside private chats, in its forum topic, through its business
        connection."""
        data: dict[str, Any] = {
            "chat_id": message.chat_id,
            "text": html,
            "parse_mode": ParseMode.HTML,
        }
        private = message.chat.type == Chat.PRIVATE
        if (keyboard := keyboard_json(buttons, private=private)) is not None:
            data["reply_markup"] = keyboard
        if not private:
            data["reply_parameters"] = {"message_id": message.message_id}
        if message.is_topic_message and message.message_thread_id is not None:
            data["message_thread_id"] = message.message_thread_id
        if message.business_connection_id:
            data["business_connection_id"] = message.business_connection_id
        await self._post("sendMessage", data)

    async def edit_card(self, query: CallbackQuery, html: str, buttons: Keyboard = ()) -> None:
        """Replace the card whose button was pressed, as ``query.edit_message_text`` does:
        in a chat, or in a message sent inline."""
        data: dict[str, Any] = {"text": html, "parse_mode": ParseMode.HTML}
        private = False
        if query.inline_message_id:
            data["inline_message_id"] = query.inline_message_id
        elif query.message is not None:
            data["chat_id"] = query.message.chat.id
            data["message_id"] = query.message.message_id
            private = query.message.chat.type == Chat.PRIVATE
            if isinstance(query.message, Message) and query.message.business_connection_id:
                data["business_connection_id"] = query.message.business_connection_id
        else:  # a press Telegram sent without its message: nothing to edit
            return
        if (keyboard := keyboard_json(buttons, private=private)) is not None:
            data["reply_markup"] = keyboard
        await self._post("editMessageText", data)
