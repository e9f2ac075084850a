"""Asking for the way in: "how do I become a nurse", "from cashier to nurse", "how do I get
from teaching to that", "…from trucking"; the goal, and the start where one is said."""

from __future__ import annotations

import re
from dataclasses import replace

from careerbot._utils.text import singular
from careerbot.understanding import cues
from careerbot.understanding.followups import Named
from careerbot.understanding.lexicon import shape
from careerbot.understanding.onscreen import refs
from careerbot.understanding.parsed import CLAUSE, Parsed
from careerbot.understanding.requests import Mention, OnScreen, Request, RoadmapAsk
from careerbot.understanding.resolution import Ambiguous, Match
from careerbot.understanding.scope import fields_in

#: words that begin a phrase after a career's name: "with no experience", "at 40", "if I…"
_JOINED = re.compile(r"\b(?:with|without|at|if|when|after|before|because|since|as|in|by|for)\b")


def _after_from(parsed: Parsed, named: Named) -> bool:
    return bool(shape("after_from").search(parsed.message.before(named.start)))


def _like_me(parsed: Parsed, named: Named) -> bool:
    """The career is the asker's own, said beside "like me": where a way in starts."""
    return bool(
        shape("like_me_after").match(parsed.message.after(named.end))
        or shape("like_me_before").search(parsed.message.before(named.start))
    )


def named_goal(parsed: Parsed) -> Mention | None:
    """The career way-in words name, the last that names one: "…, how do I get into
    nursing", "how do I get into welding with no experience", "want to get into software
    development, how do I make the switch"."""
    for said in reversed(list(shape("get_into").finditer(parsed.text))):
        first, end = parsed.word_at(said.start("rest")), said.end("rest")
        joined = _JOINED.search(parsed.text, said.start("rest"), end)
        for stop in (end, joined.start() if joined else None):
            if stop is not None and stop > said.start("rest"):
                named = parsed.slot(first, parsed.word_at(stop))
                if named is not None and isinstance(named.found, Match):
                    return named
                # "get into HR": careers sharing the name, not a field's words ("healthcare")
                if isinstance(named and named.found, Ambiguous) and not fields_in(
                    parsed.text[said.start("rest") : stop]
                ):
                    return named
    return None


def way_in(parsed: Parsed) -> Request:
    """The roadmap a way-in question asks for."""
    text = parsed.text
    if (back := shape("from_to_shown").search(text)) is not None:
        # "how do I get from teaching to that": from there to the career on screen
        first, last = parsed.word_at(back.start("start")), parsed.word_at(back.end("start"))
        return RoadmapAsk(OnScreen("it"), parsed.slot(first, last))
    found = parsed.found
    # "…from a CNA", "from cashier…": the start, wherever it is said
    starts = [
        f
        for f in found
        if f.role in ("self", "context") or _after_from(parsed, f) or _like_me(parsed, f)
    ]
    targets = [f for f in parsed.options if f not in starts]
    source = starts[-1].mention if starts else None
    if (start := shape("from").search(text)) is not None:
        # "…from trucking": a start named as the work, not as a catalog name
        first = parsed.word_at(start.start("start"))
        if source is None:
            source = parsed.slot(first, len(parsed.message.words))
        if source is not None:  # the goal is said before "from"
            said_from = parsed.word_at(start.start())
            targets = [f for f in targets if f.end <= said_from]
            message = replace(parsed.message, words=parsed.message.words[:said_from])
            before = [f for f in parsed.found if f.end <= said_from]
            parsed = Parsed(message, parsed.read_as, before, parsed.index)
    if targets and (one := _named_one_where_asked(parsed, targets)) is not None:
        # "the diesel mechanic one sounds cool, how would i get into that. also gas compressor
        # station thats outside alot right?": the one named where the way is asked
        return RoadmapAsk(one, source)
    if len(targets) >= 2 and (meant := _target_after_way(text, targets)) is not None:
        # "surveillance officer sounds cool… tellers make less… whats the actual path into
        # surveillance": the career the way is asked into, by a word of its name
        targets = [meant]
    if targets:
        words = parsed.message.words
        if (
            len(targets) >= 2
            and source is None
            # "nurse is standing all day too no? medical records sounds good, how I get into
            # that one": a career of a sentence before is no start
            and not _QUESTION_END.search(
                text, words[targets[-2].end - 1].end, words[targets[-1].start].start
            )
        ):
            source = targets[-2].mention
        return RoadmapAsk(targets[-1].mention, source)
    if (goal := named_goal(parsed)) is not None:
        return RoadmapAsk(goal, source)
    if (after := shape("become").search(text)) is not None:
        first = parsed.word_at(after.start("rest"))
        cut = CLAUSE.search(text, after.start("rest"))  # up to the clause's end
        last = parsed.word_at(cut.start()) if cut else len(parsed.message.words)
        named = parsed.slot(first, last)
        # "…into firefighting with zero experience": the name ends where a phrase about the
        # person or the way begins
        joined = _JOINED.search(text, after.start("rest"), cut.start() if cut else len(text))
        if (named is None or not isinstance(named.found, Match)) and joined is not None:
            named = parsed.slot(first, parsed.word_at(joined.start())) or named
        if named is not None:
            return RoadmapAsk(named, source)
    places = refs(text).places
    if not places and (named := _named_one(parsed)) is not None:
        return RoadmapAsk(named, source)  # "the multi agent one…, how would I get there"
    return RoadmapAsk(OnScreen(places[-1] if places else "it"), source)  # type: ignore[arg-type]


