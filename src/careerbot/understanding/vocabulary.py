"""Query words → catalog words: exact, joined or split compounds, abbreviations, typos.

Typos are found SymSpell-style: every catalog word is stored under each of its one-letter
deletions, and a query word looks up its own deletions (up to two for longer words), so a
misspelling costs a few dozen dictionary probes instead of a scan of the vocabulary; a long
word also meets the words that share its first three letters. The few words found are then
ranked with rapidfuzz's ratio.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from careerbot._utils.text import singular
from careerbot.understanding.name_tables import Deletions, deletions
from careerbot.understanding.slang import ABBREVIATIONS

# Everyday words that O*NET files under another title word ("coder" is a medical-records
# alias there, "doctor" an alias of only some physicians): the catalog word is offered
# beside the word typed, never instead of it.
EVERYDAY: dict[str, str] = {
    "coder": "programmer",
    "doctor": "physician",
    "vet": "veterinarian",
    "rep": "representative",
    "cop": "police",
}
# The index keeps words in one form for singular and plural.
EVERYDAY = {k: singular(v) for k, v in EVERYDAY.items()}
EVERYDAY_SIMILARITY = 0.95
PREFIX_SIMILARITY = 0.85
MIN_TYPO_SCORE = 80.0
TYPO_SIMILARITY = 0.95
HEAD = 3

TokenMatches = list[tuple[str, float]]


#: longer than the longest word of any career's name ("telecommunications" is 18)
LONGEST_WORD = 30


class Vocabulary:
    def __init__(
        self,
        tokens: Iterable[str],
        held: Deletions | None = None,
        common: frozenset[str] | None = None,
    ) -> None:
        """The words given; ``held``: their deletions as an index's tables keep them (for
        the words in sorted order), so they are not worked out again; ``common``: the words
        of the names people use, of which a word no title has, one slip away, may be a typo."""
        known = sorted(set(tokens))
        #: the words in sorted order: a word's id is its place
        self._sorted: Sequence[str] = known
        self._ids = {word: i for i, word in enumerate(known)}
        self._deletions = held if held is not None else Deletions.of(known)
        self.fuzzy = lru_cache(maxsize=8192)(self._fuzzy)
        self._common = common

    @property
    def ids(self) -> Mapping[str, int]:
        """Each word's id in the index's tables."""
        return self._ids

    def knows(self, word: str) -> bool:
        return word in self._ids

    def match(self, expanded: list[str]) -> list[TokenMatches]:
        """One list of (catalog word, similarity) per word of an expanded query."""
        return [self._exact(t) if t in self._ids else self.fuzzy(t) for t in expanded]

    def slips(self, slots: list[TokenMatches]) -> list[TokenMatches]:
        """The readings with, beside a word no career's title has, the title words one
        slip from it ("planer" is also "planner"): for a query the words as typed fit
        poorly ("urban planer" fits a woodworking machine's "Planer" best)."""
        common = self._common
        if common is None:
            return slots
        return [
            options + self._slip_of_common(options[0][0])
            if len(options) == 1 and options[0][1] == 1.0
            else options
            for options in slots
        ]

    def expand(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            joined = token + tokens[i + 1] if i + 1 < len(tokens) else ""
            if joined in self._ids:
                out.append(joined)
                i += 2
                continue
            if token in ABBREVIATIONS:
                out.extend(ABBREVIATIONS[token])
                i += 1
                continue
            if token not in self._ids:
                # A close typo ("multimodel") beats reading the word as two ("multi model").
                split = None if self._close_typo(token) else self._split(token)
                # ...and so does a typo of the compound it ends ("multi-agnet" is not
                # "multi ag net").
                if split and out and self._close_typo(out[-1] + token):
                    out[-1] += token
                    i += 1
                    continue
                if split:
                    out.extend(split)
                    i += 1
                    continue
            out.append(token)
            i += 1
        return out

    def _close_typo(self, token: str) -> bool:
        return any(sim >= 0.85 for _, sim in self.fuzzy(token))

    def _split(self, token: str) -> tuple[str, str] | None:
        for cut in range(2, len(token) - 1):
            head, tail = token[:cut], token[cut:]
            if head in self._ids and tail in self._ids:
                return head, tail
        return None

    def _exact(self, token: str) -> TokenMatches:
        everyday = EVERYDAY.get(token, "")
        if everyday in self._ids:
            return [(token, 1.0), (everyday, EVERYDAY_SIMILARITY)]
        return [(token, 1.0)]

    def _slip_of_common(self, token: str) -> TokenMatches:
        common = self._common
        if common is None or token in common or len(token) < 5:
            return []
        return [
            (candidate, similarity)
            for candidate, similarity in self.fuzzy(token)
            if candidate in common
            and candidate[0] == token[0]
            and OSA.distance(token, candidate) == 1
        ]

    def corrected(self, word: str) -> str | None:
        """The known word a typo of ``word`` stands for, or None: within one slip (two for
        words of eight letters or more), the first letter kept and, where two letters are
        off, the ending too (a "technician" is no misspelled "technical")."""
        budget = 1 if len(word) < 8 else 2
        near = sorted((OSA.distance(word, c), c) for c in self._near_words(word) if c != word)
        for slips, candidate in near:
            ends = slips < 2 or candidate[-2:] == word[-2:]
            if slips <= budget and candidate[0] == word[0] and ends:
                return candidate
        return None

    def _fuzzy(self, token: str) -> TokenMatches:
        # a run of letters longer than any catalog word is no misspelling of one
        if len(token) < 4 or len(token) > LONGEST_WORD:
            return []
        found: dict[str, float] = {}
        start = bisect_left(self._sorted, token)
        for candidate in self._sorted[start : start + 8]:
            if not candidate.startswith(token):
                break
            found[candidate] = PREFIX_SIMILARITY
        for candidate in self._near_words(token):
            score = fuzz.ratio(token, candidate, score_cutoff=MIN_TYPO_SCORE)
            if score:
                similarity = score / 100 * TYPO_SIMILARITY
                found[candidate] = max(found.get(candidate, 0.0), similarity)
        # Most typos keep the first letter: on equal scores, those words come first; then
        # the alphabet, so every process reads a typo the same way.
        ranked = sorted(found.items(), key=lambda i: (-i[1], i[0][0] != token[0], i[0]))
        return ranked[:5]

    def _near_words(self, token: str) -> set[str]:
        # Deleting from both sides meets a missing, an extra, a changed or a swapped letter;
        # a longer word may have one more slip.
        variants = {token} | deletions(token, 2 if len(token) >= 7 else 1)
        words = {v for v in variants if v in self._ids}
        for variant in variants:
            words.update(self._sorted[w] for w in self._deletions.near(variant))
        # Two letters dropped from a long word ("practioner") are past the deletions; its
        # first letters, which typos seldom touch, still find it: sorted, the words that
        # share them are one run.
        if len(token) >= 7:
            head = token[:HEAD]
            at = bisect_left(self._sorted, head)
            while at < len(self._sorted) and self._sorted[at].startswith(head):
                words.add(self._sorted[at])
                at += 1
        return words
