"""The names people use that the catalog does not: shorthand, slang, and jobs that have no
occupation of their own (the table is ``lexicon/slang.toml``).

O*NET's 52,000 titles and aliases cover most of what people type. These tables hold the
rest, each entry an everyday usage rather than a rule for one sentence: "cop", "sparky",
"18 wheeler", and the new kinds of work official statistics file under an older occupation
("product manager", "YouTuber") — for those careerbot says so and offers the nearest ones,
never maps them silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from careerbot._utils.text import singular, words
from careerbot.understanding.lexicon import load
from careerbot.understanding.names import tokens_of


@dataclass(frozen=True, slots=True)
class Unlisted:
    """Work with no occupation of its own in O*NET and BLS statistics."""

    name: str
    #: the occupations it is usually counted in, likeliest first (slugs)
    nearest: tuple[str, ...]
    why: str


_TABLE = load("slang")
_ABBREVIATIONS: dict[str, str] = _TABLE["abbreviations"]
_PHRASES: dict[str, str] = _TABLE["phrases"]
_UNLISTED = tuple(Unlisted(u["name"], tuple(u["nearest"]), u["why"]) for u in _TABLE["unlisted"])
UNLISTED: dict[str, Unlisted] = {" ".join(singular(w) for w in words(u.name)): u for u in _UNLISTED}


def _key(phrase: str) -> str:
    return " ".join(singular(w) for w in words(phrase))


ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    singular(k): tuple(singular(w) for w in words(v)) for k, v in _ABBREVIATIONS.items()
}
#: shorthand for a worker said in the plural ("RNs", "CNAs", "devs"); not shorthand for a
#: thing, whose plural may be another word ("hrs" are hours, not human resources)
_WORKER = ("er", "or", "ist", "ant", "ent", "ian", "nurse", "aide", "tech", "officer")
ABBREVIATIONS |= {
    f"{k}s": v
    for k, v in list(ABBREVIATIONS.items())
    if not k.endswith("s") and v and v[-1].endswith(_WORKER) and f"{k}s" not in ABBREVIATIONS
}
#: each phrase read as the catalog name it stands for (its words, singular, filler dropped)
PHRASES: dict[str, tuple[str, ...]] = {_key(k): tuple(tokens_of(v)) for k, v in _PHRASES.items()}
#: phrases that hold a career's word but name none ("army vet"): read as nothing
NO_CAREER: frozenset[str] = frozenset(_key(p) for p in _TABLE["no_career"]["phrases"])
#: the longest phrase, in words
LONGEST_PHRASE = max(len(k.split()) for k in (*PHRASES, *UNLISTED, *NO_CAREER))


def phrase(words_said: tuple[str, ...]) -> tuple[str, ...] | None:
    """The catalog name a phrase of slang stands for ("cop", "factory worker"): its words."""
    return PHRASES.get(" ".join(words_said))


def unlisted(words_said: tuple[str, ...]) -> Unlisted | None:
    """Work with no occupation of its own named by these words, or by their last words
    ("twitch streamer" is a streamer)."""
    for start in range(len(words_said)):
        found = UNLISTED.get(" ".join(words_said[start:]))
        if found is not None:
            return found
    return None
