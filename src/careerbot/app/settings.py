"""Settings, read once from the environment and checked at start-up. ``VARIABLES`` is the
one table of them: ``careerbot --help`` and the README list it, and a bad value of any of
them stops start-up with one line naming the variable and what it may be."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from careerbot.app.admission import RateLimit

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_RATE_LIMIT = RateLimit()
DEFAULT_WEBAPP_MAX_AGE = 24 * 3600
LOG_LEVELS = ("debug", "info", "warning", "error", "critical")
LOG_FORMATS = ("plain", "json")
#: the database drivers careerbot installs, by the scheme people write without one
DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}
_TOKEN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,64}$")
_PASSWORD = re.compile(r"^([^/@]*?):[^/@]*@")


class SettingsError(ValueError):
    """A bad setting; the message is one line naming the variable."""


@dataclass(frozen=True, slots=True)
class Variable:
    name: str
    meaning: str
    default: str = ""


VARIABLES = (
    Variable(
        "TELEGRAM_BOT_TOKEN", "the bot's token from @BotFather; set, `careerbot` runs the bot"
    ),
    Variable("TELEGRAM_BASE_URL", "a self-hosted Bot API server", DEFAULT_BASE_URL),
    Variable(
        "CAREERBOT_DATABASE_URL",
        "sqlite+aiosqlite:///PATH or postgresql+asyncpg://USER:PASSWORD@HOST/NAME",
        "a SQLite file in the user's data directory",
    ),
    Variable("CAREERBOT_WEBHOOK_SECRET", "refuse webhook requests without it (A-Z a-z 0-9 _ -)"),
    Variable(
        "CAREERBOT_ADMIN_IDS", "Telegram user ids allowed /stats and /reload, comma-separated"
    ),
    Variable("CAREERBOT_RATE_LIMIT", "messages per seconds per user, or off", "20/60"),
    Variable(
        "CAREERBOT_WEBAPP_MAX_AGE",
        "how old a Mini App's signed launch data may be, in seconds",
        str(DEFAULT_WEBAPP_MAX_AGE),
    ),
    Variable("CAREERBOT_METRICS_PORT", "serve Prometheus metrics on this port (careerbot run)"),
    Variable("CAREERBOT_LOG_LEVEL", " | ".join(LOG_LEVELS) + ", any case", "warning"),
    Variable("CAREERBOT_LOG_FORMAT", "plain, or json for one JSON object a line", "plain"),
)


@dataclass(frozen=True)
class Settings:
    #: ``None``: a SQLite file in the user's data directory (``careerbot.store.url``)
    database_url: str | None = None
    telegram_token: str | None = None
    telegram_base_url: str = DEFAULT_BASE_URL
    webhook_secret: str | None = None
    admin_ids: frozenset[int] = frozenset()
    #: per-user messages per window; ``None`` turns the limit off
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT
    #: the interactive tool's public https address (``careerbot run --webapp-url``)
    webapp_url: str | None = None
    #: how old a web app's signed launch data may be, in seconds
    webapp_max_age: int = DEFAULT_WEBAPP_MAX_AGE
    metrics_port: int | None = None
    #: a ``logging`` level name
    log_level: str = "WARNING"
    log_format: str = "plain"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Every variable checked; an empty one counts as unset."""

        def get(name: str) -> str | None:
            return env.get(name, "").strip() or None

        rate = get("CAREERBOT_RATE_LIMIT")
        return cls(
            database_url=_database_url(get("CAREERBOT_DATABASE_URL")),
            telegram_token=get("TELEGRAM_BOT_TOKEN"),
            telegram_base_url=_base_url(get("TELEGRAM_BASE_URL")),
            webhook_secret=_secret(get("CAREERBOT_WEBHOOK_SECRET")),
            admin_ids=_admin_ids(get("CAREERBOT_ADMIN_IDS") or ""),
            rate_limit=_rate_limit(rate) if rate else DEFAULT_RATE_LIMIT,
            webapp_max_age=_max_age(get("CAREERBOT_WEBAPP_MAX_AGE")),
            metrics_port=_port(get("CAREERBOT_METRICS_PORT")),
            log_level=_choice(
                "CAREERBOT_LOG_LEVEL", get("CAREERBOT_LOG_LEVEL"), LOG_LEVELS
            ).upper(),
            log_format=_choice("CAREERBOT_LOG_FORMAT", get("CAREERBOT_LOG_FORMAT"), LOG_FORMATS),
        )

    def with_webapp_url(self, url: str | None) -> Settings:
        """These settings serving the tool at ``url``, which Telegram opens only over https."""
        if url is None:
            return self
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname or parts.fragment:
            raise SettingsError(
                "--webapp-url must be an https:// address, such as https://example.org/careerbot"
            )
        return replace(self, webapp_url=url)

    def require_token(self) -> str:
        token = self.telegram_token
        if not token:
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and export it"
            )
        if not _TOKEN.match(token):
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is malformed: expected 123456789:AAE... from @BotFather"
            )
        return token


