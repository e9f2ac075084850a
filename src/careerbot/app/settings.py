"""Settings, read once from the environment and validated at start-up."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from careerbot.app.admission import RateLimit

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_RATE_LIMIT = RateLimit()
DEFAULT_WEBAPP_MAX_AGE = 24 * 3600
_TOKEN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,64}$")


class SettingsError(ValueError):
    """A bad setting; the message is one line naming the variable."""


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

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        admins = env.get("CAREERBOT_ADMIN_IDS", "")
        try:
            admin_ids = frozenset(int(part) for part in re.split(r"[,\s]+", admins) if part)
        except ValueError:
            raise SettingsError(
                "CAREERBOT_ADMIN_IDS must be a comma-separated list of Telegram user ids"
            ) from None
        secret = env.get("CAREERBOT_WEBHOOK_SECRET") or None
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise SettingsError(
                "CAREERBOT_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256 characters)"
            )
        try:
            rate_limit = RateLimit.parse(env.get("CAREERBOT_RATE_LIMIT") or "20/60")
        except ValueError:
            raise SettingsError(
                "CAREERBOT_RATE_LIMIT must be MESSAGES/SECONDS such as 20/60, or off"
            ) from None
        max_age = env.get("CAREERBOT_WEBAPP_MAX_AGE") or str(DEFAULT_WEBAPP_MAX_AGE)
        if not re.fullmatch(r"\d{1,9}", max_age.strip()) or int(max_age) == 0:
            raise SettingsError(
                "CAREERBOT_WEBAPP_MAX_AGE must be a whole number of seconds above 0, such as 86400"
            )
        return cls(
            database_url=env.get("CAREERBOT_DATABASE_URL") or None,
            telegram_token=env.get("TELEGRAM_BOT_TOKEN") or None,
            telegram_base_url=env.get("TELEGRAM_BASE_URL") or DEFAULT_BASE_URL,
            webhook_secret=secret,
            admin_ids=admin_ids,
            rate_limit=rate_limit,
            webapp_max_age=int(max_age),
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
