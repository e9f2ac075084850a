"""One message, read once for every rule: its words, the careers found in it and where they
stand, the rest of its text with those careers blanked, the figure it asks about, and what
the person says of themselves (read when a rule first asks)."""

from __future__ import annotations

import re
from functools import cached_property
from itertools import pairwise

from careerbot.understanding import cues
from careerbot.understanding.amounts import FIGURE
from careerbot.understanding.followups import Named
from careerbot.understanding.message import Message
from careerbot.understanding.onscreen import place_spans
from careerbot.understanding.personal import personal
from careerbot.understanding.requests import Mention, WishAsk
from careerbot.understanding.resolution import Match, NameIndex
from careerbot.understanding.scope import blank, scope_in
from careerbot.understanding.spotting import Reading, texting_shorthand
from careerbot.understanding.subjects import not_name, slot
from careerbot.understanding.wish_words import INDIFFERENT

#: punctuation that ends a clause: a career's name sits within one
CLAUSE = re.compile(r"[,.;:!?()]")
#: a message this short may be a career's name with little around it
SHORT = 5
#: a message this long names no career in its leftover words
LONGEST_QUESTION = 14


def focus_of(text: str) -> cues.Focus | None:
    """The figure asked about: the first in the cues' order, but where a question's clause
    asks one and another clause tells another ("which one can i start fastest, i need money
    soon", "i want good money. food scientist sounds cool, how many years of school is
    that"), the one the question asks."""
    asked = _QUESTION_CLAUSE.search(text)
    first: cues.Focus | None = None
    for focus, pattern in cues.focus_cues(text):
        found = pattern.search(text)
        if found is None:
            continue
        if asked is None or asked.start() <= found.start() < asked.end():
            return focus
        first = first or focus
    return first


def second_focus(text: str, first: cues.Focus | None) -> cues.Focus | None:
    """Another figure asked in the same question ("which one pays better and has more
    jobs?"): answered beside the first; None where one figure is asked."""
    if first is None:
        return None
    # (a comparison's figures named without a question: "nurse vs teacher, pay and schooling")
    asked = _QUESTION_CLAUSE.search(text)
    start, end = asked.span() if asked is not None else (0, len(text))
    for focus, pattern in cues.focus_cues(text):
        found = pattern.search(text, start, end)
        if focus != first and found is not None and focus not in _NOT_SECOND:
            return focus
    return None


#: figures a question's words name only in passing: "skills", "the work"
_NOT_SECOND = frozenset({"skills", "duties", "overall"})


#: a question's clause: "which one can i start fastest," leading a message, or one after
#: what is told ("…sounds cool tho, how many years of school is that")
_QUESTION_CLAUSE = re.compile(
    r"(?:^\s*|(?<=[,.;!?])\s*|\b(?:tho|though|but|so)\s+)(?:which|what|how|who|where|when|is|are|"
    r"can|should|(?:do|does|would|will|could) (?:i|u|you|they|it|that|one|someone))\b[^,.;!?]*"
)


def is_roadmap(text: str) -> bool:
    """Whether the way in is asked: a cue of it, with no question of time or difficulty in
    its sentence ("how do i get into it? … and how long till im making real money" asks the
    way; "how long to become a nurse" the time)."""
    cue = cues.ROADMAP_CUE.search(text)
    if cue is None:
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, cue.start())), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(text, cue.end())), len(text))
    return not cues.ROADMAP_NOT.search(text, start, end)


#: the end of a sentence
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


#: a figure said right after a career's name, in its clause: "teller growth is -13% yikes",
#: "paramedics only have 5k openings", "wildlife bio pays way more but only 1k openings"
_FIGURE_OF_NAMED = re.compile(rf"(?P<between>[^,.;!?()]{{0,40}}?)(?P<figure>{FIGURE})")
#: a bound said before the figure, which makes it a limit asked for, not one said back
_BOUND_BEFORE = re.compile(
    r"\b(?:at least|atleast|min(?:imum)?|over|above|under|below|more than|less than|no less|"
    r"upwards of|starting at|paying|that pays?|want|need|looking for|must|if)\b"
)


def _said_of_named(text: str, ends: list[int], found: list[Named]) -> list[tuple[int, int]]:
    """The figures said back of careers named (options), right after each in its clause: no
    limit, whatever the words around them."""
    spans = []
    for end, named in zip(ends, found, strict=False):
        if named.role != "option":
            continue
        said = _FIGURE_OF_NAMED.match(text, end)
        if said is None or _BOUND_BEFORE.search(said.group("between")):
            continue
        if text[said.end() :].lstrip().startswith(("+", "or more", "or above", "min")):
            continue  # "nurse 80k+": a floor asked
        spans.append(said.span("figure"))
    return spans


