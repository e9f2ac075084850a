"""The catalog and the usage reports through the ORM, inside one session's transaction.

The store opens the session and its transaction (``Store.catalog_work``) and commits when
the unit of work ends; nothing here commits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import orjson
from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from careerbot.app.ports import CatalogChange, Usage
from careerbot.careers.catalog import Catalog
from careerbot.careers.model import Career, CatalogFile, Source
from careerbot.store.tables import (
    VERSION_KEY,
    Base,
    CareerRow,
    MetaRow,
    NameIndexRow,
    PictureRow,
    SourceRow,
    UsageRow,
)


def _career(document: str, names: bool) -> Career:
    if names:
        return Career.model_validate_json(document)
    # the other names are half of a document, and only building the name index reads them
    fields = orjson.loads(document)
    fields.pop("aliases", None)
    return Career.model_validate(fields)


def _careers_of(rows: Sequence[tuple[int, str]], names: bool) -> list[tuple[int, Career]]:
    return [(row_id, _career(document, names)) for row_id, document in rows]


#: careers read and validated at a time: the documents' text, 10 MB as Python strings, is
#: never all held at once, which keeps 13 MB off a process's resident memory for good
BATCH = 64


class SqlCatalogWork:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def import_catalog(
        self, catalog: CatalogFile, *, replace_all: bool = False
    ) -> CatalogChange:
        """Add or replace careers by slug; ids stay with their slugs. With ``replace_all``
        the careers and sources the file does not hold are removed."""
        session = self.session
        slugs = [c.slug for c in catalog.careers]
        removed: tuple[str, ...] = ()
        if replace_all:
            removed = await self._delete(CareerRow.slug.not_in(slugs))
            await session.execute(
                delete(SourceRow).where(SourceRow.id.not_in(list(catalog.sources)))
            )
        for sid, source in catalog.sources.items():
            await session.merge(SourceRow(id=sid, document=source.model_dump_json()))
        existing = {
            row.slug: row
            for row in await session.scalars(select(CareerRow).where(CareerRow.slug.in_(slugs)))
        }
        for career in catalog.careers:
            document = career.model_dump_json(exclude_defaults=True)
            row = existing.get(career.slug)
            if row is None:
                session.add(CareerRow(slug=career.slug, title=career.title, document=document))
            else:
                row.title, row.document = career.title, document
        await self._bump_version()
        await session.flush()
        return CatalogChange(len(slugs) - len(existing), len(existing), removed)

    async def remove_careers(self, slugs: tuple[str, ...]) -> tuple[str, ...]:
        removed = await self._delete(CareerRow.slug.in_(slugs))
        if removed:
            await self._bump_version()
        return removed

    async def _delete(self, which: ColumnElement[bool]) -> tuple[str, ...]:
        """Delete the careers ``which`` selects; their slugs."""
        found = await self.session.scalars(delete(CareerRow).where(which).returning(CareerRow.slug))
        return tuple(sorted(found))

    async def _bump_version(self) -> None:
        meta = await self.session.get(MetaRow, VERSION_KEY)
        if meta is None:
            self.session.add(MetaRow(key=VERSION_KEY, value=1))
        else:
            meta.value += 1

    async def catalog_version(self) -> int:
        found = await self.session.scalar(select(MetaRow.value).where(MetaRow.key == VERSION_KEY))
        return found or 0

    async def load_catalog(self, *, names: bool = True) -> Catalog:
        version = await self.catalog_version()
        sources = {
            sid: Source.model_validate_json(document)
            for sid, document in await self.session.execute(
                select(SourceRow.id, SourceRow.document)
            )
        }
        found: list[tuple[int, Career]] = []
        rows = await self.session.stream(
            select(CareerRow.id, CareerRow.document)
            .order_by(CareerRow.id)
            .execution_options(yield_per=BATCH)
        )
        async for batch in rows.partitions():
            # validating 929 documents takes a tenth of a second of CPU: off the event loop
            documents = [(row_id, document) for row_id, document in batch]
            found += await asyncio.to_thread(_careers_of, documents, names)
        ids = {career.slug: row_id for row_id, career in found}
        return Catalog(tuple(career for _, career in found), ids, sources, version)

    async def usage(self, top: int = 5) -> Usage:
        async def ranked(kind: str) -> tuple[tuple[str, int], ...]:
            rows = await self.session.execute(
                select(UsageRow.subject, UsageRow.count)
                .where(UsageRow.kind == kind)
                .order_by(UsageRow.count.desc(), UsageRow.subject)
                .limit(top)
            )
            return tuple((subject, int(count)) for subject, count in rows.all())

        messages = await self.session.scalar(
            select(UsageRow.count).where(UsageRow.kind == "messages", UsageRow.subject == "")
        )
        return Usage(int(messages or 0), await ranked("comparison"), await ranked("unresolved"))

    async def picture_file(self, key: str, version: int) -> str | None:
        row = await self.session.get(PictureRow, (key, version))
        return row.file_id if row is not None else None

    async def remember_picture(self, key: str, version: int, file_id: str) -> None:
        await self._insert_new(PictureRow, key=key, catalog_version=version, file_id=file_id)

    async def name_index(self, version: int, layout: int) -> bytes | None:
        return await self.session.scalar(
            select(NameIndexRow.data).where(
                NameIndexRow.catalog_version == version, NameIndexRow.format == layout
            )
        )

    async def save_name_index(self, version: int, layout: int, data: bytes) -> None:
        await self._insert_new(NameIndexRow, catalog_version=version, format=layout, data=data)
        # the indexes of older versions are never read again
        await self.session.execute(
            delete(NameIndexRow).where(NameIndexRow.catalog_version < version)
        )

    async def _insert_new(self, table: type[Base], **row: object) -> None:
        """Insert the row unless one with its key is there: another process may have kept
        the same thing first, and theirs stays."""
        dialect = self.session.get_bind().dialect.name
        insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        await self.session.execute(insert(table).values(row).on_conflict_do_nothing())

    async def career_count(self) -> int:
        return int(await self.session.scalar(select(func.count()).select_from(CareerRow)) or 0)
