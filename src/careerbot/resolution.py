"""Name resolution: what a person typed → one career, a short list to choose from, or nothing.

The index weighs words by how few careers use them (inverse document frequency), so the
words most titles share ("AI", "engineer", "systems") cannot decide a match and the
distinctive ones ("multimodal", "multi-agent") do. Candidates come from an inverted index
of words; typos are matched against the vocabulary, not against every name, which keeps a
lookup well under a millisecond at ~60,000 names (see bench/resolution.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from careerbot.text import words
from careerbot.vocabulary import Vocabulary

CONFIDENT = 0.6
CLOSE = 0.1
MAX_CANDIDATE_NAMES = 4000
ENOUGH_CANDIDATES = 400
FILLER = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "in",
        "for",
        "to",
        "as",
        "job",
        "jobs",
        "role",
        "career",
        "careers",
        "position",
        "work",
        "working",
    }
)


@dataclass(frozen=True, slots=True)
class Candidate:
    slug: str
    score: float
    name: str


@dataclass(frozen=True, slots=True)
class Match:
    slug: str
    score: float
    name: str


@dataclass(frozen=True, slots=True)
class Ambiguous:
    query: str
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class NotFound:
    query: str
    suggestions: tuple[Candidate, ...]


Resolution = Match | Ambiguous | NotFound


def _singular(token: str) -> str:
    return (
        token[:-1] if len(token) > 3 and token.endswith("s") and not token.endswith("ss") else token
    )


def _key(tokens: Iterable[str]) -> str:
    # Spaces and hyphens are dropped so "multi-agent", "multi agent" and "multiagent" meet,
    # and plurals are folded so "registered nurse" meets the title "Registered Nurses".
    return "".join(_singular(t) for t in tokens)


class NameIndex:
    """Titles and aliases of every career, indexed for fuzzy lookup."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._slugs: list[str] = []
        slug_ids: dict[str, int] = {}
        self._names: list[tuple[int, tuple[str, ...], str]] = []
        self._exact: dict[str, dict[int, str]] = defaultdict(dict)
        self._titles: set[tuple[str, int]] = set()
        postings: dict[str, list[int]] = defaultdict(list)
        careers_with: dict[str, set[int]] = defaultdict(set)
        for slug, name in entries:
            tokens = tuple(t for t in words(name) if t not in FILLER) or tuple(words(name))
            if not tokens:
                continue
            sid = slug_ids.setdefault(slug, len(slug_ids))
            if sid == len(self._slugs):  # a career's first name is its title
                self._slugs.append(slug)
                self._titles.add((_key(tokens), sid))
            name_id = len(self._names)
            self._names.append((sid, tokens, name))
            self._exact[_key(tokens)].setdefault(sid, name)
            for token in set(tokens):
                postings[token].append(name_id)
                careers_with[token].add(sid)
        total = max(len(self._slugs), 1)
        self._weight = {
            t: math.log((total + 1) / (len(s) + 0.5)) + 0.05 for t, s in careers_with.items()
        }
        self._postings = dict(postings)
        self._name_weight = [sum(self._weight[t] for t in set(tok)) for _, tok, _ in self._names]
        self.vocabulary = Vocabulary(self._postings)
        self._unknown_weight = math.log(total + 1)
        self.lookup = lru_cache(maxsize=4096)(self._lookup)

    def __len__(self) -> int:
        return len(self._names)

    def resolve(self, query: str, limit: int = 5) -> Resolution:
        return self.lookup(query, limit)

    def _lookup(self, query: str, limit: int) -> Resolution:
        tokens = [t for t in words(query) if t not in FILLER]
        if not tokens:
            return NotFound(query, ())
        exact = self._exact.get(_key(tokens))
        if exact:
            ranked = [Candidate(self._slugs[sid], 1.0, name) for sid, name in exact.items()]
            titled = [
                c
                for sid, c in zip(exact, ranked, strict=True)
                if (_key(tokens), sid) in self._titles
            ]
            if len(titled) == 1:  # a title beats the same words as another career's alias
                return Match(titled[0].slug, 1.0, titled[0].name)
            if len(ranked) == 1:
                return Match(ranked[0].slug, 1.0, ranked[0].name)
            return Ambiguous(query, tuple(ranked[:limit]))
        ranked = self.search(query, limit=max(limit, 5))
        if not ranked or ranked[0].score < CONFIDENT:
            return NotFound(query, tuple(c for c in ranked[:3] if c.score >= 0.3))
        close = [c for c in ranked if c.score >= ranked[0].score - CLOSE]
        if len(close) > 1:
            return Ambiguous(query, tuple(close[:limit]))
        best = ranked[0]
        return Match(best.slug, round(best.score, 3), best.name)

    def search(self, query: str, limit: int = 5) -> list[Candidate]:
        """The best careers for ``query``, each with the score of its best-matching name."""
        tokens = [t for t in words(query) if t not in FILLER]
        matches = self.vocabulary.match_query(tokens)
        query_weight = sum(
            max((self._weight[v] for v, _ in found), default=self._unknown_weight)
            for found in matches
        )
        if query_weight <= 0:
            return []
        scores: dict[int, tuple[float, int]] = {}
        for name_id in self._candidate_names(matches):
            score = self._score(name_id, matches, query_weight)
            sid = self._names[name_id][0]
            if score > scores.get(sid, (0.0, -1))[0]:
                scores[sid] = (score, name_id)
        ranked = sorted(scores.items(), key=lambda item: (-item[1][0], self._slugs[item[0]]))
        return [
            Candidate(self._slugs[sid], round(score, 3), self._names[nid][2])
            for sid, (score, nid) in ranked[:limit]
        ]

    def _candidate_names(self, matches: list[list[tuple[str, float]]]) -> set[int]:
        # The rarest words bring candidates first; common words only when nothing rarer did.
        found = sorted({v for m in matches for v, _ in m}, key=lambda v: -self._weight[v])
        names: set[int] = set()
        for token in found:
            postings = self._postings[token]
            # A common word adds little once rarer ones have found candidates; it still
            # counts in the score of every candidate that has it.
            if names and len(names) + len(postings) > ENOUGH_CANDIDATES:
                continue
            names.update(postings[:MAX_CANDIDATE_NAMES])
        return names

    def _score(self, name_id: int, matches: list[list[tuple[str, float]]], total: float) -> float:
        _, name_tokens, _ = self._names[name_id]
        matched = 0.0
        covered: set[str] = set()
        for found in matches:
            best, best_token = 0.0, ""
            for token, similarity in found:
                if token in name_tokens and token not in covered:
                    gain = self._weight[token] * similarity
                    if gain > best:
                        best, best_token = gain, token
            if best_token:
                matched += best
                covered.add(best_token)
        name_weight = self._name_weight[name_id]
        name_cover = sum(self._weight[t] for t in covered) / name_weight if name_weight else 0.0
        return 0.75 * (matched / total) + 0.25 * name_cover
