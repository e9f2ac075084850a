"""What a message asks, as an ordered list of small rules over one parsed message: the first
rule with an answer wins. A new shape of question is one rule here (or one lexicon row for a
rule that exists), in the place its precedence needs, plus its corpus row."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from careerbot._utils.text import fold, singular
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.understanding import cues, followups
from careerbot.understanding.chat import rude_or_kind
from careerbot.understanding.followups import Named
from careerbot.understanding.lexicon import shape, word_list
from careerbot.understanding.many import many_of
from careerbot.understanding.meanings import ASKED, term_named
from careerbot.understanding.onscreen import action, kind_spans, places_at, pointed_places, refs
from careerbot.understanding.pairs import HELD, compare_that, pair_of
from careerbot.understanding.parsed import SHORT, Parsed, is_roadmap
from careerbot.understanding.person_reading import read_person, traits_in
from careerbot.understanding.personal import (
    at_workplace,
    out_after,
    said_out,
    school_weighed,
    turned_down,
)
from careerbot.understanding.requests import (
    MOST,
    ChangeAsk,
    Chat,
    CompareAsk,
    FocusAsk,
    MeaningAsk,
    Mention,
    OnScreen,
    OtherAsk,
    ProfileAsk,
    Request,
    RoadmapAsk,
    ScreenAsk,
    Subject,
    WishAsk,
)
from careerbot.understanding.resolution import Ambiguous, Candidate, Match, NotFound
from careerbot.understanding.schooling import is_credential
from careerbot.understanding.scope import fields_in, scope_in, unjudged_meant
from careerbot.understanding.screen_rules import (
    asked_of_shown,
    changed,
    counted,
    credential_of_shown,
    each_asked_first,
    each_asked_last,
    figure_doubted,
    held_of_use,
    more_of_shown,
    own_job_asked,
    own_job_beside_shown,
    place_alone,
    set_against_unnamed,
    shown_acted_on,
    start_said,
    why_not,
    wish_of_named,
)
from careerbot.understanding.slang import ABBREVIATIONS, Unlisted
from careerbot.understanding.spotting import EVERYDAY
from careerbot.understanding.subjects import mention
from careerbot.understanding.ways_in import named_goal, way_in
from careerbot.understanding.wishing import wishes

Rule = Callable[[Parsed], Request | None]
#: "into it" read as a field is the pronoun: the career on screen, not information technology
_PRONOUN = re.compile(r"(?:(?:in|into|with) )?it")


#: words setting two careers side by side
_SET_BESIDE = re.compile(r"\b(?:or|vs\.?|versus|and|compared? (?:to|with)|against|over)\b")


def place_and_named(parsed: Parsed) -> CompareAsk | None:
    """ "like the number 2 one or logistics manager", "#3 vs a paralegal": the career in that
    place on screen set beside the one named."""
    places = places_at(parsed.text)
    if len(places) != 1:
        return None
    start, end, place = places[0]
    words = parsed.message.words
    spans = [(words[f.start].start, words[f.end - 1].end) for f in parsed.found]
    if any(a < end and start < b for a, b in spans):
        return None  # "middle school science teacher": the place's word is a name's
    named = [
        f
        for f in parsed.options
        if words[f.end - 1].end <= start or words[f.start].start >= end  # not the place's words
    ]
    if len(named) != 1 or len(parsed.options) > 2:
        return None
    first, last = sorted([(start, end), (words[named[0].start].start, words[named[0].end - 1].end)])
    between = parsed.text[first[1] : last[0]]
    if not _SET_BESIDE.search(between) or re.search(r"[.?!]\s", between):
        # ("makeup artist would kill my wrist. … whats the spa manager one like": sentences
        # apart, nothing set beside)
        return None
    shown = OnScreen(place)  # type: ignore[arg-type]
    wish = _weighed(parsed, named[0].mention)
    if start < words[named[0].start].start:
        return CompareAsk(shown, named[0].mention, parsed.focus, wish=wish)
    return CompareAsk(named[0].mention, shown, parsed.focus, wish=wish)


#: a place said as a clause of its own, leading the message: "ok the supervisor one. it
#: says…", "the 2nd one, how much do they make"
_PLACE_LEADS = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|hmm|alright|right|yeah|cool|then)\W+)*(?:the )?$"
)
_PLACE_ENDS = re.compile(r"^(?:\s+one)?\s*[.,:;!?-]")


def way_between_places(parsed: Parsed) -> RoadmapAsk | None:
    """ "how hard is it to go from the 2nd to the first": the way from one career on screen
    to another."""
    places = places_at(parsed.text)
    if len(places) != 2 or parsed.options:
        return None
    (a_start, a_end, source), (b_start, _, target) = places
    if not _FROM_BEFORE.search(parsed.text[:a_start]) or not _TO_BETWEEN.fullmatch(
        parsed.text[a_end:b_start]
    ):
        return None
    return RoadmapAsk(OnScreen(target), OnScreen(source))  # type: ignore[arg-type]


_FROM_BEFORE = re.compile(r"\bfrom (?:the |being (?:an? |the )?)?$")
_TO_BETWEEN = re.compile(r"(?: one)?\s+(?:to|into|->)\s+(?:the |being (?:an? |the )?)?")


def place_leading(parsed: Parsed) -> ProfileAsk | None:
    """A place on screen that leads the message as its own clause is what the rest asks of,
    whatever careers the rest names: "ok the supervisor one. it says 1-4 yrs prior exp, does
    leading a team of 6 mechanics count for that?"."""
    places = places_at(parsed.text)
    if len(places) != 1 or not parsed.options:
        return None
    start, end, place = places[0]
    if not (_PLACE_LEADS.match(parsed.text[:start]) and _PLACE_ENDS.match(parsed.text[end:])):
        return None
    words = parsed.message.words
    if any(words[f.start].start < end for f in parsed.found):
        return None  # a name inside the place's words, or before it
    return ProfileAsk(OnScreen(place), parsed.focus or "overall")  # type: ignore[arg-type]


#: the career just named, added to what is shown: "throw that in", "add it too"
_ADD_IT = re.compile(
    r"\b(?:throw|put|toss|chuck|bring) (?:that|it|them|em|him|her|those|that one) in\b|"
    r"\b(?:add|include) (?:that|it|them|em|that one|those)(?: too| as well| in)?\s*[?!.]*$"
)


def _named_pair(parsed: Parsed) -> tuple[Mention, Mention] | None:
    """Two careers the message compares, each found by a name."""
    pair = pair_of(parsed.message, parsed.read_as, parsed.found, parsed.index)
    if pair is None or pair[2]:
        return None
    first, second = pair[0].mention, pair[1].mention
    named = isinstance(first.found, Match) and isinstance(second.found, Match)
    return (first, second) if named else None


def follow_up_naming_one(parsed: Parsed) -> Request | None:
    """ "compare it with a dental assistant", "what about plumbers?", "X instead of Y"."""
    asked = followups.explicit(parsed.message, parsed.found, parsed.focus)
    if isinstance(asked, OtherAsk) and isinstance(asked.subject, Mention):
        one = next((f for f in parsed.options if f.mention == asked.subject), None)
        if one is not None and turned_down(parsed.text, parsed.message.words[one.start].start):
            return None  # "and i cant be a cop with my back": no question of cops
    # "compare multi agent with model compression": two named, though one is not said
    # whole, not the one shown beside the first
    if (
        isinstance(asked, CompareAsk)
        and asked.first == OnScreen("it")
        and not asked.more
        and (both := _named_pair(parsed)) is not None
        and asked.second in both
    ):
        asked = CompareAsk(both[0], both[1], parsed.focus)
    if isinstance(asked, CompareAsk) and asked.wish is None and not asked.more:
        # "how dangerous is it compared to being a cop": the wish the two are weighed on
        sides = (asked.first,) if asked.second is None else (asked.first, asked.second)
        asked = replace(asked, wish=_weighed(parsed, *sides))
    if isinstance(asked, OtherAsk) and asked.instead is None:
        # "electrician instead of welding": the side replaced, named by its work
        said = cues.WHAT_ABOUT.match(parsed.text.strip(" ?!.")) or cues.INSTEAD.match(
            parsed.text.strip(" ?!.")
        )
        if said is not None and said.group("instead"):
            first = parsed.word_at(said.start("instead"))
            gone = parsed.slot(first, parsed.word_at(said.end("instead")))
            if gone is not None and isinstance(gone.found, Match):
                asked = replace(asked, instead=gone)
    if isinstance(asked, OtherAsk) and asked.instead is None and _ADD_IT.search(parsed.text):
        return ChangeAsk(add=asked.subject)  # "what about actuary, throw that in"
    if isinstance(asked, OtherAsk) and asked.instead is None and not asked.against:
        # "what about coaching or being a ref": the two, side by side
        pair = pair_of(parsed.message, parsed.read_as, parsed.found, parsed.index)
        if pair is not None and not pair[2] and pair[1].mention == asked.subject:
            return CompareAsk(pair[0].mention, pair[1].mention, parsed.focus)
    if asked is not None or parsed.found:
        return asked
    # "what about video editing then": a job named by its work, which no name spots whole
    text = parsed.text.strip(" ?!.")
    compared = cues.COMPARE_WITH.match(text)
    if (
        compared is not None
        and compared.group("name").split()[0] not in _NOT_A_SIDE
        # ("compare routing" names one side and asks the other)
        and re.search(r"\b(?:it|this|that)\b", text[: compared.start("name")]) is not None
    ):
        # "how does it compare to pr", "compare it with teaching": the work, named
        start, end = compared.span("name")
        other = parsed.slot(parsed.word_at(start), parsed.word_at(end))
        if other is not None and isinstance(other.found, (Match, Ambiguous)):
            return OtherAsk(other, against=True, focus=parsed.focus)
    about = cues.WHAT_ABOUT.match(text)
    if about is None or not shape("asked_about").match(text) or about.group("instead"):
        return None
    if shape("in_general").search(about.group("name")):  # "what about outdoor ones"
        return None
    start, end = about.span("name")
    if any(start <= a and b <= end for a, b in cues.cue_spans(text)):
        return None  # "what about top 10% do they make 6 figs": a figure asked, no job
    if any(f.start <= start and end <= f.end for f in scope_in(text)):
        return None  # "what about the hours": a wish no source rates, no job
    named = parsed.slot(parsed.word_at(about.start("name")), parsed.word_at(about.end("name")))
    return OtherAsk(named) if named is not None and isinstance(named.found, Match) else None


