"""An in-memory store implementing the service's ports (``careerbot.app.ports``).

It keeps the promises the SQL store keeps, so the service's tests can run on it fast and
then, unchanged, on SQLite and PostgreSQL: a unit of work sees its own writes, commits when
its block ends and leaves nothing behind when it raises; an update id is claimed once; ids
stay with their slugs across imports; every import raises the catalog's version.
"""

from __future__ import annotations

import contextlib
import copy
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from careerbot.app.ports import CatalogChange, Usage
from careerbot.careers.catalog import Catalog
from careerbot.careers.model import Career, CatalogFile, Source


@dataclass
class State:
    careers: dict[str, Career] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    version: int = 0
    contexts: dict[int, dict[str, object]] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)
    rates: dict[int, tuple[int, int]] = field(default_factory=dict)
    usage: Counter[tuple[str, str]] = field(default_factory=Counter)
    pictures: dict[tuple[str, int], str] = field(default_factory=dict)
    name_indexes: dict[tuple[int, int], bytes] = field(default_factory=dict)
    retired: set[int] = field(default_factory=set)


def imported(state: State, catalog: CatalogFile, *, replace_all: bool = False) -> CatalogChange:
    """Add or replace careers by slug, ids kept with their slugs; with ``replace_all`` the
    others go; the version goes up."""
    slugs = {career.slug for career in catalog.careers}
    removed = removed_careers(state, set(state.careers) - slugs) if replace_all else ()
    if replace_all:
        state.sources = {}
    state.sources.update(catalog.sources)
    replaced = len(slugs & set(state.careers))
    for career in catalog.careers:
        state.ids.setdefault(career.slug, max([*state.ids.values(), *state.retired], default=0) + 1)
        state.careers[career.slug] = career
    state.version += 1
    return CatalogChange(len(slugs) - replaced, replaced, removed)


def removed_careers(state: State, slugs: set[str]) -> tuple[str, ...]:
    """Ids are never handed out again: a removed slug imported later gets a new one."""
    found = tuple(sorted(slugs & set(state.careers)))
    for slug in found:
        del state.careers[slug]
        state.retired.add(state.ids.pop(slug))
    return found


class FakeExchange:
    def __init__(self, state: State) -> None:
        self.state = state

    async def claim_update(self, update_id: int, now: int) -> bool:
        if update_id in self.state.claimed:
            return False
        self.state.claimed.add(update_id)
        return True

    async def count_message(self, user_id: int, window: int) -> int:
        held_window, count = self.state.rates.get(user_id, (window, 0))
        count = count + 1 if held_window == window else 1
        self.state.rates[user_id] = (window, count)
        return count

    async def get_context(self, chat_id: int) -> dict[str, object]:
        return dict(self.state.contexts.get(chat_id, {}))

    async def save_context(self, chat_id: int, state: dict[str, object]) -> None:
        self.state.contexts[chat_id] = dict(state)

    async def add_usage(self, *keys: tuple[str, str]) -> None:
        self.state.usage.update(keys)

    async def catalog_version(self) -> int:
        return self.state.version


class FakeCatalogWork:
    def __init__(self, state: State) -> None:
        self.state = state

    async def load_catalog(self, *, names: bool = True) -> Catalog:
        by_id = sorted(self.state.careers.values(), key=lambda c: self.state.ids[c.slug])
        catalog = Catalog(
            tuple(by_id), dict(self.state.ids), dict(self.state.sources), self.state.version
        )
        return catalog if names else catalog.without_names()

    async def catalog_version(self) -> int:
        return self.state.version

    async def import_catalog(
        self, catalog: CatalogFile, *, replace_all: bool = False
    ) -> CatalogChange:
        return imported(self.state, catalog, replace_all=replace_all)

    async def remove_careers(self, slugs: tuple[str, ...]) -> tuple[str, ...]:
        removed = removed_careers(self.state, set(slugs))
        if removed:
            self.state.version += 1
        return removed

    async def career_count(self) -> int:
        return len(self.state.careers)

    async def picture_file(self, key: str, version: int) -> str | None:
        return self.state.pictures.get((key, version))

    async def name_index(self, version: int, layout: int) -> bytes | None:
        return self.state.name_indexes.get((version, layout))

    async def save_name_index(self, version: int, layout: int, data: bytes) -> None:
        kept = {k: v for k, v in self.state.name_indexes.items() if k[0] >= version}
        kept.setdefault((version, layout), data)
        self.state.name_indexes = kept

    async def remember_picture(self, key: str, version: int, file_id: str) -> None:
        self.state.pictures.setdefault((key, version), file_id)

    async def usage(self, top: int = 5) -> Usage:
        def ranked(kind: str) -> tuple[tuple[str, int], ...]:
            rows = [(s, n) for (k, s), n in self.state.usage.items() if k == kind]
            return tuple(sorted(rows, key=lambda row: (-row[1], row[0]))[:top])

        return Usage(self.state.usage[("messages", "")], ranked("comparison"), ranked("unresolved"))


class FakeStore:
    """Units of work run one at a time on a copy of the state, swapped in on success."""

    def __init__(self, *catalogs: CatalogFile) -> None:
        """A store already holding ``catalogs``, as a started database would."""
        self.state = State()
        self.units_of_work = 0
        for catalog in catalogs:
            imported(self.state, catalog)

    @contextlib.asynccontextmanager
    async def exchange(self) -> AsyncIterator[FakeExchange]:
        async with self._unit_of_work() as state:
            yield FakeExchange(state)

    @contextlib.asynccontextmanager
    async def catalog_work(self) -> AsyncIterator[FakeCatalogWork]:
        async with self._unit_of_work() as state:
            yield FakeCatalogWork(state)

    @contextlib.asynccontextmanager
    async def _unit_of_work(self) -> AsyncIterator[State]:
        draft = copy.copy(self.state)
        draft.contexts = copy.deepcopy(self.state.contexts)
        draft.claimed, draft.rates = set(self.state.claimed), dict(self.state.rates)
        draft.usage = Counter(self.state.usage)
        draft.careers, draft.ids = dict(self.state.careers), dict(self.state.ids)
        draft.sources = dict(self.state.sources)
        draft.pictures = dict(self.state.pictures)
        draft.name_indexes = dict(self.state.name_indexes)
        yield draft
        self.state = draft
        self.units_of_work += 1
