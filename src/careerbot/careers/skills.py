"""Skills analysis: which skills two careers share.

Where both careers carry O*NET skill ratings, a skill is shared only when it is the same
O*NET element ("Monitoring" is not "Operations Monitoring"; the three "Management of …
Resources" are three skills): names are O*NET's element names, one per element.

The comparison pages word skills freely: "Vector database management for semantic routing
based on query embeddings" and "Vector Databases & Embedding Models" are one skill. For
them phrases are reduced to stemmed content words;
two skills are shared when at least two of those words meet and they make up half of the
shorter phrase, either over the whole phrase or over its head (the part before ":", " - ",
"(" or a trailing "for …"), since the detail after the head is often a list of examples.
Each skill is paired at most once, best pairs first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from careerbot._utils.text import stem, words

_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "with",
        "across",
        "based",
        "using",
        "via",
        "at",
        "by",
        "vs",
        "per",
        "e",
        "g",
        "eg",
        "etc",
        "its",
        "their",
        "into",
        "from",
        "as",
        "is",
        "are",
        "be",
    ]
)
_HEAD_END = re.compile(
    r"\s*(?::|\s-\s|\(|\bfor\b|\bacross\b|\busing\b|\bbased on\b)", re.IGNORECASE
)
MIN_SHARED_TERMS = 2
MIN_OVERLAP = 0.5


@dataclass(frozen=True, slots=True)
class SharedSkill:
    a: str
    b: str
    similarity: float


@dataclass(frozen=True, slots=True)
class SkillsAnalysis:
    a_only: tuple[str, ...]
    shared: tuple[SharedSkill, ...]
    b_only: tuple[str, ...]
    overlap: float
    #: weighted Jaccard of O*NET skill importance; every pair of occupations scores
    #: 49–100%, so it says how alike two profiles look, not how hard a switch is
    similarity_pct: float | None


def terms(phrase: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(phrase) if w not in _STOP and len(w) > 1)


def skill_head(phrase: str) -> str:
    """The skill itself, without the examples that often follow it."""
    cut = _HEAD_END.search(phrase)
    return phrase[: cut.start()].strip() if cut and cut.start() > 0 else phrase


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    # A one-word skill ("Quantization") is shared by any phrase built on that word.
    if common < min(MIN_SHARED_TERMS, len(a), len(b)):
        return 0.0
    return common / min(len(a), len(b))


# Every comparison matches each skill of one career against each of the other's, so the same
# catalog phrases were folded and stemmed over and over: caching them made a comparison ~8x
# cheaper. Phrases come from the catalog, so the cache stays small; the bound is a backstop.
@lru_cache(maxsize=65_536)
def _phrase_terms(phrase: str) -> tuple[frozenset[str], frozenset[str]]:
    return terms(phrase), terms(skill_head(phrase))


def skill_similarity(a: str, b: str) -> float:
    (whole_a, head_a), (whole_b, head_b) = _phrase_terms(a), _phrase_terms(b)
    return max(_overlap(whole_a, whole_b), _overlap(head_a, head_b))


def importance_similarity(a: dict[str, float], b: dict[str, float]) -> float | None:
    """Weighted Jaccard over rated skill importance (O*NET), as a percentage."""
    names = a.keys() & b.keys()
    if not names:
        return None
    top = sum(max(a[n], b[n]) for n in names)
    return round(100 * sum(min(a[n], b[n]) for n in names) / top, 1) if top else None


def _similar_pairs(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[float, int, int]]:
    """``(-similarity, i, j)`` for each pair similar enough to count as one skill."""
    terms_b = [_phrase_terms(skill) for skill in b]
    found = []
    for i, (whole_a, head_a) in enumerate(map(_phrase_terms, a)):
        for j, (whole_b, head_b) in enumerate(terms_b):
            # Most pairs share no word at all; a head's words are among its phrase's.
            if whole_a.isdisjoint(whole_b):
                continue
            score = max(_overlap(whole_a, whole_b), _overlap(head_a, head_b))
            if score >= MIN_OVERLAP:
                found.append((-score, i, j))
    return found


def _same_elements(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[float, int, int]]:
    """O*NET skills: the same element, and nothing else."""
    where = {skill: j for j, skill in enumerate(b)}
    return [(-1.0, i, where[skill]) for i, skill in enumerate(a) if skill in where]


def analyse_skills(
    a: tuple[str, ...],
    b: tuple[str, ...],
    a_importance: dict[str, float] | None = None,
    b_importance: dict[str, float] | None = None,
) -> SkillsAnalysis:
    used_a: set[int] = set()
    used_b: set[int] = set()
    shared: list[tuple[int, SharedSkill]] = []
    rated = bool(a_importance) and bool(b_importance)
    pairs = _same_elements(a, b) if rated else _similar_pairs(a, b)
    for negated, i, j in sorted(pairs):  # best first, then in list order
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        shared.append((i, SharedSkill(a[i], b[j], round(-negated, 2))))
    shared.sort(key=lambda item: item[0])
    union = len(a) + len(b) - len(shared)
    overlap = round(len(shared) / union, 3) if union else 0.0
    return SkillsAnalysis(
        a_only=tuple(s for i, s in enumerate(a) if i not in used_a),
        shared=tuple(s for _, s in shared),
        b_only=tuple(s for j, s in enumerate(b) if j not in used_b),
        overlap=overlap,
        similarity_pct=importance_similarity(a_importance or {}, b_importance or {}),
    )