#: words that begin no career set beside the one shown: "compare them with each other"
_NOT_A_SIDE = frozenset({"each", "one", "them", "those", "these", "both", "all", "the"})


def said_then_compared(parsed: Parsed) -> CompareAsk | None:
    """ "what about welding tho, isnt that way faster than electrician?": the work asked
    about, then set against a career by a pronoun ("that"): the two compared."""
    said = _PRONOUN_THAN.search(parsed.text)
    if said is None:
        return None
    words = parsed.message.words
    after = [f for f in parsed.options if words[f.start].start >= said.end()]
    asked = _ASKED_ABOUT.search(parsed.text[: said.start()])
    if len(after) != 1 or asked is None:
        return None
    first = parsed.slot(parsed.word_at(asked.start("what")), parsed.word_at(asked.end("what")))
    if first is None or not isinstance(first.found, Match):
        return None
    return CompareAsk(first, after[0].mention, parsed.focus or "overall")


#: a pronoun set against a career: "isnt that way faster than", "would it pay more than"
_PRONOUN_THAN = re.compile(
    r"\b(?:is|isn'?t|isnt|would(?:n'?t)?|does(?:n'?t)?|will|wont)\s+(?:that|it|this)\s+"
    r"(?:\w+\s+){0,3}?than\s+"
)
#: work asked about: "what about welding tho,"
_ASKED_ABOUT = re.compile(
    r"\b(?:what|how) about\s+(?P<what>[a-z][a-z -]{1,30}?)(?:\s+(?:tho|though|then|instead|"
    r"too))?\s*(?:[,?.!]|$)"
)


def named_then_which(parsed: Parsed) -> CompareAsk | None:
    """ "I keep hearing about data analytics and cybersecurity. Which of those would make
    more sense for someone like me": the careers named in the sentence before, weighed; from
    the job they do, where they say it."""
    asked = _WHICH_OF_THOSE.search(parsed.text)
    if asked is None:
        return None
    words = parsed.message.words
    start = max(parsed.text.rfind(end, 0, asked.start() - 1) for end in ".!?;")
    told = parsed.person
    current = told.person.current if told is not None else None
    named = [
        f
        for f in parsed.options
        if start < words[f.start].start < asked.start()
        and not said_out(parsed.message, f)
        and not (isinstance(f.mention.found, Match) and f.mention.found.slug == current)
    ]
    mentions = [f.mention for f in named]
    if len(mentions) < 2:
        mentions = _pair_before(parsed, asked.start())
    if not 2 <= len(mentions) <= MOST:
        return None
    wish = WishAsk(person=Person(current=current)) if current else None
    focus = parsed.focus or ("entry_barrier" if current else "overall")
    return CompareAsk(mentions[0], mentions[1], focus, more=tuple(mentions[2:]), wish=wish)


def _pair_before(parsed: Parsed, end: int) -> list[Mention]:
    """The two kinds of work a sentence ends on, joined ("hearing about data analytics and
    cybersecurity."), each read as a name."""
    said = _PAIR_ENDS.search(parsed.text[:end])
    if said is None:
        return []
    found = [
        parsed.slot(parsed.word_at(said.start(side)), parsed.word_at(said.end(side)))
        for side in ("a", "b")
    ]
    return [m for m in found if m is not None and not isinstance(m.found, NotFound)]


_PAIR_ENDS = re.compile(
    r"\b(?:about|into|between|considering|like|either|doing|learning)\s+"
    r"(?P<a>[a-z][a-z -]{1,30}?)\s+(?:and|or|vs\.?)\s+(?P<b>[a-z][a-z -]{1,30}?)\s*[.!?;]?\s*$"
)
#: a choice asked among careers just named: "which of those would make more sense"
_WHICH_OF_THOSE = re.compile(
    r"(?:^|[.!?;]\s*)(?:so |and |but |ok )?which (?:one )?of "
    r"(?:those|these|them|the two|the three)\b"
)


def several_at_once(parsed: Parsed) -> CompareAsk | None:
    """ "pharmacist, physician assistant or nurse practitioner": three or four compared;
    an item named by its work, which no name spots whole ("data science, nursing or
    electrician"), is one of them."""
    run = many_of(parsed.message, parsed.found)
    if run is not None:
        # "Not roofers! Building inspector vs cost estimator": one turned down is no side
        run = [
            named
            for named in run
            if not turned_down(parsed.text, parsed.message.words[named.start].start)
        ]
    mentions = [named.mention for named in run] if run is not None else _listed(parsed)
    if mentions is not None and len(mentions) < MOST and (listed := _listed(parsed)):
        # "mail carrier vs amazon delivery driver vs warehouse supervisor": every item of
        # the list, where one was not spotted on its own
        mentions = listed if len(listed) > len(mentions) else mentions
    if mentions is None or len(mentions) < 2:
        return None
    wish = _weighed(parsed, *mentions)
    return CompareAsk(mentions[0], mentions[1], parsed.focus, more=tuple(mentions[2:]), wish=wish)


def _listed(parsed: Parsed) -> list[Subject] | None:
    """The careers of a list of three or four that ends the message ("…: A, B or C"), each
    item the longest run of its last words that names one career; None unless all do."""
    whole = parsed.text.rstrip(" ?!.")
    if not _COMPARING.search(whole):
        return None
    # the list ends the message, or else the sentence or clause it is said in ("np vs pa vs
    # md, which is the best bang for buck")
    ends = [
        whole,
        *(
            whole[: m.start()]
            for m in _LIST_END.finditer(whole)
            if _ASKED_AFTER.match(whole, m.end())
        ),
    ]
    found = next((f for text in ends if (f := _list_ending(text)) is not None), None)
    if found is None:
        return None
    text = found.string[: found.end()]
    items = [m.span() for m in _ITEM.finditer(text, found.start(), found.end())]
    if not 3 <= len(items) <= MOST:
        return None
    mentions: list[Subject] = []
    loose: Mention | None = None
    asking = parsed.cue_words(parsed.text)  # "which involves more coding, X or Y": asked of two
    for a, b in items:
        first, last = parsed.word_at(a), parsed.word_at(b)
        if asking & set(range(first, last)):
            return None
        spotted = [f for f in parsed.options if first <= f.start and f.end <= last]
        named = spotted[-1].mention if spotted else _named_at_end(parsed, first, last)
        if named is None and found.re is _VS_LIST:  # "middleware": the item's words whole
            item = parsed.slot(first, last)
            named = item if item is not None and isinstance(item.found, Match) else None
        if named is None and loose is None:
            # one item of the list may name its career loosely, the others plainly: "what
            # about escrow or title stuff or property management"
            named = loose = _loosely_named(parsed, a, b)
        if named is None:
            return None
        mentions.append(named)
    return mentions


def _list_ending(text: str) -> re.Match[str] | None:
    """ "A, B or C"; or "model routing vs middleware vs multi agent engineer", ending ``text``."""
    tail = max(0, len(text) - _LIST_CHARS)
    return (_LIST_TAIL.search(text, tail) if "," in text[tail:] else None) or _VS_LIST.search(
        text, tail
    )


#: where a list said first may end: a sentence's or clause's end, a question of it after
_LIST_END = re.compile(r"\s*[,.;!?]+\s|\s+[-–—:]\s+")
_ASKED_AFTER = re.compile(
    r"(?:so |and |but |ok )?(?:which|what|whats|who|how|whos|pay|salary|salaries|growth|outlook|"
    r"openings|(?:do|does|are|is|would|will|can) (?:they|it|these|those|any|all|each)\b)\b"
)
#: words around a list item that name no career: "what about X", "title stuff"
_ITEM_PADDING = re.compile(
    r"^(?:(?:what|how) about|maybe|like|or|and|some|any)\s+|\s+(?:stuff|things?|work|jobs?|"
    r"type|kind|related|field|side|one)$"
)


def _loosely_named(parsed: Parsed, start: int, end: int) -> Mention | None:
    """An item's words, their padding taken off, read as a name: a career that has them,
    or the kinds that do."""
    said = parsed.text[start:end]
    while (bare := _ITEM_PADDING.sub("", said)) != said:
        said = bare
    if not said or len(said.split()) > 2:
        return None
    named = mention(said, parsed.index, exact=False)
    return named if isinstance(named.found, (Match, Ambiguous)) else None


def _named_at_end(parsed: Parsed, first: int, last: int) -> Mention | None:
    for start in range(max(first, last - 3), last):
        named = parsed.slot(start, last)
        if named is None:
            continue
        # a generic name ("teaching") is the kind most people do, as in any comparison
        if isinstance(named.found, Ambiguous) or (
            isinstance(named.found, Match) and named.found.best.score >= 1.0
        ):
            return named
    return None


