"""Name resolution: what a person typed → one career, a short list to choose from, or nothing.

The index weighs words by how few careers use them (inverse document frequency), so the
words most titles share ("AI", "engineer", "systems") cannot decide a match and the
distinctive ones ("multimodal", "multi-agent") do. Candidates come from an inverted index
of words; typos are matched against the vocabulary, not against every name, which keeps a
lookup well under a millisecond at ~60,000 names (see bench/resolution.py).

When several careers fit equally well, how many people do the work (annual openings, passed
in as ``priors``) puts the likely ones first; it never turns a choice into a match.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from careerbot._utils.text import singular, words
from careerbot.careers.catalog import Catalog
from careerbot.careers.model import Career
from careerbot.understanding.name_scoring import Scorer, Slots
from careerbot.understanding.vocabulary import EVERYDAY, Vocabulary

CONFIDENT = 0.6
CLOSE = 0.1
# How far the likeliest career may move up among near-equals: less than CLOSE, so a prior
# only orders choices.
PRIOR_WEIGHT = 0.05
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
    """A career a query may mean: its slug, how well the query fits, the name that fits."""

    slug: str
    score: float
    name: str


@dataclass(frozen=True, slots=True)
class Match:
    """The query means this career."""

    best: Candidate

    @property
    def slug(self) -> str:
        return self.best.slug


@dataclass(frozen=True, slots=True)
class Ambiguous:
    query: str
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class NotFound:
    query: str
    suggestions: tuple[Candidate, ...]


Resolution = Match | Ambiguous | NotFound


def tokens_of(text: str) -> list[str]:
    # Plurals are folded so "nurse" meets "Registered Nurses" and "multi-agents" meets
    # "multi-agent". What follows "except" in an O*NET title is what the career is not.
    found = words(text)
    if "except" in found:
        found = found[: found.index("except")]
    return [singular(t) for t in found if t not in FILLER]


def _key(tokens: Iterable[str]) -> str:
    # Spaces and hyphens are dropped so "multi-agent", "multi agent" and "multiagent" meet.
    return "".join(tokens)


class NameIndex:
    """Titles and aliases of every career, indexed for fuzzy lookup."""

    def __init__(
        self, entries: Iterable[tuple[str, str]], priors: Mapping[str, float] | None = None
    ) -> None:
        self._slugs: list[str] = []
        slug_ids: dict[str, int] = {}
        names: list[tuple[int, tuple[str, ...], str]] = []
        self._exact: dict[str, dict[int, str]] = {}
        self._titles: set[tuple[str, int]] = set()
        self._title_names: list[int] = []
        for slug, name in entries:
            # A name made only of filler words keeps them.
            tokens = tuple(tokens_of(name) or (singular(t) for t in words(name)))
            if not tokens:
                continue
            sid = slug_ids.setdefault(slug, len(slug_ids))
            if sid == len(self._slugs):  # a career's first name is its title
                self._slugs.append(slug)
                self._titles.add((_key(tokens), sid))
                self._title_names.append(len(names))
            names.append((sid, tokens, name))
            self._exact.setdefault(_key(tokens), {}).setdefault(sid, name)
        self._scorer = Scorer(names, len(self._slugs))
        self.vocabulary = Vocabulary(self._scorer.words())
        self._prior = _scaled([(priors or {}).get(slug, 0.0) for slug in self._slugs])
        self.lookup = lru_cache(maxsize=4096)(self._lookup)

    @classmethod
    def of(cls, catalog: Catalog) -> NameIndex:
        """Every title and alias of the catalog, with annual openings as the prior."""
        names = (
            (career.slug, name)
            for career in catalog.careers
            for name in (career.title, *career.aliases)
        )
        return cls(names, openings_share(catalog.careers))

    def __len__(self) -> int:
        return self._scorer.size

    def resolve(self, query: str, limit: int = 5) -> Resolution:
        return self.lookup(query, limit)

    def _lookup(self, query: str, limit: int) -> Resolution:
        typed = tokens_of(query)
        if not typed:
            return NotFound(query, ())
        expanded = self.vocabulary.expand(typed)
        slots = self.vocabulary.match(expanded)
        readings = {_key(typed), _key(expanded), _key(EVERYDAY.get(t, t) for t in expanded)}
        exact: dict[int, str] = {}
        for key in readings:
            exact.update(self._exact.get(key, {}))
        if exact:
            return self._choose_exact(query, readings, exact, slots, limit)
        ranked = self._rank(slots, max(limit, 5))
        top = max((score for _, score, _ in ranked), default=0.0)
        if top < CONFIDENT:
            return NotFound(query, tuple(self._candidate(r) for r in ranked[:3] if r[1] >= 0.3))
        close = [r for r in ranked if r[1] >= top - CLOSE]
        # A title that has every word asked beats names that are only aliases.
        titled = [r for r in close if self._scorer.title_fit(self._title_names[r[0]], slots)[1]]
        if len(close) > 1 and len(titled) != 1:
            close.sort(key=lambda r: r not in titled)
            return Ambiguous(query, tuple(self._candidate(r) for r in close[:limit]))
        return Match(self._candidate((titled or close)[0]))

    def _choose_exact(
        self, query: str, readings: set[str], exact: dict[int, str], slots: Slots, limit: int
    ) -> Resolution:
        """Several careers carry the name typed. The one whose own title it is wins; so does
        the only one whose title has every word asked. Otherwise the likeliest come first."""
        titled = [sid for sid in exact if any((key, sid) in self._titles for key in readings)]
        if len(titled) == 1 or len(exact) == 1:
            sid = (titled or list(exact))[0]
            return Match(Candidate(self._slugs[sid], 1.0, exact[sid]))
        said = {sid: self._scorer.title_fit(self._title_names[sid], slots) for sid in exact}

        def likelihood(sid: int) -> tuple[bool, float, float, str]:
            fit, complete = said[sid]
            # Among titles that all say it, how many people do the work decides the order.
            first = self._prior[sid] if complete else fit + self._prior[sid]
            return not complete, -first, -fit, self._slugs[sid]

        order = sorted(exact, key=likelihood)
        complete = [sid for sid in order if said[sid][1]]
        runner_up = max(said[sid][0] for sid in order[1:])
        if len(complete) == 1 or (not complete and said[order[0]][0] - runner_up >= CLOSE):
            return Match(Candidate(self._slugs[order[0]], 1.0, exact[order[0]]))
        candidates = (Candidate(self._slugs[sid], 1.0, exact[sid]) for sid in order)
        return Ambiguous(query, tuple(candidates)[:limit])

    def search(self, query: str, limit: int = 5) -> list[Candidate]:
        """The best careers for ``query``, each with the score of its best-matching name."""
        expanded = self.vocabulary.expand(tokens_of(query))
        return [self._candidate(r) for r in self._rank(self.vocabulary.match(expanded), limit)]

    def _rank(self, slots: Slots, limit: int) -> list[tuple[int, float, int]]:
        """(career, score, best name) for the best careers, likeliest first among equals."""
        best = self._scorer.best_per_career(slots)
        ranked = sorted(
            best.items(),
            key=lambda item: (-(item[1][0] + self._prior[item[0]]), self._slugs[item[0]]),
        )
        return [(sid, score, name_id) for sid, (score, name_id) in ranked[:limit]]

    def _candidate(self, ranked: tuple[int, float, int]) -> Candidate:
        sid, score, name_id = ranked
        return Candidate(self._slugs[sid], round(score, 3), self._scorer.display(name_id))


def _scaled(priors: list[float]) -> list[float]:
    top = math.log1p(max(priors, default=0.0))
    return [PRIOR_WEIGHT * math.log1p(max(p, 0.0)) / top if top else 0.0 for p in priors]


def openings_share(careers: Iterable[Career]) -> dict[str, float]:
    """Annual openings per career, as a prior for which of several careers is meant.

    Projections are published per SOC occupation, and O*NET's finer occupations under one
    SOC code all carry its figure ("Blockchain Engineers" has all of "Computer Occupations,
    All Other"); the figure is shared evenly among the careers that repeat it."""
    sharing: dict[tuple[str, int, float | None], list[str]] = {}
    for career in careers:
        demand = career.demand
        if demand is not None and demand.annual_openings is not None:
            row = (demand.source, demand.annual_openings, demand.growth_pct)
            sharing.setdefault(row, []).append(career.slug)
    return {slug: row[1] / len(slugs) for row, slugs in sharing.items() for slug in slugs}
