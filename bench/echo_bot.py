"""The floor: a bare python-telegram-bot echo bot, polled the way careerbot is.

    TELEGRAM_BOT_TOKEN=... TELEGRAM_BASE_URL=... python bench/echo_bot.py [--limiter] [--stack]

``--dependencies`` imports the libraries careerbot's bot process runs on before it starts
(SQLAlchemy's asyncio engine, aiosqlite, rapidfuzz, pydantic, prometheus-client, aiohttp,
orjson, uvloop) and uses none of them: the least any bot built on them can start in and
hold (bench/footprint.py).
``--limiter`` gives it careerbot's rate limiter (flood control and retries,
bot/resilience.py), which paces replies at 30/s, so bench/bot_throughput.py can compare
like for like. ``--stack`` gives it careerbot's transport and event loop as well
(aiohttp with orjson, uvloop: bot/transport.py), to show what that stack costs alone.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import sys

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


#: careerbot's run-time dependencies beyond python-telegram-bot (pyproject.toml)
DEPENDENCIES = (
    "sqlalchemy.ext.asyncio",
    "aiosqlite",
    "rapidfuzz",
    "pydantic",
    "prometheus_client",
    "aiohttp",
    "orjson",
    "uvloop",
)


def main() -> None:
    if "--dependencies" in sys.argv:
        for name in DEPENDENCIES:
            importlib.import_module(name)
    builder = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_BASE_URL"])
    )
    # Imported only when asked for, so the plain run is python-telegram-bot alone.
    if "--limiter" in sys.argv:
        from bot.resilience import RetryingRateLimiter  # noqa: PLC0415

        builder = builder.rate_limiter(RetryingRateLimiter())
    if "--stack" in sys.argv:
        import uvloop  # noqa: PLC0415

        from bot.transport import AiohttpRequest  # noqa: PLC0415

        asyncio.set_event_loop(uvloop.new_event_loop())
        builder = builder.request(AiohttpRequest()).get_updates_request(AiohttpRequest(pool_size=1))
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