#: a list ending the message: items of one to four words, commas between, "or" before the last
_JOIN = r"(?:or|vs|versus|and)"
_WORDS = rf"(?!(?:{_JOIN}|an?|the)\b)[a-z][\w'-]*(?: (?!{_JOIN}\b)[a-z][\w'-]*){{0,3}}"
_LIST_TAIL = re.compile(
    rf"\b{_WORDS}(?:\s*,\s*{_WORDS}){{1,2}}\s*,?\s*{_JOIN}\.?\s+(?:an? |the )?{_WORDS}$"
)
_VS_LIST = re.compile(rf"\b{_WORDS}(?:\s+(?:vs\.?|versus|or)\s+(?:an? |the )?{_WORDS}){{2,3}}$")
_ITEM = re.compile(rf"\b{_WORDS}")
#: the most characters such a list takes: four items of up to four words
_LIST_CHARS = 160
_COMPARING = re.compile(r"\b(?:or|vs|versus|which|between|compare|comparing|better|best)\b")


#: an amount said where a career's name would stand ("…pays close to 70k")
_AMOUNT = re.compile(
    r"\s*[$£€]?\s?\d[\d,.]*\s*(?:k|grand|thousand|%|bucks|dollars|usd)?"
    r"(?:\s*(?:an?|per|/|each|every)\s*(?:hour|hr|year|yr|month|mo|week|wk|day|shift))?\s*$"
)


#: a pair said back with a verdict on them after it: "…?? thats MORE stress not less",
#: "…?? those are both desk jobs"
_JUDGED_AFTER = re.compile(
    r"\s*(?:\?\s*){2,}(?:lol\s+|lmao\s+|bro\s+|dude\s+)?(?:that'?s|thats|those are|these are|"
    r"they'?re|theyre|both are|both of those are|neither)\b"
)


#: a question of why, leading the message
_WHY_LEADS = re.compile(r"^(?:(?:wait|so|but|ok|okay|and|hmm|lol|bro)\W+)*why\b")


def why_they_differ(parsed: Parsed) -> CompareAsk | None:
    """ "wait why do paramedics only have 5k openings but cops have 54k??": two careers set
    against each other on a figure, asked why: the two, compared on it."""
    if len(parsed.options) != 2 or parsed.focus in (None, "overall"):
        return None
    if not _WHY_LEADS.match(parsed.text):
        return None
    first, second = parsed.options
    if not all(isinstance(f.mention.found, Match | Ambiguous) for f in (first, second)):
        return None
    return CompareAsk(first.mention, second.mention, parsed.focus)


#: what joins two careers said as either one: "a buyer or purchasing agent"
_EITHER_ONE = re.compile(r"\s*(?:,\s*)?(?:or|/)\s*(?:an?\s+|maybe\s+(?:an?\s+)?)?")


def _between(parsed: Parsed, first: Named, second: Named) -> str:
    words = parsed.message.words
    return parsed.text[words[first.end - 1].end : words[second.start].start]


def _way_asked_apart(parsed: Parsed, last: Named) -> str | None:
    """The place on screen the way in is asked of in a sentence after the pair's, if so."""
    asked = cues.ROADMAP_CUE.search(parsed.text)
    end = parsed.message.words[last.end - 1].end
    if (
        asked is None
        or asked.start() < end
        or not re.search(r"[.!?]", parsed.text[end : asked.start()])
    ):
        return None
    places = refs(parsed.text[asked.start() :]).places
    return places[-1] if places else None


def _field_word(parsed: Parsed, side: Named) -> bool:
    """Whether a side of a pair is shorthand that names a field ("tech"), naming no one career
    ("teaching" is teachers' work)."""
    words = parsed.message.words
    if side.end - side.start != 1 or words[side.start].key not in ABBREVIATIONS:
        return False
    if isinstance(side.mention.found, Match):
        return False
    start, end = words[side.start].start, words[side.end - 1].end
    return any(f.judged and f.start <= start and end <= f.end for f in scope_in(parsed.text))


#: words that leave a name open: "planning or whatever", "something in sales"; a clause
#: said after "or" ("…or do u need a degree") names none
_VAGUE = re.compile(
    r"\b(?:whatever|wtv|something|smth|stuff|things?|idk|etc)\b|"
    r"^(?:do|does|did|is|are|should|can|could|would|will|u|you|i|we|they|need)\s"
)


def _echoed(parsed: Parsed, named: Named) -> bool:
    """A career said back in disbelief: "aviation inspector?? I never said I like cars"."""
    return _DISBELIEF.match(parsed.text, parsed.message.words[named.end - 1].end) is not None


_DISBELIEF = re.compile(r"\s*\?\s*[?!]")


def _asked_apart(parsed: Parsed, first: Named, second: Named) -> bool:
    """The two named in a question of their own, the way in asked in a later sentence that
    names something else (not "the second one", not "it")."""
    text, words = parsed.text, parsed.message.words
    end = words[second.end - 1].end
    if not re.match(r"[^.!?]{0,40}\?", text[end:]) or is_roadmap(text[: text.index("?", end)]):
        return False
    later = text[text.index("?", end) + 1 :]
    cue = cues.ROADMAP_CUE.search(later)
    return (
        cue is not None
        and is_roadmap(later)
        and not _POINTED.match(later, cue.end())
        and not _POINTED.match(later, max(0, cue.start() - 12))
    )


#: a way in asked of the careers named before: "get into it", "either one", "the second one"
_POINTED = re.compile(
    r"\W*(?:\w+\s+)?(?:it|that one|this one|them|either|both|one of them|the (?:first|second|"
    r"last|other|latter|former)|which(?: one)?)\b"
)


def two_named(parsed: Parsed) -> Request | None:
    """ "nurse or teacher?" compares; "from cashier to nurse" asks the way between."""
    pair = pair_of(parsed.message, parsed.read_as, parsed.found, parsed.index)
    if pair is None:
        return None
    first, second, joined_by_to = pair
    if _AMOUNT.match(first.mention.said) or _AMOUNT.match(second.mention.said):
        return None  # "work that pays close to 70k": an amount is no career
    if any(is_credential(s.mention.said) for s in (first, second)):
        return None  # "i believe a masters or CPA is enough": credentials, no careers
    if any(_VAGUE.search(s.mention.said) for s in (first, second)):
        return None  # "the office side, like logistics or planning or whatever": a kind of work
    if joined_by_to and any(s.role == "context" for s in (first, second)):
        return None  # "my parents immigrated from vietnam and want me to be a doctor": theirs
    if singular(fold(first.mention.said)) == singular(fold(second.mention.said)):
        return None  # "take it from base to base", "state to state": an idiom, no pair
    places = [s for s in (first, second) if shape("workplace").fullmatch(s.mention.said)]
    if places and not joined_by_to:
        # "something like hospital or compounding": where, not which careers ("from
        # warehouse to truck driving" is still the way from a warehouse job)
        return None
    if turned_down(parsed.text, parsed.message.words[first.start].start):
        return None  # "how am i gonna be a conductor or a cop in a wheelchair": neither
    if out_after(parsed.message, second):
        return None  # "i faint at blood lol so doctor/nurse is out": both turned down
    if _JUDGED_AFTER.match(parsed.text, parsed.message.words[second.end - 1].end):
        return None  # "police and paramedic?? thats MORE stress not less": both turned down
    side_end = parsed.message.words[first.end - 1].end
    if _REFUSED_BEFORE.search(parsed.text[:side_end].removesuffix(first.mention.said)):
        return None  # "doc says no more ladders or roofs": things refused, no comparison
    if at_workplace(parsed.text, parsed.message.words[second.start].start):
        return None  # "a store manager at a big box retail place": where they work
    if _kind_of_jobs(parsed, first) or _kind_of_jobs(parsed, second):
        return None  # "other animal jobs that pay better than vet tech": a kind of work
    if _field_word(parsed, first) or _field_word(parsed, second):
        return None  # "curious about tech or data": fields of work, no two careers
    if _same_career(first.mention, second.mention):
        # "whats the diff between a dietitian and a nutritionist? also thinking personal
        # trainer": two names of one occupation, beside another career named
        others = [
            f
            for f in parsed.options
            if (f.start >= second.end or f.end <= first.start)
            and not _echoed(parsed, f)
            and not turned_down(parsed.text, parsed.message.words[f.start].start)
        ]
        if others:
            return CompareAsk(first.mention, others[0].mention, parsed.focus)
    if parsed.roadmap and not joined_by_to and _asked_apart(parsed, first, second):
        # "case manager or social worker with just a bachelors? and can i get into HR": the
        # pair is its own question, the way in asked of something else
        return CompareAsk(first.mention, second.mention, parsed.focus)
    if parsed.roadmap and not joined_by_to and (start := start_said(parsed)) is not None:
        # "data analyst vs cybersecurity analyst, which is the easier transition from
        # accounting": the switch to each from there
        told = WishAsk(person=Person(current=start))
        return CompareAsk(first.mention, second.mention, parsed.focus or "entry_barrier", wish=told)
    if parsed.roadmap and not joined_by_to and (place := _way_asked_apart(parsed, second)):
        # "no im still comparing electrician vs lineman. how do i get into the second one":
        # the way into the one the later sentence points at
        return RoadmapAsk(OnScreen(place))  # type: ignore[arg-type]
    if (
        parsed.roadmap
        and not joined_by_to
        and _EITHER_ONE.fullmatch(_between(parsed, first, second))
    ):
        # "how would i get into being a buyer or purchasing agent": into the one said last
        # (two names of one line of work, or either), from no job of these
        return RoadmapAsk(second.mention)
    if parsed.roadmap or joined_by_to:
        return RoadmapAsk(second.mention, first.mention)
    wish = _weighed(parsed, first.mention, second.mention)
    if (own := _own_set_beside(parsed)) is not None:
        # "im a teacher rn… how does instructional designer or corporate trainer compare to
        # teaching": their own job beside the two
        return CompareAsk(first.mention, second.mention, parsed.focus, more=(own,))
    return CompareAsk(first.mention, second.mention, parsed.focus, wish=wish, also=parsed.also)


#: the job they do named as what the careers are set against: "compare to teaching",
#: "stack up against my current job"
_AGAINST_OWN = re.compile(
    r"\b(?:compare|compares|compared|stack|stacks) (?:up )?(?:to|with|against|vs) (?:(?:my|our) "
    r"(?:current |own )?(?:job|work|career)|what i do(?: now)?|(?:being an? )?(?P<work>[a-z]+))\b"
)


