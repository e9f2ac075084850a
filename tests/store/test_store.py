"""The store against a real database (a SQLite file, or PostgreSQL where configured): created
and loaded on first use, imports replace by slug with ids kept, chat context survives between
units of work."""

from __future__ import annotations

import gzip
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from backends import ON_POSTGRES, dump_async
from seed_pages import MIDDLEWARE, MULTIMODAL, ROUTING, SEED_SLUGS

from careerbot.app.service import CareerService
from careerbot.careers.catalog import bundled_files, parse_catalog, read_catalog_file
from careerbot.dialogue.context import ChatContext
from careerbot.store import Store
from careerbot.understanding.resolution import NameIndex


@pytest.fixture
async def fresh_store(empty_database_url: str) -> AsyncIterator[Store]:
    store = Store(empty_database_url)
    try:
        yield store
    finally:
        await store.dispose()


def bundled_slugs() -> list[str]:
    return [c.slug for path in bundled_files() for c in read_catalog_file(path).careers]


async def test_first_use_of_an_empty_file_creates_and_loads_the_bundled_catalog(
    fresh_store: Store, tmp_path: Path
) -> None:
    await fresh_store.ensure_ready()
    if not ON_POSTGRES:
        assert (tmp_path / "new" / "dir" / "careerbot.sqlite3").is_file()
    async with fresh_store.catalog_work() as work:
        catalog = await work.load_catalog()
    expected = bundled_slugs()
    assert len(expected) > 6  # the curated six and the broad occupation catalog
    assert [c.slug for c in catalog.careers] == expected
    assert set(SEED_SLUGS) <= set(catalog.by_slug)
    assert catalog.version > 0
    assert catalog.sources
    routing = catalog.by_slug[ROUTING]
    assert routing.salary is not None
    assert (routing.salary.low, routing.salary.high) == (135_000, 210_000)


async def test_ensure_ready_twice_loads_nothing_twice(store: Store) -> None:
    async with store.catalog_work() as work:
        before = await work.load_catalog()
    await store.ensure_ready()
    async with store.catalog_work() as work:
        after = await work.load_catalog()
    assert after.ids == before.ids
    assert after.version == before.version


async def test_a_loaded_catalog_resolves_names(store: Store) -> None:
    async with store.catalog_work() as work:
        catalog = await work.load_catalog()
    found = NameIndex.of(catalog).resolve("middleware engineer")
    assert getattr(found, "slug", None) == MIDDLEWARE


async def test_chat_context_round_trips_between_units_of_work(store: Store) -> None:
    context = ChatContext(last_a=ROUTING, last_b=MIDDLEWARE, awaiting_second=MULTIMODAL)
    async with store.exchange() as exchange:
        await exchange.save_context(42, context.to_dict())
    async with store.exchange() as exchange:
        assert ChatContext.from_dict(await exchange.get_context(42)) == context
        assert await exchange.get_context(43) == {}
    changed = ChatContext(subject=ROUTING)
    async with store.exchange() as exchange:
        await exchange.save_context(42, changed.to_dict())
    async with store.exchange() as exchange:
        assert ChatContext.from_dict(await exchange.get_context(42)) == changed


async def test_a_very_large_chat_id_is_stored(store: Store) -> None:
    chat_id = -1_001_234_567_890  # Telegram supergroup ids are below -10^12
    async with store.exchange() as exchange:
        await exchange.save_context(chat_id, {"focus": ROUTING})
    async with store.exchange() as exchange:
        assert await exchange.get_context(chat_id) == {"focus": ROUTING}


@pytest.mark.parametrize(
    "state",
    [None, [], "text", 3, {"last_a": 5, "focus": ["x"], "unknown": "y"}, {"focus": None}],
)
def test_a_damaged_context_reads_as_an_empty_one(state: object) -> None:
    assert ChatContext.from_dict(state) == ChatContext()


def test_context_to_dict_and_back_is_the_same_context() -> None:
    context = ChatContext(last_a="a", last_b="b", awaiting_second="c", subject="d")
    assert ChatContext.from_dict(json.loads(json.dumps(context.to_dict()))) == context
    assert ChatContext().to_dict() == {}


