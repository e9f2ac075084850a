"""The tool's "send to chat", through the running bot: the answer to the web app's query
when Telegram opened it with one, else a message to the user."""

from __future__ import annotations

import logging

from telegram import InlineQueryResultArticle, InputTextMessageContent, MenuButtonWebApp, WebAppInfo
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden

from bot.card_bot import CardBot
from bot.markup import to_markup
from careerbot.dialogue.replies import Reply

log = logging.getLogger(__name__)
MENU_TEXT = "Compare"


class BotDelivery:
    def __init__(self, bot: CardBot) -> None:
        self.bot = bot

    async def deliver(self, user_id: int, query_id: str | None, reply: Reply) -> bool:
        html = reply.document.html()
        try:
            if query_id is not None:
                # sent on the user's behalf into the chat the app was opened from: a chat
                # that may be a group, so links rather than Mini App buttons
                result = InlineQueryResultArticle(
                    id="-".join(reply.careers)[:64],
                    title=reply.title,
                    description=reply.summary,
                    input_message_content=InputTextMessageContent(html, ParseMode.HTML),
                    reply_markup=to_markup(reply.buttons),
                )
                await self.bot.answer_web_app_query(query_id, result)
            else:
                markup = to_markup(reply.buttons, private=True)
                await self.bot.send_message(user_id, html, ParseMode.HTML, reply_markup=markup)
        except (Forbidden, BadRequest) as exc:
            log.info("could not send a comparison to user %s: %s", user_id, exc)
            return False
        return True


async def offer_in_menu(bot: CardBot, url: str) -> None:
    """The chat's menu button opens the tool."""
    await bot.set_chat_menu_button(menu_button=MenuButtonWebApp(MENU_TEXT, WebAppInfo(url)))
