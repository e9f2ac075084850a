"""A field of work read as the job that does it: welding → welder, nursing → nurse,
pharmacy → pharmacist, dental hygiene → dental hygienist."""

from __future__ import annotations

from collections.abc import Container

from careerbot._utils.text import singular
from careerbot.understanding.lexicon import plain_words, word_list
from careerbot.understanding.resolution import NameIndex

PLAIN = plain_words()
#: endings of a field and of its worker, tried in order; kept when the catalog knows the
#: worker's word
_DERIVED: tuple[tuple[str, str], ...] = (
    ("ing", "er"),
    ("ing", "e"),
    ("ing", "ant"),
    ("ing", "or"),
    ("ation", "ator"),
    ("ology", "ologist"),
    ("istry", "ist"),
    ("ry", ""),
    ("ry", "er"),
    ("acy", "acist"),
    ("ancy", "ant"),
    ("y", "ist"),
    ("y", "er"),
    ("ism", "ist"),
    ("ics", "icist"),
    ("ics", "ician"),
    ("ience", "ientist"),
    ("iene", "ienist"),
    ("ure", ""),
    ("ement", "er"),
    ("ment", "er"),
    ("ing", ""),
)


def worker_of(word: str, index: NameIndex, everyday: Container[str] = ()) -> str | None:
    """The worker's word the catalog knows for a word naming a field of work, if any."""
    for ending, job in _DERIVED:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            candidate = singular(word[: len(word) - len(ending)] + job)
            # (a stem of three letters is an abbreviation's: "coming" is no "COMs")
            if (
                candidate != word
                and len(candidate) > 3
                and index.knows(candidate)
                and candidate not in everyday
            ):
                return candidate if _derivable(word, candidate, index) else None
    return None


_EVERYDAY_DOING = word_list("everyday_doing")


def _derivable(word: str, worker: str, index: NameIndex) -> bool:
    """A plain noun of O*NET's prose ("factory", "figures") is read as a worker only where
    people name that worker: a title or a reported title has the word, not an alternate
    title alone ("Factorer")."""
    if word in _EVERYDAY_DOING:
        return False  # an everyday verb's doing: "staying calm" is no shoe trade's "Stayer"
    # the work done names its doer ("marketing", "trucking")
    return word.endswith("ing") or word not in PLAIN or index.commonly_named(worker)
