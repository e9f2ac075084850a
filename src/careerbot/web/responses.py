"""Answers and refusals as HTTP responses: JSON, gzipped when the client takes it, with an
ETag per catalog version that a client's ``If-None-Match`` turns into a 304."""

from __future__ import annotations

import orjson
from aiohttp import web

from careerbot.app.tool import Answer, Refused

#: a refusal's reason as an HTTP status
STATUS = {
    "unknown_career": 404,
    "same_career": 400,
    "rate_limited": 429,
    "undeliverable": 409,
}
#: gzip pays for itself above this many bytes
GZIP_FROM = 1024
HEADERS = {
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def etag_of(answer: Answer, build: str) -> str:
    """The catalog version the answer comes from, and the build of the tool that made it."""
    return f'"{answer.version}-{build}"'


def matches(request: web.Request, etag: str) -> bool:
    asked = request.headers.get("If-None-Match", "")
    return etag in {tag.strip().removeprefix("W/") for tag in asked.split(",")}


def body_response(
    request: web.Request, plain: bytes, gzipped: bytes, content_type: str, etag: str | None
) -> web.Response:
    headers = dict(HEADERS)
    if etag is not None:
        headers["ETag"] = etag
        if matches(request, etag):
            return web.Response(status=304, headers=headers)
    headers["Vary"] = "Accept-Encoding"
    body = plain
    if len(plain) >= GZIP_FROM and "gzip" in request.headers.get("Accept-Encoding", ""):
        headers["Content-Encoding"] = "gzip"
        body = gzipped
    return web.Response(body=body, content_type=content_type, headers=headers)


def answered(request: web.Request, outcome: Answer | Refused, build: str) -> web.Response:
    if isinstance(outcome, Refused):
        headers = {"Retry-After": str(outcome.retry_in)} if outcome.retry_in else None
        return error(STATUS[outcome.reason], outcome.reason, outcome.detail, headers)
    etag = etag_of(outcome, build) if request.method in {"GET", "HEAD"} else None
    return body_response(request, outcome.json, outcome.gzipped, "application/json", etag)


def error(
    status: int, error: str, detail: str, headers: dict[str, str] | None = None
) -> web.Response:
    body = orjson.dumps({"error": error, "detail": detail})
    return web.Response(
        status=status,
        body=body,
        content_type="application/json",
        headers={**HEADERS, **(headers or {})},
    )