def _own_set_beside(parsed: Parsed) -> Mention | None:
    """Their own job, where the careers are said to be compared to it."""
    own = [f.mention for f in parsed.found if f.role == "self"]
    found = _AGAINST_OWN.search(parsed.text)
    if not own or found is None:
        return None
    work = found.group("work")
    said = own[-1].said.split()[-1] if own[-1].said.split() else ""
    if work and not (len(work) > 4 and said[:5] == work[:5]):
        return None  # "compare to nursing" said by a teacher is another career
    return own[-1]


def _same_career(one: Mention, other: Mention) -> bool:
    found, also = one.found, other.found
    return isinstance(found, Match) and isinstance(also, Match) and found.slug == also.slug


def _kind_of_jobs(parsed: Parsed, side: Named) -> bool:
    """A side said as a kind of jobs, no career: "animal jobs", "jobs with animals" (a word
    several careers share; "EMT work" is the EMT's)."""
    if not isinstance(side.mention.found, Ambiguous):
        return False
    said = re.escape(side.mention.said)
    kind = rf"\b{said}\s+{_JOBS}|{_JOBS}\s+(?:with|around|involving)\s+{said}\b"
    return re.search(kind, parsed.text) is not None


_JOBS = r"(?:jobs|careers|fields|roles|occupations)\b"


#: things refused, said right before a pair: "no more ladders or roofs"
_REFUSED_BEFORE = re.compile(
    r"\b(?:no more|no longer|never again|can'?t do|cant do|cannot do|can'?t handle|"
    r"cant handle|avoid)\s+(?:any\s+|the\s+|more\s+)?$"
)


#: a correction of the career taken: "i asked about bus driver not truck", "i meant X not Y"
_CORRECTED = re.compile(
    r"\b(?:asked about|asking about|meant|mean|talking about|said)\s+[^.?!,;]+?\s+not\s+"
    r"(?:an? |the )?[^.?!,;\s]+(?: [^.?!,;\s]+)?"
)


def _weighed(parsed: Parsed, *compared: Subject) -> WishAsk | None:
    """The wish two careers are weighed on: "teacher or nurse, which is less stressful" (a
    trait, asked which), "how dangerous is it compared to being a cop" (a wish no source
    rates, said so). The words of the careers ``compared`` are none of it ("radiologic
    tech" wishes for no technology, "elevator repair guy" for no repair work)."""
    if parsed.focus is not None:
        return None
    # "i asked about BUS driver not truck": a correction, no dislike of trucks
    rest = _CORRECTED.sub(lambda m: " " * len(m[0]), parsed.rest)
    for subject in compared:
        if isinstance(subject, Mention) and subject.said:
            rest = re.sub(rf"\b{re.escape(subject.said)}\b", lambda m: " " * len(m[0]), rest)
    # what they tell of themselves ("for someone who hates chem", "i hate blood"): a dislike
    # is weighed as the least of it
    told = read_person(rest).person
    # a trait asked which of them has, or said of themselves ("im ok at math but not a
    # genius"): weighed as it is
    about_them = cues.WHICH.search(parsed.text) or _SELF.search(parsed.text)
    traits = traits_in(rest) if about_them else ()
    likes = tuple(dict.fromkeys((*traits, *told.likes, *told.values)))
    dislikes = tuple(t for t in told.dislikes if t not in told.likes)
    likes = tuple(t for t in likes if t not in dislikes)
    unjudged = tuple(dict.fromkeys(f.name for f in scope_in(rest) if not f.judged))
    if not (likes or dislikes or unjudged):
        return None
    return WishAsk(person=Person(likes=likes, dislikes=dislikes), not_judged=unjudged)


#: "compare that to driving a garbage truck w my cdl", "does it pay more than bartending":
#: what is shown set against work named the long way round, up to the clause's end or what
#: they hold
_COMPARE_SHOWN_TO = re.compile(
    r"(?:^|[.!?;,]\s*|\b(?:ok|okay|so|now|and|but|pls|please|hmm+|um+|uh+|well|alright|yeah|"
    r"ya|lol|actually)\s+)(?:(?:compare|stack) "
    r"(?:that|it|this|them|those|the two|both)(?: one)? (?:up )?(?:to|with|w/?|against|vs\.?|"
    r"versus)|(?:does|do|would|will|is|are) (?:it|that|this|they|that one|this one) (?:pay|make|"
    r"earn|get paid|paid) (?:more|less|better|worse) than) (?P<rest>[^,.;!?]+)"
)
_HELD_AFTER = re.compile(rf"\s{HELD}\b")


def set_against_shown(parsed: Parsed) -> CompareAsk | OtherAsk | None:
    """ "ok thats solid. compare that to driving a garbage truck w my cdl, city job": the
    work named set against what is on screen, though no catalog name is said whole."""
    said = _COMPARE_SHOWN_TO.search(parsed.text)
    if said is None:
        return None
    end = said.end("rest")
    if (held := _HELD_AFTER.search(parsed.text, said.start("rest"), end)) is not None:
        end = held.start()
    first, last = parsed.word_at(said.start("rest")), parsed.word_at(end)
    whole = [f for f in parsed.options if first <= f.start < last]
    # a name said whole: the follow-up naming it answers ("compare that with infosec
    # analyst"), but for pay set against it ("do they make more than millwrights?")
    if whole and (len(whole) > 1 or " than " not in said.group(0)):
        return None
    named = whole[0].mention if whole else parsed.slot(first, last, unknown=True)
    if named is None:
        return None
    if (wish := _weighed(parsed, named)) is not None:
        # "which is easier on my hands?" said with it: the wish the two are weighed on
        return CompareAsk(OnScreen("it"), named, parsed.focus, wish=wish)
    return OtherAsk(named, against=True, focus=parsed.focus)  # the question on screen, or asked


#: where a career others urge on the person ends: "…wants me to do accounting but…"
_URGED_END = re.compile(r"[,.;:!?()]|\b(?:but|and|though|tho|while|whereas|because|cause)\b")


def urged_against_own(parsed: Parsed) -> CompareAsk | None:
    """ "my mum wants me to do accounting but I like air traffic control, how do they
    compare?": the career others urge on them, weighed against the one they name."""
    asked = action(parsed.text) == "compare" or shape("weighing").search(parsed.text)
    if len(parsed.options) != 1 or not asked:
        return None
    for urged in shape("urged").finditer(parsed.text):
        first = parsed.word_at(urged.end())
        if first >= parsed.options[0].start:
            continue
        cut = _URGED_END.search(parsed.text, urged.end())
        last = min(
            parsed.word_at(cut.start()) if cut else len(parsed.message.words),
            parsed.options[0].start,
        )
        said = next((f.mention for f in parsed.found if first <= f.start < last), None)
        said = said or parsed.slot(first, last)
        if said is not None and isinstance(said.found, Match | Ambiguous):
            return CompareAsk(said, parsed.options[0].mention, parsed.focus)
    return None


#: careers asked for by their likeness to one named: "jobs similar to paralegal", "something
#: like nursing but less stress", "what jobs r safer from ai but similar to paralegal"
_LIKE_ONE = re.compile(
    r"\b(?:similar to|related to|close to|akin to|comparable to|along the lines of|"
    r"(?:jobs?|careers?|roles?|work|something|anything|options|fields?|professions?|"
    r"occupations?|others?|stuff|ones?) (?:like|similar to))\s+(?:a |an |the |being (?:a |an )?|"
    r"working as (?:a |an )?|what (?:a |an )?)?$"
)


def like_one_named(parsed: Parsed) -> WishAsk | None:
    """ "jobs similar to paralegal", "careers like nursing with less stress": the moves from
    that career, with any wish said beside it; the career is not the person's own job."""
    options = [f for f in parsed.found if f.role == "option"]
    if not options:  # "careers similar to nursing": a field said so, a new list in it
        fields = [f for f in scope_in(parsed.text) if f.judged]
        if fields and _LIKE_ONE.search(parsed.text[: fields[0].start]):
            wish = parsed.person or wishes(parsed.message, parsed.rest)
            return None if wish is None else replace(wish, afresh=True)
        return None
    if len(options) != 1 or (slug := _slug(options[0].mention)) is None:
        return None
    before = parsed.text[: parsed.message.words[options[0].start].start]
    if not _LIKE_ONE.search(before):
        return None
    wish = parsed.person or wishes(parsed.message, parsed.rest) or WishAsk()
    if wish.person.current and wish.person.current != slug:
        return None  # "i'm a cashier, want something like retail": from their own job
    person = replace(wish.person, current=slug, same_skills=True, from_shown=True)
    # a new career to start from: a new list, not the one on screen narrowed
    return replace(wish, person=person, personal=True, tentative=False, afresh=True)


def lacking_in_shown(parsed: Parsed) -> Request | None:
    """ "none of these have kids tho?? i want to keep working w kids": the list shown lacks
    what they want, so it is refined to it, not asked of."""
    if not shape("lacking_shown").match(parsed.text) or parsed.options:
        return None
    wish = parsed.person
    told = wish.person if wish is not None else None
    if wish is None or told is None or not (told.likes or told.values or told.dislikes):
        return None
    return replace(wish, refining=True, person=replace(told, insisted=told.likes))


