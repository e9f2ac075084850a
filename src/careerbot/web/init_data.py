"""The launch data Telegram signs for a Mini App (``Authorization: tma <initData>``),
checked as Telegram specifies: the data-check-string is every field but ``hash``, sorted by
key, ``key=value`` joined by newlines; the key is HMAC-SHA256 of the bot token under
"WebAppData"; the hash must equal HMAC-SHA256 of the string under that key, compared in
constant time; and ``auth_date`` must be recent."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl

#: launch data is a few hundred bytes; anything far longer is not Telegram's
MOST_BYTES = 8192
#: a launch dated this far ahead of our clock is not trusted either (seconds)
CLOCK_SKEW = 300


@dataclass(frozen=True, slots=True)
class Launch:
    user_id: int
    auth_date: int
    #: present when the app was opened so that it may answer with ``answerWebAppQuery``
    query_id: str | None = None
    start_param: str | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    #: missing: no launch data; malformed: not launch data; forged: the hash does not
    #: match; stale: signed longer ago than allowed
    reason: Literal["missing", "malformed", "forged", "stale"]


def secret_key(bot_token: str) -> bytes:
    return hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()


def data_check_string(fields: dict[str, str]) -> str:
    return "\n".join(f"{key}={fields[key]}" for key in sorted(fields) if key != "hash")


def sign(fields: dict[str, str], bot_token: str) -> str:
    """The hash Telegram puts beside these fields."""
    message = data_check_string(fields).encode()
    return hmac.new(secret_key(bot_token), message, hashlib.sha256).hexdigest()


def check(init_data: str | None, bot_token: str, now: float, max_age: int) -> Launch | Rejected:
    if not init_data:
        return Rejected("missing")
    fields = _fields(init_data)
    if fields is None or "hash" not in fields:
        return Rejected("malformed")
    expected = sign(fields, bot_token).encode()
    if not hmac.compare_digest(expected, fields["hash"].encode("utf-8", "replace")):
        return Rejected("forged")
    launch = _launch(fields)
    if launch is None:
        return Rejected("malformed")
    if not -CLOCK_SKEW <= now - launch.auth_date <= max_age:
        return Rejected("stale")
    return launch


def _fields(init_data: str) -> dict[str, str] | None:
    if len(init_data.encode("utf-8", "replace")) > MOST_BYTES:
        return None
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True, errors="strict")
    except (ValueError, UnicodeDecodeError):
        return None
    fields = dict(pairs)
    return fields if len(fields) == len(pairs) else None  # a repeated key is no launch data


def _launch(fields: dict[str, str]) -> Launch | None:
    try:
        user = json.loads(fields.get("user", ""))
        auth_date = int(fields.get("auth_date", ""))
    except ValueError:
        return None
    user_id = user.get("id") if isinstance(user, dict) else None
    if not isinstance(user_id, int) or isinstance(user_id, bool):
        return None
    return Launch(user_id, auth_date, fields.get("query_id"), fields.get("start_param"))
