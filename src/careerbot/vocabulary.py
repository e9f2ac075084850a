"""Query words → catalog words: exact, joined or split compounds, abbreviations, typos."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from functools import lru_cache

from rapidfuzz import fuzz, process

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "ml": ("machine", "learning"),
    "dev": ("developer",),
    "devs": ("developer",),
    "eng": ("engineer",),
    "mgr": ("manager",),
    "swe": ("software", "engineer"),
    "sw": ("software",),
    "dba": ("database", "administrator"),
}
PREFIX_SIMILARITY = 0.85
MIN_TYPO_SCORE = 80.0

TokenMatches = list[tuple[str, float]]


class Vocabulary:
    def __init__(self, tokens: Mapping[str, object]) -> None:
        self._known = frozenset(tokens)
        self._sorted = sorted(self._known)
        by_length: dict[int, list[str]] = {}
        by_initial: dict[tuple[str, int], list[str]] = {}
        for token in self._sorted:
            by_length.setdefault(len(token), []).append(token)
            by_initial.setdefault((token[0], len(token)), []).append(token)
        self._by_length = by_length
        self._by_initial = by_initial
        self.fuzzy = lru_cache(maxsize=8192)(self._fuzzy)

    def match_query(self, tokens: list[str]) -> list[TokenMatches]:
        """One list of (catalog word, similarity) per word of the query, after compounding."""
        return [self._match(t) if t in self._known else self.fuzzy(t) for t in self._expand(tokens)]

    def _expand(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            joined = token + tokens[i + 1] if i + 1 < len(tokens) else ""
            if joined in self._known:
                out.append(joined)
                i += 2
                continue
            if token not in self._known:
                if token in ABBREVIATIONS:
                    out.extend(ABBREVIATIONS[token])
                    i += 1
                    continue
                # A close typo ("multimodel") beats reading the word as two ("multi model").
                close_typo = any(sim >= 0.85 for _, sim in self.fuzzy(token))
                split = None if close_typo else self._split(token)
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
            if head in self._known and tail in self._known:
                return head, tail
        return None

    @staticmethod
    def _match(token: str) -> TokenMatches:
        return [(token, 1.0)]

    def _fuzzy(self, token: str) -> TokenMatches:
        found: dict[str, float] = {}
        if len(token) >= 4:
            start = bisect_left(self._sorted, token)
            for candidate in self._sorted[start : start + 8]:
                if not candidate.startswith(token):
                    break
                found[candidate] = PREFIX_SIMILARITY
        if len(token) >= 4:
            # A ratio of 80 needs lengths within a factor of 1.5; nothing outside can reach it.
            # Most typos keep the first letter, so those words are tried first, the rest
            # only when they give nothing.
            lengths = range(int(len(token) / 1.5), int(len(token) * 1.5) + 2)
            pools = (
                [t for n in lengths for t in self._by_initial.get((token[0], n), ())],
                [t for n in lengths for t in self._by_length.get(n, ()) if t[0] != token[0]],
            )
            for pool in pools:
                for candidate, score, _ in process.extract(
                    token, pool, scorer=fuzz.ratio, score_cutoff=MIN_TYPO_SCORE, limit=5
                ):
                    found[candidate] = max(found.get(candidate, 0.0), score / 100 * 0.95)
                if found:
                    break
        return sorted(found.items(), key=lambda item: -item[1])[:5]
