"""Text folding shared by name resolution, skill matching and intent parsing."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+(?:\+\+|#)?")
_DROPPED = frozenset({"Cf", "Cc", "Cs", "Co", "Mn"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
#: ASCII's only characters of a dropped category are its controls (Cc); NFKD leaves ASCII as
#: it is. Most text is ASCII, and this table folds it with no per-character Python work.
_ASCII_CONTROLS = [*range(32), 127]
_ASCII_FOLD = str.maketrans({**dict.fromkeys(_ASCII_CONTROLS), "`": "'"})
_ASCII_CLEAN = str.maketrans(dict.fromkeys(_ASCII_CONTROLS, " "))


def fold(text: str) -> str:
    """Lowercase, strip accents and invisible characters; keep letters, digits, spacing."""
    if text.isascii():
        text = text.translate(_ASCII_FOLD)
    else:
        text = unicodedata.normalize("NFKD", text).translate(_APOSTROPHES)
        text = "".join(ch for ch in text if unicodedata.category(ch) not in _DROPPED)
    return text.casefold().replace("&", " and ")


def words(text: str) -> list[str]:
    """The alphanumeric words of ``text`` after folding ("C++" and "C#" stay words)."""
    return _WORD.findall(fold(text).replace("'s", ""))


def clean_display(text: str, limit: int = 80) -> str:
    """User text made safe to echo: no control characters, collapsed spaces, bounded."""
    if text.isascii():
        text = text.translate(_ASCII_CLEAN)
    else:
        text = "".join(
            " " if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} else ch for ch in text
        )
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ies", "es", "s", "ed", "al", "ic")


def stem(word: str) -> str:
    """A light suffix stripper: enough for 'embeddings'~'embedding', 'databases'~'database'."""
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


#: words ending in "s" that are not plurals: "status", "analysis", "does", "this"
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")
_NOT_PLURAL = frozenset({"does", "goes", "always", "perhaps", "across", "whereas", "sometimes"})


#: plurals in "-ves" of words in "-f" or "-fe", as the "s" leaves them
_F_PLURALS = {
    "shelve": "shelf",
    "knive": "knife",
    "halve": "half",
    "calve": "calf",
    "wolve": "wolf",
    "thieve": "thief",
    "loave": "loaf",
}


def singular(word: str) -> str:
    """One form for a word and its plural: "nurses"→"nurse", "secretaries" and
    "secretary"→"secretari". Used as an index key, never shown."""
    if word.endswith("sses"):  # "presses", "classes": a word in "-ss" and its "es"
        return word[:-2]
    if len(word) > 5 and word.endswith(("ches", "shes", "xes", "zzes")) and word not in _NOT_PLURAL:
        return word[:-2]  # "coaches", "watches", "dishes", "boxes": a word and its "es"
    if (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(_NOT_PLURAL_ENDINGS)
        and word not in _NOT_PLURAL
    ):
        word = word[:-1]
    if word.endswith("wive"):  # "midwives", "housewives": a wife's plural
        return word[:-2] + "fe"
    if word in _F_PLURALS:  # "shelves": a shelf's plural
        return _F_PLURALS[word]
    if len(word) > 4 and word.endswith("men") and word not in _NOT_PLURAL:
        # "salesmen", "firemen", "linemen": a man's plural ("women" is four letters)
        return word[:-3] + "man"
    if len(word) > 3 and word.endswith("ie"):
        return word[:-1]
    if len(word) > 3 and word.endswith("y"):
        return word[:-1] + "i"
    return word
