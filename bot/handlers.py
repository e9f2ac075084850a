"""Handlers: read the update, make one call into the core, render, reply."""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.card_bot import CardBot
from bot.markup import to_markup
from bot.metrics import Metrics
from careerbot.app.admission import Admission, Verdict
from careerbot.app.service import CareerService
from careerbot.dialogue.replies import Reply
from careerbot.render.drawing import draw

log = logging.getLogger(__name__)
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."
#: Telegram's limit on a photo's caption
CAPTION_LIMIT = 1024


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def _metrics(context: ContextTypes.DEFAULT_TYPE) -> Metrics | None:
    found: Metrics | None = context.bot_data.get("metrics")
    return found


def counted(kind: str) -> Callable[[Handler], Handler]:
    """Count the handler's updates and time its reply, by ``kind``."""

    def wrap(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def timed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            start = time.perf_counter()
            try:
                await handler(update, context)
            finally:
                if (metrics := _metrics(context)) is not None:
                    metrics.updates.labels(kind).inc()
                    metrics.latency.labels(kind).observe(time.perf_counter() - start)
                    version = _service(context).catalog_version
                    if version is not None:
                        metrics.catalog_version.set(version)

        return timed

    return wrap


def _bot(context: ContextTypes.DEFAULT_TYPE) -> CardBot:
    bot = context.bot
    assert isinstance(bot, CardBot), "the application is built by bot.app"
    return bot


def _service(context: ContextTypes.DEFAULT_TYPE) -> CareerService:
    service: CareerService = context.bot_data["service"]
    return service


async def on_any_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every handler; stops an update that must not be answered."""
    user_id = update.effective_user.id if update.effective_user else None
    counted = update.callback_query is not None or update.effective_message is not None
    admission = await _service(context).admit(update.update_id, user_id, counted)
    if admission.answered:
        return
    if admission.verdict is not Verdict.DUPLICATE:
        if (metrics := _metrics(context)) is not None:
            metrics.refused.inc()
        await _refuse_over_rate(update, context, admission)
    raise ApplicationHandlerStop


async def _refuse_over_rate(
    update: Update, context: ContextTypes.DEFAULT_TYPE, admission: Admission
) -> None:
    if update.callback_query is not None:  # every press is answered, even a refused one
        await update.callback_query.answer(admission.notice())
    elif admission.verdict is Verdict.NOTIFY and update.effective_message is not None:
        await _bot(context).send_card(update.effective_message, admission.document().html())


@counted("command")
async def on_operator_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    user_id = update.effective_user.id if update.effective_user else None
    reply = await _service(context).operator(user_id, message.text)
    await _bot(context).send_card(message, reply.document.html(), reply.buttons)


@counted("start")
async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat is None or update.effective_message is None:
        return
    payload = context.args[0] if context.args else ""
    reply = await _service(context).start(update.effective_chat.id, payload)
    await _bot(context).send_card(update.effective_message, reply.document.html(), reply.buttons)


@counted("message")
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if update.effective_chat is None or message is None or not message.text:
        return
    reply = await _service(context).message(update.effective_chat.id, message.text)
    await _bot(context).send_card(message, reply.document.html(), reply.buttons)


@counted("button")
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    chat_id = update.effective_chat.id if update.effective_chat else query.from_user.id
    try:
        reply = await _service(context).button(chat_id, query.data)
    except Exception:
        await query.answer(SORRY)
        raise
    await query.answer(reply.notice)
    if reply.picture is not None:
        await _send_picture(context, chat_id, reply)
        return
    if not reply.edits:
        return
    try:
        await _bot(context).edit_card(query, reply.document.html(), reply.buttons)
    except BadRequest as exc:
        # Pressing the button of what is already shown is not an error for the person.
        if "not modified" not in str(exc).lower():
            raise


async def _send_picture(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply) -> None:
    """The chart as a photo: Telegram's own copy when one was sent before for this catalog
    version (by any process), else drawn off the event loop and uploaded once."""
    assert reply.picture is not None
    service = _service(context)
    caption = reply.document.plain()[:CAPTION_LIMIT]  # plain: a cut never breaks a tag
    if (file_id := await service.picture_file(reply.picture.key)) is not None:
        await context.bot.send_photo(chat_id, file_id, caption=caption)
        return
    png = await asyncio.to_thread(draw, reply.picture)
    sent = await context.bot.send_photo(chat_id, png, caption=caption)
    if sent.photo:
        await service.remember_picture(reply.picture.key, sent.photo[-1].file_id)


@counted("inline")
async def on_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    if query is None:
        return
    replies = await _service(context).inline(query.query) if query.query.strip() else []
    results = [
        InlineQueryResultArticle(
            id=f"{i}-{'-'.join(r.careers)}"[:64],
            title=r.title,
            description=r.summary,
            input_message_content=InputTextMessageContent(
                r.document.html(), parse_mode=ParseMode.HTML
            ),
            reply_markup=to_markup(r.buttons),
        )
        for i, r in enumerate(replies)
    ]
    await query.answer(results, cache_time=60, is_personal=False)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("update failed: %r", context.error, exc_info=context.error)
    if (metrics := _metrics(context)) is not None and _database_down(context.error):
        metrics.database_unavailable.inc()
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, SORRY)
        except Exception:  # the network may be why we are here
            log.warning("could not tell chat %s about the failure", update.effective_chat.id)


#: the errors a database driver raises when it cannot be reached (SQLAlchemy's and the
#: drivers' own), told by name: only the store modules import SQLAlchemy
_DATABASE_ERRORS = frozenset(
    {"OperationalError", "InterfaceError", "DBAPIError", "TimeoutError", "CannotConnectNowError"}
)


def _database_down(error: BaseException | None) -> bool:
    while error is not None:
        if type(error).__name__ in _DATABASE_ERRORS and "sql" in type(error).__module__.lower():
            return True
        error = error.__cause__ or error.__context__
    return False
