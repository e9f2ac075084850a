"""The service: one unit of work per update, the chat's context kept between them, usage
counted, each update answered once, a per-user rate with one polite notice per window, and
/stats and /reload for operators only. Every test runs on the in-memory fake store and on
the real database."""

from __future__ import annotations

import asyncio
import threading

import pytest
from seed_pages import MIDDLEWARE, ROUTING

from careerbot.app.admission import RateLimit, Verdict, judge
from careerbot.app.ports import Store, Usage
from careerbot.app.service import CATALOG_CHECK_SECONDS, CareerService
from careerbot.careers.catalog import Catalog
from careerbot.understanding.name_tables import FORMAT
from careerbot.understanding.resolution import NameIndex

ADMIN = 1001
LIMIT = RateLimit(messages=3, seconds=60)


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def service_on(store: Store, clock: Clock | None = None) -> CareerService:
    return CareerService(
        store, admin_ids=frozenset({ADMIN}), rate_limit=LIMIT, clock=clock or Clock(6_000.0)
    )


async def test_an_update_delivered_twice_is_admitted_once_even_by_another_process(
    any_store: Store,
) -> None:
    first, second = service_on(any_store), service_on(any_store)
    assert (await first.admit(900, 7, counted=True)).verdict is Verdict.ANSWER
    assert (await second.admit(900, 7, counted=True)).verdict is Verdict.DUPLICATE
    assert (await first.admit(900, 7, counted=True)).verdict is Verdict.DUPLICATE


async def test_over_the_rate_one_notice_per_window_then_silence_then_a_fresh_window(
    any_store: Store,
) -> None:
    clock = Clock(6_000.0 + 15)
    service = service_on(any_store, clock)
    verdicts = [(await service.admit(n, 7, counted=True)) for n in range(1, 7)]
    assert [v.verdict for v in verdicts] == [Verdict.ANSWER] * 3 + [
        Verdict.NOTIFY,
        Verdict.LIMITED,
        Verdict.LIMITED,
    ]
    assert verdicts[3].retry_in == 45
    assert "Please wait 45 s" in verdicts[3].notice()
    assert (await service.admit(7, 8, counted=True)).verdict is Verdict.ANSWER  # another user
    clock.now += 60
    assert (await service.admit(8, 7, counted=True)).verdict is Verdict.ANSWER


async def test_the_rate_is_shared_by_processes_and_spares_uncounted_updates(
    any_store: Store,
) -> None:
    first, second = service_on(any_store), service_on(any_store)
    for n in range(1, 4):
        await (first if n % 2 else second).admit(n, 7, counted=True)
    assert (await second.admit(4, 7, counted=True)).verdict is Verdict.NOTIFY
    assert (await first.admit(5, 7, counted=False)).verdict is Verdict.ANSWER
    unlimited = CareerService(any_store, rate_limit=None)
    assert (await unlimited.admit(6, 7, counted=True)).verdict is Verdict.ANSWER


@pytest.mark.parametrize(
    ("count", "verdict"),
    [(1, Verdict.ANSWER), (3, Verdict.ANSWER), (4, Verdict.NOTIFY), (5, Verdict.LIMITED)],
)
def test_judge_reads_the_count_in_the_window(count: int, verdict: Verdict) -> None:
    assert judge(count, LIMIT, 100.0).verdict is verdict
    assert judge(count, None, 100.0).verdict is Verdict.ANSWER


@pytest.mark.parametrize(
    ("text", "expected"),
    [("20/60", RateLimit(20, 60)), ("5", RateLimit(5, 60)), (" 7 / 10 ", RateLimit(7, 10))],
)
def test_rate_limit_settings_parse(text: str, expected: RateLimit) -> None:
    assert RateLimit.parse(text) == expected


@pytest.mark.parametrize("text", ["off", "0", "0/60"])
def test_rate_limit_can_be_turned_off(text: str) -> None:
    assert RateLimit.parse(text) is None


@pytest.mark.parametrize("text", ["", "x", "20/0", "-1", "20/60/5", "1e3"])
def test_bad_rate_limit_settings_are_rejected(text: str) -> None:
    with pytest.raises(ValueError, match="not a rate"):
        RateLimit.parse(text)


