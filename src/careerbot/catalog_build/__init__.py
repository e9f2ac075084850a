"""Build the occupation catalog (``data/occupations.json.gz``) from public data sets:
O*NET 29.3, BLS OEWS May 2025, BLS Employment Projections 2024-34, Eloundou et al. LLM
exposure and Dingel & Neiman teleworkability. Rules: docs/catalog-build.md."""

from __future__ import annotations

from careerbot.catalog_build.assemble import build_catalog
from careerbot.catalog_build.output import (
    catalog_bytes,
    catalog_json,
    coverage,
    main,
    run_build,
    write_catalog,
)
from careerbot.catalog_build.tables import SourceDataError

__all__ = [
    "SourceDataError",
    "build_catalog",
    "catalog_bytes",
    "catalog_json",
    "coverage",
    "main",
    "run_build",
    "write_catalog",
]
