"""What operators watch, in Prometheus's text format on ``/metrics``: updates handled by
kind, the time to reply, Bot API retries and errors, the database being unavailable,
rate-limit refusals and the catalog version in use. One registry per application, so two
bots in one process (the tests) keep their own counts."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import MetricsHandler

#: reply latency buckets, seconds: a reply is expected well under a second
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "careerbot_updates", "Updates handled, by kind", ["kind"], registry=self.registry
        )
        self.latency = Histogram(
            "careerbot_reply_seconds",
            "Time from an update's arrival to its reply, by kind",
            ["kind"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.api_retries = Counter(
            "careerbot_bot_api_retries",
            "Bot API calls tried again",
            ["method"],
            registry=self.registry,
        )
        self.api_errors = Counter(
            "careerbot_bot_api_errors",
            "Bot API calls that failed for good",
            ["method"],
            registry=self.registry,
        )
        self.database_unavailable = Counter(
            "careerbot_database_unavailable",
            "Updates that could not reach the database",
            registry=self.registry,
        )
        self.refused = Counter(
            "careerbot_rate_limit_refusals",
            "Updates refused for being over a user's rate",
            registry=self.registry,
        )
        self.catalog_version = Gauge(
            "careerbot_catalog_version", "The catalog version in use", registry=self.registry
        )

    def serve(self, host: str, port: int) -> ThreadingHTTPServer:
        """``/metrics`` on its own small HTTP server, in a daemon thread."""
        registry = self.registry

        class Handler(MetricsHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                if self.path.split("?")[0] != "/metrics":
                    self.send_error(404)
                    return
                self.registry = registry
                super().do_GET()

            def log_message(self, format: str, *args: Any) -> None:
                pass  # a scrape every few seconds is no news

        server = ThreadingHTTPServer((host, port), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True, name="metrics")
        thread.start()
        return server
