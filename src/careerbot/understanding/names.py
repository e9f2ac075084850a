"""How a career's name is read: the words that count, one form for singular and plural."""

from __future__ import annotations

from careerbot._utils.text import singular, words


def word_set(text: str) -> frozenset[str]:
    """The words of ``text`` as typed and in the one form a message's words are keyed by
    ("easy" and "easi"), so a check holds either way."""
    typed = text.split()
    return frozenset(typed) | frozenset(singular(w) for w in typed)


#: words a name is read without: "a welder job" is "welder"
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


def tokens_of(text: str) -> list[str]:
    # Plurals are folded so "nurse" meets "Registered Nurses" and "multi-agents" meets
    # "multi-agent". What follows "except" in an O*NET title is what the career is not.
    found = words(text)
    if "except" in found:
        found = found[: found.index("except")]
    return [singular(t) for t in found if t not in FILLER]
