"""Changing the catalog: a file imported (its careers added or replaced by slug, or made the
whole catalog), careers removed, the bundled catalog imported again (/reload). Each change is
one unit of work: refused, it leaves the catalog as it was."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

from careerbot.app.ports import CatalogChange, CatalogWork, Store
from careerbot.careers.catalog import CatalogError, bundled_files, read_catalog_file

Change = Callable[[CatalogWork], Awaitable[CatalogChange]]


async def import_file(store: Store, path: Path, *, replace_all: bool = False) -> CatalogChange:
    catalog_file = read_catalog_file(path)
    return await _changed(
        store, lambda work: work.import_catalog(catalog_file, replace_all=replace_all)
    )


async def import_bundled(store: Store) -> CatalogChange:
    files = [read_catalog_file(path) for path in bundled_files()]

    async def each(work: CatalogWork) -> CatalogChange:
        changes = [await work.import_catalog(file) for file in files]
        return CatalogChange(sum(c.added for c in changes), sum(c.replaced for c in changes))

    return await _changed(store, each)


async def remove_careers(store: Store, slugs: tuple[str, ...]) -> CatalogChange:
    wanted = tuple(dict.fromkeys(slugs))

    async def remove(work: CatalogWork) -> CatalogChange:
        removed = await work.remove_careers(wanted)
        missing = [slug for slug in wanted if slug not in removed]
        if missing:
            raise CatalogError(
                f"the catalog has no career {', '.join(map(repr, missing))} "
                "(careerbot list shows every slug)"
            )
        return CatalogChange(removed=removed)

    return await _changed(store, remove)


async def _changed(store: Store, change: Change) -> CatalogChange:
    """The change and the catalog's size after it, in one unit of work; raising inside it
    rolls the change back."""
    async with store.catalog_work() as work:
        done = replace(await change(work), total=await work.career_count())
        if done.total == 0:
            # an empty catalog would be loaded from the bundled files again at the next start
            raise CatalogError("that would leave the catalog with no careers")
    return done
