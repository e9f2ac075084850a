"""Scripted failures for reliability tests, answered the way Telegram's front end does."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from .telegram_errors import BotApiError

# Telegram's 502s come from its nginx front, as HTML, not from the Bot API as JSON.
_NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)
_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    500: "Internal Server Error",
}


@dataclass
class Fault:
    method: str  # lower-cased method name, or "*" for any
    status: int | None
    retry_after: int | None
    delay: float
    description: str | None
    execute_before_delay: bool
    remaining: int

    def matches(self, method: str) -> bool:
        return self.remaining > 0 and self.method in ("*", method.lower())

    def error(self) -> BotApiError | None:
        """The injected JSON error, or None when the fault only delays or is a 502."""
        if self.status is None or self.status == 502:
            return None
        if self.status == 429:
            retry_after = self.retry_after if self.retry_after is not None else 1
            return BotApiError(
                429,
                self.description or f"Too Many Requests: retry after {retry_after}",
                {"retry_after": retry_after},
            )
        description = self.description or _DEFAULT_DESCRIPTIONS.get(self.status, "Error")
        return BotApiError(self.status, description)

    def bad_gateway(self) -> web.Response | None:
        if self.status != 502:
            return None
        return web.Response(status=502, text=_NGINX_502, content_type="text/html")


class FaultPlan:
    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        self._faults.append(fault)

    def take(self, method: str) -> Fault | None:
        """Consume one use of the oldest fault scripted for this method."""
        for fault in self._faults:
            if fault.matches(method):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        self._faults.clear()
