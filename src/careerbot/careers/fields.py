"""Fields of work a question can be about: "which AI job pays the most", "healthcare jobs
without a degree", "I like working with my hands".

This table names each field and how a reply names it; the words people use for each are
understanding's (``understanding/lexicon/fields.toml``). Which careers belong to a field is
decided when the catalog is built, from what O*NET and BLS publish (SOC groups, interests,
skills, typical education; the rules are in docs/catalog-build.md) and stored on each
career as ``Career.fields``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerbot._utils.text import singular


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    #: how a reply names it ("healthcare", "jobs without a degree")
    label: str


FIELDS: tuple[Field, ...] = (
    Field("ai", "AI"),
    Field("tech", "tech"),
    Field("healthcare", "healthcare"),
    Field("engineering", "engineering"),
    Field("trades", "the trades"),
    Field("creative", "creative work"),
    Field("education", "education"),
    Field("business", "business"),
    Field("legal", "law"),
    Field("outdoors", "outdoor work"),
    Field("hands_on", "hands-on work"),
    Field("helping", "helping people"),
    Field("animals", "working with animals"),
    Field("agriculture", "agriculture"),
    Field("science", "science"),
    Field("finance", "finance"),
    Field("sales", "sales"),
    Field("transport", "transport"),
    Field("hospitality", "hospitality"),
    Field("public_safety", "public safety"),
    Field("psychology", "psychology"),
    Field("social_services", "social services"),
    Field("low_math", "little math"),
    Field("no_degree", "jobs without a degree"),
    Field("no_licence", "jobs without a licence"),
    Field("office", "office work"),
)
BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
#: kinds of work rather than industries ("without a degree", "with my hands"): one adds to a
#: field asked before, where another industry replaces the one before
TRAITS = frozenset(
    {"hands_on", "helping", "low_math", "no_degree", "no_licence", "outdoors", "office"}
)
NAMES: tuple[str, ...] = tuple(BY_NAME)

#: a field turned away from, in a scope ("anything but healthcare"): "-healthcare"
OUTSIDE = "-"


#: a scope entry for a kind of job by its titles' word ("kind:technician"), not a field
KIND = "kind:"


def outside(name: str) -> str:
    return OUTSIDE + name


def within(career_fields: frozenset[str] | set[str] | tuple[str, ...], entry: str) -> bool:
    """Whether a career with these fields is in the scope entry: in the field, or outside
    the field turned away from."""
    if entry.startswith(OUTSIDE):
        return entry[len(OUTSIDE) :] not in career_fields
    return entry in career_fields


def of_kind(career_title: str, entry: str) -> bool:
    """Whether a career's title has the kind's word ("Surgical Technologists" is no kind of
    technician; "Veterinary Technologists and Technicians" is)."""
    kind = entry.removeprefix(KIND)
    return any(singular(w) == kind for w in re.findall(r"[a-z]+", career_title.lower()))


def scope_label(entry: str) -> str | None:
    """How a reply names a scope entry ("healthcare", "outside healthcare", "kinds of
    technician")."""
    if entry.startswith(KIND):
        return f"kinds of {entry.removeprefix(KIND)}"
    field = BY_NAME.get(entry.removeprefix(OUTSIDE))
    if field is None:
        return None
    return f"outside {field.label}" if entry.startswith(OUTSIDE) else field.label
