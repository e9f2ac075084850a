"""The full bundled catalog as a Catalog, the way the benchmarks load it."""

from __future__ import annotations

from careerbot.careers.catalog import Catalog, bundled_files, read_catalog_file
from careerbot.careers.model import Career, Source


def bundled() -> Catalog:
    careers: list[Career] = []
    sources: dict[str, Source] = {}
    for path in bundled_files():
        catalog_file = read_catalog_file(path)
        careers.extend(catalog_file.careers)
        sources.update(catalog_file.sources)
    return Catalog(tuple(careers), {c.slug: i for i, c in enumerate(careers, 1)}, sources)
