"""The service's answers to abuse and to operators: each update answered once, a per-user
rate with one polite notice per window, and /stats and /reload for operators only."""

from __future__ import annotations

import pytest
from seed_pages import MIDDLEWARE, ROUTING

from careerbot.admission import RateLimit, Verdict, judge
from careerbot.service import CATALOG_CHECK_SECONDS, CareerService
from careerbot.store import Store
from careerbot.usage import Usage

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
    store: Store,
) -> None:
    first, second = service_on(store), service_on(store)
    assert (await first.admit(900, 7, counted=True)).verdict is Verdict.ANSWER
    assert (await second.admit(900, 7, counted=True)).verdict is Verdict.DUPLICATE
    assert (await first.admit(900, 7, counted=True)).verdict is Verdict.DUPLICATE


async def test_over_the_rate_one_notice_per_window_then_silence_then_a_fresh_window(
    store: Store,
) -> None:
    clock = Clock(6_000.0 + 15)
    service = service_on(store, clock)
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
    store: Store,
) -> None:
    first, second = service_on(store), service_on(store)
    for n in range(1, 4):
        await (first if n % 2 else second).admit(n, 7, counted=True)
    assert (await second.admit(4, 7, counted=True)).verdict is Verdict.NOTIFY
    assert (await first.admit(5, 7, counted=False)).verdict is Verdict.ANSWER
    unlimited = CareerService(store, rate_limit=None)
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


async def test_stats_count_messages_comparisons_and_unresolved_names(store: Store) -> None:
    service = service_on(store)
    await service.message(5, "routing vs middleware")
    await service.message(5, "swap")
    await service.message(6, "tell me about basket weaving wizard")
    await service.message(6, "help")
    reply = await service.operator(ADMIN, "/stats")
    assert reply.intent == "stats"
    text = reply.document.plain()
    assert "4 messages answered." in text
    assert "AI Middleware Engineer vs AI Model Routing Engineer — 2" in text
    assert "“basket weaving wizard” — 1" in text


async def test_reload_reimports_the_catalog_and_every_process_sees_it(store: Store) -> None:
    clock = Clock(6_000.0)
    operator, other = service_on(store, clock), service_on(store, clock)
    before = await other.catalog()
    reply = await operator.operator(ADMIN, "/reload@careerbot_test_bot")
    assert reply.intent == "reload"
    assert f"Reloaded {len(before.careers)} careers" in reply.document.plain()
    assert (await operator.catalog()).version > before.version  # its own reload: at once
    assert await other.catalog() is before  # the other process trusts its copy a moment…
    clock.now += CATALOG_CHECK_SECONDS
    after = await other.catalog()  # …then asks, and loads the new version
    assert after.version > before.version
    assert after.ids == before.ids
    assert (await other.message(9, "routing vs middleware")).careers == (ROUTING, MIDDLEWARE)


@pytest.mark.parametrize("user", [None, 7, ADMIN + 1])
@pytest.mark.parametrize("command", ["/stats", "/reload"])
async def test_operator_commands_from_anyone_else_get_the_normal_help(
    store: Store, user: int | None, command: str
) -> None:
    service = service_on(store)
    version = (await service.catalog()).version
    reply = await service.operator(user, command)
    assert reply.intent == "help"
    assert reply.document == (await service.message(user or 1, "/help")).document
    assert (await service.catalog()).version == version


async def test_stats_count_names_that_match_nothing_but_not_stated_wishes(store: Store) -> None:
    service = service_on(store)
    await service.message(5, "xyzzy wizard vs qwerty sorcerer")
    await service.message(5, "no remote needed")  # a wish, not a career name
    usage = await _usage(store)
    assert sorted(subject for subject, _ in usage.unresolved) == [
        "qwerty sorcerer",
        "xyzzy wizard",
    ]


async def _usage(store: Store) -> Usage:
    async with store.session() as session:
        return await store.usage(session)
