"""The tool's API. Each handler reads the request, makes one call into the tool, and answers
with its JSON (``responses``); bad input is refused while reading (``reading``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from aiohttp import web

from careerbot.app.tool import Delivery, Tool
from careerbot.web import init_data
from careerbot.web.reading import RANK_KEYS, Query, exploration, slug
from careerbot.web.responses import answered, error

TOOL: Final = web.AppKey("tool", Tool)
BUILD: Final = web.AppKey("build", str)


@dataclass(frozen=True)
class Signing:
    """What "send to chat" needs: the bot's token to check launch data, how old it may be,
    and the running bot to post through."""

    bot_token: str
    max_age: int
    delivery: Delivery
    clock: Callable[[], float] = time.time


SIGNING: Final = web.AppKey("signing", Signing)
NOTHING: frozenset[str] = frozenset()
PAIR_KEYS = frozenset({"a", "b", "c", "d"})


def _query(request: web.Request, known: frozenset[str]) -> Query:
    return Query.parse(request.rel_url.raw_query_string, known)


async def on_meta(request: web.Request) -> web.Response:
    _query(request, NOTHING)
    answer = await request.app[TOOL].meta()
    return answered(request, answer, request.app[BUILD])


async def on_careers(request: web.Request) -> web.Response:
    typed = _query(request, frozenset({"q"})).text("q")
    answer = await request.app[TOOL].suggest(typed)
    return answered(request, answer, request.app[BUILD])


async def on_career(request: web.Request) -> web.Response:
    _query(request, NOTHING)
    asked = slug(request.match_info["slug"])
    outcome = await request.app[TOOL].career(asked)
    return answered(request, outcome, request.app[BUILD])


async def on_compare(request: web.Request) -> web.Response:
    slugs = _query(request, PAIR_KEYS).slugs(least=2)
    outcome = await request.app[TOOL].compare(slugs)
    return answered(request, outcome, request.app[BUILD])


async def on_roadmap(request: web.Request) -> web.Response:
    query = _query(request, frozenset({"from", "to"}))
    target, source = query.slug("to"), query.slug("from")
    if target is None:
        return error(400, "missing_parameter", "'to' is required")
    outcome = await request.app[TOOL].roadmap(target, source)
    return answered(request, outcome, request.app[BUILD])


async def on_rank(request: web.Request) -> web.Response:
    asked = exploration(_query(request, RANK_KEYS))
    answer = await request.app[TOOL].explore(asked)
    return answered(request, answer, request.app[BUILD])


async def on_send(request: web.Request) -> web.Response:
    """Post the comparison on screen into the chat the app was opened from: only with the
    launch data Telegram signed for this bot, recent enough."""
    signing = request.app.get(SIGNING)
    if signing is None:
        return error(404, "not_available", "sending to a chat needs the bot: careerbot run")
    scheme, _, data = request.headers.get("Authorization", "").partition(" ")
    launch = init_data.check(
        data if scheme.lower() == "tma" else None,
        signing.bot_token,
        signing.clock(),
        signing.max_age,
    )
    if isinstance(launch, init_data.Rejected):
        status = 401 if launch.reason in {"missing", "malformed"} else 403
        challenge = {"WWW-Authenticate": "tma"} if status == 401 else None
        return error(status, f"{launch.reason}_launch_data", UNSIGNED[launch.reason], challenge)
    slugs = _query(request, PAIR_KEYS).slugs(least=2)
    tool, user = request.app[TOOL], launch.user_id
    outcome = await tool.share(user, launch.query_id, slugs[:2], signing.delivery)
    return answered(request, outcome, request.app[BUILD])


UNSIGNED = {
    "missing": "send Authorization: tma <initData> from the Telegram Mini App",
    "malformed": "the launch data cannot be read",
    "forged": "the launch data is not signed for this bot",
    "stale": "the launch data is too old: open the app again",
}
