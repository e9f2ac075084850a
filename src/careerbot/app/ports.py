"""What the service needs of a store, as Protocols: the SQL store implements them, and so
does the in-memory fake the service's unit tests run on."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Protocol

from careerbot.careers.catalog import Catalog
from careerbot.careers.model import CatalogFile


@dataclass(frozen=True, slots=True)
class Usage:
    messages: int
    #: ("slug-a|slug-b", times compared), most compared first; the pair is order-free
    comparisons: tuple[tuple[str, int], ...] = ()
    #: (what someone wrote, times), for names no career matched
    unresolved: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class CatalogChange:
    """What an import or a removal did to the catalog, and how many careers it now holds."""

    added: int = 0
    replaced: int = 0
    removed: tuple[str, ...] = ()
    total: int = 0


class UpdateExchange(Protocol):
    """One transaction of the state every update touches, shared by all processes."""

    async def claim_update(self, update_id: int, now: int) -> bool:
        """True for the first claim of an update id, by any process; False for a repeat."""

    async def count_message(self, user_id: int, window: int) -> int:
        """Count one message in the user's window; the window's count so far."""

    async def get_context(self, chat_id: int) -> dict[str, object]: ...

    async def save_context(self, chat_id: int, state: dict[str, object]) -> None: ...

    async def add_usage(self, *keys: tuple[str, str]) -> None:
        """Count each ``(kind, subject)`` once more."""

    async def catalog_version(self) -> int: ...


class CatalogWork(Protocol):
    """One transaction over the catalog and the usage reports."""

    async def load_catalog(self, *, names: bool = True) -> Catalog:
        """The catalog as imported; without ``names``, its careers carry no other names
        (aliases): only building the name index reads them."""

    async def catalog_version(self) -> int: ...

    async def career_count(self) -> int:
        """How many careers the catalog holds, without loading them."""

    async def import_catalog(
        self, catalog: CatalogFile, *, replace_all: bool = False
    ) -> CatalogChange:
        """Add or replace careers by slug (ids stay with their slugs); with ``replace_all``,
        remove every other career and source too."""

    async def remove_careers(self, slugs: tuple[str, ...]) -> tuple[str, ...]:
        """Remove the careers with these slugs; the slugs it found and removed."""

    async def usage(self, top: int = 5) -> Usage: ...

    async def name_index(self, version: int, layout: int) -> bytes | None:
        """The name index built from this catalog version, in this layout, if one was kept."""

    async def save_name_index(self, version: int, layout: int, data: bytes) -> None:
        """Keep a catalog version's name index (the first one kept wins) and drop those of
        older versions."""

    async def picture_file(self, key: str, version: int) -> str | None:
        """The Telegram ``file_id`` of a picture already sent for this catalog version."""

    async def remember_picture(self, key: str, version: int, file_id: str) -> None:
        """Keep a picture's ``file_id``; the first one kept wins."""


class Store(Protocol):
    """Units of work: each commits when its block ends and rolls back if it raises."""

    def exchange(self) -> AbstractAsyncContextManager[UpdateExchange]: ...

    def catalog_work(self) -> AbstractAsyncContextManager[CatalogWork]: ...
