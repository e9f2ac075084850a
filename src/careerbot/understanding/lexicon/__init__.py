"""Understanding's language, kept as data: the words and phrases messages are read with,
one TOML file per concern. ``load(name)`` reads ``name.toml`` once; ``patterns(name)``
compiles its entries.

An entry is either ``any = [...]``, alternatives matched as whole words, or ``pattern =
'...'``, one regular expression as written; both are read over folded text (lower case, no
accents)."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, cast

from careerbot._utils.text import singular

HERE = Path(__file__).parent


@cache
def load(name: str) -> dict[str, Any]:
    return tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))


def any_word(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


def compiled(entry: dict[str, object]) -> re.Pattern[str]:
    """An ``any`` entry as whole-word alternatives; a ``pattern`` entry as written."""
    if "any" in entry:
        return any_word(*cast(list[str], entry["any"]))
    return re.compile(cast(str, entry["pattern"]))


@cache
def patterns(name: str) -> dict[str, re.Pattern[str]]:
    """Every entry of ``name.toml`` that is a table of its own, compiled."""
    return {key: compiled(entry) for key, entry in load(name).items() if isinstance(entry, dict)}


def shape(name: str) -> re.Pattern[str]:
    """A phrase pattern of ``shapes.toml``: the shape of a kind of question."""
    return patterns("shapes")[name]


@cache
def word_list(name: str) -> frozenset[str]:
    """A word list of ``words.toml``, each word as typed and in the one form a message's
    words are keyed by ("easy" and "easi"), so a check holds either way."""
    return word_forms(load("words")[name].split())


@cache
def plain_words() -> frozenset[str]:
    """The plain words of O*NET's own prose (``plain_words.txt``, made by
    ``careerbot.catalog_build.plain_words``): typed, each is itself, no misspelt name."""
    return frozenset((HERE / "plain_words.txt").read_text(encoding="utf-8").split())


def word_forms(typed: list[str]) -> frozenset[str]:
    """Words as typed and in their keyed (singular) form."""
    return frozenset(typed) | frozenset(singular(w) for w in typed)
