"""A message made ready to read: folded (lower case, no accents, no invisible characters,
full-width letters made plain), bounded, and cut into words that know where they stand."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from careerbot._utils.text import clean_display, fold, singular
from careerbot.understanding.lexicon import load, plain_words, shape, word_list

#: a person telling of themselves may write a long paragraph; what they ask often comes last
MAX_MESSAGE = 1500
#: texting shorthand for everyday words (``lexicon/slang.toml``), whole and alone
_TEXTED: dict[str, str] = load("slang")["texting"]
_TEXTING = re.compile(
    r"(?<![\w/])(?:"
    + "|".join(re.escape(k) for k in sorted(_TEXTED, key=len, reverse=True))
    + r")(?![\w/])"
)
#: "IT" written so: the tech field
_IT = re.compile(
    r"(?<![\w'])IT(?=\s*(?:[,.!?;)]|$|\b(?:jobs?|careers?|field|industry|work|roles?|positions?|"
    r"with|without|and|or|but|as|for|at|because|since|though|tho|now|someday|too)\b))"
)
_OVERTIME = shape("overtime")
_OT = re.compile(r"\bot\b")
_WORD = re.compile(r"[a-z0-9]+(?:\+\+|#)?(?:'[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Word:
    #: as folded ("electricians", "i'm")
    text: str
    #: one form for singular and plural, apostrophes dropped ("electrician", "im")
    key: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Message:
    raw: str
    #: folded, one line, spaces collapsed
    text: str
    words: tuple[Word, ...]
    #: folded as typed, before any slip was read as the word meant ("kill" stays "kill")
    typed: str = ""

    def between(self, first: int, last: int) -> str:
        """The folded text of words ``first`` to ``last`` (exclusive)."""
        if first >= last:
            return ""
        return self.text[self.words[first].start : self.words[last - 1].end]

    def before(self, index: int) -> str:
        return self.text[: self.words[index].start] if index < len(self.words) else self.text

    def hyphenated(self, index: int) -> bool:
        """Whether the word is joined to the next or the one before by a hyphen ("on-device")."""
        words = self.words
        before = index > 0 and self.text[words[index - 1].end : words[index].start] == "-"
        after = (
            index + 1 < len(words) and self.text[words[index].end : words[index + 1].start] == "-"
        )
        return before or after

    def after(self, index: int) -> str:
        return self.text[self.words[index - 1].end :] if index > 0 else self.text


_RESPELL = re.compile(r"(?<![\w'])[a-z]{3,}(?![\w'])")


def _respelled(word: str) -> str:
    """A question's word typed with one letter short, over or two swapped ("wich", "beter",
    "eaiser"), read as that word; any other word as it is."""
    if word in _RESPELLED or word in _KEPT:
        return word
    return _SLIPS.get(word, word)


def _slips(word: str) -> set[str]:
    """The typings one letter short, one over (a letter doubled) or two swapped, all with
    the word's own first letter: a word is seldom typed without it, and a slip that changes
    it reads another word ("kill" is no "skill")."""
    out = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    out |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    out.discard(word)
    return {slip for slip in out if slip[:1] == word[:1]}


_RESPELLED = word_list("respelled")
#: real words never read as a slip of another ("were" is no "where")
_KEPT = (
    word_list("everyday")
    | word_list("not_name")
    | word_list("never_lead")
    | word_list("not_typos")
    | plain_words()
)
#: each slip of a question's word, and the word; a slip of two such words is left alone
_SLIPS: dict[str, str] = {}
for _word in sorted(_RESPELLED):
    for _slip in _slips(_word):
        if len(_slip) >= 3:
            _SLIPS[_slip] = _word if _slip not in _SLIPS else _slip


def read(raw: str) -> Message:
    # invisible format characters (zero-width spaces, joiners) vanish inside a word, while
    # line breaks and other controls part words
    visible = raw[: MAX_MESSAGE * 2]
    if not visible.isascii():  # ASCII has no format characters
        visible = "".join(ch for ch in visible if unicodedata.category(ch) != "Cf")
    if _IT.search(visible) and any(ch.islower() for ch in visible):
        # "get into IT" in a message not all in capitals: the field, not "it"
        visible = _IT.sub("tech", visible)
    text = " ".join(fold(clean_display(visible, MAX_MESSAGE)).split())
    text = _TEXTING.sub(lambda m: _TEXTED[m.group(0)], text)
    if "ot" in text:  # "38k w/ OT": overtime, never occupational therapy
        text = _OVERTIME.sub(lambda m: _OT.sub("overtime", m.group(0)), text)
    typed = text
    text = _RESPELL.sub(lambda m: _respelled(m.group(0)), text)
    found = []
    for match in _WORD.finditer(text):
        said = match.group(0)
        bare = said.split("'")[0] if said.endswith("'s") else said.replace("'", "")
        found.append(Word(said, singular(bare), match.start(), match.end()))
    return Message(raw, text, tuple(found), typed)
