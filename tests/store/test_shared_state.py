"""State several bot processes share through the database: each write is one atomic upsert,
so racing sessions (as separate processes would be) neither fail nor lose a count."""

from __future__ import annotations

import asyncio

import pytest
from seed_pages import MIDDLEWARE, ROUTING

from careerbot.app.ports import Usage
from careerbot.app.service import CareerService
from careerbot.app.usage import pair_key
from careerbot.store import Store
from careerbot.store.exchange import PRUNE_EVERY, UNRESOLVED_KEPT, UPDATE_MEMORY_SECONDS

RACERS = 8


async def test_racing_context_saves_for_one_chat_leave_one_of_them(store: Store) -> None:
    async def save(n: int) -> None:
        async with store.exchange() as exchange:
            await exchange.save_context(77, {"focus": f"career-{n}"})

    await asyncio.gather(*(save(n) for n in range(RACERS)))
    async with store.exchange() as exchange:
        saved = await exchange.get_context(77)
    assert saved["focus"] in {f"career-{n}" for n in range(RACERS)}


async def test_an_update_id_is_claimed_once_however_many_race_for_it(store: Store) -> None:
    async def claim() -> bool:
        async with store.exchange() as exchange:
            return await exchange.claim_update(123_456_789, now=1_000)

    assert sorted(await asyncio.gather(*(claim() for _ in range(RACERS)))) == [False] * (
        RACERS - 1
    ) + [True]
    async with store.exchange() as exchange:
        assert await exchange.claim_update(123_456_790, now=1_000)


async def test_a_claim_rolled_back_with_its_unit_of_work_can_be_claimed_again(
    store: Store,
) -> None:
    class AbortError(Exception):
        pass

    async def claim_then_fail() -> None:
        async with store.exchange() as exchange:
            assert await exchange.claim_update(5, now=1_000)
            raise AbortError

    with pytest.raises(AbortError):
        await claim_then_fail()
    async with store.exchange() as exchange:
        assert await exchange.claim_update(5, now=1_000)


async def test_old_update_ids_are_forgotten_on_every_pruning_claim(store: Store) -> None:
    late = 10_000_000
    async with store.exchange() as exchange:
        await exchange.claim_update(1, now=late - UPDATE_MEMORY_SECONDS - 1)
        await exchange.claim_update(2, now=late - 10)
        await exchange.claim_update(PRUNE_EVERY * 7, now=late)
    async with store.exchange() as exchange:
        assert await exchange.claim_update(1, now=late)  # forgotten, so new again
        assert not await exchange.claim_update(2, now=late)  # still remembered


async def test_pruning_keeps_only_the_most_asked_for_unresolved_names(store: Store) -> None:
    async with store.exchange() as exchange:
        await exchange.add_usage(
            *(("unresolved", f"name {n:05}") for n in range(UNRESOLVED_KEPT + 50))
        )
        await exchange.add_usage(("unresolved", "name 01049"), ("unresolved", "name 01049"))
        await exchange.add_usage(("comparison", "a|b"))
    async with store.exchange() as exchange:
        await exchange.claim_update(PRUNE_EVERY * 3, now=1_000)
    async with store.catalog_work() as work:
        usage = await work.usage(top=UNRESOLVED_KEPT + 50)
    kept = dict(usage.unresolved)
    assert len(kept) == UNRESOLVED_KEPT
    assert kept["name 01049"] == 3  # asked for most, so kept though it came last
    assert "name 00000" in kept
    assert "name 01048" not in kept  # equal counts: the first names alphabetically stay
    assert usage.comparisons == (("a|b", 1),)  # other counts are never trimmed


async def test_message_counts_race_without_losing_one_and_restart_each_window(
    store: Store,
) -> None:
    async def count(user: int, window: int) -> int:
        async with store.exchange() as exchange:
            return await exchange.count_message(user, window)

    counts = await asyncio.gather(*(count(1, 500) for _ in range(RACERS)))
    assert sorted(counts) == list(range(1, RACERS + 1))
    assert await count(2, 500) == 1  # users are counted apart
    assert await count(1, 501) == 1  # a new window starts from one
    assert await count(1, 501) == 2


async def test_usage_counts_rank_pairs_and_unresolved_names(store: Store) -> None:
    async with store.exchange() as exchange:
        for _ in range(3):
            await exchange.add_usage(("messages", ""))
        for pair in [(ROUTING, MIDDLEWARE), (MIDDLEWARE, ROUTING), ("a", "b")]:
            await exchange.add_usage(("comparison", pair_key(*pair)))
        await exchange.add_usage(("unresolved", "basket weaver"), ("messages", ""))
    async with store.catalog_work() as work:
        usage = await work.usage()
    assert usage == Usage(
        4,
        ((pair_key(ROUTING, MIDDLEWARE), 2), ("a|b", 1)),
        (("basket weaver", 1),),
    )


async def test_units_of_work_racing_from_separate_processes_all_succeed(
    database_url: str,
) -> None:
    """Each store has its own engine and connections, as separate processes would."""
    stores = [Store(database_url) for _ in range(3)]
    try:
        services = [CareerService(store) for store in stores]

        async def chat(n: int) -> tuple[str, ...]:
            service = services[n % len(services)]
            await service.message(n, "routing vs middleware")
            return (await service.message(n, "swap")).careers

        swapped = await asyncio.gather(*(chat(n) for n in range(RACERS * 2)))
    finally:
        for store in stores:
            await store.dispose()
    assert swapped == [(MIDDLEWARE, ROUTING)] * (RACERS * 2)