#: the way asked into a word: "the path into surveillance", "how to get into inspecting"
_WAY_INTO = re.compile(
    r"\b(?:path|way|route|road|get|getting|break|breaking|go|going|move|moving)\s+(?:in)?to\s+"
    r"(?:an?\s+|the\s+)?(?P<what>[a-z]+)"
)


def _target_after_way(text: str, targets: list[Named]) -> Named | None:
    """The one target a word after "the path into" is a word of."""
    for found in _WAY_INTO.finditer(text):
        word = singular(found.group("what"))
        meant = [t for t in targets if word in {singular(w) for w in t.mention.said.split()}]
        if len(meant) == 1:
            return meant[0]
    return None


#: the end of a question: a career asked of before it is no start ("nurse is standing all day
#: too no? medical records…"); one told of in a sentence before is ("I work as a barista.")
_QUESTION_END = re.compile(r"[?!]|\.\s")

#: a career on screen called by words of its name: "the multi agent one", "the hr one"
_NAMED_ONE = re.compile(r"\bthe (?P<words>(?:[a-z][\w'-]* ){1,3})one\b")


#: a sentence: up to its end mark, or the message's end
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def _named_one_where_asked(parsed: Parsed, targets: list[Named]) -> Mention | OnScreen | None:
    """A career on screen called by its place or by words of its name ("the diesel mechanic
    one") in the sentence that asks the way, where the careers named are all in others."""
    asked = cues.ROADMAP_CUE.search(parsed.text)
    if asked is None:
        return None
    sentence = next(
        (m for m in _SENTENCE.finditer(parsed.text) if m.start() <= asked.start() < m.end()),
        None,
    )
    if sentence is None:
        return None
    words = parsed.message.words
    if any(sentence.start() <= words[t.start].start < sentence.end() for t in targets):
        return None
    places = refs(sentence.group(0)).places
    if places:
        return OnScreen(places[-1])  # type: ignore[arg-type]
    return _named_one(parsed, sentence.start(), sentence.end())


def _named_one(parsed: Parsed, start: int = 0, end: int | None = None) -> Mention | None:
    found = _NAMED_ONE.search(parsed.text, start, len(parsed.text) if end is None else end)
    if found is None:
        return None
    first = parsed.word_at(found.start("words"))
    named = parsed.slot(first, parsed.word_at(found.end("words")))
    return named if named is not None and isinstance(named.found, Match | Ambiguous) else None
