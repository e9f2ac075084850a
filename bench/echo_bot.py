"""The floor: a bare python-telegram-bot echo bot, polled the way careerbot is.

    TELEGRAM_BOT_TOKEN=... TELEGRAM_BASE_URL=... python bench/echo_bot.py [--limiter]

``--limiter`` gives it careerbot's rate limiter (flood control and retries,
bot/resilience.py), which paces replies at 30/s, so bench/bot_throughput.py can compare
like for like.
"""

from __future__ import annotations

import os
import sys

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def main() -> None:
    builder = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_BASE_URL"])
    )
    if "--limiter" in sys.argv:
        # Imported only when asked for, so the plain run is python-telegram-bot alone.
        from bot.resilience import RetryingRateLimiter  # noqa: PLC0415

        builder = builder.rate_limiter(RetryingRateLimiter())
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
