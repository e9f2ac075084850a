"""Test-side helpers that play the user: build updates and queue them for the bot.

``*_update`` builders return the update dict (for webhooks, see ``post_update_to``) and
register what Telegram would (the user's message, an open callback or inline query);
``push_*`` also queue it for getUpdates and return its ``update_id``.
"""

from __future__ import annotations

from typing import Any

from .bot_state import BotState
from .objects import ApiCall, StoredMessage, chat_for, command_entities, human_user, now
from .updates import UpdateQueue


class UpdateBuilders:
    def __init__(self, queue: UpdateQueue, state: BotState) -> None:
        self._queue = queue
        self._state = state
        self.calls: list[ApiCall] = []
        self._last_push_mark = 0

    def _push(self, update: dict[str, Any]) -> int:
        self._note_new_update()
        return self._queue.push(update)

    def _note_new_update(self) -> None:
        # Reactions to an update cannot precede it, so waits start looking from here.
        self._last_push_mark = len(self.calls)

    @staticmethod
    def _user_id(chat_id: int | str, user_id: int | None) -> int:
        if user_id is not None:
            return user_id
        if isinstance(chat_id, int) and chat_id > 0:
            return chat_id  # in a private chat the chat id is the user id
        raise ValueError("user_id is required outside private chats")

    def message_update(
        self,
        chat_id: int | str,
        text: str,
        *,
        user_id: int | None = None,
        first_name: str = "Tester",
        username: str | None = "tester",
        language_code: str | None = "en",
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        user = human_user(self._user_id(chat_id, user_id), first_name, username, language_code)
        known = self._state.chats.get(chat_id)
        chat = next(iter(known.values())).chat if known else chat_for(chat_id, user)
        found = command_entities(text) if entities is None else entities
        message = StoredMessage(
            chat_id=chat_id,
            message_id=self._state.allocate_message_id(chat_id),
            date=now(),
            sender=user,
            chat=chat,
            text=text,
            entities=found,
            reply_markup=None,
            parse_mode=None,
            source_text=text,
            from_bot=False,
        )
        self._state.store(message)
        self._note_new_update()
        return {"update_id": self._queue.next_update_id(), "message": message.to_api()}

    def callback_update(
        self,
        chat_id: int | str,
        message_id: int,
        data: str,
        *,
        user_id: int | None = None,
        require_button: bool = True,
    ) -> dict[str, Any]:
        """A button press on a bot message.

        With ``require_button`` (default) ``data`` must be on one of the message's current
        buttons, since a real client can only send what it shows.
        """
        message = self._state.find(chat_id, message_id)
        if message is None or not message.from_bot:
            raise ValueError(f"no bot message {message_id} in chat {chat_id}")
        if require_button and data not in message.callback_data:
            raise ValueError(
                f"message {message_id} has no button with callback_data {data!r}; "
                f"it has {message.callback_data}"
            )
        update_id = self._queue.next_update_id()
        query_id = f"cbq-{update_id}"
        self._state.open_callbacks.add(query_id)
        self._note_new_update()
        query = {
            "id": query_id,
            "from": human_user(self._user_id(chat_id, user_id)),
            "message": message.to_api(),
            "chat_instance": f"ci-{chat_id}",
            "data": data,
        }
        return {"update_id": update_id, "callback_query": query}

    def inline_query_update(
        self, query: str, *, user_id: int = 1001, offset: str = ""
    ) -> dict[str, Any]:
        update_id = self._queue.next_update_id()
        query_id = f"iq-{update_id}"
        self._state.open_inline_queries.add(query_id)
        self._note_new_update()
        inline = {
            "id": query_id,
            "from": human_user(user_id),
            "query": query,
            "offset": offset,
            "chat_type": "sender",
        }
        return {"update_id": update_id, "inline_query": inline}

    def push_message(
        self,
        chat_id: int | str,
        text: str,
        *,
        user_id: int | None = None,
        first_name: str = "Tester",
        username: str | None = "tester",
        language_code: str | None = "en",
        entities: list[dict[str, Any]] | None = None,
    ) -> int:
        """Queue a user's text message; a leading /command gets its bot_command entity."""
        return self._push(
            self.message_update(
                chat_id,
                text,
                user_id=user_id,
                first_name=first_name,
                username=username,
                language_code=language_code,
                entities=entities,
            )
        )

    def push_callback(
        self,
        chat_id: int | str,
        message_id: int,
        data: str,
        *,
        user_id: int | None = None,
        require_button: bool = True,
    ) -> int:
        """Queue a button press; its query id is ``f"cbq-{update_id}"``."""
        return self._push(
            self.callback_update(
                chat_id, message_id, data, user_id=user_id, require_button=require_button
            )
        )

    def push_inline_query(self, query: str, *, user_id: int = 1001, offset: str = "") -> int:
        """Queue an inline query; its query id is ``f"iq-{update_id}"``."""
        return self._push(self.inline_query_update(query, user_id=user_id, offset=offset))

    def push_raw_update(self, update: dict[str, Any]) -> int:
        """Queue any update dict; an ``update_id`` is assigned when missing."""
        return self._push(update)
