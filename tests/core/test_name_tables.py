"""The name index as packed tables: the same facts as the catalog's names, in one blob that
every process reads alike.

The tables are checked against a plain reference built here from the catalog with dicts and
sets (the form the index took before it was packed), on the whole name set.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest

from careerbot.careers.catalog import Catalog
from careerbot.understanding import name_tables
from careerbot.understanding.name_tables import NameTables, key_of
from careerbot.understanding.names import tokens_of
from careerbot.understanding.resolution import Match, NameIndex


@pytest.fixture(scope="module")
def tables(bundled_index: NameIndex) -> NameTables:
    read = NameTables.from_bytes(bundled_index.to_bytes())
    assert read is not None
    return read


def _names(catalog: Catalog) -> list[tuple[str, str]]:
    return [
        (career.slug, name)
        for career in catalog.careers
        for name in (career.title, *career.aliases)
        if tokens_of(name)
    ]


def test_the_blob_is_the_same_whoever_builds_it(
    bundled_catalog: Catalog, bundled_index: NameIndex
) -> None:
    # every process that builds a version's index must build the one another would read
    assert NameIndex.of(bundled_catalog).to_bytes() == bundled_index.to_bytes()


def test_every_name_is_held_with_its_career_and_its_words(
    bundled_catalog: Catalog, tables: NameTables
) -> None:
    names = _names(bundled_catalog)
    assert len(tables.career_of) == len(names)
    for n, (slug, name) in enumerate(names):
        assert tables.display(n) == name
        assert tables.slugs[tables.career_of[n]] == slug
        assert [tables.words[w] for w in tables.tokens(n)] == tokens_of(name)
    titles = [tables.display(n) for n in tables.title_name]
    assert titles == [career.title for career in bundled_catalog.careers]


def test_postings_and_exact_keys_match_a_plain_reference(
    bundled_catalog: Catalog, tables: NameTables
) -> None:
    names = _names(bundled_catalog)
    postings: dict[str, set[int]] = defaultdict(set)
    keyed: dict[str, list[int]] = defaultdict(list)
    for n, (_, name) in enumerate(names):
        for word in tokens_of(name):
            postings[word].add(n)
        keyed[key_of(tokens_of(name))].append(n)
    assert sorted(postings) == list(tables.words)
    for w, word in enumerate(tables.words):
        posted = list(tables.posted(w))
        assert set(posted) == postings[word]
        weights = [tables.name_weight[n] for n in posted]
        assert weights == sorted(weights)  # the best-covered names first
    for key, expected in keyed.items():
        assert list(tables.names_keyed(key)) == expected
    assert tables.names_keyed("nosuchnameatall") == ()


def test_every_word_is_found_from_each_of_its_deletions(tables: NameTables) -> None:
    held = tables.deletions
    expected: dict[str, set[int]] = defaultdict(set)
    for w, word in enumerate(tables.words):
        if len(word) >= 3:
            for variant in name_tables.deletions(word, 1):
                expected[variant].add(w)
    for variant, words in expected.items():
        assert set(held.near(variant)) == words, variant
    assert held.near("zzzzqqq") == []


def test_every_career_is_found_by_its_own_title(
    bundled_catalog: Catalog, bundled_index: NameIndex
) -> None:
    for career in bundled_catalog.careers:
        found = bundled_index.resolve(career.title)
        assert isinstance(found, Match), career.title
        assert found.slug == career.slug


def test_a_typo_is_read_the_same_way_in_every_process(bundled_index: NameIndex) -> None:
    # "bank", "bake" and "banker" are equally near "banke": the alphabet settles the order,
    # not the order a set happens to hold them in
    fuzzy = bundled_index.vocabulary.fuzzy("banke")
    near = [word for word, _ in fuzzy]
    scores = [score for _, score in fuzzy]
    assert scores == sorted(scores, reverse=True)
    for (a, sa), (b, sb) in itertools.pairwise(fuzzy):
        if sa == sb and (a[0] == "b") == (b[0] == "b"):
            assert a < b
    assert {"bake", "bank"} <= set(near)


@pytest.mark.parametrize(
    "blob",
    [b"", b"not an index", b"careerbot-names {broken\n", b"careerbot-names {}\n"],
)
def test_a_blob_of_another_kind_is_not_read(blob: bytes) -> None:
    assert NameTables.from_bytes(blob) is None
    assert NameIndex.from_bytes(blob) is None


def test_a_blob_of_another_format_is_not_read(bundled_index: NameIndex) -> None:
    blob = bundled_index.to_bytes()
    older = blob.replace(f'"format": {name_tables.FORMAT}'.encode(), b'"format": 0', 1)
    assert older != blob
    assert NameTables.from_bytes(older) is None
