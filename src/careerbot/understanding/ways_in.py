"""Asking for the way in: "how do I become a nurse", "from cashier to nurse", "how do I get
from teaching to that", "…from trucking"; the goal, and the start where one is said."""

from __future__ import annotations

from dataclasses import replace

from careerbot.understanding.followups import Named
from careerbot.understanding.lexicon import shape
from careerbot.understanding.onscreen import refs
from careerbot.understanding.parsed import CLAUSE, Parsed
from careerbot.understanding.requests import OnScreen, Request, RoadmapAsk


def _after_from(parsed: Parsed, named: Named) -> bool:
    return bool(shape("after_from").search(parsed.message.before(named.start)))


def way_in(parsed: Parsed) -> Request:
    """The roadmap a way-in question asks for."""
    text = parsed.text
    if (back := shape("from_to_shown").search(text)) is not None:
        # "how do I get from teaching to that": from there to the career on screen
        first, last = parsed.word_at(back.start("start")), parsed.word_at(back.end("start"))
        return RoadmapAsk(OnScreen("it"), parsed.slot(first, last))
    found = parsed.found
    # "…from a CNA", "from cashier…": the start, wherever it is said
    starts = [f for f in found if f.role in ("self", "context") or _after_from(parsed, f)]
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
    if targets:
        if len(targets) >= 2 and source is None:
            source = targets[-2].mention
        return RoadmapAsk(targets[-1].mention, source)
    if (after := shape("become").search(text)) is not None:
        first = parsed.word_at(after.start("rest"))
        cut = CLAUSE.search(text, after.start("rest"))  # up to the clause's end
        last = parsed.word_at(cut.start()) if cut else len(parsed.message.words)
        named = parsed.slot(first, last)
        if named is not None:
            return RoadmapAsk(named, source)
    places = refs(text).places
    return RoadmapAsk(OnScreen(places[-1] if places else "it"), source)  # type: ignore[arg-type]
