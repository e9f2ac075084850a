"""How well each catalog name fits the words of a query, summed from an inverted index.

A name's score is three quarters "how much of the query it has" and one quarter "how much
of the name the query covers", each counted in word weights (inverse document frequency
over careers). Scores are accumulated by walking the postings of the query's rarer words;
a common word ("technician" is in 2,600 names) is only looked up in the names the rarer
ones found, so the work per query stays bounded at any catalog size.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from careerbot.understanding.name_tables import NameTables

Slots = list[list[tuple[str, float]]]
# The rarest word of a query brings at most this many names, shortest (best-covered) first.
FIRST_CANDIDATES = 300
# Later words add names of their own only while the pool stays this small.
ENOUGH_CANDIDATES = 400
QUERY_SHARE = 0.75


class Scorer:
    """Scores over the index's tables (``name_tables``); words are looked up by their ids."""

    def __init__(self, tables: NameTables, ids: Mapping[str, int]) -> None:
        self._tables = tables
        self._ids = ids
        self._career_of = tables.career_of
        self._name_weight = tables.name_weight
        self._unknown_weight = math.log(max(len(tables.slugs), 1) + 1)
        self.size = len(tables.career_of)

    def _weight(self, token: str) -> float:
        return self._tables.weight[self._ids[token]]

    def _has(self, name_id: int, token: str) -> bool:
        return self._ids[token] in self._tables.tokens(name_id)

    def _postings(self, token: str) -> Sequence[int]:
        word = self._ids.get(token)
        return self._tables.posted(word) if word is not None else ()

    def words(self) -> Iterable[str]:
        return self._tables.words

    def careers_with(self, token: str) -> int:
        """How many careers have the word in a name."""
        word = self._ids.get(token)
        return self._tables.careers_with[word] if word is not None else 0

    def display(self, name_id: int) -> str:
        return self._tables.display(name_id)

    def best_per_career(self, slots: Slots) -> dict[int, tuple[float, int]]:
        """Each career found, with the score of its best name and that name."""
        slots = _distinct(slots)
        total = self._query_weight(slots)
        best: dict[int, tuple[float, int]] = {}
        if total <= 0:
            return best
        name_weight, career_of = self._name_weight, self._career_of
        rest = 1 - QUERY_SHARE
        for name_id, (gain, covered) in self._accumulate(slots).items():
            score = QUERY_SHARE * gain / total + rest * covered / name_weight[name_id]
            sid = career_of[name_id]
            held = best.get(sid)
            if held is None or score > held[0]:
                best[sid] = (score, name_id)
        return best

    def has_all(self, career: int, slots: Slots) -> bool:
        """Whether one of the career's names has a word for every word of the query: only
        names holding a reading of its rarest word are looked at."""
        wanted = [{self._ids[t] for t, _ in options} for options in slots]
        if not wanted or not all(wanted):
            return False
        posted = self._tables.posted
        rarest = min(wanted, key=lambda words: sum(len(posted(w)) for w in words))
        names = (n for w in rarest for n in posted(w))
        return any(
            self._career_of[n] == career
            and all(not words.isdisjoint(self._tables.tokens(n)) for words in wanted)
            for n in names
        )

    def title_fit(self, name_id: int, slots: Slots) -> tuple[float, bool]:
        """The score of one name, and whether it has a word for every word of the query."""
        slots = _distinct(slots)
        total = self._query_weight(slots)
        tokens = set(self._tables.tokens(name_id))
        gain = covered = 0.0
        missed = False
        for options in slots:
            hits = [
                (self._weight(t) * sim, self._weight(t))
                for t, sim in options
                if self._ids[t] in tokens
            ]
            missed = missed or not hits
            if hits:
                g, w = max(hits)
                gain, covered = gain + g, covered + w
        if total <= 0:
            return 0.0, False
        share = covered / self._name_weight[name_id]
        return QUERY_SHARE * gain / total + (1 - QUERY_SHARE) * share, not missed

    def _query_weight(self, slots: Slots) -> float:
        # A word weighs what its likeliest reading weighs: a rare far reading of a typo
        # ("selectric" for "electrican") must not make the near one look like a poor fit.
        return sum(self._weight(o[0][0]) if o else self._unknown_weight for o in slots)

    def _accumulate(self, slots: Slots) -> dict[int, tuple[float, float]]:
        """Per name: the weight of the query words it has (times their similarity) and of
        its own words the query covers."""
        found: dict[int, tuple[float, float]] = {}
        rarest_first = sorted(
            (o for o in slots if o), key=lambda o: -max(self._weight(t) for t, _ in o)
        )
        for options in rarest_first:
            slot: dict[int, tuple[float, float]] = {}
            budget = FIRST_CANDIDATES
            for token, similarity in options:
                weight = self._weight(token)
                gain = weight * similarity
                hits = self._names_with(token, found, budget)
                budget -= len(hits)
                for name_id in hits:
                    held = slot.get(name_id)
                    if held is None or gain > held[0]:
                        slot[name_id] = (gain, weight)
            for name_id, (gain, weight) in slot.items():
                before = found.get(name_id)
                found[name_id] = (
                    (before[0] + gain, before[1] + weight) if before else (gain, weight)
                )
        return found

    def _names_with(
        self, token: str, found: dict[int, tuple[float, float]], budget: int
    ) -> Sequence[int]:
        postings = self._postings(token)
        if not found:
            return postings[: max(budget, 0)]
        if len(found) + len(postings) <= ENOUGH_CANDIDATES:
            return postings
        # A common word only counts in the names rarer words found.
        if len(postings) <= len(found):
            return [n for n in postings if n in found]
        return [n for n in found if self._has(n, token)]


def _distinct(slots: Slots) -> Slots:
    # A word typed twice ("AI on-device AI") is one word asked for.
    seen: set[tuple[tuple[str, float], ...]] = set()
    out: Slots = []
    for options in slots:
        key = tuple(options)
        if key not in seen or not options:
            seen.add(key)
            out.append(options)
    return out
