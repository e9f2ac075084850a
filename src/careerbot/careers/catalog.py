"""The catalog in memory: careers by slug and by id, and their sources."""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from careerbot.careers.demand import openings_share
from careerbot.careers.model import Career, CatalogFile, Source

BUNDLED_FILES = ("careers.json", "occupations.json.gz")


class CatalogError(ValueError):
    """A catalog file that cannot be loaded; the message names the record and the field."""


@dataclass(frozen=True)
class Catalog:
    careers: tuple[Career, ...]
    ids: Mapping[str, int]
    sources: Mapping[str, Source]
    version: int = 0
    by_slug: dict[str, Career] = field(init=False)
    by_id: dict[int, Career] = field(init=False)
    #: each career's own part of its BLS line's openings: who "most people" are
    openings_share: dict[str, float] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_slug", {c.slug: c for c in self.careers})
        object.__setattr__(self, "by_id", {self.ids[c.slug]: c for c in self.careers})
        object.__setattr__(self, "openings_share", openings_share(self.careers))

    def id_of(self, career: Career) -> int:
        return self.ids[career.slug]

    def without_names(self) -> Catalog:
        """The same catalog with no career's other names (aliases): half its memory, read
        only to build the name index."""
        careers = tuple(c.model_copy(update={"aliases": ()}) for c in self.careers)
        return Catalog(careers, self.ids, self.sources, self.version)

    def openings_of(self, career: Career) -> float:
        """The career's own part of its BLS line's openings; 0 where none is published."""
        return self.openings_share.get(career.slug, 0.0)

    def related(self, career: Career) -> list[Career]:
        return [self.by_slug[s] for s in career.related if s in self.by_slug and s != career.slug]


def data_dir() -> Path:
    """The bundled data/: inside an installed wheel, or at the top of a checkout."""
    package = Path(__file__).resolve().parents[1]  # src/careerbot, or careerbot in a wheel
    packaged = package / "data"
    return packaged if packaged.is_dir() else package.parents[1] / "data"


def bundled_files() -> list[Path]:
    return [p for name in BUNDLED_FILES if (p := data_dir() / name).is_file()]


def read_catalog_file(path: Path) -> CatalogFile:
    try:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        document = json.loads(raw.decode("utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"{path}: no such file") from exc
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    # ValueError and UnicodeError: also a name no file can have (a NUL, a lone surrogate)
    except (OSError, ValueError, EOFError) as exc:
        raise CatalogError(f"{path}: cannot be read ({exc})") from exc
    return parse_catalog(document, str(path))


def parse_catalog(document: Any, origin: str = "catalog") -> CatalogFile:
    try:
        return CatalogFile.model_validate(document)
    except ValidationError as exc:
        raise CatalogError(f"{origin}: {_describe(exc, document)}") from exc


def _describe(exc: ValidationError, document: Any) -> str:
    problems = []
    for error in exc.errors()[:5]:
        loc = list(error["loc"])
        where = "file"
        if len(loc) >= 2 and loc[0] == "careers" and isinstance(loc[1], int):
            where = _record_name(document, loc[1])
            loc = loc[2:]
        message = str(error["msg"]).removeprefix("Value error, ")
        if not loc:
            problems.append(message)
            continue
        problems.append(f"{where}, field {'.'.join(str(part) for part in loc)}: {message}")
    more = len(exc.errors()) - len(problems)
    return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")


def _record_name(document: Any, position: int) -> str:
    try:
        slug = document["careers"][position].get("slug")
    except (TypeError, KeyError, IndexError, AttributeError):
        slug = None
    return f"record #{position + 1}" + (f" ({slug!r})" if isinstance(slug, str) else "")
