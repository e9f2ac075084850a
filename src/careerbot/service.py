"""The service layer: one database unit of work per message or button press."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from careerbot.catalog import Catalog, read_catalog_file
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.dialogue import Dialogue
from careerbot.dialogue.replies import Reply
from careerbot.store import Session, Store


class CareerService:
    def __init__(self, store: Store, bot_username: str | None = None) -> None:
        self.store = store
        self.bot_username = bot_username
        self._catalog: Catalog | None = None

    async def catalog(self, session: Session | None = None) -> Catalog:
        """The catalog, reloaded only when another import (any process) changed it."""
        if session is None:
            async with self.store.session() as own:
                return await self.catalog(own)
        version = await self.store.catalog_version(session)
        if self._catalog is None or self._catalog.version != version:
            self._catalog = await self.store.load_catalog(session)
        return self._catalog

    async def message(self, chat_id: int, text: str) -> Reply:
        return await self._handle(chat_id, lambda d, ctx: d.respond(text, ctx))

    async def fit(self, chat_id: int, text: str) -> Reply:
        return await self._handle(chat_id, lambda d, ctx: d.fit(text, ctx))

    async def button(self, chat_id: int, data: object) -> Reply:
        return await self._handle(chat_id, lambda d, ctx: d.press(data, ctx))

    async def start(self, chat_id: int, payload: str) -> Reply:
        return await self._handle(chat_id, lambda d, ctx: d.start(payload, ctx))

    async def compare(self, first: str, second: str) -> Reply:
        return await self._handle(None, lambda d, ctx: d.compare_names(ctx, (first, second)))

    async def inline(self, query: str) -> list[Reply]:
        async with self.store.session() as session:
            catalog = await self.catalog(session)
        return Dialogue(catalog, self.bot_username).inline(query)

    async def _handle(
        self, chat_id: int | None, step: Callable[[Dialogue, ChatContext], Reply]
    ) -> Reply:
        async with self.store.session() as session, session.begin():
            catalog = await self.catalog(session)
            context = ChatContext()
            if chat_id is not None:
                context = ChatContext.from_dict(await self.store.get_context(session, chat_id))
            reply = step(Dialogue(catalog, self.bot_username), context)
            if chat_id is not None and reply.context != context:
                await self.store.save_context(session, chat_id, reply.context.to_dict())
            return reply

    async def import_file(self, path: Path) -> int:
        catalog_file = read_catalog_file(path)
        async with self.store.session() as session, session.begin():
            return await self.store.import_catalog(session, catalog_file)
