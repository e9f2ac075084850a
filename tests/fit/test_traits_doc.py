"""docs/catalog-build.md states every row of the mapping table (``careers/traits.toml``):
the table there is this one, so the two cannot drift apart. On a failure, the expected
table is printed to paste in."""

from __future__ import annotations

from pathlib import Path

from careerbot.careers import traits as table_of_traits
from careerbot.careers.traits import Trait, traits

DOCS = Path(__file__).resolve().parents[2] / "docs" / "catalog-build.md"


def _test(test: table_of_traits.Test) -> str:
    if test.low is not None:
        return f"`{test.descriptor}` ≥ {test.low:g}"
    if test.high is not None:
        return f"`{test.descriptor}` ≤ {test.high:g}"
    return f"`{test.descriptor}`"


def _row(trait: Trait) -> str:
    words = ", ".join(w.lstrip("?").replace("|", "\\|") for w in trait.words[:4])
    has = "; ".join(_test(t) for t in trait.tests)
    required = "; ".join(_test(t) for t in trait.require) or "—"
    if trait.kind == "dislike":
        avoided = has
    elif trait.opposite:
        avoided = f"(a liking of {trait.opposite})"
    else:
        avoided = " or ".join(_test(t) for t in trait.avoided_by)
    kind = trait.kind + (f", opposite {trait.opposite}" if trait.opposite else "")
    return f"| {trait.name} | {kind} | {words} | {has} | {required} | {avoided} |"


def table() -> str:
    head = (
        "| trait | kind | said as (examples) | has it when (any of) | and also | "
        "when disliked, left out where |\n| --- | --- | --- | --- | --- | --- |"
    )
    return "\n".join([head, *(_row(t) for t in traits())])


def test_the_docs_state_every_row_of_the_mapping_table() -> None:
    expected = table()
    assert expected in DOCS.read_text(encoding="utf-8"), "\n" + expected
