"""The interactive tool beside the bot (``careerbot run --webapp-port``): the menu button
opens it, cards link to it, and a signed "send to chat" reaches the chat through the running
bot, while forged, stale and unsigned ones are refused and nothing is sent."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from urllib.parse import urlencode

import aiohttp
import pytest

from careerbot.app.admission import RateLimit
from careerbot.app.settings import Settings
from careerbot.web.server import WebAppServer
from tests.e2e.conftest import RunningBot
from tests.fakes.fake_bot_api import FakeBotApi

URL = "https://tool.example.org/careers"
PERSON, GROUP = 4343, -4001
PAIR = "/api/send?a=registered-nurses&b=electricians"


def launch_data(token: str, user_id: int = PERSON, age: int = 30, **more: str) -> str:
    fields = {"user": json.dumps({"id": user_id}), "auth_date": str(int(time.time()) - age)}
    fields |= more
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    return urlencode(
        {**fields, "hash": hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()}
    )


@pytest.fixture
def webapp(fake: FakeBotApi) -> WebAppServer:
    return WebAppServer("127.0.0.1", 0, Settings(telegram_token=fake.token))


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def send(http: aiohttp.ClientSession, webapp: WebAppServer, data: str | None) -> int:
    headers = {"Authorization": f"tma {data}"} if data is not None else {}
    async with http.post(f"http://127.0.0.1:{webapp.port}{PAIR}", headers=headers) as response:
        body = await response.json()
        assert set(body) in ({"sent", "careers"}, {"error", "detail"})
        return response.status


async def test_a_signed_send_answers_the_web_app_query_it_came_with(
    fake: FakeBotApi, running_bot: RunningBot, webapp: WebAppServer, http: aiohttp.ClientSession
) -> None:
    async with running_bot(webapp=webapp, webapp_url=URL):
        assert fake.menu_button() == {
            "type": "web_app",
            "text": "Compare",
            "web_app": {"url": URL},
        }
        fake.open_web_app("AAQ-1")
        assert await send(http, webapp, launch_data(fake.token, query_id="AAQ-1")) == 200
    answer = fake.web_app_answers["AAQ-1"]["result"]
    assert "Registered Nurses vs Electricians" in answer["input_message_content"]["message_text"]
    rows = answer["reply_markup"]["inline_keyboard"]
    # it may land in a group: the tool's button is a plain link there
    assert {
        "text": "⚡ Interactive comparison",
        "url": f"{URL}?a=registered-nurses&b=electricians",
    } in [b for row in rows for b in row]
    fake.assert_no_errors()


async def test_without_a_query_the_comparison_goes_to_the_user_and_forgeries_go_nowhere(
    fake: FakeBotApi, running_bot: RunningBot, webapp: WebAppServer, http: aiohttp.ClientSession
) -> None:
    async with running_bot(webapp=webapp):
        assert await send(http, webapp, None) == 401
        assert await send(http, webapp, "user=1&auth_date=1") == 401
        forged = launch_data(fake.token).replace(str(PERSON), "777")
        assert await send(http, webapp, forged) == 403
        other_bot = launch_data("987654321:AAEhBP0av28fcHBjSdkxtC0ebNbWq0R8jvQ")
        assert await send(http, webapp, other_bot) == 403
        assert await send(http, webapp, launch_data(fake.token, age=2 * 24 * 3600)) == 403
        assert fake.calls_to("sendMessage") == []
        assert fake.calls_to("answerWebAppQuery") == []
        assert await send(http, webapp, launch_data(fake.token)) == 200
    card = fake.last_message(PERSON)
    assert card is not None
    assert card.text.startswith("Registered Nurses vs Electricians")
    assert len(fake.calls_to("sendMessage")) == 1


async def test_sends_are_counted_against_the_users_rate_like_messages(
    fake: FakeBotApi, running_bot: RunningBot, webapp: WebAppServer, http: aiohttp.ClientSession
) -> None:
    # a window no test run straddles (the rate's windows are fixed spans of the clock)
    async with running_bot(webapp=webapp, rate_limit=RateLimit(2, 10**7)):
        statuses = [await send(http, webapp, launch_data(fake.token)) for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert len(fake.calls_to("sendMessage")) == 2


async def test_cards_open_the_tool_as_a_mini_app_in_private_and_as_a_link_in_groups(
    fake: FakeBotApi, running_bot: RunningBot
) -> None:
    async with running_bot(webapp_url=URL):
        fake.push_message(PERSON, "nurse vs electrician")
        await fake.wait_for("sendMessage")
        mark = fake.mark()
        fake.push_message(GROUP, "nurse vs electrician", user_id=77)
        await fake.wait_for("sendMessage", since=mark)
    opened = f"{URL}?a=registered-nurses&b=electricians"
    private, group = fake.last_message(PERSON), fake.last_message(GROUP)
    assert private is not None
    assert group is not None
    assert private.reply_markup["inline_keyboard"][-1] == [  # type: ignore[index]
        {"text": "⚡ Interactive comparison", "web_app": {"url": opened}}
    ]
    assert group.reply_markup["inline_keyboard"][-1] == [  # type: ignore[index]
        {"text": "⚡ Interactive comparison", "url": opened}
    ]
    fake.assert_no_errors()


async def test_the_tool_runs_in_the_bots_process_on_its_own_port(
    fake: FakeBotApi, running_bot: RunningBot, webapp: WebAppServer, http: aiohttp.ClientSession
) -> None:
    async with running_bot(webapp=webapp):
        base = f"http://127.0.0.1:{webapp.port}"
        async with http.get(f"{base}/api/compare?a=registered-nurses&b=electricians") as response:
            assert response.status == 200
            assert (await response.json())["careers"] == ["registered-nurses", "electricians"]
        async with http.get(f"{base}/") as page:
            assert "Interactive comparison" in await page.text()