def kind_word_alone(parsed: Parsed) -> OtherAsk | None:
    """ "what about electrical", "civil instead": one word that opens several careers' names
    ("Electrical Engineers", "Electrical Drafters") and names no field. Beside a career
    of such a kind on screen it is that kind ("electrical engineers" after mechanical ones);
    otherwise the wish its words tell."""
    asked = cues.WHAT_ABOUT.match(parsed.text) or cues.INSTEAD.match(parsed.text)
    if asked is None or asked.group("name") is None or scope_in(parsed.text):
        return None
    word = asked.group("name").strip(" ?!.")
    if (
        " " in word
        or not word.isalpha()
        or any(f.role == "option" and f.mention.exact for f in parsed.found)
    ):
        return None
    named = mention(word, parsed.index, exact=False)
    if not isinstance(named.found, Ambiguous):
        return None
    instead = asked.groupdict().get("instead")
    replaced = mention(instead.strip(" ?!."), parsed.index, exact=False) if instead else None
    otherwise = person_told(parsed) or wished(parsed)
    if not isinstance(otherwise, WishAsk) or otherwise.preferences.items or otherwise.scope:
        # read as no wish ("ok what about hr"), the later rules read it; a wish the figures
        # judge ("and remote?") is no Remote Sensing Scientist
        return None
    return OtherAsk(
        named,
        replaced,
        against=asked.groupdict().get("against") is not None,
        otherwise=otherwise,
    )


#: more careers asked for beside one pointed at: "the 3rd pays too little, what else"
_MORE_OF_THEM = re.compile(r"\b(?:else|other|others|instead|similar|like (?:it|that|this))\b")


def person_told(parsed: Parsed) -> Request | None:
    """What the person says of themselves, or asks what fits them: a shortlist; but a trait's
    words alone, where a career is named as plainly, ask about that career."""
    wish = parsed.person
    if wish is None or shape("credential").search(parsed.text):
        return None  # "how do I get my CDL and start driving": the way in, not a liking
    if (
        parsed.focus not in {None, "overall"}
        and not wish.person
        and not wish.asking  # "failed my boards, what else can i do with my degree"
        and not shape("many").search(parsed.text)
        and _field_named(parsed) is not None
    ):
        return None  # "thinking about accounting. how long to learn": the work's figure
    if shape("doubt").match(parsed.text) and not _SELF.search(parsed.text):
        return None  # "so the 53k leaves out half the agents?": of what is shown
    if _figure_asked_of_named(parsed) and not (wish.person.current or wish.person.excluded):
        # "how long would it take me to learn software dev if im self teaching, no degree":
        # a figure of the career named, whatever is told beside it
        return None
    if (
        wish.person.current
        and cues.ROADMAP_CUE.search(parsed.text)
        and len(moved := [f for f in parsed.options if not _is(f.mention, wish.person.current)])
        == 1
    ):
        # "cnc programmer at 68k beats what im making. how do i get into it from where i am…
        # how long would that take me": the way there from their job, its time in all
        return RoadmapAsk(moved[0].mention, _own_job(parsed, wish.person.current))
    them = wish.person
    placed = pointed_places(parsed.text)
    if (
        placed
        and parsed.focus not in {None, "overall"}
        and not _MORE_OF_THEM.search(parsed.text)
        and not (them.likes or them.values or them.excluded)
    ):
        # "the truck driver one (4) how long does the cdl take… i got a kid so i cant be gone
        # on the road for weeks": the figure asked of the one pointed at
        return ProfileAsk(OnScreen(placed[0][2]), parsed.focus, also=parsed.also)  # type: ignore[arg-type]
    if placed and not (them.likes or them.dislikes or them.values or them.excluded):
        # "#3 sounds right up my alley! do I need a certificate, can you do it part time?":
        # asked of a career shown, however many wishes its questions hold; "the dispatcher
        # one sounds good. would my trucking experience count for that": the way to it
        # from their job
        if them.current is None:
            return None
        return RoadmapAsk(OnScreen(placed[0][2]), _own_job(parsed, them.current))  # type: ignore[arg-type]
    if placed and _PLACE_LEADS.match(parsed.text[: placed[0][0]]) and not them.excluded:
        # "the last one, what do they even do all day and how do i get into that with like
        # a chem minor": asked of the one the message starts by pointing at
        shown = OnScreen(placed[0][2])  # type: ignore[arg-type]
        if is_roadmap(parsed.text):
            return RoadmapAsk(shown, _own_job(parsed, them.current) if them.current else None)
        return ProfileAsk(shown, parsed.focus or "overall", also=parsed.also)
    # ("bioinformatics scientist lol… what can i actually get into": laughed off, no goal)
    options = [f for f in parsed.found if f.role == "option" and not said_out(parsed.message, f)]
    current = wish.person.current
    if is_roadmap(parsed.text) and len(options) == 1:
        # "I've taught high school English… want to switch to instructional coordinator,
        # how do I get there?": the way from the job they do to the one they go to; but
        # "dental assistant, what can I move into" names the job they do
        target = options[0]
        before = parsed.text[: parsed.message.words[target.start].start]
        if shape("to_it_from").search(before):
            # "how do i get into that from software dev": to the career on screen, from it
            return RoadmapAsk(OnScreen("it"), target.mention)
        gone_to = shape("gone_to").search(before)
        if gone_to or not _is(target.mention, current):
            source = _own_job(parsed, current)
            same = source is not None and _is(target.mention, _slug(source))
            return RoadmapAsk(target.mention, None if same else source)
    if is_roadmap(parsed.text) and _TO_IT.search(parsed.text) and (current or not options):
        # "i'm a software developer now, how would i switch to it": from their job to the
        # career on screen; "how do i get into that with a biology degree": to it
        return RoadmapAsk(OnScreen("it"), _own_job(parsed, current) if current else None)
    goal = named_goal(parsed) if is_roadmap(parsed.text) else None
    if goal is not None and not _is(goal, current):
        # "how do I get into welding with no experience", "bartender, want to get into
        # software development, how do I make the switch": the way in, from their job
        return RoadmapAsk(goal, _own_job(parsed, current) if current else None)
    if current and _BACK_IN.search(parsed.text) and not (wish.person.likes or wish.scope):
        # "used to do IT helpdesk. want to get back in": that job, as it stands now
        back = _own_job(parsed, current)
        return ProfileAsk(back, parsed.focus or "overall") if back is not None else wish
    if current and _WORTH_ASKED.search(parsed.text) and (weighed := _weighed_move(parsed)):
        # "im a 3rd year teacher… thinking about going back for school counseling. is it
        # worth it??": the work weighed, beside the job they do
        own = _own_job(parsed, current)
        if own is not None and not _is(weighed, current):
            return CompareAsk(own, weighed, "overall", own_first=True)
    if _ranking_in_a_field(parsed, wish):
        return None  # "highest paying jobs in tech": one figure ranked within a field
    if wish.tentative and _named_plainly(parsed):
        return None
    # "tell me about social work": a question about one career, whatever its words suggest,
    # unless the career is one they rule out ("but I don't want to be a teacher")
    if shape("about_one").search(parsed.text) and not wish.person.excluded:
        named = parsed.leftover(about=True)
        # "i fix cars for a living": the job they said they do is no career asked about
        told = any(f.role == "self" and _is(f.mention, current) for f in parsed.found)
        if named is not None and isinstance(named.found, Match | Ambiguous):
            return wish if told and _is(named, current) else None
    return wish


def _figure_asked_of_named(parsed: Parsed) -> bool:
    """A figure asked of the one career named, in its clause ("how long would it take me to
    learn software dev")."""
    options = [f for f in parsed.found if f.role == "option"]
    if parsed.focus in (None, "overall") or len(options) != 1:
        return False
    start = parsed.message.words[options[0].start].start
    clause_start = max((m.end() for m in re.finditer(r"[,.;!?]", parsed.text[:start])), default=0)
    return any(clause_start <= a and b <= start for a, b in cues.cue_spans(parsed.text))


def _weighed_move(parsed: Parsed) -> Mention | None:
    """The work a person says they are thinking of ("thinking about going back for school
    counseling"), read as a career, if it names one."""
    about = shape("thinking_of").search(parsed.text)
    if about is None:
        return None
    said = parsed.slot(parsed.word_at(about.start("what")), parsed.word_at(about.end("what")))
    return said if said is not None and isinstance(said.found, Match) else None


def praised_one(parsed: Parsed) -> ProfileAsk | None:
    """ "ok forget realtor, property manager sounds safer. is it worth it at 45?": the one
    chosen, and what is asked of it (a wish no source judges, such as age, said with it)."""
    praised = [
        f
        for f in parsed.options
        if shape("praised_after").match(parsed.text, parsed.message.words[f.end - 1].end)
        and not said_out(parsed.message, f)
    ]
    if len(praised) != 1 or is_roadmap(parsed.text):
        return None
    words = parsed.message.words
    later = [f for f in parsed.options if f.start > praised[0].start]
    asked = [f for f in later if _ASKED_NEXT.search(parsed.text[: words[f.start].start])]
    if asked:
        # "the psychiatric aide is interesting. but what about LPN? … is that possible at my
        # age": the one asked about next, and what is asked of it
        unjudged = unjudged_meant(parsed.text[words[asked[0].end - 1].end :])
        wish = WishAsk(Preferences(), not_judged=unjudged) if unjudged else None
        return ProfileAsk(asked[0].mention, parsed.focus or "overall", wish=wish)
    # what is asked of it after the praise ("safer" is the praise, not a wish of safety)
    said = shape("praised_after").match(parsed.text, words[praised[0].end - 1].end)
    unjudged = unjudged_meant(parsed.text[said.end() :]) if said is not None else ()
    wish = WishAsk(Preferences(), not_judged=unjudged) if unjudged else None
    return ProfileAsk(praised[0].mention, parsed.focus or "overall", wish=wish)


