"""The service layer: one database unit of work per message or button press."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from careerbot._utils.memory import keep_loaded
from careerbot._utils.text import clean_display
from careerbot.app import catalog_changes
from careerbot.app.admission import Admission, RateLimit, Verdict, judge
from careerbot.app.ports import CatalogChange, Store, UpdateExchange
from careerbot.app.usage import pair_key, stats_document
from careerbot.careers.catalog import Catalog
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.keyboards import interactive_keyboard
from careerbot.dialogue.replies import Reply, text_reply
from careerbot.dialogue.router import Dialogue
from careerbot.render.views import help_document
from careerbot.understanding import name_tables
from careerbot.understanding.resolution import NameIndex

log = logging.getLogger(__name__)
Step = Callable[[Dialogue, ChatContext], Reply]


#: How long a process trusts its copy of the catalog before asking for the version again.
CATALOG_CHECK_SECONDS = 2.0


class CareerService:
    def __init__(
        self,
        store: Store,
        bot_username: str | None = None,
        *,
        admin_ids: frozenset[int] = frozenset(),
        rate_limit: RateLimit | None = None,
        webapp_url: str | None = None,
        clock: Callable[[], float] = time.time,
        catalog_check_seconds: float = CATALOG_CHECK_SECONDS,
    ) -> None:
        self.store = store
        self.bot_username = bot_username
        self.admin_ids = admin_ids
        self.rate_limit = rate_limit
        #: the interactive tool's address: comparison cards get a button opening it
        self.webapp_url = webapp_url
        self.clock = clock
        self.catalog_check_seconds = catalog_check_seconds
        self._current: tuple[Catalog, NameIndex] | None = None
        self._reload: asyncio.Future[None] | None = None
        self._checked_at = float("-inf")

    async def catalog(self) -> Catalog:
        """The catalog answering now. A new version (an import or /reload in any process)
        is noticed at most every ``catalog_check_seconds``; it is loaded and its name index
        built in the background, once per process, while the catalog before it keeps
        answering: no message waits for a reload, nor holds a unit of work open during one.
        Call it before opening a unit of work: the version is asked in a transaction of
        its own."""
        await self._refresh()
        assert self._current is not None
        return self._current[0]

    @property
    def catalog_version(self) -> int | None:
        """The version of the catalog this process answers from; None before it loads one."""
        return self._current[0].version if self._current is not None else None

    async def dialogue(self) -> Dialogue:
        """The dialogue over the catalog answering now, with its name index."""
        await self.catalog()
        assert self._current is not None
        catalog, index = self._current
        return Dialogue(catalog, self.bot_username, index)

    async def reloaded(self) -> None:
        """Wait for a reload in progress, if any (tests, /reload, start-up)."""
        if self._reload is not None:
            await asyncio.shield(self._reload)

    async def _refresh(self) -> None:
        now = self.clock()
        if self._current is not None and now - self._checked_at < self.catalog_check_seconds:
            return
        try:
            async with self.store.catalog_work() as work:
                version = await work.catalog_version()
        except Exception:
            if self._current is None:
                raise
            # Inline answers need nothing else from the database: keep serving them.
            log.warning("could not check the catalog version; using the loaded one")
            return
        self._checked_at = now
        if self._current is not None and self._current[0].version == version:
            return
        if self._reload is None:
            self._reload = asyncio.ensure_future(self._load())
        if self._current is None:  # nothing to answer from yet: this one waits
            await asyncio.shield(self._reload)

    async def _load(self) -> None:
        try:
            async with self.store.catalog_work() as work:
                catalog = await work.load_catalog(names=False)
                kept = await work.name_index(catalog.version, name_tables.FORMAT)
            # in worker threads: the event loop keeps answering from the catalog before
            index = await asyncio.to_thread(NameIndex.from_bytes, kept) if kept else None
            if index is None:
                catalog, index = await self._build_index()
            self._current = (catalog, index)
            keep_loaded()
        except Exception:
            if self._current is None:
                raise  # to the first message, which waits for it
            # the version before keeps answering; the next check tries again
            log.exception("could not load the new catalog version")
        finally:
            self._reload = None

    async def _build_index(self) -> tuple[Catalog, NameIndex]:
        """The index built from every career's names (about a second of CPU for 53,000
        names), kept for the other processes; and the catalog it was built from, without
        those names. The first process to see a catalog version, or a new index layout,
        builds it."""
        async with self.store.catalog_work() as work:
            named = await work.load_catalog(names=True)
        index = await asyncio.to_thread(NameIndex.of, named)
        await self._keep_index(named, index)
        return named.without_names(), index

    async def _keep_index(self, catalog: Catalog, index: NameIndex) -> None:
        blob = index.to_bytes()
        try:
            async with self.store.catalog_work() as work:
                await work.save_name_index(catalog.version, name_tables.FORMAT, blob)
        except Exception:
            # this process answers from its own copy; the next one to start builds again
            log.warning("could not keep the name index of catalog version %s", catalog.version)

    async def admit(self, update_id: int, user_id: int | None, counted: bool) -> Admission:
        """Claim the update for this process and count it against the user's rate.

        Telegram re-delivers a webhook update it believes failed, possibly to another
        process; the claim is one atomic insert, so exactly one process answers it. When the
        check itself fails the update is answered anyway: a lost claim risks a rare second
        answer, a lost update a person left without one (and if the database is really down,
        the handler that follows fails and apologises once).
        """
        try:
            return await self._admit(update_id, user_id, counted)
        except Exception:
            log.warning("could not check update %s; answering it", update_id, exc_info=True)
            return Admission(Verdict.ANSWER)

    async def _admit(self, update_id: int, user_id: int | None, counted: bool) -> Admission:
        now = self.clock()
        async with self.store.exchange() as exchange:
            if not await exchange.claim_update(update_id, int(now)):
                return Admission(Verdict.DUPLICATE)
            if self.rate_limit is None or user_id is None or not counted:
                return Admission(Verdict.ANSWER)
            count = await exchange.count_message(user_id, self.rate_limit.window(now))
            return judge(count, self.rate_limit, now)

    async def admit_action(self, user_id: int) -> Admission:
        """Count an action outside an update (the web app's "send to chat") against the
        user's rate, as a message is counted."""
        if self.rate_limit is None:
            return Admission(Verdict.ANSWER)
        now = self.clock()
        async with self.store.exchange() as exchange:
            count = await exchange.count_message(user_id, self.rate_limit.window(now))
        return judge(count, self.rate_limit, now)

    async def message(self, chat_id: int | None, text: str) -> Reply:
        """``chat_id`` None: one message with no conversation before or after it."""
        return await self._handle(chat_id, lambda d, ctx: d.respond(text, ctx), text)

    async def fit(self, chat_id: int, text: str) -> Reply:
        return await self._handle(chat_id, lambda d, ctx: d.fit(text, ctx))

    async def button(self, chat_id: int, data: object) -> Reply:
        return await self._handle(chat_id, lambda d, ctx: d.press(data, ctx))

    async def start(self, chat_id: int, payload: str) -> Reply:
        return await self._handle(chat_id, lambda d, ctx: d.start(payload, ctx))

    async def compare(self, first: str, second: str) -> Reply:
        return await self._handle(None, lambda d, ctx: d.compare_names(ctx, (first, second)))

    async def chart(self, names: tuple[str, ...]) -> Reply:
        """A picture of one career or two, by name (``careerbot chart``)."""
        return await self._handle(None, lambda d, ctx: d.chart_names(ctx, names))

    async def health(self) -> int:
        """The careers the database holds, counted there: cheap enough for a healthcheck."""
        async with self.store.catalog_work() as work:
            return await work.career_count()

    async def picture_file(self, key: str) -> str | None:
        """The ``file_id`` Telegram gave this picture for the catalog version in use."""
        version = (await self.catalog()).version
        async with self.store.catalog_work() as work:
            return await work.picture_file(key, version)

    async def remember_picture(self, key: str, file_id: str) -> None:
        """Keep the ``file_id`` so no process uploads this picture again. Two processes may
        race to keep one: the first kept stays, and the other cost only its upload."""
        version = (await self.catalog()).version
        try:
            async with self.store.catalog_work() as work:
                await work.remember_picture(key, version, file_id)
        except Exception:
            # the picture was sent; the next press uploads it again
            log.warning("could not keep picture %s", key, exc_info=True)

    async def roadmap(self, target: str, source: str | None) -> Reply:
        return await self._handle(None, lambda d, ctx: d.roadmap_names(ctx, target, source))

    async def inline(self, query: str) -> list[Reply]:
        return (await self.dialogue()).inline(query)

    async def _handle(self, chat_id: int | None, step: Step, message: str | None = None) -> Reply:
        if chat_id is None:  # nothing of a chat's to read or keep; a message still counts
            reply = self.linked(step(await self.dialogue(), ChatContext()))
            if message is not None:
                async with self.store.exchange() as exchange:
                    await self._record(exchange, reply, message)
            return reply
        # before the unit of work opens: a first load, or a version check, holds no lock
        dialogue = await self.dialogue()
        async with self.store.exchange() as exchange:
            context = ChatContext.from_dict(await exchange.get_context(chat_id))
            reply = self.linked(step(dialogue, context))
            if reply.context != context:
                await exchange.save_context(chat_id, reply.context.to_dict())
            await self._record(exchange, reply, message)
            return reply

    def linked(self, reply: Reply) -> Reply:
        """A comparison with the button that opens it in the interactive tool, if served."""
        if self.webapp_url is None or reply.comparison is None or len(reply.careers) != 2:
            return reply
        buttons = interactive_keyboard(reply.buttons, self.webapp_url, reply.careers)
        return replace(reply, buttons=buttons)

    async def _record(self, exchange: UpdateExchange, reply: Reply, message: str | None) -> None:
        keys: list[tuple[str, str]] = []
        if message is not None:
            keys.append(("messages", ""))
            keys += [("unresolved", clean_display(n, 100).casefold()) for n in reply.unresolved]
        if reply.comparison is not None and len(reply.careers) == 2:
            keys.append(("comparison", pair_key(*reply.careers)))
        await exchange.add_usage(*set(keys))

    async def operator(self, user_id: int | None, command: str) -> Reply:
        """/stats and /reload for the operators in CAREERBOT_ADMIN_IDS; help for anyone else."""
        name = command.split(maxsplit=1)[0].lstrip("/").split("@")[0].lower() if command else ""
        if user_id in self.admin_ids and name == "stats":
            return await self.stats()
        if user_id in self.admin_ids and name == "reload":
            return await self.reload()
        return Reply(kind="help", document=help_document(), context=ChatContext())

    async def stats(self) -> Reply:
        catalog = await self.catalog()
        async with self.store.catalog_work() as work:
            usage = await work.usage()
        titles = {career.slug: career.title for career in catalog.careers}
        return Reply(kind="stats", document=stats_document(usage, titles), context=ChatContext())

    async def reload(self) -> Reply:
        """Re-import the bundled catalog; every process sees the new version on its next read."""
        change = await catalog_changes.import_bundled(self.store)
        await self._reload_now()  # this process answers from its own reload at once
        count, version = change.added + change.replaced, self.catalog_version
        text = f"Reloaded {count} careers from the bundled catalog (version {version})."
        return text_reply("reload", ChatContext(), text)

    async def import_file(self, path: Path, *, replace_all: bool = False) -> CatalogChange:
        change = await catalog_changes.import_file(self.store, path, replace_all=replace_all)
        await self._reload_now()
        return change

    async def remove_careers(self, slugs: tuple[str, ...]) -> CatalogChange:
        change = await catalog_changes.remove_careers(self.store, slugs)
        await self._reload_now()
        return change

    async def _reload_now(self) -> None:
        """Check the version now, and wait for its catalog (after this process's import)."""
        self._checked_at = float("-inf")
        await self._refresh()
        await self.reloaded()
