"""A person over the rate gets one polite notice per window; operators get /stats and
/reload; anyone else sending those gets the normal help."""

from __future__ import annotations

import pytest

from careerbot.app.admission import RateLimit
from careerbot.render.views import help_document
from careerbot.store import Exchange
from tests.e2e.conftest import RunningBot
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.objects import ApiCall

FLOODER = 5150
OTHER = 5151
ADMIN = 4040
#: long enough that no test run straddles two windows
WINDOW = 10**7


async def answered(
    fake: FakeBotApi,
    chat_id: int,
    text: str,
    timeout: float = 5.0,  # noqa: ASYNC109 - passed on to wait_for, which is bounded by it
) -> ApiCall:
    """Send a message and wait for the reply in that chat: everything sent before it has
    been handled by then, as the bot handles one update after another."""
    fake.push_message(chat_id, text)
    return await fake.wait_for(
        lambda call: call.method == "sendMessage" and call.params["chat_id"] == chat_id,
        timeout=timeout,
    )


async def test_over_the_rate_one_notice_then_silence_and_refused_presses_are_answered(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot(rate_limit=RateLimit(messages=3, seconds=WINDOW)):
        start = fake.mark()
        card = await answered(fake, FLOODER, "routing vs middleware")
        for text in ["swap", "swap", "swap", "swap", "swap"]:
            fake.push_message(FLOODER, text)
        await answered(fake, OTHER, "hello")
        sent = [
            c for c in fake.calls_to("sendMessage", since=start) if c.params["chat_id"] == FLOODER
        ]
        first = fake.messages(FLOODER)[0]
        fake.push_callback(FLOODER, first.message_id, first.callback_data[0])
        refusal = await fake.wait_for("answerCallbackQuery")
    texts = [call.params["text"] for call in sent]
    assert len(texts) == 4, texts  # three answers, then one notice for the rest
    assert "AI Model Routing Engineer vs AI Middleware Engineer" in card.params["text"]
    assert "faster than I can answer" in texts[3]
    assert "Please wait" in texts[3]
    assert "faster than I can answer" in refusal.params["text"]
    fake.assert_no_errors()


async def test_operators_get_stats_and_reload(fake: FakeBotApi, running_bot: RunningBot) -> None:
    async with running_bot(admin_ids=frozenset({ADMIN})):
        await answered(fake, OTHER, "routing vs middleware")
        await answered(fake, OTHER, "tell me about zqxjv plorbing")
        stats = await answered(fake, ADMIN, "/stats")
        # re-imports 929 careers and builds the new version's name index: about 3 s of CPU,
        # more than the usual 5 s of waiting on a busy 2-core machine
        reload = await answered(fake, ADMIN, "/reload", timeout=60)
        after = await answered(fake, OTHER, "swap")
    assert "2 messages answered" in stats.params["text"]
    assert "AI Middleware Engineer vs AI Model Routing Engineer — 1" in stats.params["text"]
    assert "zqxjv plorbing" in stats.params["text"]
    assert reload.params["text"].startswith("Reloaded ")
    assert "AI Middleware Engineer vs AI Model Routing Engineer" in after.params["text"]
    fake.assert_no_errors()


async def test_anyone_else_sending_operator_commands_gets_the_normal_help(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot(admin_ids=frozenset({ADMIN})):
        help_text = (await answered(fake, OTHER, "/help")).params["text"]
        replies = [
            await answered(fake, OTHER, c)
            for c in ("/stats", "/reload", "/stats@careerbot_test_bot")
        ]
    assert help_text == help_document().html()
    assert [r.params["text"] for r in replies] == [help_text] * 3


async def test_a_message_is_still_answered_once_when_its_admission_check_fails(
    fake: FakeBotApi,
    running_bot: RunningBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def unreachable(*_: object, **__: object) -> bool:
        raise ConnectionError("database went away")

    async with running_bot(rate_limit=RateLimit(messages=3, seconds=WINDOW)):
        monkeypatch.setattr(Exchange, "claim_update", unreachable)
        start = fake.mark()
        card = await answered(fake, FLOODER, "routing vs middleware")
        await answered(fake, OTHER, "hello")
    sent = [c for c in fake.calls_to("sendMessage", since=start) if c.params["chat_id"] == FLOODER]
    assert [c.params["text"] for c in sent] == [card.params["text"]]
    assert "Engineer vs" in card.params["text"]
    assert "could not check update" in caplog.text
