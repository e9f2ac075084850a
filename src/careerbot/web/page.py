"""The tool's page: one HTML file, its script and its styles, shipped in the package, read
and gzipped once. Nothing on it comes from another host, and its Content-Security-Policy
lets nothing do so."""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from careerbot.web.responses import body_response

STATIC = Path(__file__).resolve().parent / "static"
ASSETS = {
    "/": ("index.html", "text/html"),
    "/app.js": ("app.js", "text/javascript"),
    "/app.css": ("app.css", "text/css"),
}
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True, slots=True)
class Asset:
    content_type: str
    plain: bytes
    gzipped: bytes
    etag: str


@dataclass(frozen=True, slots=True)
class Page:
    assets: dict[str, Asset]
    #: changes whenever any of the page's files does: part of every API answer's ETag
    build: str

    @classmethod
    def load(cls, folder: Path = STATIC) -> Page:
        assets = {}
        for path, (name, content_type) in ASSETS.items():
            plain = (folder / name).read_bytes()
            digest = hashlib.sha256(plain).hexdigest()[:16]
            gzipped = gzip.compress(plain, compresslevel=9, mtime=0)
            assets[path] = Asset(content_type, plain, gzipped, f'"{digest}"')
        build = hashlib.sha256("".join(a.etag for a in assets.values()).encode()).hexdigest()
        return cls(assets, build[:10])

    def response(self, request: web.Request) -> web.Response:
        asset = self.assets[request.path]
        response = body_response(
            request, asset.plain, asset.gzipped, asset.content_type, asset.etag
        )
        if request.path == "/":
            response.headers["Content-Security-Policy"] = POLICY
        return response

    def transfer_size(self) -> int:
        """What a first visit downloads, gzipped, in bytes."""
        return sum(len(a.gzipped) for a in self.assets.values())
