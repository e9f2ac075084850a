"""Server-side state and the synchronous Bot API methods that read and mutate it."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .objects import StoredMessage, bot_user, chat_for, now
from .telegram_errors import NOT_MODIFIED, QUERY_TOO_OLD, BotApiError, bad_request
from .telegram_rules import (
    has_web_app_button,
    render_text,
    validate_commands,
    validate_inline_results,
    validate_menu_button,
    validate_reply_markup,
)
from .updates import UpdateQueue

Handler = Callable[[dict[str, Any]], Any]
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")


class BotState:
    def __init__(
        self,
        queue: UpdateQueue,
        *,
        bot_username: str,
        bot_first_name: str,
        strict_ampersand: bool,
    ) -> None:
        self.queue = queue
        self.bot_id = 0
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.strict_ampersand = strict_ampersand
        self.chats: dict[int | str, dict[int, StoredMessage]] = {}
        self._last_message_id: dict[int | str, int] = {}
        self.open_callbacks: set[str] = set()
        self.answered_callbacks: dict[str, dict[str, Any]] = {}
        self.open_inline_queries: set[str] = set()
        self.inline_answers: dict[str, dict[str, Any]] = {}
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.webhook_url = ""
        self.webhook_secret: str | None = None
        self.blocked_chats: set[int | str] = set()
        #: photos uploaded, by the file_id given back; and every sendPhoto, in order
        self.uploads: dict[str, bytes] = {}
        self.photos_sent: list[tuple[int | str, str, bool]] = []
        #: Mini App sessions Telegram opened with a query id (by a test), and their answers
        self.web_app_queries: set[str] = set()
        self.web_app_answers: dict[str, dict[str, Any]] = {}
        #: the menu button, per chat ("" for the default)
        self.menu_buttons: dict[str, dict[str, Any]] = {}

    @property
    def bot(self) -> dict[str, Any]:
        return bot_user(self.bot_id, self.bot_username, self.bot_first_name)

    def handlers(self) -> dict[str, Handler]:
        return {
            "getMe": lambda _: self.bot,
            "close": lambda _: True,
            "logOut": lambda _: True,
            "sendChatAction": self.send_chat_action,
            "sendMessage": self.send_message,
            "sendPhoto": self.send_photo,
            "editMessageText": self.edit_message_text,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "deleteMessage": self.delete_message,
            "answerCallbackQuery": self.answer_callback_query,
            "answerInlineQuery": self.answer_inline_query,
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": self.get_webhook_info,
            "setChatMenuButton": self.set_chat_menu_button,
            "getChatMenuButton": self.get_chat_menu_button,
            "answerWebAppQuery": self.answer_web_app_query,
        }

    # --- message store -------------------------------------------------------------------

    def allocate_message_id(self, chat_id: int | str) -> int:
        # Both directions share one id sequence per chat, as in Telegram private chats.
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def store(self, message: StoredMessage) -> StoredMessage:
        self.chats.setdefault(message.chat_id, {})[message.message_id] = message
        return message

    def find(self, chat_id: int | str, message_id: int) -> StoredMessage | None:
        return self.chats.get(chat_id, {}).get(message_id)

    def _target_chat(self, params: dict[str, Any]) -> int | str:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        if chat_id in self.blocked_chats:
            raise BotApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id  # type: ignore[no-any-return]

    def _chat_object(self, chat_id: int | str) -> dict[str, Any]:
        known = next(iter(self.chats.get(chat_id, {}).values()), None)
        return known.chat if known is not None else chat_for(chat_id)

    def _render(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        return render_text(
            params.get("text"),
            params.get("parse_mode"),
            params.get("entities"),
            strict_ampersand=self.strict_ampersand,
        )

    # --- methods -------------------------------------------------------------------------

    def send_chat_action(self, params: dict[str, Any]) -> bool:
        self._target_chat(params)
        if not params.get("action"):
            raise bad_request("action is empty")  # wording approximated
        return True

    def send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._target_chat(params)
        text, entities = self._render(params)
        markup = validate_reply_markup(params.get("reply_markup"))
        if has_web_app_button(markup) and not (isinstance(chat_id, int) and chat_id > 0):
            raise bad_request("BUTTON_TYPE_INVALID")  # a Mini App button only in a private chat
        reply = params.get("reply_parameters") or {}
        if "reply_to_message_id" in params:
            reply = {"message_id": params["reply_to_message_id"]}
        if (
            isinstance(reply, dict)
            and "message_id" in reply
            and self.find(reply.get("chat_id", chat_id), int(reply["message_id"])) is None
            and not reply.get("allow_sending_without_reply")
        ):
            raise bad_request("message to be replied not found")
        message = self._sent(chat_id, params, text, entities, markup=markup, source=params["text"])
        return self.store(message).to_api()

    def _sent(
        self,
        chat_id: int | str,
        params: dict[str, Any],
        text: str,
        entities: list[dict[str, Any]],
        *,
        markup: dict[str, Any] | None,
        source: str,
    ) -> StoredMessage:
        """A message the bot sent, with the next id of its chat."""
        return StoredMessage(
            chat_id=chat_id,
            message_id=self.allocate_message_id(chat_id),
            date=now(),
            sender=self.bot,
            chat=self._chat_object(chat_id),
            text=text,
            entities=entities,
            reply_markup=markup,
            parse_mode=params.get("parse_mode"),
            source_text=source,
            from_bot=True,
        )

    def send_photo(self, params: dict[str, Any]) -> dict[str, Any]:
        """An upload (multipart file) gets a new file_id; a file_id must be one given out."""
        chat_id = self._target_chat(params)
        photo = params.get("photo")
        uploaded = hasattr(photo, "file")
        if uploaded:
            data = photo.file.read()  # type: ignore[union-attr]
            if not data.startswith(b"\x89PNG\r\n\x1a\n"):
                raise bad_request("IMAGE_PROCESS_FAILED")
            file_id = f"photo-{len(self.uploads) + 1}"
            self.uploads[file_id] = data
        elif isinstance(photo, str) and photo in self.uploads:
            file_id = photo
        else:
            raise bad_request("wrong file identifier/HTTP URL specified")
        caption = params.get("caption") or ""
        if len(caption) > 1024:
            raise bad_request("message caption is too long")
        self.photos_sent.append((chat_id, file_id, uploaded))
        markup = validate_reply_markup(params.get("reply_markup"))
        message = self._sent(chat_id, params, caption, [], markup=markup, source=caption)
        return self.store(replace(message, photo=file_id)).to_api()

    def _editable(self, params: dict[str, Any]) -> StoredMessage:
        if "inline_message_id" in params:
            raise bad_request("MESSAGE_ID_INVALID")  # the fake keeps no inline messages
        chat_id = self._target_chat(params)
        if params.get("message_id") is None:
            raise bad_request("message identifier is not specified")
        message = self.find(chat_id, int(params["message_id"]))
        if message is None:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return message

    def _replace(self, old: StoredMessage, **changes: Any) -> dict[str, Any]:
        new = dataclasses.replace(old, **changes)
        if _content(new) == _content(old):
            raise BotApiError(400, NOT_MODIFIED)
        return self.store(dataclasses.replace(new, edit_date=now())).to_api()

    def edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        text, entities = self._render(params)
        # Omitting reply_markup removes the keyboard: a classic source of vanishing buttons.
        markup = validate_reply_markup(params.get("reply_markup"), inline_only=True)
        return self._replace(
            message,
            text=text,
            entities=entities,
            reply_markup=markup,
            parse_mode=params.get("parse_mode"),
            source_text=params["text"],
        )

    def edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._editable(params)
        markup = validate_reply_markup(params.get("reply_markup"), inline_only=True)
        return self._replace(message, reply_markup=markup)

    def delete_message(self, params: dict[str, Any]) -> bool:
        chat_id = self._target_chat(params)
        if self.chats.get(chat_id, {}).pop(int(params.get("message_id") or 0), None) is None:
            raise bad_request("message to delete not found")
        return True

    def answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self.open_callbacks:
            raise BotApiError(400, QUERY_TOO_OLD)
        self.open_callbacks.discard(query_id)
        self.answered_callbacks[query_id] = params
        return True

    def answer_inline_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id", ""))
        if query_id not in self.open_inline_queries:
            raise BotApiError(400, QUERY_TOO_OLD)
        validate_inline_results(params.get("results"), strict_ampersand=self.strict_ampersand)
        self.open_inline_queries.discard(query_id)
        self.inline_answers[query_id] = params
        return True

    def set_my_commands(self, params: dict[str, Any]) -> bool:
        self.commands[_scope_key(params)] = validate_commands(params.get("commands"))
        return True

    def get_my_commands(self, params: dict[str, Any]) -> list[dict[str, str]]:
        return self.commands.get(_scope_key(params), [])

    def delete_my_commands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(_scope_key(params), None)
        return True

    def set_webhook(self, params: dict[str, Any]) -> bool:
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_RE.fullmatch(str(secret)):
            raise bad_request("secret token contains unallowed characters")
        self.webhook_url = str(params.get("url") or "")
        self.webhook_secret = secret if self.webhook_url else None
        if params.get("drop_pending_updates"):
            self.queue.drop_all()
        return True

    def delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url, self.webhook_secret = "", None
        if params.get("drop_pending_updates"):
            self.queue.drop_all()
        return True

    def get_webhook_info(self, _: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.queue.pending),
        }

    def set_chat_menu_button(self, params: dict[str, Any]) -> bool:
        button = validate_menu_button(params.get("menu_button") or {"type": "default"})
        self.menu_buttons[str(params.get("chat_id", ""))] = button
        return True

    def get_chat_menu_button(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.menu_buttons.get(str(params.get("chat_id", "")), {"type": "default"})

    def answer_web_app_query(self, params: dict[str, Any]) -> dict[str, Any]:
        query_id = str(params.get("web_app_query_id", ""))
        if query_id not in self.web_app_queries:
            raise bad_request("QUERY_ID_INVALID")
        result = params.get("result")
        validate_inline_results([result], strict_ampersand=self.strict_ampersand)
        if has_web_app_button(result.get("reply_markup")):  # type: ignore[union-attr]
            raise bad_request("BUTTON_TYPE_INVALID")
        self.web_app_queries.discard(query_id)
        self.web_app_answers[query_id] = params
        return {"inline_message_id": f"web-app-{query_id}"}


def _content(message: StoredMessage) -> tuple[str, str, str]:
    markup = message.reply_markup
    if not markup or not markup.get("inline_keyboard"):
        markup = None
    entities = sorted(message.entities, key=lambda e: json.dumps(e, sort_keys=True))
    return message.text, json.dumps(entities, sort_keys=True), json.dumps(markup, sort_keys=True)


def _scope_key(params: dict[str, Any]) -> str:
    scope = params.get("scope") or {"type": "default"}
    return f"{json.dumps(scope, sort_keys=True)}|{params.get('language_code', '')}"
