"""The build's command-line options, written once: ``careerbot catalog build`` and
``python -m careerbot.catalog_build`` both take them from here. Light to import, since the
``careerbot`` command builds its parser on every run."""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_OUT = Path("data/occupations.json.gz")
DESCRIPTION = "Build the occupation catalog from the public data sets."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from", dest="source_dir", type=Path, required=True, help="the public data sets"
    )
    parser.add_argument(
        "--out", dest="out_path", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}"
    )
