"""Writing the catalog deterministically, and the `careerbot catalog build` entry point."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from careerbot.careers.model import CatalogFile
from careerbot.catalog_build.assemble import build_catalog
from careerbot.catalog_build.options import DESCRIPTION, add_arguments
from careerbot.catalog_build.tables import SourceDataError

COMPRESS_LEVEL = 9


def catalog_json(catalog: CatalogFile) -> bytes:
    """Compact UTF-8 JSON, keys sorted, absent figures left out (careers keep their order)."""
    data = catalog.model_dump(mode="json", exclude_none=True)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8") + b"\n"


def catalog_bytes(catalog: CatalogFile) -> bytes:
    """gzip with mtime 0, no file name and a fixed level: same catalog, same bytes."""
    return gzip.compress(catalog_json(catalog), compresslevel=COMPRESS_LEVEL, mtime=0)


def write_catalog(catalog: CatalogFile, path: Path) -> None:
    """Write atomically (temporary file in the same directory, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = catalog_bytes(catalog)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(payload)
    os.replace(tmp, path)


def coverage(catalog: CatalogFile) -> dict[str, tuple[int, int]]:
    """figure -> (careers with the figure, careers without it)."""
    total = len(catalog.careers)
    counts: dict[str, int] = {}
    for career in catalog.careers:
        for name, figure in career.figures().items():
            counts[name] = counts.get(name, 0) + (figure is not None)
    return {name: (n, total - n) for name, n in counts.items()}


def run_build(source_dir: Path, out_path: Path) -> int:
    """Build, write and print a short summary; 0 on success, 2 when sources are unusable."""
    started = time.perf_counter()
    try:
        catalog = build_catalog(source_dir)
    except SourceDataError as exc:
        print(f"catalog build failed: {exc}", file=sys.stderr)
        return 2
    write_catalog(catalog, out_path)
    elapsed = time.perf_counter() - started
    aliases = sum(len(c.aliases) for c in catalog.careers)
    print(
        f"wrote {len(catalog.careers)} careers ({aliases} aliases, {len(catalog.sources)} "
        f"sources) to {out_path} ({out_path.stat().st_size:,} bytes) in {elapsed:.1f}s"
    )
    for name, (have, lack) in coverage(catalog).items():
        print(f"  {name:<14} {have:>4} published, {lack:>4} not")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m careerbot.catalog_build", description=DESCRIPTION
    )
    add_arguments(parser)
    args = parser.parse_args(argv)
    return run_build(args.source_dir, args.out_path)