#: a career asked about next, after one praised: "…but what about LPN"
_ASKED_NEXT = re.compile(r"\b(?:what|how) about\s+(?:an? |the )?$")
#: words setting two careers as alternatives, not one after the other
_EITHER = re.compile(r"\W*(?:or|vs\.?|versus|and/or)\b")
#: a first job said as a start: "start as an xray tech", "if i start out as a surveyor",
#: "get in as a cna first", "work my way up from teller"
_START_AS = re.compile(
    r"\b(?:(?:start|starting|begin|beginning)(?: out| off)? (?:as|with)|get (?:in|my foot in the "
    r"door) as|work (?:my|your|their) way up from|"
    # "how long would it take me to get there starting from call center"
    r"(?:starting|coming|going|switching|moving)(?: over| out)? from) (?:an? |the |my )?$"
)


def switch_weighed(parsed: Parsed) -> Request | None:
    """ "im a data scientist, should i switch to software dev?", "thinking of pivoting to
    on-device ai engineering. worth it?", "ive managed a retail store… could i move into
    HR?": the job they do against the one weighed, the switch between them on the card (the
    way in, where that is asked, is a roadmap)."""
    roadmap = is_roadmap(parsed.text)
    options = [f for f in parsed.found if f.role == "option" and not said_out(parsed.message, f)]
    begun = [f for f in options if _START_AS.search(parsed.text[: _start_of(parsed, f)])]
    if len(begun) == 1 and len(options) <= 2:
        # "can i start as an xray tech and move into mri later?", "if i start as a surveyor
        # can i move into civil engineering": the way from the first to the next
        later = [f for f in options if f is not begun[0]]
        # ("how many yrs of experience before u can be a supply chain manager, can i start
        # as a logistician and move up": the one named before, the goal)
        goal = (
            later
            and (
                later[0].end <= begun[0].start
                or _SWITCH_TO.search(parsed.text[: _start_of(parsed, later[0])])
                # "start as a pharmacy tech then pharmacist?" (not "start as a cna or an aide")
                or not _EITHER.match(
                    parsed.text[
                        parsed.message.words[begun[0].end - 1].end : _start_of(parsed, later[0])
                    ]
                )
            )
        )
        then = later[0].mention if goal else _switched_to(parsed, begun[0].end)
        if then is not None:
            return RoadmapAsk(then, begun[0].mention, focus=parsed.focus)
    spotted = next((f for f in parsed.found if f.role == "self"), None)
    told = parsed.person
    current = told.person.current if told is not None else None
    own = spotted.mention if spotted is not None else _own_job(parsed, current)
    if own is None:
        return None
    after = spotted.end if spotted is not None else 0
    if len(options) > 1 or (roadmap and options):
        return None  # a way to one spotted whole is the way in's to ask (``person_told``)
    if options:
        at = parsed.message.words[options[0].start].start
        if options[0].start < after or not _SWITCH_TO.search(parsed.text[:at]):
            return None
        target: Mention | None = options[0].mention
    else:
        target = _switched_to(parsed, after) or _school_career(parsed)
    if target is None or _is(target, _slug(own)) or _is(target, current):
        return None
    if roadmap or parsed.focus in {"learning_curve", "entry_barrier"}:
        # "warehouse worker here, how long to switch to electrician?", "could i move into
        # HR?": the way, and its time
        return RoadmapAsk(target, own, focus=parsed.focus)
    return CompareAsk(own, target, parsed.focus, own_first=True)


def _start_of(parsed: Parsed, named: Named) -> int:
    return parsed.message.words[named.start].start


def _school_career(parsed: Parsed) -> Mention | None:
    """ "thinking about going to pharmacy school": the career that school is for."""
    slug = school_weighed(parsed.text)
    if slug is None or turned_down(parsed.text, 0):
        return None
    return mention(slug.replace("-", " "), parsed.index)


def _switched_to(parsed: Parsed, after: int) -> Mention | None:
    """The work a move is asked into where no name was spotted whole ("could i move into
    HR?": human resources, whichever kind): the words after the move, where they name
    careers."""
    for found in _SWITCH_INTO.finditer(parsed.text):
        first = parsed.word_at(found.end())
        if first < after:
            continue
        end = _WORDS_END.search(parsed.text, found.end())
        words = parsed.text[found.end() : end.start() if end else len(parsed.text)]
        words = _LATER.sub("", words.strip())
        last = parsed.word_at(found.end() + len(words))
        said = parsed.slot(first, last) if last > first else None
        # the words whole are the name ("human resources", "civil engineering"), not a word
        # among others ("in under 6 months of training") nor a field ("move into tech")
        whole = said is not None and fold(said.said) == fold(words)
        if said is not None and whole and isinstance(said.found, Match | Ambiguous):
            named_field = any(f.judged and f.end - f.start == len(words) for f in scope_in(words))
            return None if named_field else said
    return None


#: when, said after the work moved into: "civil engineering later"
_LATER = re.compile(
    r"\s+(?:later(?: on)?|someday|eventually|one day|down the (?:road|line)|in the future|"
    r"after(?:wards?)?|too|as well|now|instead)$"
)
#: the verbs of a move from one job to another: "switch", "pivoting", "moving", "jump"
_MOVE_VERB = r"switch(?:ing)?|pivot(?:ing)?|mov(?:e|ing)|transition(?:ing)?|jump(?:ing)?"
#: the move's verb, the work said next: "could i move into ", "switch to "
_SWITCH_INTO = re.compile(rf"\b(?:{_MOVE_VERB})(?: over)? (?:in)?to (?:an? |the )?")
#: where the words of the work said end
_WORDS_END = re.compile(r"[,.;!?]|\b(?:and|but|or|because|since|instead|from)\b")


#: a move to the career named next: "should i switch to", "thinking of pivoting into"
_SWITCH_TO = re.compile(
    rf"\b(?:{_MOVE_VERB}|chang(?:e|ing)(?: careers?)?|(?:make|making) the (?:switch|jump|move)|"
    r"retrain(?:ing)?(?: as)?)"
    r"(?: over)?(?: (?:in)?to| as)?(?: (?:an?|the|being an?|becoming an?))?\s+$"
)
#: a return to the work they did: "want to get back in", "go back to it"
_BACK_IN = re.compile(
    r"\b(?:want|wanna|trying|try|looking|hoping|hope|need|plan(?:ning)?|ready) to (?:get |go |come "
    r"|jump )?back (?:in\b|into (?:it|that|the field|the industry|the workforce)|to (?:it|that)\b)"
)
#: the person speaking of themselves
_SELF = re.compile(r"\b(?:i|i'?m|im|my|me|i'?ve|ive|i'?d)\b")
#: a way asked to what is on screen: "switch to it", "get into that", "become one"
_TO_IT = re.compile(
    r"\b(?:to|into|become|becoming|be)\s+(?:it|that|this|that one|this one|there|one)\W*"
    # "how do i get into that with a biology degree": what they hold said after
    r"(?:(?:with|having|holding) (?:a|an|my) [a-z' ]{0,30}\b(?:degree|diploma|certificate|"
    r"bachelor'?s|master'?s|associate'?s|ged)\W*)?$"
)


def _ranking_in_a_field(parsed: Parsed, wish: WishAsk) -> bool:
    """Whether the message asks for the top of one figure within a field ("highest paying
    jobs in tech", "most openings, high school diploma only"), which says nothing of the
    person: no job they do, nothing they dislike or value."""
    person = wish.person
    if person.current or person.dislikes or person.values or person.not_judged:
        return False
    if person.schooling or person.schooling_least:
        return False  # "…with just an associate's": a limit only the shortlist holds
    plain = wishes(parsed.message, parsed.rest)
    if plain is None or not plain.superlative or not plain.scope:
        return False
    if len([p for p in plain.preferences.items if p.weight > 0]) != 1:
        return False
    # a liking is the person's ("jobs with animals": tasks with animals), unless the words
    # name the field the jobs are in ("jobs in tech") or no liking was read
    text = parsed.rest
    named_in = any(
        shape("in_field").search(text[: f.start]) or text.startswith("in ", f.start)
        for f in scope_in(text)
    )
    return not person.likes or named_in


def _slug(said: Mention) -> str | None:
    return said.found.best.slug if isinstance(said.found, Match) else None


def _is(said: Mention, slug: str | None) -> bool:
    """Whether ``said`` names the career ``slug``: read as it, or a shared name of it and
    others ("line cook for 5 years": the job they do, whichever kind)."""
    if slug is None:
        return False
    if isinstance(said.found, Ambiguous):
        return any(c.slug == slug for c in said.found.candidates)
    return _slug(said) == slug


def _own_job(parsed: Parsed, current: str | None) -> Mention | None:
    """The job the person said they do, as it was named, or as it was read."""
    said = next((f.mention for f in parsed.found if f.role == "self"), None)
    if said is not None or current is None:
        return said
    return Mention(current, Match(Candidate(current, 1.0, current)), exact=True)


def _named_plainly(parsed: Parsed) -> bool:
    """A question about one career named by words the spotter did not take alone ("vet
    tech", "do data scientists need to code?", "how do I become a life coach")."""
    about = shape("about_one").search(parsed.text) is not None or is_roadmap(parsed.text)
    if not (parsed.focus or about or len(parsed.message.words) <= SHORT):
        return False
    named = parsed.leftover(about=about)
    if named is None:
        return False
    # "tell me about astronaut chefs": a career asked about, known or not
    return about or isinstance(named.found, Match | Unlisted)


#: licences whose name is a career's shorthand ("cdl" for truck drivers)
LICENCES = word_list("licence_names")


