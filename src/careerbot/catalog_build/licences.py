"""Licences and mandatory certificates: careerbot's own table (``licences.csv``, one row per
credential, each naming the regulator, examining body or BLS page it stands on), and the
evidence of a licence that O*NET and BLS publish for occupations the table does not list.

A row's ``required`` is "yes" when the work cannot be done without it, "some" when only part
of the work (public accounting) or some states need it: only the first raises the entry
barrier. A row may also set the education it needs (a nurse anesthetist's doctorate), the
experience it needs in months, its own programme length, and whether its degree must be in
the field (docs/catalog-build.md, "Licences").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from careerbot.careers.credentials import EDUCATION_ORDER
from careerbot.careers.model import Level

TABLE = Path(__file__).with_name("licences.csv")
#: BLS EP's education categories, lowest first
EDUCATION_LEVELS = EDUCATION_ORDER


@dataclass(frozen=True)
class Licence:
    pattern: re.Pattern[str]
    #: short: "RN licence", "CDL"
    name: str
    credential: str
    required: bool
    education: str | None
    months: tuple[int, int] | None
    experience_months: int | None
    barrier: Level
    field_degree: bool
    source: str
    url: str

    @property
    def text(self) -> str:
        """The credential as a card says it, with what it stands on: "RN licence: an
        approved nursing programme, then the NCLEX-RN (NCSBN: …)"."""
        return f"{self.name}: {self.credential} ({self.source})"


def _level(text: str) -> Level:
    if text not in ("Low", "Medium", "High"):
        raise ValueError(f"licences.csv: barrier {text!r} is not Low, Medium or High")
    return text  # type: ignore[return-value]  # checked above


def _licence(row: dict[str, str]) -> Licence:
    low, high = row["months_low"], row["months_high"]
    return Licence(
        pattern=re.compile(row["soc"]),
        name=row["name"],
        credential=row["credential"],
        required=row["required"] == "yes",
        education=row["education"] or None,
        months=(int(low), int(high or low)) if low else None,
        experience_months=int(row["experience_months"]) if row["experience_months"] else None,
        barrier=_level(row["barrier"]),
        field_degree=row["field_degree"] == "yes",
        source=row["source"],
        url=row["url"],
    )


@cache
def load_licences(path: Path = TABLE) -> tuple[Licence, ...]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if not row["source"] or not row["url"]:
            raise ValueError(f"licences.csv: row {row['soc']} names no source")
    return tuple(_licence(row) for row in rows)


def licences_for(code: str, table: tuple[Licence, ...] | None = None) -> tuple[Licence, ...]:
    """The table's rows for an O*NET-SOC code, in table order."""
    return tuple(r for r in (table or load_licences()) if r.pattern.match(code))


def builds_on(
    code: str, education: str, rows: tuple[Licence, ...], education_of: Mapping[str, str]
) -> tuple[str, ...]:
    """The required rows that other occupations with a lower entry education need too:
    licences earned first for other work (an RN licence for a nurse anesthetist)."""
    order = list(EDUCATION_LEVELS)
    found = []
    for row in rows:
        lower = [
            other
            for other, level in education_of.items()
            if other != code
            and row.pattern.match(other)
            and order.index(level) < order.index(education)
        ]
        if row.required and lower:
            found.append(row.text)
    return tuple(found)


# Evidence of a licence where the table has no row: the rule reads what the files publish.
#: "Licensed <occupation>" as a title the occupation goes by, or a CDL driver title
LICENSED_TITLE = re.compile(r"^(?:[A-Z][a-z]+ )?Licensed\b|\bCDL\b.*\b(?:Driver|Operator)\b")
LICENCE_TASK = re.compile(
    r"\b(?:maintain|renew|hold|obtain|keep)\b[^.;,]{0,40}\b(?:license|licence|licensure)\b", re.I
)
LICENCE_DESCRIPTION = re.compile(
    r"\b(?:must be licensed|licensing or registration required|licensure required|"
    r"licensed (?:to|by the state))\b",
    re.I,
)
#: "under the supervision of licensed…", "issues permits and licenses": someone else's
OTHERS_LICENCE = re.compile(
    r"(?:supervision|direction) of [^.]{0,40}licensed|permits? (?:or|and) licenses", re.I
)
#: O*NET "Job-Related Professional Certification" importance at "very important" or above
CERTIFICATION_IMPORTANT = 4.0


def licence_evidence(
    *,
    training: str,
    certification: float | None,
    titles: list[str],
    tasks: list[str],
    description: str,
) -> list[str]:
    """What the files say of a licence; empty when they say nothing."""
    found = []
    if training == "Internship/residency":
        found.append("BLS: internship/residency, which licensure usually requires")
    if certification is not None and certification >= CERTIFICATION_IMPORTANT:
        found.append(f"O*NET: professional certification importance {certification:.2f}")
    if licensed := next((t for t in titles if LICENSED_TITLE.search(t)), None):
        found.append(f"O*NET title: {licensed}")
    if any(LICENCE_TASK.search(t) and not OTHERS_LICENCE.search(t) for t in tasks):
        found.append("O*NET task: keeps a licence")
    if LICENCE_DESCRIPTION.search(description) and not OTHERS_LICENCE.search(description):
        found.append("O*NET description: licensing required")
    return found
