"""Log lines for people (the default) or for machines: one JSON object a line with
``CAREERBOT_LOG_FORMAT=json``. Whatever the format, a Telegram bot token in a message is
replaced before it is written."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime

#: a Bot API token as it appears in URLs and errors ("123456789:AAE…")
TOKEN = re.compile(r"(?<!\d)\d{5,12}:[A-Za-z0-9_-]{30,}")
HIDDEN = "<token>"


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


def configure(environ: Mapping[str, str], *, force: bool = False) -> None:
    """Logging as the environment asks: ``CAREERBOT_LOG_LEVEL``, ``CAREERBOT_LOG_FORMAT``.
    Like ``logging.basicConfig``, it leaves logging alone if something set it up already,
    unless ``force``."""
    handler = logging.StreamHandler()
    if environ.get("CAREERBOT_LOG_FORMAT", "").lower() == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(PlainFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(
        level=environ.get("CAREERBOT_LOG_LEVEL", "WARNING"), handlers=[handler], force=force
    )