def _shown(value: str) -> str:
    """A bad value as the error line quotes it: escaped, so it stays one line, and short."""
    quoted = repr(value)
    return quoted if len(quoted) <= 42 else quoted[:40] + "…"


def _choice(name: str, value: str | None, allowed: tuple[str, ...]) -> str:
    """One of ``allowed`` in any case; unset, the table's default."""
    if value is None:
        return next(v.default for v in VARIABLES if v.name == name)
    if value.lower() not in allowed:
        raise SettingsError(f"{name} must be {', '.join(allowed)} (any case), not {_shown(value)}")
    return value.lower()


def _database_url(value: str | None) -> str | None:
    if value is None:
        return None
    scheme, sep, rest = value.partition("://")
    if sep and scheme in DRIVERS.values():
        return value
    kind = next((k for k in DRIVERS if scheme.lower().startswith(k[:6])), None)
    if not sep or kind is None:
        raise SettingsError(
            "CAREERBOT_DATABASE_URL must be sqlite+aiosqlite:///PATH or "
            "postgresql+asyncpg://USER:PASSWORD@HOST/NAME"
        )
    hidden = _PASSWORD.sub(r"\1:***@", rest, count=1)  # no password in the error line
    raise SettingsError(
        f"CAREERBOT_DATABASE_URL names a driver careerbot does not install ({scheme}://): "
        f"use {DRIVERS[kind]}://{hidden}"
    )


def _base_url(value: str | None) -> str:
    if value is None:
        return DEFAULT_BASE_URL
    if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value):
        # not quoted back: a mistaken value may hold the token
        raise SettingsError(f"TELEGRAM_BASE_URL must be an http(s) URL such as {DEFAULT_BASE_URL}")
    return value


def _secret(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value):
        raise SettingsError(
            "CAREERBOT_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256 characters)"
        )
    return value


def _admin_ids(value: str) -> frozenset[int]:
    try:
        return frozenset(int(part) for part in re.split(r"[,\s]+", value) if part)
    except ValueError:
        raise SettingsError(
            "CAREERBOT_ADMIN_IDS must be a comma-separated list of Telegram user ids, "
            f"not {_shown(value)}"
        ) from None


def _rate_limit(value: str) -> RateLimit | None:
    try:
        return RateLimit.parse(value)
    except ValueError:
        raise SettingsError(
            f"CAREERBOT_RATE_LIMIT must be MESSAGES/SECONDS such as 20/60, or off, "
            f"not {_shown(value)}"
        ) from None


def _port(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= 65535:
        raise SettingsError(
            f"CAREERBOT_METRICS_PORT must be a port number from 1 to 65535, not {_shown(value)}"
        )
    return int(value)


def _max_age(value: str | None) -> int:
    if value is None:
        return DEFAULT_WEBAPP_MAX_AGE
    if not re.fullmatch(r"\d{1,9}", value) or int(value) == 0:
        raise SettingsError(
            "CAREERBOT_WEBAPP_MAX_AGE must be a whole number of seconds above 0, such as 86400, "
            f"not {_shown(value)}"
        )
    return int(value)