def asked_way_in(parsed: Parsed) -> Request | None:
    """ "how do I become a nurse?", "how do I get a license?": the roadmap."""
    if not parsed.roadmap:
        return None
    way = way_in(parsed)
    if (
        isinstance(way, RoadmapAsk)
        and isinstance(way.target, Mention)
        and _AMOUNT.match(way.target.said)
    ):
        return None  # "work that pays close to 70k": an amount is no career to get to
    if (
        isinstance(way, RoadmapAsk)
        and isinstance(way.target, Mention)
        and isinstance(way.source, Mention)
        and _slug(way.target) is not None
        and _slug(way.target) == _slug(way.source)
    ):
        return None  # "an accountant (CPA)… a career change": the job glossed, no way to it
    if (
        isinstance(way, RoadmapAsk)
        and isinstance(way.target, Mention)
        and isinstance(way.source, Mention)
        and fold(way.source.said) in LICENCES
    ):
        # "how do i get into the ups driver thing, do i need a cdl?": a licence asked about,
        # no job they come from
        way = RoadmapAsk(way.target, None, way.focus)
    credential = shape("credential").search(parsed.text) is not None  # "get my CDL": the one shown
    if (
        isinstance(way, RoadmapAsk)
        and isinstance(way.target, OnScreen)
        and way.source is None
        and not credential
    ):
        # "how do I get into healthcare with no degree": no career named, a field is; its
        # ways in, the easiest first
        field = wishes(parsed.message, parsed.rest)
        # "how do I get into it": the career on screen, not information technology
        named = [
            f
            for f in fields_in(parsed.rest)
            if not _PRONOUN.fullmatch(parsed.rest[f.start : f.end])
        ]
        if field is not None and field.scope and named and not refs(parsed.text).places:
            easy = Preference("entry_barrier", "low")
            if field.preferences.get("entry_barrier") is None:
                field = replace(field, preferences=field.preferences.with_item(easy))
            return field
    if credential and isinstance(way, RoadmapAsk) and isinstance(way.target, OnScreen):
        # "how do I get my CDL": the licence names its job ("cdl"), the way to that job
        licensed = [f.mention for f in parsed.found if isinstance(f.mention.found, Match)]
        if len(licensed) == 1 and way.source == licensed[0]:
            return RoadmapAsk(licensed[0], None, parsed.focus)
    return RoadmapAsk(way.target, way.source, parsed.focus) if isinstance(way, RoadmapAsk) else way


def second_to_come(parsed: Parsed) -> CompareAsk | None:
    """ "compare routing with", "nurse vs": a comparison with its second side to come."""
    said = shape("one_sided").search(parsed.text)
    if said is None or len(parsed.options) > 1:
        return None
    if parsed.options:
        return CompareAsk(parsed.options[0].mention, None, parsed.focus)
    words = parsed.message.words
    ends = [i for i, w in enumerate(words) if w.start >= said.start() and w.end <= said.end()]
    inner = [i for i in range(len(words)) if i not in ends]
    if not inner or len(inner) > SHORT:
        return None
    named = parsed.slot(inner[0], inner[-1] + 1, unknown=True)
    return CompareAsk(named, None, parsed.focus) if named is not None else None


#: fields that are limits on a way in: said with a figure asked, careers within them
_LIMITS = frozenset({"no_degree", "no_licence"})


def on_screen_unnamed(parsed: Parsed) -> Request | None:
    """ "the first one", "which pays more?", "how do I get into it": about what is shown,
    unless the words name a career the catalog spells differently ("how much do welders
    make")."""
    if parsed.found:
        return None
    shown = followups.on_screen(parsed.message, parsed.focus, parsed.roadmap)
    if isinstance(shown, FocusAsk) and {f.name for f in fields_in(parsed.rest)} & _LIMITS:
        return None  # "what pays well without a degree": careers within it, ranked
    if isinstance(shown, ProfileAsk) and shown.also is None and parsed.also is not None:
        # "how long is school for the second one and do i need a license": both answered
        shown = replace(shown, also=parsed.also)
    left = parsed.leftover()
    if shown is None or left is None or _everyday_only(left):
        return shown
    # "the third one, the elevator guy": a place and a name said of it; the name is the
    # surer of the two
    if (
        isinstance(shown, ProfileAsk)
        and isinstance(shown.subject, OnScreen)
        and isinstance(left.found, Match)
        and _APPOSITION.search(parsed.text)
    ):
        return ProfileAsk(left, shown.focus)
    if isinstance(shown, ProfileAsk | RoadmapAsk) and kind_spans(parsed.text):
        return shown  # "the 5th one, the mining one": the place, glossed by its work
    return None


#: a place on screen and a name set side by side with a comma or a dash
_APPOSITION = re.compile(r"\w\s*(?:,|-|–|—)\s*\w")


def _wishful(parsed: Parsed) -> bool:
    """Asks for careers in general: "is welding a good career for a 17 year old" does not."""
    return bool(cues.RECOMMEND_CUE.search(parsed.rest)) and not shape("is_it").search(parsed.text)


def one_named(parsed: Parsed) -> Request | None:
    """One career named (once, or twice as "site reliability engineer (SRE)"): about it."""
    options = _distinct(parsed.options)
    if len(options) > 1:  # "carpenter?? no. tell me about bookkeeping clerk": the one left
        options = [o for o in options if not said_out(parsed.message, o)]
    if len(options) > 1:  # "…but r they closing post offices too?": places, not careers
        options = [o for o in options if not shape("workplace").fullmatch(o.mention.said)]
    if len(options) != 1 or (_wishful(parsed) and not options[0].mention.exact):
        return None
    if _field_of_jobs(parsed, options[0]):
        # "any farming jobs that pay decent": the field's careers, not farmworkers
        return wishes(parsed.message, parsed.message.text)
    if _KIND_ONES.search(parsed.text) and _BOTH.search(parsed.text):
        # "show the skills for both the designer ones side by side": those shown, by a word
        # of their names
        return ScreenAsk("compare", focus=parsed.focus)
    if (all_of := _COMPARE_ALL.search(parsed.text)) is not None:
        # "isnt a nutritionist different from a dietitian?? compare all three": those shown,
        # with the one named among them
        return ScreenAsk(
            "compare", focus=parsed.focus, count=counted(all_of.group(0)), add=(options[0].mention,)
        )
    against = parsed.focus is not None and _AGAINST.search(parsed.text) is not None
    weighed = parsed.focus in (None, "overall") and _WORTH_ASKED.search(parsed.text) is not None
    return ProfileAsk(
        options[0].mention, parsed.focus or "overall", against, weighed=weighed, also=parsed.also
    )


#: careers shown, called by a word of their names: "the designer ones", "the nursing ones"
_KIND_ONES = re.compile(r"\bthe (?:[a-z]+ ){1,2}ones\b")
_BOTH = re.compile(r"\b(?:both|side by side|compare|all of)\b")
#: every career talked of, compared, said at the end: "compare all three", "compare them all"
_COMPARE_ALL = re.compile(
    r"\bcompare (?:all(?: of them| three| 3| four| 4)?|them all|all the (?:three|3|four|4))\W*$"
)
#: jobs of a kind, asked for in the plural: "farming jobs", "ag careers"
_JOBS_AFTER = re.compile(r"\s*(?:/\s*\w+\s*)?(?:jobs|careers|roles|positions|options|fields)\b")


def _field_of_jobs(parsed: Parsed, named: Named) -> bool:
    """A career's name that is also a field's word, said before "jobs": the field."""
    words = parsed.message.words
    start, end = words[named.start].start, words[named.end - 1].end
    if not _JOBS_AFTER.match(parsed.text, end):
        return False
    return any(f.start <= start and end <= f.end for f in scope_in(parsed.text))


#: whether a career is worth it, asked: "is being a dental hygienist worth it", "is nursing a
#: good career", "should i become a plumber"
_WORTH_ASKED = re.compile(
    r"\b(?:worth it|worth (?:getting into|doing|going into|becoming|pursuing|the (?:time|money|"
    r"effort|school))|(?:a )?good (?:career|job|choice|option|path|field|move|idea)|should i "
    r"(?:be|become|go into|do|pursue|get into|train as|study)|is it worth)\b"
)


#: a figure asked of one career against another: "how much more does the vet make"
_AGAINST = re.compile(r"\b(?:more|less|better|worse|higher|lower|than|compared|vs)\b")


#: asked whether one job must come before another: "do i need to be a nurse first for np?",
#: "do you have to be an rn before becoming a nurse practitioner"
_NEEDED_BEFORE = re.compile(
    r"\b(?:need|have|got|gotta|required|supposed|must)(?: to)? (?:be|become|work as|start as)"
    r"(?: an?| the)?\s*$"
)
_FIRST_FOR = re.compile(
    r"^\s*(?:first|before(?:hand)?|already)?\s*(?:,\s*)?(?:to (?:be|become|get into|go into)|"
    r"for|before (?:becoming|being|going into|doing)|if i want to (?:be|become|do))"
    r"(?: an?| the)?\s*$"
)


#: the career shown set against two more: "compare w/ bus driver and delivery driver"
_SHOWN_WITH = re.compile(
    r"^(?:(?:and|ok|okay|so|now|can you|could you|pls|please)\s+)*(?:compare|stack)"
    r"(?:\s+(?:it|that|this|that one|this one|them))?(?:\s+up)?\s+(?:with|w/?|to|against|vs\.?)\s"
)


def shown_with_two(parsed: Parsed) -> CompareAsk | None:
    """ "compare w/ bus driver and delivery driver" said to a card: the career shown beside
    both named (never one of them dropped)."""
    options = _distinct(parsed.options)
    if len(options) != 2 or not _SHOWN_WITH.match(parsed.text):
        return None
    words = parsed.message.words
    between = parsed.text[words[options[0].end - 1].end : words[options[1].start].start]
    if not re.fullmatch(r"\s*(?:,|and|&|\+|,\s*and)\s*(?:an?\s+|the\s+)?", between):
        return None
    return CompareAsk(OnScreen("it"), options[0].mention, parsed.focus, more=(options[1].mention,))


def needed_first(parsed: Parsed) -> RoadmapAsk | None:
    """ "do i need to be a nurse first for np?": the way into the second, which says what
    it asks first (a licence, a job held before)."""
    options = _distinct(parsed.options)
    if len(options) != 2:
        return None
    first, second = options
    words = parsed.message.words
    before = parsed.text[: words[first.start].start]
    between = parsed.text[words[first.end - 1].end : words[second.start].start]
    if _NEEDED_BEFORE.search(before) and _FIRST_FOR.match(between):
        return RoadmapAsk(second.mention)
    return None


