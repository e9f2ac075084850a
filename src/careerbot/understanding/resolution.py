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
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from careerbot.careers.catalog import Catalog
from careerbot.understanding import name_tables
from careerbot.understanding.name_scoring import Scorer, Slots
from careerbot.understanding.name_tables import (
    ALTERNATE,
    REPORTED,
    TITLE,
    Entry,
    NameTables,
    key_of,
)
from careerbot.understanding.names import tokens_of
from careerbot.understanding.vocabulary import EVERYDAY, Vocabulary

#: the longest name worth looking up: longer text is cut (no catalog name has more words)
MAX_NAME_CHARS = 200
MAX_NAME_WORDS = 16
CONFIDENT = 0.6
CLOSE = 0.1
# How far the likeliest career may move up among near-equals: less than CLOSE, so a prior
# only orders choices.
PRIOR_WEIGHT = 0.05
#: one career is what a shared name means when this many times more people do it
DOMINANT = 4.0
#: a one-word alternate title is not taken as exact when this many careers use the word
#: ("technician" is a rare alternate of one occupation and a word of hundreds)
GENERIC_WORD_CAREERS = 5


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


class NameIndex:
    """Titles and aliases of every career, indexed for fuzzy lookup (``name_tables`` holds
    the data; this class reads it)."""

    def __init__(self, entries: Iterable[Entry], priors: Mapping[str, float] | None = None) -> None:
        # through the blob, so an index built here is the same as one loaded from storage
        blob = name_tables.build(entries, priors).to_bytes()
        tables = NameTables.from_bytes(blob)
        assert tables is not None
        self._read(tables, blob)

    @classmethod
    def from_bytes(cls, blob: bytes) -> NameIndex | None:
        """The index a stored blob holds; None when the blob is of another format."""
        tables = NameTables.from_bytes(blob)
        if tables is None:
            return None
        index = cls.__new__(cls)
        index._read(tables, blob)
        return index

    def to_bytes(self) -> bytes:
        """The blob the index reads (to keep for other processes)."""
        return self._blob

    def _read(self, tables: NameTables, blob: bytes) -> None:
        self._tables, self._blob = tables, blob
        # spotting asks the standing of the same few word runs message after message
        self._keyed = lru_cache(maxsize=16384)(tables.names_keyed)
        self._slugs = tables.slugs
        self._slug_ids = {slug: sid for sid, slug in enumerate(tables.slugs)}
        self._title_names = tables.title_name
        # per career, small: kept as Python objects for the scans over every title
        self._title_words = [
            frozenset(tables.words[w] for w in tables.tokens(n)) for n in tables.title_name
        ]
        #: the occupations a title names, as keys: "Cabinetmakers and Bench Carpenters" names
        #: cabinetmakers and bench carpenters
        self._title_parts = [_parts(tables.display(n)) for n in tables.title_name]
        self._titled_words: dict[str, tuple[str, ...]] | None = None
        self._title_word_count = Counter(w for title in self._title_words for w in title)
        #: the words of the names people use: titles and reported titles, no alternate
        self._common_words = frozenset(
            tables.words[w]
            for name, standing in enumerate(tables.standing)
            if standing <= REPORTED
            for w in tables.tokens(name)
        )
        self.vocabulary = Vocabulary(
            tables.words, tables.deletions, frozenset(self._title_word_count)
        )
        self._scorer = Scorer(tables, self.vocabulary.ids)
        self._openings = list(tables.openings)
        self._prior = _scaled(self._openings)
        self.lookup = lru_cache(maxsize=4096)(self._lookup)

    def _exact(self, key: str) -> dict[int, str]:
        """The careers carrying a name whose words join to ``key``, each with its first."""
        found: dict[int, str] = {}
        for name in self._keyed(key):
            sid = self._tables.career_of[name]
            if sid not in found:
                found[sid] = self._tables.display(name)
        return found

    def _name_standing(self, key: str, sid: int | None = None) -> int | None:
        """The best standing of the names with ``key`` (of career ``sid`` only, if given)."""
        standings = [
            self._tables.standing[name]
            for name in self._keyed(key)
            if sid is None or self._tables.career_of[name] == sid
        ]
        return min(standings, default=None)

    @classmethod
    def of(cls, catalog: Catalog) -> NameIndex:
        """Every title and alias of the catalog, with annual openings as the prior."""
        names = (
            (career.slug, name, REPORTED if i < career.reported_titles else ALTERNATE)
            for career in catalog.careers
            for i, name in enumerate((career.title, *career.aliases), start=-1)
        )
        return cls(names, catalog.openings_share)

    def standing(self, tokens: Iterable[str]) -> int | None:
        """How the name made of these (singular, filler-free) words is known: TITLE,
        REPORTED or ALTERNATE; None when no career carries exactly that name."""
        return self._name_standing(key_of(tokens))

    def knows(self, word: str) -> bool:
        """Whether the word is in any career's name."""
        return self.vocabulary.knows(word)

    def longest_from(self, word: str) -> int:
        """The most words any name that begins with ``word`` has; 0 when none begins so."""
        known = self.vocabulary.ids.get(word)
        return self._tables.longest_from[known] if known is not None else 0

    def opens_with(self, first: str, second: str) -> bool:
        """Whether some name begins with these two words ("real estate…", "home health…")."""
        ids = self.vocabulary.ids
        one, two = ids.get(first), ids.get(second)
        if one is None or two is None:
            return False
        for name in self._tables.posted(one):
            words = self._tables.tokens(name)
            if len(words) >= 2 and words[0] == one and words[1] == two:
                return True
        return False

    def commonly_named(self, word: str) -> bool:
        """Whether the word is in a career's title or a title its workers report (not only
        in an alternate title: "Factorer", "Fig Caprifier")."""
        return word in self._common_words

    def in_titles(self, word: str) -> int:
        """How many careers have the (singular) word in their own title."""
        return self._title_word_count.get(word, 0)

    def title_words(self, slug: str) -> frozenset[str]:
        """The (singular, filler-free) words of the career's own title."""
        sid = self._slug_ids.get(slug)
        return self._title_words[sid] if sid is not None else frozenset()

    def titled_by(self, word: str) -> tuple[str, ...]:
        """The careers whose own title names its workers by ``word`` ("nurse": registered,
        practical and vocational nurses, nurse practitioners…), each piece of the title its
        first or last word; none for a word of several."""
        typed = tokens_of(word)
        return self._titled().get(typed[0], ()) if len(typed) == 1 else ()

    def _titled(self) -> dict[str, tuple[str, ...]]:
        """Each first or last word of a title's pieces, and the careers so titled: built
        once, with the index, like its other tables."""
        if self._titled_words is None:
            found: dict[str, list[str]] = {}
            for sid, name in enumerate(self._title_names):
                for piece in re.split(r"\s+and\s+|,\s*", self._scorer.display(name)):
                    if words := tokens_of(piece):
                        for end in dict.fromkeys((words[0], words[-1])):
                            found.setdefault(end, []).append(self._slugs[sid])
            self._titled_words = {w: tuple(dict.fromkeys(s)) for w, s in found.items()}
        return self._titled_words

    def covers(self, slug: str, asked: list[str]) -> bool:
        """Whether one of the career's names has a word for every word asked (a misspelled
        word counts as the catalog word it is read as, and a rare name's word as the title
        word one slip from it: "city planer" is a City Planner's)."""
        sid = self._slug_ids.get(slug)
        typed = tokens_of(" ".join(asked))
        if sid is None or not typed:
            return False
        slots = self.vocabulary.match(self.vocabulary.expand(typed))
        return self._scorer.has_all(sid, slots) or self._scorer.has_all(
            sid, self.vocabulary.slips(slots)
        )

    def __len__(self) -> int:
        return self._scorer.size

    def resolve(self, query: str, limit: int = 5) -> Resolution:
        return self.lookup(query, limit)

    def _lookup(self, query: str, limit: int) -> Resolution:
        typed = _bounded(query)
        if not typed:
            return NotFound(query, ())
        expanded = self.vocabulary.expand(typed)
        slots = self.vocabulary.match(expanded)
        readings = {key_of(typed), key_of(expanded), key_of(EVERYDAY.get(t, t) for t in expanded)}
        exact: dict[int, str] = {}
        for key in readings:
            exact.update(self._exact(key))
        if exact and not self._generic(typed, exact):
            return self._choose_exact(query, typed, readings, exact, slots=slots, limit=limit)
        if exact or len(typed) == 1:  # a word of many titles ("technician", "manager")
            family = self._titled_with(typed)
            if len(family) > 1:
                return Ambiguous(
                    query,
                    tuple(
                        Candidate(self._slugs[s], 1.0, self._scorer.display(self._title_names[s]))
                        for s in family[:limit]
                    ),
                )
        ranked = self._rank(slots, max(limit, 5))
        top = max((score for _, score, _ in ranked), default=0.0)
        if top < 1 and (slipped := self.vocabulary.slips(slots)) != slots:
            # a word as typed may be a rare name's and a slip of a title's: the reading
            # that fits a name better wins ("urban planer" is no woodworking "Planer")
            reranked = self._rank(slipped, max(limit, 5))
            best = max((score for _, score, _ in reranked), default=0.0)
            if best > top:
                slots, ranked, top = slipped, reranked, best
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
        self,
        query: str,
        typed: list[str],
        readings: set[str],
        exact: dict[int, str],
        *,
        slots: Slots,
        limit: int,
    ) -> Resolution:
        """Several careers carry the name typed. The one whose own title it is wins; so does
        the only one whose title has every word asked. Otherwise the likeliest come first."""
        titled = [
            sid for sid in exact if any(self._name_standing(k, sid) == TITLE for k in readings)
        ]
        typed_key = key_of(typed)
        headed = [sid for sid, parts in enumerate(self._title_parts) if typed_key in parts]
        if len(exact) == 1 and not titled and len(headed) == 1 and self._heads(headed[0], exact):
            # "flight engineer": a phrase of one career's own title (Airline Pilots, Copilots,
            # and Flight Engineers) before another's alternate title of the same words
            (only,) = exact
            if all(_known(self._name_standing(k, only)) >= ALTERNATE for k in readings):
                sid = headed[0]
                return Match(Candidate(self._slugs[sid], 1.0, self._title_display(sid)))
        if len(titled) == 1 or len(exact) == 1:
            sid = (titled or list(exact))[0]
            return Match(Candidate(self._slugs[sid], 1.0, exact[sid]))
        # the only career in the catalog whose own title has the words: a cabinetmaker is
        # one of the Cabinetmakers and Bench Carpenters, though carpenters list the title too
        # (an engineer is not a civil engineer: fifty titles say "engineer")
        if len(headed) == 1 and headed[0] in exact:
            return Match(Candidate(self._slugs[headed[0]], 1.0, exact[headed[0]]))
        said = {sid: self._scorer.title_fit(self._title_names[sid], slots) for sid in exact}

        def likelihood(sid: int) -> tuple[bool, float, float, str]:
            fit, complete = said[sid]
            # Among titles that all say it, how many people do the work decides the order.
            first = self._prior[sid] if complete else fit + self._prior[sid]
            return not complete, -first, -fit, self._slugs[sid]

        order = sorted(exact, key=likelihood)
        complete = [sid for sid in order if said[sid][1]]

        def reported_of(pool: list[int]) -> list[int]:
            """Those whose workers call it so (O*NET's reported titles)."""
            return [
                sid
                for sid in pool
                if min(_known(self._name_standing(key, sid)) for key in readings) < ALTERNATE
            ]

        if len(complete) == 1:
            return Match(Candidate(self._slugs[complete[0]], 1.0, exact[complete[0]]))
        # far more people do one of them: that is what the name means, unless its own title
        # does not say it while others do ("sales rep" is no retail salesperson)
        likeliest = self._dominant(list(exact))
        if likeliest is not None and (not complete or likeliest in complete):
            return Match(Candidate(self._slugs[likeliest], 1.0, exact[likeliest]))
        runner_up = max(said[sid][0] for sid in order[1:])
        # a title that says more of it, unless it says only the worker's noun, its workers do
        # not call it so and others' do ("case manager": social workers and counselors, not
        # the managers of social services; "project manager" keeps the project's)
        modifiers = set(typed[:-1]) & self._title_words[order[0]]
        if (
            not complete
            and said[order[0]][0] - runner_up >= CLOSE
            and (modifiers or (reported := reported_of(order)) == [] or order[0] in reported)
        ):
            return Match(Candidate(self._slugs[order[0]], 1.0, exact[order[0]]))
        # the only one whose workers call it so, when it is also the one most people do
        pool = complete or order
        reported = reported_of(pool)
        most = max(pool, key=lambda sid: self._openings[sid])
        if reported == [most]:
            return Match(Candidate(self._slugs[most], 1.0, exact[most]))
        candidates = (Candidate(self._slugs[sid], 1.0, exact[sid]) for sid in order)
        return Ambiguous(query, tuple(candidates)[:limit])

    def _heads(self, sid: int, exact: dict[int, str]) -> bool:
        """Whether the career's own title names the workers themselves, not those over or
        beside them ("Supervisors of … Workers", "Helpers--… Workers"), and is not one of
        ``exact``."""
        title = self._title_display(sid)
        return sid not in exact and " of " not in title and "--" not in title

    def _title_display(self, sid: int) -> str:
        return self._scorer.display(self._title_names[sid])

    def _generic(self, typed: list[str], exact: dict[int, str]) -> bool:
        """One everyday job word that only rare alternate titles carry as a whole name."""
        if len(typed) != 1:
            return False
        key = key_of(typed)
        alternates = all(self._name_standing(key, sid) == ALTERNATE for sid in exact)
        return alternates and self._scorer.careers_with(typed[0]) >= GENERIC_WORD_CAREERS

    def _titled_with(self, typed: list[str]) -> list[int]:
        """Careers whose own title has every word, the most openings first."""
        asked = set(typed)
        found = [sid for sid, title in enumerate(self._title_words) if asked <= title]
        return sorted(found, key=lambda sid: (-self._openings[sid], self._slugs[sid]))

    def _dominant(self, sids: list[int]) -> int | None:
        """The career far more people do than any other that carries the name (BLS annual
        openings, at least DOMINANT times the next): "nurse" is a registered nurse."""
        ranked = sorted(sids, key=lambda sid: -self._openings[sid])
        first, second = self._openings[ranked[0]], self._openings[ranked[1]]
        return ranked[0] if first > 0 and first >= DOMINANT * second else None

    def search(self, query: str, limit: int = 5) -> list[Candidate]:
        """The best careers for ``query``, each with the score of its best-matching name."""
        expanded = self.vocabulary.expand(_bounded(query))
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


def _known(standing: int | None) -> int:
    return ALTERNATE if standing is None else standing


def _parts(title: str) -> frozenset[str]:
    # "and" joins the occupations a title names; a comma may only invert one ("Painters,
    # Construction and Maintenance")
    pieces = re.split(r"\s+and\s+", title.split(", Except", maxsplit=1)[0])
    return frozenset(key_of(tokens_of(p)) for p in pieces if tokens_of(p))


def _bounded(query: str) -> list[str]:
    """A name's words: no career's name is longer, and a paragraph is not a name."""
    return tokens_of(query[:MAX_NAME_CHARS])[:MAX_NAME_WORDS]


def _scaled(priors: list[float]) -> list[float]:
    top = math.log1p(max(priors, default=0.0))
    return [PRIOR_WEIGHT * math.log1p(max(p, 0.0)) / top if top else 0.0 for p in priors]
