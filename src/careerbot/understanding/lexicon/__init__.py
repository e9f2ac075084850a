"""Understanding's language, kept as data: the words and phrases messages are read with,
one TOML file per concern. ``load(name)`` reads ``name.toml`` once."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


@cache
def load(name: str) -> dict[str, Any]:
    return tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))
