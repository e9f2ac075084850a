"""Bot API JSON objects exactly as python-telegram-bot expects to de-json them."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any, NamedTuple

# Any string of this shape is accepted as a token, like Telegram's front end does.
TOKEN_RE = re.compile(r"\d+:[A-Za-z0-9_-]{30,}")
DEFAULT_TOKEN = "123456789:AAFakeTokenForCareerbotEndToEndTests00"


class ApiCall(NamedTuple):
    """One request the bot made: canonical method name and decoded parameters."""

    method: str
    params: dict[str, Any]


class ApiError(NamedTuple):
    """One 4xx the fake answered. ``injected`` marks those asked for via ``fail_next``."""

    method: str
    params: dict[str, Any]
    status: int
    description: str
    injected: bool


def now() -> int:
    return int(time.time())


def bot_user(bot_id: int, username: str, first_name: str) -> dict[str, Any]:
    return {
        "id": bot_id,
        "is_bot": True,
        "first_name": first_name,
        "username": username,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": True,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def human_user(
    user_id: int,
    first_name: str = "Tester",
    username: str | None = "tester",
    language_code: str | None = "en",
) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username is not None:
        user["username"] = username
    if language_code is not None:
        user["language_code"] = language_code
    return user


def chat_for(chat_id: int | str, user: dict[str, Any] | None = None) -> dict[str, Any]:
    """Infer the chat type from the id the way Telegram allocates them."""
    if isinstance(chat_id, str):
        return {"id": chat_id, "type": "channel", "title": chat_id.lstrip("@")}
    if chat_id > 0:
        chat: dict[str, Any] = {"id": chat_id, "type": "private"}
        if user is not None:
            chat["first_name"] = user["first_name"]
            if "username" in user:
                chat["username"] = user["username"]
        return chat
    kind = "supergroup" if str(chat_id).startswith("-100") else "group"
    return {"id": chat_id, "type": kind, "title": f"Test {kind}"}


def command_entities(text: str) -> list[dict[str, Any]]:
    """A leading ``/command[@bot]`` is what CommandHandler keys on; Telegram marks it so."""
    match = re.match(r"/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?", text)
    if match is None:
        return []
    return [{"type": "bot_command", "offset": 0, "length": match.end()}]


@dataclass(frozen=True)
class StoredMessage:
    """A message as the fake's "servers" hold it; edits replace it with a new instance.

    ``text`` is what users see (tags parsed out, trimmed); ``source_text`` is what the bot
    sent, so tests can assert on either.
    """

    chat_id: int | str
    message_id: int
    date: int
    sender: dict[str, Any]
    chat: dict[str, Any]
    text: str
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    parse_mode: str | None
    source_text: str
    from_bot: bool
    edit_date: int | None = None
    #: a photo message: the photo's file_id (the text is then its caption)
    photo: str | None = None

    @property
    def buttons(self) -> list[dict[str, Any]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    @property
    def callback_data(self) -> list[str]:
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]

    def to_api(self) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self.message_id,
            "from": self.sender,
            "chat": self.chat,
            "date": self.date,
        }
        if self.photo is not None:
            message["photo"] = [
                {"file_id": self.photo, "file_unique_id": self.photo, "width": 1280, "height": 720}
            ]
            if self.text:
                message["caption"] = self.text
        else:
            message["text"] = self.text
        if self.entities:
            message["entities"] = self.entities
        # Telegram only echoes inline keyboards; reply keyboards live on the client.
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            message["reply_markup"] = self.reply_markup
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        return message