async def test_stats_count_messages_comparisons_and_unresolved_names(any_store: Store) -> None:
    service = service_on(any_store)
    await service.message(5, "routing vs middleware")
    await service.message(5, "swap")
    await service.message(6, "tell me about basket weaving wizard")
    await service.message(6, "help")
    reply = await service.operator(ADMIN, "/stats")
    assert reply.kind == "stats"
    text = reply.document.plain()
    assert "4 messages answered." in text
    assert "AI Middleware Engineer vs AI Model Routing Engineer — 2" in text
    assert "“basket weaving wizard” — 1" in text


async def test_reload_reimports_the_catalog_and_every_process_sees_it(any_store: Store) -> None:
    clock = Clock(6_000.0)
    operator, other = service_on(any_store, clock), service_on(any_store, clock)
    before = await other.catalog()
    reply = await operator.operator(ADMIN, "/reload@careerbot_test_bot")
    assert reply.kind == "reload"
    assert f"Reloaded {len(before.careers)} careers" in reply.document.plain()
    assert (await operator.catalog()).version > before.version  # its own reload: at once
    assert await other.catalog() is before  # the other process trusts its copy a moment…
    clock.now += CATALOG_CHECK_SECONDS
    assert await other.catalog() is before  # …then asks, and loads the new version aside…
    await other.reloaded()
    after = await other.catalog()  # …and answers from it once it is ready
    assert after.version > before.version
    assert after.ids == before.ids
    assert (await other.message(9, "routing vs middleware")).careers == (ROUTING, MIDDLEWARE)


@pytest.mark.parametrize("user", [None, 7, ADMIN + 1])
@pytest.mark.parametrize("command", ["/stats", "/reload"])
async def test_operator_commands_from_anyone_else_get_the_normal_help(
    any_store: Store, user: int | None, command: str
) -> None:
    service = service_on(any_store)
    version = (await service.catalog()).version
    reply = await service.operator(user, command)
    assert reply.kind == "help"
    assert reply.document == (await service.message(user or 1, "/help")).document
    assert (await service.catalog()).version == version


async def test_stats_count_names_that_match_nothing_but_not_stated_wishes(any_store: Store) -> None:
    service = service_on(any_store)
    await service.message(5, "xyzzy wizard vs qwerty sorcerer")
    await service.message(5, "no remote needed")  # a wish, not a career name
    usage = await _usage(any_store)
    assert sorted(subject for subject, _ in usage.unresolved) == [
        "qwerty sorcerer",
        "xyzzy wizard",
    ]


async def _usage(store: Store) -> Usage:
    async with store.catalog_work() as work:
        return await work.usage()


async def test_each_chat_keeps_its_own_context_between_units_of_work(any_store: Store) -> None:
    service = service_on(any_store)
    assert (await service.message(1, "routing vs middleware")).careers == (ROUTING, MIDDLEWARE)
    assert (await service.message(2, "swap")).kind == "help"  # chat 2 has compared nothing
    assert (await service.message(1, "swap")).careers == (MIDDLEWARE, ROUTING)
    followed = await service.message(1, "what about multimodal?")
    assert followed.careers == (MIDDLEWARE, "ai-multimodal-systems-engineer")


async def test_a_new_service_on_the_same_store_continues_the_conversation(
    any_store: Store,
) -> None:
    await service_on(any_store).message(3, "routing vs middleware")
    restarted = service_on(any_store)
    assert (await restarted.message(3, "swap")).careers == (MIDDLEWARE, ROUTING)


async def test_a_button_press_is_one_unit_of_work_that_keeps_the_pair(any_store: Store) -> None:
    service = service_on(any_store)
    card = await service.message(4, "routing vs middleware")
    swap = next(b for row in card.buttons for b in row if b.text.startswith("⇄"))
    pressed = await service.button(4, swap.data)
    assert pressed.careers == (MIDDLEWARE, ROUTING)
    assert (await service.message(4, "skills")).careers == (MIDDLEWARE, ROUTING)


async def test_a_comparison_without_a_chat_remembers_nothing(any_store: Store) -> None:
    service = service_on(any_store)
    assert (await service.compare("routing", "middleware")).careers == (ROUTING, MIDDLEWARE)
    assert (await _usage(any_store)).messages == 0


