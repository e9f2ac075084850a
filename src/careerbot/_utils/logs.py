"""Log lines for people (the default) or for machines: one JSON object a line with
``CAREERBOT_LOG_FORMAT=json``. Whatever the format, a Telegram bot token in a message is
replaced before it is written."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from datetime import UTC, datetime

#: a Bot API token as it appears in URLs and errors ("123456789:AAE…")
TOKEN = re.compile(r"(?<!\d)\d{5,12}:[A-Za-z0-9_-]{30,}")
HIDDEN = "<token>"
PLAIN = "%(levelname)s %(name)s: %(message)s"


def redacted(text: str) -> str:
    return TOKEN.sub(HIDDEN, text)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, and the error if any."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redacted(record.getMessage()),
        }
        if record.exc_info:
            line["error"] = redacted(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


class PlainFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redacted(super().format(record))


def configure(level: str = "WARNING", fmt: str = "plain", *, force: bool = False) -> None:
    """Logging at ``level`` (a ``logging`` level name) in ``fmt`` ("plain" or "json"), as the
    settings say. Like ``logging.basicConfig``, it leaves logging alone if something set it
    up already, unless ``force``."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if fmt == "json" else PlainFormatter(PLAIN))
    handler.addFilter(_stopped_reset)
    logging.basicConfig(level=level, handlers=[handler], force=force)


def _stopped_reset(record: logging.LogRecord) -> bool:
    """SQLAlchemy logs a pooled connection whose reset was cancelled as an error with its
    traceback; a cancel is the person's Ctrl-C or a SIGTERM stopping the process, and the
    pool discards that connection. Anything else it logs goes through."""
    error = record.exc_info[1] if record.exc_info else None
    cancelled = isinstance(error, asyncio.CancelledError)
    return not (cancelled and record.name.startswith("sqlalchemy.pool"))


def error_line(message: str, fmt: str = "plain") -> str:
    """A command's one line of failure, in the format of the logs around it."""
    if fmt != "json":
        return redacted(f"careerbot: {message}")
    record = logging.LogRecord("careerbot", logging.ERROR, __file__, 0, message, None, None)
    return JsonFormatter().format(record)
