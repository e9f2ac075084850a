"""Reading the raw public files: tab- and comma-separated tables, numbers, not-published marks."""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

Row = dict[str, str]

# Marks the sources use for "not published" / "not available": OEWS '-', '*', '**', '#'
# (top-coded), EP '—'. Any of them, or an empty cell, reads as None — never 0.
NOT_PUBLISHED = frozenset({"", "-", "—", "–", "*", "**", "#", "n/a", "NA"})


class SourceDataError(RuntimeError):
    """A raw file is missing or does not have the columns the build relies on."""


def _read(path: Path, delimiter: str, required: tuple[str, ...]) -> list[Row]:
    if not path.is_file():
        raise SourceDataError(f"missing source file: {path}")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        header = reader.fieldnames or []
        missing = [name for name in required if name not in header]
        if missing:
            raise SourceDataError(f"{path.name}: missing column(s) {missing}")
        return [{key: (value or "").strip() for key, value in row.items()} for row in reader]


def read_tsv(path: Path, *required: str) -> list[Row]:
    """An O*NET text-edition file (tab-delimited, header row)."""
    return _read(path, "\t", required)


def read_csv(path: Path, *required: str) -> list[Row]:
    return _read(path, ",", required)


def parse_decimal(text: str) -> Decimal | None:
    """A published number, or None for a not-published mark. Thousands separators allowed."""
    cleaned = text.strip().replace(",", "")
    if cleaned in NOT_PUBLISHED:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def round_half_up(value: Decimal, places: int) -> float:
    """Decimal rounding (half up), returned as float for JSON; exact and platform-independent."""
    quantum = Decimal(1).scaleb(-places)
    return float(value.quantize(quantum, rounding=ROUND_HALF_UP))


def to_int(value: Decimal | None) -> int | None:
    if value is None:
        return None
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