def new_career_document(**overrides: object) -> dict[str, object]:
    career = {
        "slug": "ai-prompt-security-engineer",
        "title": "AI Prompt Security Engineer",
        "category": "AI Engineering",
        "aliases": ["prompt security engineer", "LLM red teamer"],
        "source_note": "test fixture",
        "salary": {"low": 140_000, "high": 230_000, "source": "test"},
    }
    career.update(overrides)
    return {
        "format": "careerbot-catalog/1",
        "sources": {"test": {"name": "Test"}},
        "careers": [career],
    }


async def test_import_adds_new_careers_and_replaces_by_slug_keeping_ids(store: Store) -> None:
    async with store.catalog_work() as work:
        before = await work.load_catalog()
    async with store.catalog_work() as work:
        await work.import_catalog(parse_catalog(new_career_document()))
    retitled = new_career_document(title="AI Prompt Safety Engineer")
    async with store.catalog_work() as work:
        await work.import_catalog(parse_catalog(retitled))
    async with store.catalog_work() as work:
        after = await work.load_catalog()
    assert len(after.careers) == len(before.careers) + 1
    assert {s: after.ids[s] for s in before.ids} == dict(before.ids)
    assert after.by_slug["ai-prompt-security-engineer"].title == "AI Prompt Safety Engineer"
    assert after.version == before.version + 2


async def test_an_import_in_a_rolled_back_unit_of_work_leaves_nothing(
    store: Store, database_url: str
) -> None:
    class AbortError(Exception):
        pass

    async def import_then_fail() -> None:
        async with store.catalog_work() as work:
            await work.import_catalog(parse_catalog(new_career_document()))
            raise AbortError

    before = await dump_async(database_url)
    with pytest.raises(AbortError):
        await import_then_fail()
    assert await dump_async(database_url) == before


async def test_the_service_reloads_the_catalog_after_an_import(
    store: Store, tmp_path: Path
) -> None:
    service = CareerService(store)
    first = await service.catalog()
    path = tmp_path / "new.json.gz"
    path.write_bytes(gzip.compress(json.dumps(new_career_document()).encode()))
    change = await service.import_file(path)
    assert (change.added, change.replaced, change.removed) == (1, 0, ())
    assert change.total == len(first.careers) + 1
    second = await service.catalog()
    assert second.version > first.version
    assert "ai-prompt-security-engineer" in second.by_slug
    reply = await service.message(7, "tell me about prompt security engineer")
    assert reply.careers == ("ai-prompt-security-engineer",)


async def test_the_service_remembers_each_chat_on_its_own(store: Store) -> None:
    service = CareerService(store)
    first = await service.message(1, "AI Model Routing Engineer vs AI Middleware Engineer")
    assert first.careers == (ROUTING, MIDDLEWARE)
    other_chat = await service.message(2, "swap")
    assert other_chat.kind == "help"
    swapped = await service.message(1, "swap")
    assert swapped.careers == (MIDDLEWARE, ROUTING)
    follow_up = await service.message(1, "what about multimodal?")
    assert follow_up.careers == (MIDDLEWARE, MULTIMODAL)


async def test_the_first_index_kept_for_a_version_stays_when_another_process_keeps_one(
    store: Store,
) -> None:
    async with store.catalog_work() as work:
        version = await work.catalog_version()
        await work.save_name_index(version, 99, b"first")
    async with store.catalog_work() as work:  # a racing process, a moment later
        await work.save_name_index(version, 99, b"second")
    async with store.catalog_work() as work:
        assert await work.name_index(version, 99) == b"first"
        await work.save_name_index(version + 1, 99, b"newer")
    async with store.catalog_work() as work:
        assert await work.name_index(version, 99) is None
        assert await work.name_index(version + 1, 99) == b"newer"


async def test_a_catalog_loaded_without_names_is_the_same_but_for_the_other_names(
    store: Store,
) -> None:
    async with store.catalog_work() as work:
        named = await work.load_catalog()
        light = await work.load_catalog(names=False)
    assert light.version == named.version
    assert light.ids == named.ids
    assert sum(len(c.aliases) for c in named.careers) > 40_000
    assert all(c.aliases == () for c in light.careers)
    assert [c.model_copy(update={"aliases": ()}) for c in named.careers] == list(light.careers)


async def test_a_picture_kept_twice_keeps_the_first_file_id(store: Store) -> None:
    for file_id in ("first", "second"):
        async with store.catalog_work() as work:
            await work.remember_picture("cmp:a:b", 3, file_id)
    async with store.catalog_work() as work:
        assert await work.picture_file("cmp:a:b", 3) == "first"
        assert await work.picture_file("cmp:a:b", 4) is None
