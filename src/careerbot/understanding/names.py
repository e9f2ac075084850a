"""How a career's name is read: the words that count, one form for singular and plural."""

from __future__ import annotations

from careerbot._utils.text import singular, words
from careerbot.understanding.lexicon import word_forms, word_list


def word_set(text: str) -> frozenset[str]:
    """The words of ``text`` as typed and in the one form a message's words are keyed by
    ("easy" and "easi"), so a check holds either way."""
    return word_forms(text.split())


#: words a name is read without: "a welder job" is "welder"
FILLER = word_list("filler")


def tokens_of(text: str) -> list[str]:
    # Plurals are folded so "nurse" meets "Registered Nurses" and "multi-agents" meets
    # "multi-agent". What follows "except" in an O*NET title is what the career is not.
    found = words(text)
    if "except" in found:
        found = found[: found.index("except")]
    return [singular(t) for t in found if t not in FILLER]
