"""The one wiring point of the Telegram bot."""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol
from urllib.parse import urlparse

import uvloop
from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import handlers
from bot.card_bot import CardBot
from bot.metrics import Metrics
from bot.resilience import DEFAULT_TIMEOUTS, RetryingRateLimiter, Timeouts
from bot.startup import reach_bot_api, run_to_end
from bot.transport import AiohttpRequest
from bot.webapp import BotDelivery, offer_in_menu
from careerbot.app import bootstrap
from careerbot.app.service import CareerService
from careerbot.app.settings import Settings
from careerbot.app.tool import Delivery

log = logging.getLogger(__name__)
COMMANDS = (
    BotCommand("compare", "Compare two careers: /compare A vs B"),
    BotCommand("career", "One career at a glance: /career A"),
    BotCommand("fit", "Which career fits me? A short quiz"),
    BotCommand("list", "The careers I know"),
    BotCommand("about", "Where the figures come from"),
    BotCommand("help", "How to ask"),
)


class WebApp(Protocol):
    """The interactive tool, served in the bot's process (``careerbot.web``)."""

    async def start(self, service: CareerService, delivery: Delivery) -> None: ...

    async def stop(self) -> None: ...


def build_application(
    settings: Settings,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
    webapp: WebApp | None = None,
) -> Application:  # type: ignore[type-arg]
    token = settings.require_token()

    async def on_startup(app: Application) -> None:  # type: ignore[type-arg]
        # The name index is built now, not on the first person's message.
        started = await bootstrap.start(settings, app.bot.username, warm=True)
        app.bot_data["service"], app.bot_data["started"] = started.service, started
        await app.bot.set_my_commands(list(COMMANDS))
        if webapp is not None:
            await webapp.start(started.service, BotDelivery(app.bot))
        if settings.webapp_url is not None:
            await offer_in_menu(app.bot, settings.webapp_url)

    async def on_shutdown(app: Application) -> None:  # type: ignore[type-arg]
        if webapp is not None:
            await webapp.stop()
        started: bootstrap.Started | None = app.bot_data.get("started")
        if started is not None:
            await started.stop()

    metrics = Metrics()
    bot = CardBot(
        token,
        base_url=settings.telegram_base_url,
        request=AiohttpRequest(timeouts),
        get_updates_request=AiohttpRequest(timeouts, pool_size=1),
        rate_limiter=RetryingRateLimiter(metrics=metrics),
    )
    app = Application.builder().bot(bot).post_init(on_startup).post_shutdown(on_shutdown).build()
    app.bot_data["metrics"] = metrics
    # First, in a group of its own: drop re-delivered updates and those over a user's rate.
    app.add_handler(TypeHandler(Update, handlers.on_any_update), group=-1)
    app.add_handler(CommandHandler("start", handlers.on_start))
    app.add_handler(CommandHandler(("stats", "reload"), handlers.on_operator_command))
    # Every other text, commands included, goes to the one dialogue that parses them.
    app.add_handler(MessageHandler(filters.TEXT, handlers.on_text))
    app.add_handler(CallbackQueryHandler(handlers.on_button))
    app.add_handler(InlineQueryHandler(handlers.on_inline_query))
    app.add_error_handler(handlers.on_error)
    return app


def quiet_secrets() -> None:
    # httpx logs every request URL at INFO, and Bot API URLs carry the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def run_bot(
    settings: Settings,
    webhook: str | None,
    listen: str,
    port: int,
    metrics_port: int | None = None,
    *,
    webapp: WebApp | None = None,
) -> int:
    quiet_secrets()
    # uvloop's event loop: the same asyncio, at about a third of the CPU per wake-up.
    loop = uvloop.new_event_loop()
    asyncio.set_event_loop(loop)
    app = build_application(settings, webapp=webapp)
    try:
        serving = _serve(
            app, settings, webhook=webhook, listen=listen, port=port, metrics_port=metrics_port
        )
        return run_to_end(loop, serving)
    finally:
        loop.close()


async def _serve(
    app: Application,  # type: ignore[type-arg]
    settings: Settings,
    *,
    webhook: str | None,
    listen: str,
    port: int,
    metrics_port: int | None,
) -> int:
    """The bot's whole life in one run of the loop: Application.run_polling's steps, with a
    signal (which cancels this) stopping it as run_polling's would. A clear line and backoff
    while the Bot API is unreachable, not PTB's traceback; a signal then is a stop before
    the Bot API answered."""
    await reach_bot_api(app.bot.base_url, settings.telegram_base_url)
    if metrics_port is not None:
        app.bot_data["metrics"].serve(listen, metrics_port)
    updater = app.updater
    assert updater is not None

    def polling_failed(exc: TelegramError) -> None:  # as run_polling: to the error handler
        app.create_task(app.process_error(error=exc, update=None))

    try:
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        if webhook:
            await updater.start_webhook(
                listen=listen,
                port=port,
                url_path=urlparse(webhook).path.lstrip("/"),
                webhook_url=webhook,
                secret_token=settings.webhook_secret,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            await updater.start_polling(
                allowed_updates=Update.ALL_TYPES, error_callback=polling_failed
            )
        await app.start()
        await asyncio.Event().wait()  # until a signal cancels it
    except asyncio.CancelledError:
        log.info("stopping: the reply being sent finishes first")
    finally:
        if updater.running:
            await updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
    return 0
