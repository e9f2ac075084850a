"""Follow-ups: messages about what is on screen. "Compare it with a dental assistant",
"what about plumbers?", "plumber instead of electrician", "tell me more about the first one",
"how do I become one?", "which pays more?". They are recognised here by their shape; which
careers they mean, only the conversation knows (``dialogue.context``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerbot.understanding import cues
from careerbot.understanding.lexicon import shape, word_list
from careerbot.understanding.message import Message
from careerbot.understanding.onscreen import PLACES, place_spans, pointed_places, refs
from careerbot.understanding.requests import (
    MOST,
    ChangeAsk,
    CompareAsk,
    FocusAsk,
    Mention,
    OnScreen,
    OtherAsk,
    ProfileAsk,
    Request,
    RoadmapAsk,
    ScreenAsk,
)
from careerbot.understanding.scope import blank, fields_in


@dataclass(frozen=True, slots=True)
class Named:
    """A career found in the message and where it stands."""

    mention: Mention
    start: int
    end: int
    role: str


#: the career on screen set against one named: "…does it pay compared to a regular dev"
_COMPARED_TO = re.compile(
    r"\b(?:it|that|this|they|that one|this one)\b.*\b(?:compared|relative) (?:to|with) (.+)$"
)


#: what is on screen set against one career named after it: "that or respiratory therapist"
_SHOWN_OR = re.compile(
    r"\b(?:that|this|it|that one|this one|the one (?:above|on screen))\s*,?\s+(?:or|vs\.?|versus|"
    r"against)\s+(?:an?\s+|the\s+|being\s+(?:an?\s+)?)?$"
)
_FROM_BEFORE = re.compile(r"\bfrom (?:an? |the |being (?:an? )?)?$")
_TO_SHOWN = re.compile(r"^\s+(?:to|into)\s+(?:that|it|this|the other(?: one)?|them|there)\b")
_ALL_SHOWN_OR = re.compile(
    r"\b(?:either of (?:those|these|them)|any of (?:those|these|them)|those|these|them|both)"
    r"(?: (?:two|three|ones))?\s*,?\s+(?:or|vs\.?|versus|against)\s+(?:an?\s+|the\s+)?$"
)
#: what is shown, all of it, compared with careers named next: "compare them with X",
#: "put them side by side, plus X", "line those up and add X"
_THEM_AND = re.compile(
    r"^(?:(?:ok|okay|so|and|then|now|cool|great|alright)\W+)*(?:compare|put|line|stack|set)\b"
    r"[^.?!]{0,20}?\b(?:them|both|those|these|all (?:of )?(?:them|those|three|two))\b"
    r"(?:\s+(?:two|2|three|3|ones))?"
    r"(?:\s+(?:up|side by side|next to each other|together|all))*"
    r"\s*,?\s*(?:with|to|against|plus|and|&|also|too|and also|and add|add|adding)\s+"
    r"(?:an?\s+|the\s+)?$"
)
#: the most words a figure asked of one place on screen is read in
_ASKED_OF_PLACE = 18
#: a figure of the career named asked against the one shown: "do they make more"
_MORE_ASKED = re.compile(
    r"\b(?:make|makes|pay|pays|earn|earns|paid|is it|are they|it|they)\b.*\b(?:more|less|better|"
    r"worse|higher|lower)\b"
)
_CLAUSE_SPLIT = re.compile(r"[,;.!?]+\s*")


def word_at(message: Message, position: int) -> int:
    return next((i for i, w in enumerate(message.words) if w.start >= position), len(message.words))


def explicit(message: Message, found: list[Named], focus: cues.Focus | None) -> Request | None:
    """Follow-ups that name a career: compare it with X, what about X, X instead of Y."""
    text = message.text.strip(" ?!.")
    options = [f for f in found if f.role == "option"]
    trailing_join = shape("trailing_join").search(text)
    # "ok what about us then, and compare to a midwife": the last clause asks it
    last = _CLAUSE_SPLIT.split(text)[-1].strip()
    if options and _THEM_AND.search(text[: message.words[options[0].start].start]):
        # "put them side by side, plus flight attendants": those shown and them
        return ScreenAsk("compare", focus=focus, add=tuple(f.mention for f in options))
    compared = cues.COMPARE_WITH.match(text)
    if (
        compared is None
        and len(options) == 1
        and options[0].start >= word_at(message, len(text) - len(last))
    ):
        compared = cues.COMPARE_WITH.match(last)
    if compared and len(options) == 1 and not trailing_join:
        # "compare actuary with the first one": that place, not the card on screen
        said_after = refs(text[message.words[options[0].end - 1].end :])
        if said_after.top and 2 <= said_after.top < MOST:
            # "compare vets with the first 2 from the list": those places, then it
            tops = [OnScreen(p) for p in PLACES[: said_after.top]]  # type: ignore[arg-type]
            return CompareAsk(tops[0], tops[1], focus, more=(*tops[2:], options[0].mention))
        placed_after = said_after.places
        other = OnScreen(placed_after[0]) if len(placed_after) == 1 else OnScreen("it")  # type: ignore[arg-type]
        return CompareAsk(other, options[0].mention, focus)
    if len(options) == 1:
        before = text[: message.words[options[0].start].start]
        if _SHOWN_OR.search(before):  # "what would pay more, that or respiratory therapist"
            return CompareAsk(OnScreen("it"), options[0].mention, focus)
        if _ALL_SHOWN_OR.search(before):  # "either of those or ux designer": one more
            return ChangeAsk(add=options[0].mention)
        after = text[message.words[options[0].end - 1].end :]
        if _FROM_BEFORE.search(before) and _TO_SHOWN.match(after):
            # "how long to go from logistician to that": the way from it to the one shown
            return RoadmapAsk(OnScreen("it"), options[0].mention)
        if shape("coming_from").search(before) and shape("time_asked").search(before):
            # "how long would it take me coming from web dev": from it to the one shown
            return RoadmapAsk(OnScreen("it"), options[0].mention)
    set_against = _COMPARED_TO.search(text)
    if (
        set_against
        and len(options) == 1
        and options[0].start >= word_at(message, set_against.start(1))
    ):
        # "how much does it pay compared to a regular software dev": it against that one
        return CompareAsk(OnScreen("it"), options[0].mention, focus)
    placed = refs(compared.group("name")) if compared else None
    if placed and not options and len(placed.places) == 1 and not placed.top:
        # "compare that with the first one from before": the card shown and a list's place
        return CompareAsk(OnScreen("it"), OnScreen(placed.places[0]), focus)  # type: ignore[arg-type]
    if shape("from_only").match(text) and len(options) == 1:  # "from dental assistant"
        return RoadmapAsk(OnScreen("it"), options[0].mention)
    meant = shape("meant_after").search(text)
    if meant and len(options) == 1 and options[0].start == word_at(message, meant.end("pre")):
        # "electrical engineer i mean": a correction of the career just asked about
        return OtherAsk(options[0].mention, None, False, True)
    about = cues.WHAT_ABOUT.match(text) or cues.INSTEAD.match(text)
    if about is None or not options:
        return None
    return _about_named(message, options, about, focus)


def _about_named(
    message: Message, options: list[Named], about: re.Match[str], focus: cues.Focus | None
) -> Request | None:
    """ "what about X", "vs X and Y", "X instead of Y": the careers named after the cue."""
    text = message.text.strip(" ?!.")
    first = word_at(message, about.start("name"))
    named = [f for f in options if f.start >= first]
    instead = about.group("instead")
    replaced: Mention | OnScreen | None = None
    if instead is not None:
        cut = word_at(message, about.start("instead"))
        replaced = next((f.mention for f in named if f.start >= cut), None)
        named = [f for f in named if f.start < cut]
        places = refs(instead).places
        if replaced is None and len(places) == 1:  # "instead of the first one"
            replaced = OnScreen(places[0])  # type: ignore[arg-type]
    said = about.groupdict()  # (the patterns name their groups each its own way)
    if 2 <= len(named) < MOST and said.get("against") is not None and replaced is None:
        # "vs electrical and petroleum engineers": the one shown against each named
        more = tuple(f.mention for f in named[1:])
        return CompareAsk(OnScreen("it"), named[0].mention, focus, more=more)
    if 2 <= len(named) < MOST and replaced is not None:
        # "compare firefighter vs emt instead of paramedic": those named, the other left
        more = tuple(f.mention for f in named[2:])
        return CompareAsk(named[0].mention, named[1].mention, focus, more=more)
    if len(named) == 1:
        # "how bout plumbers, do they make more": set against the one shown
        after = text[message.words[named[0].end - 1].end :]
        against = said.get("against") is not None or _MORE_ASKED.search(after) is not None
        corrected = said.get("corrected") is not None
        return OtherAsk(named[0].mention, replaced, against, corrected, focus=focus)
    return None


#: words that say a question is of all those shown, and how long it may then be
_OF_BOTH = re.compile(r"\b(?:for|of|do|are|with) (?:both|each|them all|all three|the two)\b")
_OF_BOTH_WORDS = 18


def on_screen(message: Message, focus: cues.Focus | None, roadmap: bool) -> Request | None:
    """Follow-ups that name no career: the first or second one, "it", "which…"."""
    text = message.text.strip(" ?!.")
    short = len(message.words) <= 9
    places = refs(text).places
    # "the top one" is a place, not a superlative asked for
    # a place with a figure asked of it may take more words ("how long would it take to
    # learn the first one", "what does #1 pay compared to what i make now")
    near = short or (focus is not None and len(message.words) <= _ASKED_OF_PLACE)
    # "#3 bookkeeping sounds right up my alley! what does it pay, do I need…": a place
    # said first, then questions of it, however many
    near = near or (focus is not None and _leading_place(text))
    # ("the top end" of its pay is its 90th percentile, no superlative asked)
    plain = shape("percentile").sub(" ", blank(text, place_spans(text)))
    if len(places) == 1 and near and not cues.SUPERLATIVE.search(plain):
        if roadmap:
            return RoadmapAsk(OnScreen(places[0]))  # type: ignore[arg-type]
        return ProfileAsk(OnScreen(places[0]), focus or "overall")  # type: ignore[arg-type]
    if roadmap and shape("it_word").search(text) and short:
        return RoadmapAsk(OnScreen("it"))
    if focus is not None and shape("reaction").search(text) and short:
        return FocusAsk(focus)  # "bruh the pay is that low?": the figure shown, again
    # "what do the top 10% make": a percentile of the pay shown, no superlative asked
    # "ok but like what do they…": the padding that leads a message says nothing
    lead = next((i for i, w in enumerate(message.words) if w.key not in word_list("padding")), 0)
    said = len(message.words) - lead
    # (a longer one said of those shown: "whats the day to day like for both, like what
    # skills do u need")
    long = said > 10 and not (said <= _OF_BOTH_WORDS and _OF_BOTH.search(text))
    if focus is None or long or cues.SUPERLATIVE.search(shape("percentile").sub(" ", text)):
        return None
    # "what about ones without a degree", "which trades are safe from AI" ask for a list;
    # "the apprenticeship", "their training" are the career's on screen
    asked = cues.cue_spans(text)
    listed = [
        f
        for f in fields_in(text)
        if not shape("definite").search(text[: f.start])
        and not any(a <= f.start < b for a, b in asked)
    ]
    if listed:
        return None
    # "how many jobs are open each year for that": the figure of the one shown, the words
    # for jobs in it no list asked for
    if shape("of_shown_end").search(text):
        return FocusAsk(focus)
    # ("how much do they make and are there many jobs": the jobs a figure's words, of them)
    jobs = [j for j in cues.RECOMMEND_CUE.finditer(text) if not _within(j.span(), asked)]
    if (not cues.PRONOUN.search(text) and shape("many_named").search(text)) or jobs:
        return None
    # a question about something ("how long is the training?", "which pays more?"), not a
    # wish stated ("high salary and high demand", "no coding")
    if cues.PRONOUN.search(text) or cues.WHICH.search(text) or shape("question").match(text):
        return FocusAsk(
            focus,
            choosing=cues.WHICH.search(text) is not None,
            of_them=_THEM.search(text) is not None,
        )
    # a figure's name alone, asked ("salary?", "and the pay?"), or with the words that ask
    # it ("skills i need", "certs needed?"): said to what is on screen
    if message.text.endswith("?") and len(message.words) <= 3:
        return FocusAsk(focus)
    if _only_asking(text, asked) and not fields_in(text):  # "without a degree" refines
        return FocusAsk(focus)
    return None


def _leading_place(text: str) -> bool:
    """A place on screen said in the message's first sentence, within its first words."""
    first = pointed_places(text)
    sentence = re.split(r"[.!?]", text, maxsplit=1)[0]
    return bool(first) and first[0][0] < len(sentence) and len(text[: first[0][0]].split()) <= 6


#: a figure asked of all that is shown: "how much do they make", "what do those pay"
_THEM = re.compile(r"\b(?:they|them|those|these|all of them|each)\b")
#: words that only ask, around a figure's name ("skills i need", "how many yrs of school")
_ASKING_WORDS = re.compile(
    r"(?:and|so|ok|okay|hmm+|um+|uh+|well|the|a|an|of|i|me|do|does|would|will|need|needed|needs|required|"
    r"what|whats|pls|please|then|tho|though|for|it|there|any)"
)


def _only_asking(text: str, asked: list[tuple[int, int]]) -> bool:
    """A short message that is a figure's name and words that ask it, nothing else."""
    rest = blank(text, asked).split()
    return len(text.split()) <= 6 and all(_ASKING_WORDS.fullmatch(w) for w in rest)


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)