async def test_a_message_is_answered_during_a_reload_without_waiting_for_it(
    any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(9_000.0)
    operator, other = service_on(any_store, clock), service_on(any_store, clock)
    before = await other.catalog()
    await operator.operator(ADMIN, "/reload")
    release = threading.Event()
    reading = NameIndex.from_bytes

    def slow_index(blob: bytes) -> NameIndex | None:
        assert release.wait(10), "the reload was never let finish"
        return reading(blob)

    monkeypatch.setattr(NameIndex, "from_bytes", staticmethod(slow_index))
    clock.now += CATALOG_CHECK_SECONDS
    try:
        # the new version's index is being built in a thread: the answer comes from the
        # catalog before it, without waiting
        reply = await asyncio.wait_for(other.message(11, "routing vs middleware"), timeout=5)
        assert reply.careers == (ROUTING, MIDDLEWARE)
        assert other.catalog_version == before.version
    finally:
        release.set()
    await other.reloaded()
    assert other.catalog_version is not None
    assert other.catalog_version > before.version


async def test_a_catalog_version_s_index_is_built_once_and_read_by_every_other_process(
    any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(9_000.0)
    operator, other = service_on(any_store, clock), service_on(any_store, clock)
    await other.catalog()
    built: list[int] = []
    building = NameIndex.of

    def counted(catalog: Catalog) -> NameIndex:
        built.append(catalog.version)
        return building(catalog)

    monkeypatch.setattr(NameIndex, "of", staticmethod(counted))
    await operator.operator(ADMIN, "/reload")
    version = (await operator.catalog()).version
    assert built == [version]  # the process that imported it built it, once
    clock.now += CATALOG_CHECK_SECONDS
    await other.catalog()
    await other.reloaded()
    assert other.catalog_version == version
    assert built == [version]  # the other process read the one kept
    assert (await other.message(3, "electrician vs plumber")).careers == (
        "electricians",
        "plumbers-pipefitters-and-steamfitters",
    )
    async with any_store.catalog_work() as work:
        assert await work.name_index(version, FORMAT) is not None
        assert await work.name_index(version - 1, FORMAT) is None  # an old version's is gone


@pytest.mark.parametrize("kept", [True, False], ids=["index kept", "index built"])
async def test_the_catalog_in_memory_holds_no_other_names_yet_they_still_resolve(
    any_store: Store, kept: bool
) -> None:
    if not kept:  # as for the first process to see a catalog version
        async with any_store.catalog_work() as work:
            version = await work.catalog_version()
            await work.save_name_index(version + 1, FORMAT, b"")  # drops the kept ones
    service = service_on(any_store)
    catalog = await service.catalog()
    assert all(career.aliases == () for career in catalog.careers)
    # O*NET's other titles of these careers, kept in the index alone
    assert (await service.message(3, "CCU nurse vs inside wireman")).careers == (
        "registered-nurses",
        "electricians",
    )
    async with any_store.catalog_work() as work:
        assert await work.name_index(catalog.version, FORMAT) is not None


async def test_a_new_version_that_fails_to_load_leaves_the_old_one_answering(
    any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(9_000.0)
    operator, other = service_on(any_store, clock), service_on(any_store, clock)
    before = (await other.catalog()).version
    await operator.operator(ADMIN, "/reload")
    reading = NameIndex.from_bytes

    def broken(blob: bytes) -> NameIndex | None:
        raise OSError("disk trouble")

    monkeypatch.setattr(NameIndex, "from_bytes", staticmethod(broken))
    clock.now += CATALOG_CHECK_SECONDS
    await other.catalog()
    await other.reloaded()
    assert other.catalog_version == before
    assert (await other.message(4, "routing vs middleware")).careers == (ROUTING, MIDDLEWARE)
    monkeypatch.setattr(NameIndex, "from_bytes", staticmethod(reading))
    clock.now += CATALOG_CHECK_SECONDS  # the next check tries again, and succeeds
    await other.catalog()
    await other.reloaded()
    assert other.catalog_version is not None
    assert other.catalog_version > before
