"""References to what is on screen: a list's places ("the second one", "the last", "compare 1
and 3", "the top two"), everything shown ("them", "both"), and changes to it ("add actuary",
"drop plumber", "swap carpenter for roofer"). The words are ``lexicon/onscreen.toml``; which
careers they mean, only the conversation knows (``dialogue.screen``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal, get_args

from careerbot._utils.text import fold, singular
from careerbot.understanding.lexicon import load, word_list
from careerbot.understanding.requests import Place
from careerbot.understanding.resolution import Match, NameIndex

#: the places a message can name: by where they stand, then (``LEADING``) by a figure, the
#: one on screen the card's own rule puts first or last on it ("the cheapest one")
PLACES: tuple[str, ...] = get_args(Place)[: get_args(Place).index("best_paid")]
LEADING: tuple[str, ...] = get_args(Place)[len(PLACES) :]
_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True, slots=True)
class Refs:
    #: places named, in the order said ("compare the first and the last": first, last)
    places: tuple[str, ...] = ()
    #: "the top two": the first this many
    top: int | None = None
    #: "them", "both", "these": everything shown
    everything: bool = False
    #: "all three", "the four of them": how many everything is said to be
    count: int | None = None

    def __bool__(self) -> bool:
        return bool(self.places or self.top or self.everything)


@dataclass(frozen=True, slots=True)
class Change:
    """Words naming a career to add to what is shown, to drop from it, or both (a swap)."""

    add: str | None = None
    drop: str | None = None
    #: put back: "put graphic designer back" (after it was swapped out)
    restore: bool = False


@cache
def _table() -> dict[str, object]:
    return load("onscreen")


def _words(words: object) -> re.Pattern[str]:
    assert isinstance(words, list)
    # not within a word; a phrase may start with a sign ("#2")
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")\b")


@cache
def _places() -> tuple[tuple[str, re.Pattern[str]], ...]:
    positions = _table()["positions"]
    assert isinstance(positions, dict)
    return tuple((place, _words(positions[place])) for place in (*PLACES, *LEADING))


@cache
def _pattern(key: str) -> re.Pattern[str]:
    found = _table()[key]
    return _words(found) if isinstance(found, list) else re.compile(str(found))


def the_top(text: str) -> bool:
    """Whether the first few shown are said as such: "the top 3", "those first two", "the 2
    at the top"."""
    return _THE_TOP.search(text) is not None


_THE_TOP = re.compile(r"\b(?:the|those|these) (?:" + str(_table()["top"]) + ")")


