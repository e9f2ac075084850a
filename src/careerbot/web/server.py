"""The tool's web server: the page, its API, and the one middleware that turns every failure
into a JSON error. ``careerbot web`` serves it on 127.0.0.1; ``careerbot run --webapp-port``
beside the bot, which posts "send to chat" through it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Final

import uvloop
from aiohttp import web
from aiohttp.typedefs import Handler

from careerbot.app import bootstrap
from careerbot.app.service import CareerService
from careerbot.app.settings import Settings
from careerbot.app.tool import Delivery, Tool
from careerbot.web import api
from careerbot.web.page import Page
from careerbot.web.reading import BadInputError
from careerbot.web.responses import error

log = logging.getLogger(__name__)
PAGE: Final = web.AppKey("page", Page)
#: a request body, headers included, is never more than this (a POST carries none)
MOST_BODY = 16 * 1024
#: the longest request line and header accepted: long enough that a 20 KB parameter is
#: refused by the API with a JSON error rather than by the HTTP parser
MOST_LINE = 64 * 1024
RUNNER_OPTIONS: Final = {
    "access_log": None,
    "max_line_size": MOST_LINE,
    "max_field_size": MOST_LINE,
}


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except BadInputError as exc:
        return error(400, exc.error, exc.detail)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return error(exc.status, exc.reason.lower().replace(" ", "_"), exc.reason)
    except asyncio.CancelledError:
        raise
    except Exception:
        # the last resort: never a traceback to the client, always one in the log
        log.exception("%s %s failed", request.method, request.path)
        return error(503, "unavailable", "the tool could not answer; try again in a moment")


async def on_asset(request: web.Request) -> web.Response:
    return request.app[PAGE].response(request)


def make_app(service: CareerService, signing: api.Signing | None = None) -> web.Application:
    app = web.Application(
        middlewares=[json_errors],
        client_max_size=MOST_BODY,
        handler_args={"max_line_size": MOST_LINE, "max_field_size": MOST_LINE},
    )
    page = Page.load()
    app[PAGE], app[api.BUILD], app[api.TOOL] = page, page.build, Tool(service)
    if signing is not None:
        app[api.SIGNING] = signing
    app.router.add_get("/", on_asset)
    app.router.add_get("/{asset:app\\.(?:js|css)}", on_asset)
    app.router.add_get("/api/meta", api.on_meta)
    app.router.add_get("/api/careers", api.on_careers)
    app.router.add_get("/api/career/{slug}", api.on_career)
    app.router.add_get("/api/compare", api.on_compare)
    app.router.add_get("/api/roadmap", api.on_roadmap)
    app.router.add_get("/api/rank", api.on_rank)
    app.router.add_post("/api/send", api.on_send)
    return app


class WebAppServer:
    """The tool beside the bot, in its process: started once the bot's service is, stopped
    before it."""

    def __init__(self, host: str, port: int, settings: Settings | None = None) -> None:
        """``settings``: the bot's, whose token signs the launch data "send to chat" needs."""
        self.host, self.port = host, port
        self.settings = settings
        self._runner: web.AppRunner | None = None

    async def start(self, service: CareerService, delivery: Delivery | None = None) -> None:
        settings, signing = self.settings, None
        if settings is not None and settings.telegram_token and delivery is not None:
            signing = api.Signing(settings.telegram_token, settings.webapp_max_age, delivery)
        await service.dialogue()  # the catalog and its name index, before the first keystroke
        self._runner = web.AppRunner(make_app(service, signing), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        if self.port == 0:  # a free port was asked for: say which one was given
            self.port = int(self._runner.addresses[0][1])
        log.info("the interactive tool is on http://%s:%s/", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


async def serve(
    settings: Settings, host: str, port: int, ready: asyncio.Event | None = None
) -> None:
    """Serve the tool until cancelled, with no bot: nothing to sign, nothing to send."""
    async with bootstrap.running(settings) as service:
        server = WebAppServer(host, port)
        await server.start(service)
        print(f"careerbot: the interactive tool is on http://{host}:{server.port}/", flush=True)
        try:
            await asyncio.Event().wait()
        finally:
            await server.stop()


def run_local(settings: Settings, port: int) -> int:
    """``careerbot web``: the tool on this machine only, until Ctrl-C."""
    with contextlib.suppress(KeyboardInterrupt):
        uvloop.run(serve(settings, "127.0.0.1", port))
    return 0