def _distinct(named: list[Named]) -> list[Named]:
    seen: set[str] = set()
    out = []
    for item in named:
        found = item.mention.found
        key = found.slug if isinstance(found, Match) else item.mention.said
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def one_asked_about(parsed: Parsed) -> ProfileAsk | None:
    """A question about one career whose words are no catalog name as typed: "is being an
    influencer a real career?", "how long to learn welding"."""
    about = shape("about_one").search(parsed.text) is not None
    if _wishful(parsed) or parsed.found or not (parsed.focus is not None or about):
        return None
    # a figure asked of a field's one word, with no careers asked for ("how long to learn
    # accounting", "thinking about nursing, how long does it take"): the work it names
    of_work = parsed.focus is not None and not shape("many").search(parsed.text)
    subject = parsed.leftover(about=about) or (
        _field_named(parsed) if of_work and not about else None
    )
    if subject is None or _everyday_only(subject):
        return None  # "what skills would i need to pick up": no career's name left
    if len(places := refs(subject.said).places) == 1:  # "tell me more about number 2"
        return ProfileAsk(OnScreen(places[0]), parsed.focus or "overall")  # type: ignore[arg-type]
    return ProfileAsk(subject, parsed.focus or "overall")


def _field_named(parsed: Parsed) -> Mention | None:
    """The career one field's word names as its work ("accounting": accountants), read as
    a career name; None where it names none or several fields are said."""
    fields = [f for f in scope_in(parsed.rest) if f.judged]
    if len(fields) != 1 or len(parsed.rest[fields[0].start : fields[0].end].split()) != 1:
        return None
    field = fields[0]
    said = parsed.slot(parsed.word_at(field.start), parsed.word_at(field.end))
    return said if said is not None and isinstance(said.found, Match) else None


def _everyday_only(said: Mention) -> bool:
    """Words left that are all everyday ones ("pick up"), read as a career only by a near
    spelling ("Picker"): no career's name. Work with no occupation of its own ("life
    coach") is said so."""
    if isinstance(said.found, Unlisted) or said.exact:
        return False
    words = [singular(w) for w in re.findall(r"[a-z]+", said.said.lower())]
    return bool(words) and all(w in EVERYDAY or w in _LEFT_OVER for w in words)


#: particles and such left beside everyday words ("pick up", "go on")
_LEFT_OVER = frozenset({"up", "on", "off", "out", "over", "down", "away", "back"})


def wished(parsed: Parsed) -> Request | None:
    """Preferences, fields and wishes no figure judges: "remote jobs that pay well"."""
    return wishes(parsed.message, parsed.rest)


def last_named(parsed: Parsed) -> ProfileAsk | None:
    """Careers named and nothing else read: the last of them."""
    if not parsed.found:
        return None
    return ProfileAsk(parsed.found[-1].mention, parsed.focus or "overall", also=parsed.also)


def short_name(parsed: Parsed) -> Request | None:
    """A few words that name a career: "bookkeepers?"; "what about bookkeepers?",
    "multi-agent instead": the same question of another career."""
    if len(parsed.message.words) > SHORT or (subject := parsed.leftover()) is None:
        return None
    said = parsed.text.strip(" ?!.")
    if cues.WHAT_ABOUT.match(said) or cues.INSTEAD.match(said):
        return OtherAsk(subject)
    at = parsed.text.find(subject.said)
    if at > 0 and compare_that(parsed.text[:at]):  # "compare that to coaches": beside the shown
        return OtherAsk(subject, against=True)
    return ProfileAsk(subject, parsed.focus or "overall")


#: an apprenticeship named as the goal: the trade it leads to is the way's end
_APPRENTICE = re.compile(r"\b(?:apprentice|apprenticeship|trainee)s?\b")


def _apprenticed(request: Request, parsed: Parsed) -> Request:
    """ "steps to become an electrician apprentice": O*NET files "Electrician Apprentice"
    under the electricians' helpers, but the way asked for is the apprenticeship into the
    trade, so the roadmap ends at the trade (the helper's job is its first step)."""
    if not isinstance(request, RoadmapAsk) or not isinstance(request.target, Mention):
        return request
    target, source = request.target, request.source
    if isinstance(source, Mention) and _APPRENTICE.fullmatch(source.said):
        source = None  # "an apprentice plumber": no start named
    elif isinstance(source, Mention) and _APPRENTICE.fullmatch(target.said):
        target, source = source, None  # "a carpenter apprentice"
    if _APPRENTICE.search(target.said) is not None:
        words = " ".join(_APPRENTICE.sub(" ", target.said).split())
        trade = mention(words, parsed.index, exact=False)
        if isinstance(trade.found, Match):
            target = trade
    return replace(request, target=target, source=source)


def compared_to_named(parsed: Parsed) -> CompareAsk | None:
    """ "How does X compare to Y" with only Y spotted: X read as a name, both compared."""
    found = shape("how_compares").match(parsed.text)
    options = parsed.options
    if found is None or len(options) != 1 or _PRONOUN.fullmatch(found["x"]):
        return None
    if parsed.message.words[options[0].start].start < found.end():
        return None
    first = parsed.slot(parsed.word_at(found.start("x")), parsed.word_at(found.end("x")))
    if first is None or not isinstance(first.found, Match):
        return None
    return CompareAsk(first, options[0].mention, parsed.focus)


def meaning_asked(parsed: Parsed) -> MeaningAsk | None:
    """ "What does LLM exposure mean?", "what do you mean by openings": the figure's meaning,
    whatever is on screen; a career named makes it a question about that career."""
    if parsed.options or not ASKED.match(parsed.text):
        return None
    focus = term_named(parsed.text) or parsed.focus
    return MeaningAsk(focus) if focus is not None and focus != "overall" else None


def licence_asked(parsed: Parsed) -> Request | None:
    """ "how do you get a crane license", "real estate license?": the career the licence or
    certificate is for, by the words before it; the way in where it is asked for."""
    found = _LICENCE.search(parsed.text)
    if found is None or parsed.found:
        return None
    words = [w for w in found["what"].split() if w not in _ARTICLES]
    for start in range(max(0, len(words) - 3), len(words)):
        named = mention(" ".join(words[start:]), parsed.index, exact=False)
        # a name of several careers only where it is near whole ("real estate"), never a
        # loose likeness ("cosmetology" is no cosmetology inspector)
        outcome = named.found
        if isinstance(outcome, Match) or (
            isinstance(outcome, Ambiguous) and outcome.candidates[0].score >= _NEAR_WHOLE
        ):
            if cues.ROADMAP_CUE.search(parsed.text) or _GETTING.search(parsed.text):
                return RoadmapAsk(named)
            return ProfileAsk(named, "entry_barrier")
    return None


#: "<work> license/certification/cert/permit": the words of the work, up to four
_LICENCE = re.compile(
    r"\b(?P<what>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*) (?:licen[cs]es?|certifications?|"
    r"certificates?|certs?|permits?|tickets?)\b"
)
_GETTING = re.compile(r"\b(?:how (?:do|can|would|to)|get|getting|earn|obtain)\b")
_ARTICLES = frozenset({"a", "an", "the", "my", "your", "their"})
_NEAR_WHOLE = 0.95


#: tried in this order; the first answer wins
#: "compare all 3": how many careers the message says are compared
_ALL_OF = re.compile(r"\b(?:all|the|those|these) (?P<n>2|3|4|two|three|four)\b")
_COUNTS = {"2": 2, "two": 2, "3": 3, "three": 3, "4": 4, "four": 4}


def _with_shown(request: Request, parsed: Parsed) -> Request:
    """ "what about data scientist and cybersecurity, compare all 3" said to software
    developers' card: the career on screen is the third, never dropped."""
    if not isinstance(request, CompareAsk) or request.second is None:
        return request
    said = _ALL_OF.search(parsed.text)
    if said is None or _COUNTS[said.group("n")] != 2 + len(request.more) + 1:
        return request
    more = (request.second, *request.more)
    return CompareAsk(OnScreen("it"), request.first, request.focus, more=more)


RULES: tuple[Rule, ...] = (
    more_of_shown,
    meaning_asked,
    needed_first,
    shown_with_two,
    changed,
    figure_doubted,
    place_alone,
    why_not,
    like_one_named,
    way_between_places,
    place_and_named,
    place_leading,
    follow_up_naming_one,
    set_against_shown,
    set_against_unnamed,
    shown_acted_on,
    each_asked_last,
    each_asked_first,
    several_at_once,
    why_they_differ,
    named_then_which,
    said_then_compared,
    compared_to_named,
    two_named,
    praised_one,
    switch_weighed,
    urged_against_own,
    own_job_beside_shown,
    own_job_asked,
    lacking_in_shown,
    held_of_use,
    asked_of_shown,
    credential_of_shown,
    wish_of_named,
    kind_word_alone,
    person_told,
    asked_way_in,
    second_to_come,
    on_screen_unnamed,
    one_named,
    one_asked_about,
    wished,
    last_named,
    short_name,
    licence_asked,
)


def _also_asked(request: Request, parsed: Parsed) -> Request:
    """ "which pays more and which is faster to get into", asked of what is shown: the
    second figure answered beside the first."""
    if isinstance(request, FocusAsk) and request.also is None and parsed.also is not None:
        return replace(request, also=parsed.also)
    return request


def structured(parsed: Parsed) -> Request:
    for rule in RULES:
        if (request := rule(parsed)) is not None:
            return _with_shown(_apprenticed(_also_asked(request, parsed), parsed), parsed)
    # "shut up you stupid machine": no question, a feeling about the bot
    return Chat("smalltalk" if rude_or_kind(parsed.text) else "unclear")