@lru_cache(maxsize=1024)
def places_at(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each place on screen the message names, where it says it first, in the message's
    order ("number 4, the fourth one" is one place); read once for each message, however
    many readings ask."""
    found = sorted(
        (m.start(), m.end(), place) for place, pattern in _places() for m in pattern.finditer(text)
    )
    first: dict[str, tuple[int, int, str]] = {}
    for said in found:
        first.setdefault(said[2], said)
    return tuple(sorted(first.values()))


#: what marks a place's words as pointing at what is shown ("#3", "the third one", "option
#: 2"), not an adverb ("get my cna first")
_POINTED = re.compile(r"#|\d|\bone\b|\bnumber\b|\boption\b|\bno\b")


def pointed_places(text: str) -> tuple[tuple[int, int, str], ...]:
    """The places on screen said as such: marked, or after "the"."""
    return tuple(
        (start, end, place)
        for start, end, place in places_at(text)
        if _POINTED.search(text, start, end) or text[:start].endswith("the ")
    )


def place_spans(text: str) -> list[tuple[int, int]]:
    """Where the message names a place on screen ("the middle one"): no career's name."""
    return [(start, end) for start, end, _ in places_at(text)]


def refs(text: str) -> Refs:
    """The places and groups a message refers to."""
    # "the last two": the one before the last, then the last
    said = sorted((start, place != "second_last", place) for start, _, place in places_at(text))
    places = [place for _, _, place in said]
    numbers = _table()["numbers"]
    assert isinstance(numbers, dict)
    compared = _pattern("compare").search(text)
    if compared and not places:  # "compare 1 and 3", "2 vs 4"
        tail = text[compared.end() :] if text.startswith(compared.group(0)) else text
        bare = _BARE.findall(_NO_PLACE.sub(" ", tail))
        if len(bare) >= 2:
            places = [str(numbers[n]) for n in bare if n in numbers]
    elif not places and _NUMBERS_ONLY.fullmatch(text):  # "drop 2 and 4": said of a change
        places = [str(numbers[n]) for n in _BARE.findall(text) if n in numbers]
    top = _pattern("top").search(text)
    counted = _COUNTED.search(text)
    return Refs(
        tuple(dict.fromkeys(places)),
        _COUNTS[top.group("n")] if top else None,
        _pattern("all").search(text) is not None,
        _COUNTS[counted.group(1)] if counted else None,
    )


#: a bare number naming a place, and a text of nothing else ("2 and 4", "1, 3")
_BARE = re.compile(r"\b(\d|one|two|three|four|five)\b")
_NUMBERS_ONLY = re.compile(
    r"(?:(?:the |#|no\.? ?)?(?:\d|one|two|three|four|five)\b(?:\s*(?:,|and|&)\s*|\s*))+"
)
#: numbers that name no place: how many ("all 3"), and "one" said of any ("which one")
_NO_PLACE = re.compile(
    r"\b(?:all|these|those|the) (?:two|three|four|2|3|4)\b|"
    r"\b(?:which|each|any|every|no|that|this|other|what) one\b"
)
#: everything said with how many it is: "all three", "these 3", "the four of them"
_COUNTED = re.compile(r"\b(?:all|these|those|the) (two|three|four|2|3|4)\b")


def action(text: str) -> str | None:
    """What the message asks done with what is shown: compared, drawn, or moved on from."""
    for name in ("moves", "chart", "compare"):
        if _pattern(name).search(text):
            return name
    return None


More = Literal["next", "more", "details"]


@cache
def _more() -> tuple[tuple[More, re.Pattern[str]], ...]:
    lead, tail = str(_table()["more_lead"]), str(_table()["more_tail"])

    def whole(key: str) -> re.Pattern[str]:
        words = _table()[key]
        assert isinstance(words, list)
        return re.compile(rf"^{lead}(?:{'|'.join(words)}){tail}")

    # "tell me more" is of the card before it is bare "more"
    return (
        ("next", whole("more_next")),
        ("details", whole("more_details")),
        ("more", whole("more_bare")),
    )


def more_asked(text: str) -> More | None:
    """More of what is shown, asked alone: the next careers of a list ("what else", "any
    others"), the rest of a card ("tell me more", "the full comparison"), or bare "more",
    which the screen settles."""
    stripped = text.strip()
    return next((kind for kind, pattern in _more() if pattern.match(stripped)), None)


def moves_span(text: str) -> tuple[int, int] | None:
    """Where the message asks for moves from what is shown ("related jobs")."""
    found = _pattern("moves").search(text)
    return found.span() if found else None


def change(text: str) -> Change | None:
    """ "add actuary", "drop the plumber", "swap carpenter for roofer"; one of each said
    together ("remove accountant and add plumber")."""
    stripped = text.strip(" ?!.")
    # ("ok drop data scientist, add cloud engineer": the "ok" leads, it changes nothing)
    parts = [p for p in _CHANGES_JOINED.split(stripped) if not _LEAD_IN.fullmatch(p)]
    if len(parts) == 2:
        one, other = (_one_change(p) for p in parts)
        if one and other and (one.add is None) != (other.add is None):
            return Change(
                add=one.add or other.add,
                drop=one.drop or other.drop,
                restore=one.restore or other.restore,
            )
    if (instead := _DROP_THEN_OTHER.match(stripped)) is not None:
        # "drop optician. what about orthoptist instead": the other in the dropped one's place
        dropped = _one_change(instead.group("drop"))
        if dropped is not None and dropped.drop and dropped.add is None:
            return Change(add=instead.group("name"), drop=dropped.drop)
    return _one_change(stripped)


#: a drop, then another career offered in the next clause
_DROP_THEN_OTHER = re.compile(
    r"(?P<drop>.+?)\s*[.,;!]+\s*(?:(?:ok|okay|so|and|then)\s+)*(?:what|how) about "
    r"(?:an? |the )?(?P<name>[a-z][\w' -]*?)(?:\s+instead)?$"
)


#: words that lead a change in and say nothing of it: "ok", "so then", "hmm"
_LEAD_IN = re.compile(
    r"\W*(?:(?:ok|okay|so|and|then|hmm+|alright|right|well|pls|please|also|now|lol|actually|"
    r"wait|yeah|yes|no|nah|fine|just|lets|let'?s)\W*)*"
)
#: two changes said together: "remove accountant and add plumber", "add X, drop Y"
_CHANGES_JOINED = re.compile(
    r"(?:\s*(?:,|;|\band\b|\bthen\b|&)\s*(?:then\s+)?|\s+)"
    r"(?=(?:add|include|throw in|put in|drop|remove|delete|take out|get rid of|ditch|scrap|"
    r"kick out)\b)"
)


def _one_change(stripped: str) -> Change | None:
    if found := _pattern("swap").match(stripped):
        return Change(add=found.group("new"), drop=found.group("old"))
    if found := _pattern("add").match(stripped):
        back = re.search(r"\bback\b|\bbring\b", found.group(0)) is not None
        return Change(add=found.group("name"), restore=back)
    if found := _pattern("add_back").match(stripped):
        return Change(add=found.group("name"), restore=True)
    if found := _pattern("drop").match(stripped) or _pattern("drop_inside").match(stripped):
        return Change(drop=found.group("name"))
    return None


#: "the tech one", "the dental kind": a career named by a word of its own and "one"
#: (a place glossed after it, "the diesel one (3)", is the kind's: a list may have changed)
_KIND_OF_ONE = re.compile(
    r"(?:\bthe |^(?:(?:ok|okay|so|hmm|oh|ooh|wow|and)\W+)*)"
    # ("the 911 one": a title's number is a word of it too)
    r"((?!the\b)(?:[a-z][a-z-]*|\d{3})(?: (?!the\b)[a-z][a-z-]*){0,3}) "
    r"(?:one|kind|job|career|thing|route|path|option)\b"
    r"(?:\s*\(\s*#?\d\s*\))?"
)
_ORDINALS = PLACES[:5]
#: how near a kind's words must come to a name to be read as that name
_WHOLE_NAME = 0.95


def kind_spans(text: str) -> list[tuple[int, int]]:
    """Where "the mining one", "the tech kind" name a career by a word of its own."""
    return [found.span(1) for found in _KIND_OF_ONE.finditer(text)]


_EVERYDAY = word_list("everyday")


#: a correction of the kind shown: "no i mean like painting", "i meant the fine art kind"
_MEANT = re.compile(
    # (after the kind shown turned down: "pe teacher isnt elementary tho, i mean high school")
    r"^(?:[^,.;!?]*\b(?:is ?n'?t|is not|not|aint|ain'?t)\b[^,.;!?]*[,.;!?]+)?"
    r"\W*(?:no+|nah|nope|not that)?\W*(?:i mean|i meant|meant|i was thinking|more like)\b\W*"
    r"(?:like\s+|the\s+|a\s+|an\s+)?(?P<rest>.+)$"
)
#: the least letters a word of theirs and a title's word share from the start to be one
_STEM = 4


#: school levels as people say them, as the titles name them
_SCHOOL_LEVEL = {
    "high school": "secondary",
    "hs": "secondary",
    "grade school": "elementary",
    "primary school": "elementary",
    "primary": "elementary",
    "junior high": "middle",
}
_SCHOOL_LEVELS = re.compile(r"\b(?:" + "|".join(_SCHOOL_LEVEL) + r")\b")


def _likeliest_offer(said: str, offers: list[tuple[str, str]]) -> str | None:
    """The offered title most of the words said begin alike ("painting, fine art": Fine
    Artists, Including Painters…), where one has more than any other."""
    said = _SCHOOL_LEVELS.sub(lambda m: _SCHOOL_LEVEL[m.group(0)], said)
    words = [w for w in re.findall(r"[a-z]+", said) if w not in _EVERYDAY and len(w) >= 3]
    if not words:
        return None
    scores = [
        # ("painting" begins as "painters" does: their first four letters)
        (
            sum(any(t.startswith(w[:_STEM]) for t in re.findall(r"[a-z]+", title)) for w in words),
            title,
        )
        for _, title in offers
    ]
    scores.sort(reverse=True)
    if scores[0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


def _in_place_of(
    kind: str, words: frozenset[str], places: list[tuple[str, str]], index: NameIndex
) -> str | None:
    """ "swap the second one for <kind>": the shown career whose title shares the most words
    with the kind's, where one does."""
    shared = sorted(
        ((len(words & index.title_words(slug)), place) for slug, place in places), reverse=True
    )
    if not shared or shared[0][0] == 0 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return f"swap {shared[0][1]} for {kind}"


def _titled_elsewhere(keys: set[str], words: list[str], shown: list[str], index: NameIndex) -> bool:
    """Whether the words are the title of a career not shown, which none shown has in its
    title: that career is meant, not one shown whose alternate titles have them."""
    found = index.resolve(" ".join(words))
    return (
        isinstance(found, Match)
        and found.slug not in shown
        and keys <= index.title_words(found.slug)
    )


def _stems_in(keys: set[str], title: frozenset[str] | set[str]) -> bool:
    """Whether each word said is a title's word or begins one ("repair": repairers)."""
    return all(
        k in title or (len(k) >= _STEM and any(t.startswith(k[: _STEM + 1]) for t in title))
        for k in keys
    )


def by_kind(
    message: str,
    shown: list[str],
    offered: list[tuple[str, str]],
    index: NameIndex,
    openings: Callable[[str], float] | None = None,
) -> str:
    """The message with each "the tech one" said as the career it names: the place on screen
    of the one career shown (``shown``: slugs in order, two or more) whose names have those
    words ("the second one"), or the title of the one offered a tap away on the last screen
    (``offered``: slug and title). An offer whose title has the words comes first where no
    title shown has them ("the marketing one" is Marketing Managers offered, not Data
    Scientists, one of whose alternate titles has "marketing"); as it was where none or
    several do, unless ``openings`` (BLS openings a year, by slug) says which of several shown
    most people do ("the mechanic one" beside auto and motorcycle mechanics: auto)."""
    text = fold(message)
    places = [(slug, f"the {place} one") for slug, place in zip(shown, _ORDINALS, strict=False)]
    places = places if len(shown) >= 2 else []
    offers = [(slug, fold(title)) for slug, title in offered]
    if offers and (meant := _MEANT.match(text)) is not None:
        # "no i mean like painting, fine art" said to the kinds of artist offered: the one
        # whose title's words the most of theirs begin
        kind = _likeliest_offer(meant.group("rest"), offers)
        if kind is not None:
            # said to a comparison, the kind takes the place of the shown one most like it
            # ("i mean high school" after elementary teachers were compared)
            slug = next(slug for slug, title in offers if title == kind)
            return _in_place_of(kind, index.title_words(slug), places, index) or kind
    if not (places or offers) or _KIND_OF_ONE.search(text) is None:
        return message

    def named(found: re.Match[str]) -> str:
        said = found.group(1)
        words = [w for w in said.split() if w not in _EVERYDAY]
        if not words or said in PLACES:
            return found.group(0)
        keys = {singular(w) for w in words}
        whole = index.resolve(said) if len(said.split()) >= 3 else None
        if isinstance(whole, Match) and whole.best.score >= _WHOLE_NAME:
            return found.group(0)  # "the supply chain manager one": a name, read as one
        if not any(keys <= index.title_words(slug) for slug in shown) and _titled_elsewhere(
            keys, words, shown, index
        ):
            return found.group(0)  # "the dispatcher one": dispatchers, not yardmasters
        titled = [saying for slug, saying in offers if keys <= index.title_words(slug)]
        if len(titled) == 1 and not any(keys <= index.title_words(slug) for slug, _ in places):
            return titled[0]
        for candidates in (places, offers):
            fits = [saying for slug, saying in candidates if index.covers(slug, words)]
            if len(fits) == 1:
                return fits[0]
        shown_fits = [(slug, saying) for slug, saying in places if keys <= index.title_words(slug)]
        # "the control and valve repair one": where no title has the words whole, the one
        # title each of them begins a word of
        stemmed = [saying for slug, saying in places if _stems_in(keys, index.title_words(slug))]
        if not shown_fits and len(stemmed) == 1 and len(keys) >= 3:
            return stemmed[0]
        if len(shown_fits) == 1 and len(said.split()) == 1:
            # "the sales one" beside marketing managers, some of whose other titles say sales:
            # the one whose own title does
            return shown_fits[0][1]
        if openings is not None and len(shown_fits) > 1:
            # a word several titles shown have: the kind most people do, as everywhere
            return max(shown_fits, key=lambda fit: openings(fit[0]))[1]
        return found.group(0)

    changed = _KIND_OF_ONE.sub(named, text)
    return message if changed == text else changed