class Parsed:
    def __init__(
        self, message: Message, read_as: list[Reading], found: list[Named], index: NameIndex
    ) -> None:
        self.message = message
        self.read_as = read_as
        self.found = found
        self.index = index
        self.text = message.text
        #: careers asked about (not the asker's own job, not someone else's)
        self.options = [f for f in found if f.role == "option"]
        spans = [(message.words[f.start].start, message.words[f.end - 1].end) for f in found]
        # (with the figures said back of them: "teller growth is -13% yikes" sets no bound)
        spans += _said_of_named(message.text, [end for _, end in spans[: len(found)]], found)
        #: the text with the careers named blanked out
        self.rest = blank(message.text, spans)
        self.focus = focus_of(" ".join(self.rest.split()))
        #: another figure asked with it ("pays better and has more jobs")
        self.also = second_focus(" ".join(self.rest.split()), self.focus)
        self.roadmap = is_roadmap(message.text)

    @cached_property
    def person(self) -> WishAsk | None:
        """What the message tells of the person, as a shortlist request."""
        return personal(self.message, self.found, self.rest, self.index)

    def word_at(self, position: int) -> int:
        words = self.message.words
        return next((i for i, w in enumerate(words) if w.start >= position), len(words))

    def slot(self, first: int, last: int, *, unknown: bool = False) -> Mention | None:
        """The career words ``first`` to ``last`` name, if any."""
        return slot(self.message, self.read_as, first, last, self.index, unknown=unknown)

    def cue_words(self, text: str) -> set[int]:
        """Words inside focus phrases ("how much", "training"): never part of a name."""
        return self.words_in(cues.cue_spans(text))

    def words_in(self, spans: list[tuple[int, int]]) -> set[int]:
        return {i for i, w in enumerate(self.message.words) for a, b in spans if a <= w.start < b}

    def leftover(self, about: bool = False) -> Mention | None:
        """The career a question about one career names, when its words are not a catalog
        name as typed: "is being an influencer a real career?", "how long to learn welding"."""
        message = self.message
        if len(message.words) > LONGEST_QUESTION:
            return None
        # words of the question, of a field or of a wish no figure judges ("working with
        # animals", "travel a lot") are no career's name here, unless the message is about
        # one career ("is nursing a good career"); ``about`` also says a career stands in it
        asking = self.cue_words(self.rest)
        ignored = set(asking)
        fields: list[set[int]] = []
        if not about:
            fields = [self.words_in([(f.start, f.end)]) for f in scope_in(self.rest)]
            ignored |= set().union(*fields)
        # "the most in demand job rn", "what pays the most rn": shorthand that is texting
        ignored |= {i for i in range(1, len(message.words)) if texting_shorthand(message, i)}
        # "the middle one, skills?": a place on screen names no career; nor does "don't care"
        ignored |= self.words_in(place_spans(self.text))
        ignored |= self.words_in([m.span() for m in INDIFFERENT.finditer(self.text)])
        named = None
        for first, last in self.clauses():  # a name sits within one clause
            named = slot(
                message,
                self.read_as,
                first,
                last,
                self.index,
                ignored=ignored,
                unknown=about,
                plain=about,
            )
            if named is not None:
                break
        if named is None or not isinstance(named.found, Match):
            # a name may hold a cue word ("medical coding", "pay clerk"): each run of
            # words between the question's own words, as typed
            held = [
                (a, b)
                for a, b in self.runs()
                # a field's one phrase ("the food industry") is no name held
                if b - a >= 2
                and ignored & set(range(a, b))
                # all of it the words that ask ("6 figs") is no name
                and not set(range(a, b)) <= asking
                and not any(set(range(a, b)) <= field for field in fields)
            ]
            runs = (self.slot(a, b) for a, b in held)
            named = next((r for r in runs if r is not None and isinstance(r.found, Match)), named)
        return named

    def clauses(self) -> list[tuple[int, int]]:
        """Word ranges between punctuation."""
        words, cuts = self.message.words, [0]
        for i in range(1, len(words)):
            if CLAUSE.search(self.text[words[i - 1].end : words[i].start]):
                cuts.append(i)
        cuts.append(len(words))
        return [(a, b) for a, b in pairwise(cuts) if a < b]

    def runs(self) -> list[tuple[int, int]]:
        """Runs of words that could be a name: between question words and punctuation."""
        words, runs, start = self.message.words, [], 0
        for i, word in enumerate(words):
            gap = self.text[words[i - 1].end : word.start] if i else ""
            # a question's word that opens a name with the word after it stays ("real estate")
            asking = not_name(word.key) and not (
                i + 1 < len(words) and self.index.opens_with(word.key, words[i + 1].key)
            )
            if asking or CLAUSE.search(gap):
                if start < i:
                    runs.append((start, i))
                start = i + (1 if asking else 0)
        if start < len(words):
            runs.append((start, len(words)))
        return runs
