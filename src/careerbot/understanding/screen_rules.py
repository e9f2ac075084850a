"""Rules for messages about what is on screen and the person's own job: "add actuary",
"compare them", "vs electrical", "which is less stressful?", "why not nursing?", "I'm a
truck driver, how much do we make?". Which careers they mean, only the conversation knows."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from careerbot.careers.traits import by_name
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import Preferences
from careerbot.understanding import cues
from careerbot.understanding.amounts import DOUBLED_MARK, PAY_DOUBTED_AFTER
from careerbot.understanding.lexicon import shape
from careerbot.understanding.meanings import doubted
from careerbot.understanding.onscreen import (
    LEADING,
    PLACES,
    action,
    change,
    more_asked,
    moves_span,
    place_spans,
    places_at,
    refs,
    the_top,
)
from careerbot.understanding.parsed import CLAUSE, SHORT, Parsed, focus_of, is_roadmap
from careerbot.understanding.person_reading import MOVE, traits_in
from careerbot.understanding.requests import (
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
    Subject,
    WhyNotAsk,
    WishAsk,
)
from careerbot.understanding.resolution import Ambiguous, Match
from careerbot.understanding.schooling import credential_named, read_schooling
from careerbot.understanding.scope import scope_in
from careerbot.understanding.spotting import EVERYDAY
from careerbot.understanding.subjects import mention
from careerbot.understanding.wishing import wishes
from careerbot.understanding.workers import worker_of


def changed(parsed: Parsed) -> ChangeAsk | CompareAsk | None:
    """ "add actuary", "drop plumber", "drop the second one", "swap carpenter for roofer";
    said last, after what was said of it ("8-14 years for actuary?? insane. drop it"); said
    first, before the careers to compare instead ("drop hvac, plumber vs electrician")."""
    said, at_last = change(parsed.text), 0
    if said is None and (rest := _compared_after_drop(parsed)) is not None:
        return rest
    if said is None:
        # the last sentence, or the last clause where it changes by the career said before
        # it ("sonographer seems like a sweet spot, add it")
        sentences = list(_SENTENCE.finditer(parsed.text))
        clauses = list(_CLAUSE.finditer(parsed.text))
        last = sentences[-1] if len(sentences) >= 2 else None
        said = change(last.group(0)) if last is not None else None
        if said is None and len(clauses) >= 2:
            last = clauses[-1]
            said = change(last.group(0).strip())
            said = said if said is not None and _IT.fullmatch(said.add or said.drop or "") else None
        if said is None or last is None:
            return None
        at_last = last.start()

    def named(words: str | None) -> Mention | None:
        if words is None:
            return None
        if at_last and _IT.fullmatch(words):  # the career said before it in the message
            before = [f for f in parsed.found if parsed.message.words[f.start].start < at_last]
            return before[-1].mention if before else None
        at = parsed.text.find(words, at_last)
        first, last = parsed.word_at(at), parsed.word_at(at + len(words))
        # a career's name spotted whole there ("social worker", not "social")
        inside = [f for f in parsed.found if first <= f.start and f.end <= last]
        if len(inside) == 1:
            return inside[0].mention
        return parsed.slot(first, last, unknown=True)

    drop: tuple[Subject, ...] = ()
    if said.drop:
        found = refs(said.drop)
        places = PLACES[: found.top] if found.top else found.places  # "the top two", "2 and 4"
        # "drop pilots and reactor operators": each name said
        names = [] if places else [n.strip() for n in _NAMES_JOINED.split(said.drop) if n.strip()]
        ones = [one for n in names if (one := named(n)) is not None]
        drop = tuple(OnScreen(p) for p in places) or tuple(ones)  # type: ignore[arg-type]
    add = named(said.add)
    more: tuple[Mention, ...] = ()
    if add is not None and said.add is not None and _NAMES_JOINED.search(said.add):
        # "add statisticians and computer research scientists", "add software dev and the
        # model compression one": each name said, where each is a career
        names = [_ONE.sub("", n.strip()) for n in _NAMES_JOINED.split(said.add) if n.strip()]
        ones = [one for n in names if (one := named(n)) is not None]
        if len(names) >= 2 and len(ones) == len(names) and all(_career(o) for o in ones):
            add, more = ones[0], tuple(ones[1:])
    if add is None and not drop:
        return None
    # "put ultrasound back in, i want all 3": added beside the others, none swapped back out
    restore = said.restore and ALL_KEPT.search(parsed.text) is None
    return ChangeAsk(add=add, drop=drop, more=more, restore=restore)


#: all of them kept: "i want all 3", "as well", "keep both"
ALL_KEPT = re.compile(
    r"\b(?:all (?:3|three|4|four|of them)|as well|too|keep (?:both|all|them|the others))\b"
)


def _career(said: Mention) -> bool:
    return isinstance(said.found, (Match, Ambiguous))


def _compared_after_drop(parsed: Parsed) -> CompareAsk | None:
    """ "drop hvac, plumber vs electrician": the careers named after the drop, compared."""
    head, comma, _ = parsed.text.partition(",")
    dropped = change(head) if comma else None
    if dropped is None or dropped.add is not None:
        return None
    kept = [f for f in parsed.options if parsed.message.words[f.start].start > len(head)]
    if len(kept) < 2:
        return None
    more = tuple(f.mention for f in kept[2:4])
    return CompareAsk(kept[0].mention, kept[1].mention, parsed.focus, more=more)


#: careers named together in one change: "pilots and reactor operators", "a, b & c"
_NAMES_JOINED = re.compile(r"\s*(?:,|&|\band\b|\bplus\b)\s*(?:the )?")
#: a name said as "the … one": "the model compression one"
_ONE = re.compile(r"\s+ones?$")
#: a message's sentences, the last one a change to what is shown ("…insane. drop it")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_CLAUSE = re.compile(r"[^.!?,;]+[.!?,;]*")
_IT = re.compile(r"(?:it|that|that one|this one|this|them)")


def place_alone(parsed: Parsed) -> ProfileAsk | None:
    """ "the middle one", "the 2nd": a place on screen said alone, though its word may be
    a career's too ("middle" school)."""
    found = refs(parsed.text)
    words = [w.key for w in parsed.message.words if w.key not in {"the", "one", "pls", "please"}]
    if len(found.places) != 1 or len(words) != 1:
        return None
    return ProfileAsk(OnScreen(found.places[0]), parsed.focus or "overall")  # type: ignore[arg-type]


def set_against_unnamed(parsed: Parsed) -> OtherAsk | None:
    """ "vs electrical", "or primary": a word set against the career on screen, read as a
    name even where it is a field's word; the career beside it settles which."""
    if parsed.options:
        return None
    said = cues.WHAT_ABOUT.match(parsed.text.strip(" ?!."))
    if said is None or said.group("against") is None or len(parsed.message.words) > SHORT:
        return None
    named = parsed.slot(parsed.word_at(said.start("name")), len(parsed.message.words), unknown=True)
    return OtherAsk(named, against=True) if named is not None else None


def more_of_shown(parsed: Parsed) -> ScreenAsk | None:
    """ "more", "what else", "tell me more", "the full comparison": more of what is shown,
    said alone, though its words may name a career ("full" is in Fuller Brush Worker)."""
    kind = more_asked(parsed.text)
    return ScreenAsk(kind) if kind is not None else None


def shown_acted_on(parsed: Parsed) -> Request | None:
    """What is on screen, compared, drawn or moved on from, with no career named."""
    if parsed.found:
        return None
    found, doing, focus = refs(parsed.text), action(parsed.text), parsed.focus
    if len(found.places) >= 2 and (way := _way_into_last_place(parsed.text)) is not None:
        return way
    if len(found.places) >= 2:  # "compare 1 and 3", "the first and the last"
        subjects = [OnScreen(p) for p in found.places[:4]]  # type: ignore[arg-type]
        # "is the first one or the second one easier on the body": weighed on that
        traits = _one_way(traits_in(parsed.rest))
        wish = WishAsk(Preferences(), person=Person(likes=traits)) if traits else None
        return CompareAsk(subjects[0], subjects[1], focus, more=tuple(subjects[2:]), wish=wish)
    many = shape("many").search(parsed.text) is not None  # "top 3 highest paying jobs": a list
    if found.top and (doing == "compare" or (len(parsed.message.words) <= SHORT and not many)):
        return ScreenAsk("compare", top=found.top, focus=focus)
    if found.top and focus and the_top(parsed.text) and not many:
        # "what do the top 3 pay": those shown, on that figure ("top 3 highest paying jobs"
        # asks for a new list)
        return ScreenAsk("compare", top=found.top, focus=focus)
    if doing == "moves" and _field_named_before(parsed.rest):
        return None  # "psychology related jobs": a field's careers, not moves from the shown
    if doing == "moves" and (told := parsed.person) is not None and told.person.current:
        return None  # "work in a warehouse, hate it… what could i switch to": from their job
    if doing == "moves":
        # "anything similar thats cheaper to get into": the moves, with what is wished of them
        return ScreenAsk("moves", focus=focus, wish=wishes(parsed.message, parsed.rest))
    if doing == "chart":
        return ScreenAsk("chart", focus=focus)
    if found.everything and doing == "compare":
        return ScreenAsk("compare", focus=focus, count=found.count)
    if doing == "compare" and _DIFFERENCE_ALONE.match(parsed.text):
        return ScreenAsk("compare", focus=focus)  # "whats the difference really"
    return None


def _way_into_last_place(text: str) -> RoadmapAsk | None:
    """ "the second one, dont those crews travel for weeks? … the fourth one sounds cool tho,
    how would i get into that": the way into the place the last sentence points at, the
    others spoken of before it."""
    said = places_at(text)
    if len(said) < 2:
        return None
    start = max((m.end() for m in re.finditer(r"[.!?]+\s", text[: said[-1][0]])), default=0)
    end = next((m.start() for m in re.finditer(r"[.!?]+(?:\s|$)", text[said[-1][1] :])), None)
    sentence = text[start : said[-1][1] + end if end is not None else len(text)]
    if start == 0 or any(place[0] >= start for place in said[:-1]):
        return None
    if not is_roadmap(sentence) or action(sentence) == "compare":
        return None
    return RoadmapAsk(OnScreen(said[-1][2]))  # type: ignore[arg-type]


#: the first few of what is shown, said as such: "the top 3", "the first two"
#: "what's the difference (really)?": of what is on screen
_DIFFERENCE_ALONE = re.compile(
    r"^(?:so |ok |okay |but |hmm+ |and )*(?:what(?:'?s| is| are) (?:the |even the )?"
    r"differences?|how (?:are|is) (?:they|it|that) different)(?: (?:really|then|tho|though|"
    r"exactly|between them))?\W*$"
)


def _field_named_before(text: str) -> bool:
    """A field's words right before the words asking for moves ("healthcare-related jobs")."""
    moved = moves_span(text)
    return moved is not None and any(
        not text[f.end : moved[0]].strip(" -") for f in scope_in(text) if f.end <= moved[0]
    )


#: "why?", "how come?", "why is that": the last answer, asked to be explained
_WHY_ALONE = re.compile(
    r"^(?:but |ok |okay |so |and |hmm |wait )?(?:why|how come|why is that|why so|whys that|"
    # "why so long", "why is it so high": the figure just answered
    r"why (?:is it |are they |is that )?so (?:long|high|low|much|little|many|few|short|"
    r"expensive|hard|easy|big|small)|"
    r"why's that|why tho|why though|how so|based on what|"
    # "why those", "why these ones": the list just shown, asked to be explained
    r"(?:why|how come) (?:(?P<every>those|these|them|those ones|these ones|all (?:of )?(?:those|"
    r"these|them)|(?:those|these) (?:careers|jobs|options|picks))|that|this|that one|this one)|"
    # "why is the pay gap so big", "why so wide a range", "why such a big difference"
    r"(?:why|how come) (?:is |are )?(?:there )?(?:such |so )?(?:a |the )?(?:pay |salary |wage )?"
    r"(?:big |huge |large |wide )?(?:a )?(?P<gap>gap|difference|range|spread)"
    r"(?: in (?:pay|salary))?"
    r"(?: so (?:big|huge|large|wide))?)\W*$"
)


#: a verdict asked or said of the figure just answered, with no figure said back
_FIGURE_JUDGED = re.compile(
    r"^(?:so |but |ok |okay |hmm+ |wait |and |lol |wow )*(?:is (?:that|it|this) (?:really |"
    r"actually |pretty |considered |even )?(?:a lot|good|bad|low|high|normal|decent|enough|much|"
    r"little|average|ok|okay|(?:above|below|over|under) (?:the )?average|(?:more|less) than "
    r"(?:the )?average|good money|good pay)|(?:that'?s|thats|that is|"
    r"seems|sounds|kinda|pretty|so) (?:\w+ )?(?:low|high|a lot|not much|little|bad|decent|"
    r"nothing|peanuts)|"
    # "so should i be worried?", "am i screwed": what the figure shown means for them
    r"should (?:i|we) (?:be )?(?:worried|concerned|scared|afraid|nervous|panic\w*|freak\w* out)|"
    r"(?:am i|are we) (?:screwed|safe|doomed|cooked|done|ok|okay|fine)|is (?:it|that|my job) "
    r"(?:safe|bad news|a problem|something to worry about))\b"
)
#: "why is growth negative", "how come they make so much": why a figure is as it is
_WHY_OF = re.compile(
    r"^(?:(?:so|but|ok|okay|hmm+|wait|and|no|lol|i mean|i meant|like)[,\s]+)*"
    r"(?:why|how come)\b(?! not\b)"
)
#: what the figures count, asked: "does that change the numbers", "do the numbers include…"
_NUMBERS_ASKED = re.compile(
    r"\b(?:does|do|would|will|did|doesn'?t|don'?t) (?:that|this|it) (?:\w+ )?(?:change|affect|skew|"
    r"count|include|cover|mess with|throw off) (?:the |those |these |your |in )?(?:numbers|"
    r"figures|pay|data|stats|salary|median|averages?)\b|\b(?:do|does|are|is) (?:the|those|these|"
    r"your) (?:\w+ ){0,3}(?:numbers?|figures?|stats|data|median|salar(?:y|ies)|pay)(?: \w+)? "
    r"(?:include|count|cover|account for)\b|"
    # "is that before or after taxes", "gross or net?": what the pay counts
    r"\b(?:before|after|pre|post)[- ]?tax(?:es)?\b|\b(?:gross or net|net or gross|take[- ]home)\b"
)
#: what OEWS pay leaves out or counts: a question of what the pay counts
_PAY_COUNTED = re.compile(
    r"\b(?:self[- ]?employed|freelanc\w*|gig|1099|contractors?|own boss|tax(?:es)?|gross|net|"
    r"take[- ]home|tips|overtime|bonus(?:es)?|benefits)\b"
)
#: why asked last: "wait it's shrinking?? why", "pay is that low? how come"
_WHY_AFTER = re.compile(r"\W(?:why|how come|but why|why tho|why though)\W*$")
#: a figure's movement said without its name: growth, the way it goes
_MOVING = re.compile(
    r"\b(?:shrink\w*|declin\w*|dropping|falling|negative|going down|disappearing|dying|"
    r"grow\w*|booming|in demand)\b"
)


#: a verdict asked of one career's figure: "is the hygienist pay good for only 3 years
#: school", "is welding pay decent", "is the nurse salary a lot"
_NAMED_FIGURE_JUDGED = re.compile(
    r"^(?:(?:so|but|ok|okay|and|wait|hmm+)[,\s]+)*(?:is|are) (?:the |a |an )?[a-z' ]{2,40}? "
    r"(?:pay|salary|salaries|wages?|money|growth|outlook|openings)(?: really)? (?:good|bad|"
    r"decent|low|high|a lot|ok|okay|normal|enough|fair|solid|worth it|any good)\b"
)


def _named_figure_judged(parsed: Parsed) -> WhyNotAsk | None:
    """ "is the hygienist pay good for only 3 years school": that career's figure with what it
    stands on and its yardstick, never a comparison with the other career shown."""
    focus = parsed.focus
    if focus in {None, "overall"} or len(parsed.options) > 1:
        return None
    if not _NAMED_FIGURE_JUDGED.match(parsed.text):
        return None
    # the career by its name, or by its work ("is welding pay decent")
    named = parsed.options[0].mention if parsed.options else parsed.leftover(about=True)
    if named is None or not isinstance(named.found, Match):
        return None
    return WhyNotAsk(named, alone=True, focus=focus)


def _why_figure(parsed: Parsed) -> WhyNotAsk | None:
    """ "why is growth negative??", "no i mean why is nuclear reactor operator shrinking",
    "why do nurses make so much": what that figure stands on, for the career named or on
    screen; never a ranking on the figure. Asked of one career or of what is shown."""
    text = parsed.text
    asked = _WHY_OF.match(text) or _WHY_AFTER.search(text)
    if not asked or len(parsed.options) > 1 or _LIST_ASKED.search(text):
        return None
    focus: cues.Focus | None = parsed.focus if parsed.focus != "overall" else None
    if asked.start() == 0 and (cut := CLAUSE.search(text)) is not None:
        # "why is that one higher tho? both need a degree": the figure of the why's clause;
        # with none named, what sets those shown apart on the figure asked before
        clause = text[: cut.start()]
        focus = focus_of(clause)
        focus = None if focus == "overall" else focus
        if focus is None and _HIGHER.search(clause) and not parsed.options:
            return WhyNotAsk(OnScreen("it"), alone=True, gap=True)
    if focus is None and _MOVING.search(text):
        focus = "demand"
    if focus is None:
        return None
    places = refs(text).places
    # "why is the third one shrinking": that one
    place = OnScreen(places[0] if len(places) == 1 else "it")  # type: ignore[arg-type]
    subject = parsed.options[0].mention if parsed.options else place
    return WhyNotAsk(subject, alone=True, focus=focus, cause=True)


#: a figure said to be above or below another's, with no figure named
_HIGHER = re.compile(r"\b(?:higher|lower|more|less|bigger|smaller|so much|so different|better)\b")

#: the most words a place said after "why" is in ("why the first one", "why #2 tho")
_PLACE_WORDS = 3
#: "why choreographers?": a career named right after "why"
_WHY_NAMED = re.compile(r"^(?:so |but |ok |okay |hmm |wait )?why (?:the |a |an )?")


def why_not(parsed: Parsed) -> WhyNotAsk | None:
    """ "why not nursing?", "why isn't a teacher on the list": the career after the cue; and
    where one stands, asked the other way round: "why did you suggest animal breeders?",
    "why is the third one on there?"."""
    text = parsed.text
    if found := _WHY_ALONE.match(text):  # "why?": the last answer's reasons
        gap, every = found.group("gap") is not None, found.group("every") is not None
        return WhyNotAsk(OnScreen("it"), alone=True, gap=gap, every=every)
    if (figure := _why_figure(parsed)) is not None:
        return figure
    if (judged := _named_figure_judged(parsed)) is not None:
        return judged
    if _NUMBERS_ASKED.search(text) and len(parsed.options) <= 1 and not _LIST_ASKED.search(text):
        # "most barbers i know are self employed tho, does that change the numbers": what the
        # figures count, of the figure asked (pay, where the self-employed are said)
        focus = parsed.focus if parsed.focus != "overall" else None
        if focus is None and _PAY_COUNTED.search(text):
            focus = "salary"
        named = parsed.options[0].mention if parsed.options and focus is not None else None
        return WhyNotAsk(named or OnScreen("it"), alone=True, focus=focus)
    if not parsed.found and _FIGURE_JUDGED.match(text):
        # "is that a lot", "thats low for risking ur life": the figure just answered, what it
        # stands on and its yardstick; "is that good money" after its time to learn: its pay
        asked = parsed.focus if parsed.focus not in (None, "overall") else None
        return WhyNotAsk(OnScreen("it"), alone=True, focus=asked)
    if (lead := _WHY_NAMED.match(text)) and len(text[lead.end() :].split()) <= _PLACE_WORDS:
        places = refs(text[lead.end() :]).places
        if len(places) == 1:  # "why the first one?"
            return WhyNotAsk(OnScreen(places[0]))  # type: ignore[arg-type]
    if (lead := _WHY_NAMED.match(text)) and parsed.focus is None:
        # "why choreographers lol they dont draw": that career, where it stands
        first = parsed.word_at(lead.end())
        right_after = [f for f in parsed.options if f.start == first]
        if right_after:
            return WhyNotAsk(right_after[0].mention)
    if shape("on_the_list").search(text) and len(parsed.options) == 1:
        return WhyNotAsk(parsed.options[0].mention)  # "lineman, is that on there"
    cue = shape("why_not").match(text) or shape("why_chosen").match(text)
    end = None
    if cue is None and (cue := shape("why_placed_lead").match(text)) is not None:
        placed = shape("why_placed").search(text, cue.end())
        if placed is None or placed.start() <= cue.end():
            return None
        end = placed.start()
    if cue is None:
        return None
    first = parsed.word_at(cue.end())
    cut = CLAUSE.search(text, cue.end())
    stop = end if end is not None else cut.start() if cut else len(text)
    spotted = [f for f in parsed.options if f.start >= first and f.start < parsed.word_at(stop)]
    if len(spotted) == 1:  # a name the spotter took whole ("ai multi-agent systems engineer")
        return WhyNotAsk(spotted[0].mention)
    if len(spotted) > 1:  # "why not dental assistant or dental hygienist?": each of them
        return WhyNotAsk(spotted[0].mention, more=tuple(f.mention for f in spotted[1:MOST]))
    said = text[cue.end() : stop]
    if end is not None:  # "how come dog groomers is on the list"
        said = re.sub(r"\s(?:is|are|was|were)\s*$", "", said)
    places = refs(said).places
    if len(places) == 1 and place_spans(said) and not parsed.options:
        return WhyNotAsk(OnScreen(places[0]))  # type: ignore[arg-type]  # "why is number 1 first"
    named = parsed.slot(first, parsed.word_at(cue.end() + len(said)))
    if named is not None:
        return WhyNotAsk(named)
    if end is not None and re.fullmatch(r"\s*(?:it|that|this|they)\s*", said):
        places = ("it",)  # "why is it ranked so high"
    return WhyNotAsk(OnScreen(places[0])) if len(places) == 1 else None  # type: ignore[arg-type]


def own_job_asked(parsed: Parsed) -> ProfileAsk | None:
    """ "I'm a truck driver, how much do we make?", "is my job safe? I'm an accountant": a
    figure of the job they do, not a list of others."""
    wish, focus = parsed.person, parsed.focus
    if wish is None or focus is None:
        return None
    person = wish.person
    if person.current is None or wish.asking or person.leaving:
        return None
    if person.likes or person.dislikes or person.values or wish.scope:
        return None
    if MOVE.search(parsed.text) or not shape("own_job").search(parsed.text):
        return None
    said = next((f.mention for f in parsed.found if f.role == "self"), None)
    return ProfileAsk(said, focus) if said is not None else None


def own_job_beside_shown(parsed: Parsed) -> FocusAsk | None:
    """ "which one could i get into fastest if im already a cna": a figure of the way in asked
    of those shown, from the job they do; the job is where they start, not a career asked
    about."""
    wish, focus = parsed.person, parsed.focus
    if not _WHICH_ONE.match(parsed.text) or focus not in (*_WAY_IN_FIGURES, None, "overall"):
        return None
    start = _started_from(parsed)  # "which one is easier to get into from help desk"
    if start is not None:
        return FocusAsk(
            focus or "overall", wish=WishAsk(person=Person(current=start)), choosing=True
        )
    if wish is None or wish.person.current is None:
        return None
    # ("which one would you pick for someone who's a ux designer": the switch to each)
    if wish.scope or wish.person.wishes:
        return None
    if any(f.role != "self" for f in parsed.found):
        return None  # another career named: asked of it
    told = WishAsk(person=Person(current=wish.person.current))
    return FocusAsk(focus or "overall", wish=told, choosing=True)


def _started_from(parsed: Parsed) -> str | None:
    """The one career named, as where the way in starts: "…easier to get into from help
    desk"."""
    if len(parsed.found) != 1:
        return None
    named = parsed.found[0]
    before = parsed.text[: parsed.message.words[named.start].start]
    found = named.mention.found
    if not _FROM.search(before) or not isinstance(found, Match):
        return None
    return found.slug


def start_said(parsed: Parsed) -> str | None:
    """The work a switch is said to start from, in words of its own after "from" ("which is
    the easier transition from accounting"): its career."""
    said = _FROM_WORK.search(parsed.text)
    if said is None:
        return None
    first = parsed.word_at(said.start("work"))
    named = parsed.slot(first, parsed.word_at(said.end("work")))
    return named.found.slug if named is not None and isinstance(named.found, Match) else None


#: where the way in starts, said before a job: "from help desk", "coming from being a cna"
_FROM = re.compile(r"\bfrom (?:an? |my |being (?:an? )?|working (?:as (?:an? )?|in )?)?$")
_FROM_WORK = re.compile(
    r"\b(?:switch|transition|move|jump|pivot|change)\w* (?:\w+ )?from (?:an? |my |being (?:an? )?)?"
    r"(?P<work>[a-z]+(?: [a-z]+)?)(?=\s*(?:[,.;!?]|$|\band\b|\bor\b|\bto\b|\binto\b))"
)


#: figures of the way in, which a job held shortens
_WAY_IN_FIGURES = frozenset({"learning_curve", "entry_barrier", "difficulty"})


def asked_of_shown(parsed: Parsed) -> FocusAsk | None:
    """ "which is less stressful?", "is it dangerous?", "which pays most?": a wish or a
    figure asked of what is shown, with no career named and no careers in general; "which
    of those…" of them all."""
    if any(place in LEADING for _, _, place in places_at(parsed.text)):
        return None  # "the lowest paid one, is it growing": asked of that one
    remark = _SAID_BEFORE_ASKED.match(parsed.text) if parsed.roadmap else None
    if (
        remark is not None
        and is_roadmap(remark.group("asked"))
        and not _WHICH_OF_THEM.match(remark.group("asked").lstrip())
    ):
        # "47k is ok i guess. how do i actually become one": the way in (but "…no degree.
        # which one can i get into fastest" chooses among those shown)
        return None
    asked = _asked_of_shown(parsed)
    if asked is not None and asked.wish is not None and _work_asked(parsed) is not None:
        return None  # "is dentistry worth it with all the debt": of dentists, named
    if asked is not None and _THAN_MINE.search(parsed.text):
        # "does it pay more than what i make now": beside the job they do, not a wish
        asked = replace(asked, wish=None, against_own=True)
    if asked is not None and _OF_THEM_ALL.search(parsed.text):
        return replace(asked, of_them=True, of_all=True, counted=counted(parsed.text))
    return asked


#: every career compared, counted: "which of the 3", "all three"
_COUNTED = r"(?:of|all) (?:the )?(?P<count>2|3|4|two|three|four)(?! (?:years?|yrs|months?|k)\b)"
_OF_ALL_OF_N = re.compile(rf"\b(?:{_COUNTED}|both)\b")
_NUMBERS = {"two": 2, "three": 3, "four": 4}


def counted(text: str) -> int | None:
    """How many careers "which of the 3" or "all four" means; two for "both"."""
    found = _OF_ALL_OF_N.search(text)
    if found is None:
        return None
    said = found.group("count")
    return 2 if said is None else _NUMBERS.get(said) or int(said)


def each_asked_last(parsed: Parsed) -> FocusAsk | None:
    """ "OT says ~5y but isnt OT a masters too? same as SLP? how long total for each after my
    bachelors": careers named in the remarks, then a last sentence that asks a figure of each
    of those shown, naming none: that figure, of them all (from the schooling held)."""
    sentences = [m for m in re.finditer(r"[^.!?]+", parsed.text) if m.group(0).strip()]
    if len(sentences) < 2 or not parsed.options:
        return None
    last = sentences[-1]
    words = parsed.message.words
    if any(words[f.end - 1].end > last.start() for f in parsed.options):
        return None
    asked = last.group(0).strip()
    choosing = _WHICH_OF_SHOWN.match(asked) is not None
    if not (_OF_EACH.search(asked) or _OF_ALL_OF_N.search(asked) or choosing):
        return None
    if _LIST_ASKED.search(last.group(0)) or re.search(r"\belse\b", last.group(0)):
        return None  # "what else could i do w both of these skills": careers asked for
    if _listed_before(parsed, sentences[-2]):
        return None  # "like court reporter, compliance, title examiner? which of those…"
    focus = focus_of(last.group(0))
    if focus is None:
        return None
    schooling = read_schooling(last.group(0))
    held = schooling.held if schooling is not None else None
    wish = WishAsk(person=Person(schooling_held=held)) if held else None
    return FocusAsk(
        focus, wish=wish, choosing=choosing, of_them=True, of_all=True, counted=counted(asked)
    )


def _listed_before(parsed: Parsed, sentence: re.Match[str]) -> bool:
    """Whether the sentence lists careers one after another ("court reporter, compliance,
    contracts admin, title examiner?"): those, not the ones shown, are asked of after it."""
    words = parsed.message.words
    inside = [
        f
        for f in parsed.options
        if sentence.start() <= words[f.start].start and words[f.end - 1].end <= sentence.end()
    ]
    joins = [parsed.text[words[a.end - 1].end : words[b.start].start] for a, b in pairwise(inside)]
    return len(inside) >= 2 and all(_LIST_JOIN.fullmatch(j) for j in joins)


_LIST_JOIN = re.compile(r"\s*(?:,|/|&|\bor\b|\band\b|,\s*(?:or|and)\b)\s*")


def each_asked_first(parsed: Parsed) -> FocusAsk | None:
    """ "which of them is most at risk from AI? that 81% for copywriter scares me": a first
    sentence that chooses among those shown on a figure, naming none, then remarks naming
    one of them: that figure, of them all."""
    sentences = [m for m in re.finditer(r"[^.!?]+[.!?]*", parsed.text) if m.group(0).strip()]
    if len(sentences) < 2 or not parsed.options:
        return None
    first = sentences[0]
    asked = first.group(0).strip()
    words = parsed.message.words
    if any(words[f.start].start < first.end() for f in parsed.options):
        return None
    if not (_WHICH_OF_SHOWN.match(asked) or _WHICH_OF_N.match(asked)):
        return None
    focus = focus_of(asked)
    if focus is None:
        return None
    return FocusAsk(focus, choosing=True, of_them=True, of_all=True, counted=counted(asked))


#: "which of the 3", "which one of the two"
_WHICH_OF_N = re.compile(rf"^(?:(?:so|and|ok|but|then)\s+)*which (?:one )?{_COUNTED}\b")
#: a choice among those shown: "which of these can i start right now"
_WHICH_OF_SHOWN = re.compile(
    r"^(?:(?:so|and|ok|but|then)\s+)*which (?:one )?of (?:these|those|them)\b"
)
#: a remark, then the question in a sentence of its own
_SAID_BEFORE_ASKED = re.compile(r"^[^.!?]+[.!]\s+(?P<asked>[^.!]+)$")
#: said of all those shown: "which of those can u do remote", "can i do either" ("how much
#: do they make" of one career's card is of its workers)
_OF_THEM_ALL = re.compile(
    r"\b(?:those|these|either|both|any of|all of|each of|which of them|the rest|the others|"
    rf"{_COUNTED})\b|"
    # "any without a degree?" said to a card opened from a list: any of the list
    r"^(?:(?:and|so|ok|are there)\s+)?any (?=without|w/o|with )"
)


def _asked_of_shown(parsed: Parsed) -> FocusAsk | None:
    text = parsed.text
    if not parsed.options and shape("best_of_shown").search(text):
        # "best one overall?"; "so if i dont have a degree which one should i do": with it
        limits = wishes(parsed.message, parsed.rest)
        return FocusAsk("overall", wish=limits if limits and limits.scope else None, choosing=True)
    general = shape("many").search(shape("job_figure").sub(" ", text))
    if general and _WHICH_ONE.match(text):
        general = None  # "which one has more remote jobs": one of those shown
    # the question may follow what they say of themselves: "I'm 35 with a family, which one
    # is better for that"
    later = [m.end() for m in CLAUSE.finditer(text)]
    sorting = shape("sort_shown").match(text) is not None  # "sort them by pay"
    doubt = shape("doubt").match(text) is not None  # "98k?? really"
    if (
        parsed.options
        or general
        or not (
            shape("of_shown").match(text)
            or sorting
            or _unpublished_asked(parsed)
            or doubt
            or any(_WHICH_OF_THEM.match(text[at:].lstrip()) for at in later)
            or (
                _told_nothing(parsed)
                and any(_OF_IT.match(text[at:].lstrip()) for at in later)
                and not refs(text).places
            )
            or _OF_EACH.search(text)
            or _WHICH_LAST.search(text)
        )
    ):
        return None
    asked = parsed.person or wishes(parsed.message, parsed.rest)
    if asked is None and (traits := _one_way(traits_in(parsed.rest))):
        # "do both involve climbing": what the sources say of it, for each shown
        asked = WishAsk(Preferences(), person=Person(likes=traits))
    if sorting and asked is not None:
        asked = replace(asked, superlative=True)  # an order asked: a list, if none is shown
    # "is it worth the extra school?" weighs one against the other shown
    choosing = cues.WHICH.search(text) is not None or _WORTH.search(text) is not None or sorting
    # "whats the least stressful of them": a superlative of those shown chooses among them
    # (a bound said is a change to the list: "most of those grow slower than 6.7% tho")
    choosing = choosing or (asked is not None and asked.superlative and not asked.preferences.hard)
    focus = parsed.focus
    if focus is not None and doubt:
        # "wait how is respiratory therapy partly remote lol": the figure doubted, no wish
        # read in the career's words
        return FocusAsk(focus)
    if focus is None and doubt:
        # "4-12 years?? that's not right", "98k?? really": the figure its unit names
        focus = next((f for pattern, f in _FIGURE_UNITS if pattern.search(text)), None)
        if focus is not None:
            return FocusAsk(focus)
    if focus is None and asked is not None and asked.preferences.items:
        # "both quick to get into?": the figure the wish is about
        focus = cues.FOCUS_OF_CRITERION.get(asked.preferences.items[0].criterion)
    if focus is None and asked is not None and {"no_degree", "no_licence"} & set(asked.scope):
        focus = "entry_barrier"  # "which of those can i do without uni": the way in
    if asked is not None and (asked.person or asked.not_judged or focus is not None):
        return FocusAsk(focus or "overall", wish=asked, choosing=choosing)
    if focus is None and (
        (choosing and shape("weighing").search(text))
        or _VERDICT.search(text)
        or _WORTH.search(text)
    ):
        focus = "overall"  # "which one is better?": the comparison's own verdict
    return FocusAsk(focus, choosing=choosing) if focus is not None else None


def _told_nothing(parsed: Parsed) -> bool:
    """Nothing of the person told: no job, liking or dislike."""
    told = parsed.person
    person = told.person if told is not None else None
    return person is None or not (person.current or person.likes or person.dislikes)


#: asked of each of those shown: "how many more yrs of school does each one need"
_OF_EACH = re.compile(
    r"\b(?:does|do|would|will|for|of) (?:each|each one|each of them|all three|both of them|"
    r"them all|all of them)\b"
)
#: the job they do, as what a figure is set against
_THAN_MINE = re.compile(
    r"\bthan (?:what )?(?:i|im|i'?m) (?:make|making|earn|earning|get|getting|get paid|do)(?: now| "
    r"rn| currently| at the moment)?\b|\bthan (?:my|what my) (?:current )?(?:job|pay|salary|"
    r"paycheck|wage|wages|current job)\b"
)
#: a question of the one shown, after a remark: "3-6 months is doable. does it pay more…"
_OF_IT = re.compile(r"(?:and |so |but )?(?:does|would|will|is|can) (?:it|that|this)\b")


def _unpublished_asked(parsed: Parsed) -> bool:
    """ "whats the age limit to join", "how are the hours": a question of something no
    source publishes and nothing else, asked of what is shown."""
    if len(parsed.message.words) > _SHORT_QUESTION or parsed.focus is not None:
        return False
    # "and the hours?": a few words asked, with no question's words
    terse = parsed.text.endswith("?") and len(parsed.message.words) <= _TERSE
    if not (shape("question").match(parsed.text) or terse):
        return False
    found = scope_in(parsed.rest)
    return bool(found) and not any(f.judged for f in found)


#: the most words a question of something unpublished takes ("what are the hours like")
_SHORT_QUESTION = 12
#: the most words of such a question said with none of a question's words ("and the hours?")
_TERSE = 5


#: a question that picks among those shown: "which one…", "which of them…"
_WHICH_ONE = re.compile(
    r"^(?:(?:so|and|ok|okay|but|hmm+|well|cool|thx|thanks|ty|nice|great|lol|alright)\W*\s+)*"
    r"(?:(?:which|who)(?: ones?| of (?:them|these|those|the two|the three|the \w+)| is| would)|"
    r"(?:is|does|would|will|can) (?:it|that|this|that one|this one))\b"
)
#: a figure's unit, and the figure it is of
_FIGURE_UNITS: tuple[tuple[re.Pattern[str], cues.Focus], ...] = (
    (re.compile(r"\d\s*(?:k\b|grand\b|thousand\b)|\$\s?\d"), "salary"),
    (re.compile(r"\d\s*(?:years?|yrs?|months?|mos?)\b"), "learning_curve"),
)
#: and the figures a number said back may be of besides: openings, exposure, growth
_SAID_BACK_UNITS: tuple[tuple[re.Pattern[str], cues.Focus], ...] = (
    _FIGURE_UNITS[0],
    (re.compile(r"\d\s*(?:openings?|jobs? a year|positions?)\b"), "openings"),
    (re.compile(r"\d\s*(?:years?|yrs?|months?|mos?|weeks?)\b"), "learning_curve"),
    (re.compile(r"\d\s*%.*\b(?:ai|a\.i\.|llm|exposure|exposed|automat\w*)\b"), "ai_risk"),
    (re.compile(r"\d\s*%"), "demand"),
)


def figure_doubted(parsed: Parsed) -> WhyNotAsk | ProfileAsk | None:
    """ "only 2300 openings tho, is that a lot?", "34% ai exposure for a mail carrier??",
    "phlebotomy can take 2 years?? i see 8 week programs": a figure said back, doubted or
    questioned, is that figure asked again (with how it is made), never a limit on a new
    list. A limit is said as one: "at least 76k", "under 2 years"."""
    text = parsed.text
    if not parsed.found and (judged := _JUDGED_SO.match(text)):
        # "thats way too high for entry level no?": the figure just shown, doubted; "that
        # seems high for salary tbh": the figure it names; "thats way too long": the time
        asked = parsed.focus if parsed.focus not in (None, "overall") else None
        if judged.group("time"):
            if not _REMARK_ENDS.match(text, judged.end()):
                return None  # "thats too long. something with animals thats quicker": a wish
            asked = asked or "learning_curve"
        return WhyNotAsk(OnScreen("it"), alone=True, focus=asked)
    if (asked_of := _asked_of_one_after(parsed)) is not None:
        return asked_of
    if len(parsed.message.words) > _SAID_BACK_WORDS or len(parsed.found) > 1:
        return None  # a story told, careers named in it: no figure said back
    if _NAMED_FIGURE_JUDGED.match(text):
        return None  # "is the hygienist pay good for only 3 years school": its verdict
    if not _FIGURE_SAID.search(text) or _LIMIT_SAID.search(text):
        return None
    if not (doubted(text) or _FIGURE_QUESTIONED.search(text)):
        return None
    if (question := _asked_after(text)) is not None:
        # "hmm 1 month seems way short lol. which of the 3 is least hard on your body": the
        # question after the remark is what is asked; of the career the remark names, if one
        # ("elevator installer 110k damn. is that apprenticeship paid and how hard is it to
        # get into")
        if len(parsed.options) == 1 and parsed.message.words[parsed.options[0].end - 1].end <= (
            text.find(question)
        ):
            return ProfileAsk(parsed.options[0].mention, focus_of(question) or "overall")
        return None
    focus: cues.Focus | None = parsed.focus if parsed.focus != "overall" else None
    focus = focus or next((f for pattern, f in _SAID_BACK_UNITS if pattern.search(text)), None)
    if focus is None or len(parsed.options) > 1:
        return None
    if parsed.options:  # "wait data analysts make 120k??"
        return WhyNotAsk(parsed.options[0].mention, alone=True, focus=focus)
    # of what is shown: the figure with what it stands on, how it is made and its yardstick
    return WhyNotAsk(OnScreen("it"), alone=True, focus=focus)


def _asked_of_one_after(parsed: Parsed) -> ProfileAsk | None:
    """ "120k seems really high for someone starting out lol, what would i realistically make
    in my first bi analyst job?": a figure doubted, then a question naming one career: that
    question, of that career."""
    text = parsed.text
    said = _FIGURE_SAID.search(text)
    if said is not None:
        # ("-6%??": said back in doubt)
        # ("-6%??", "120k seems really high": said back in doubt)
        if not (PAY_DOUBTED_AFTER.match(text, said.end()) or doubted(text)):
            return None
        question = _asked_after(text)
        at = said.end()
    else:
        # "so theres no diff in pay for court interpreters?? i heard they make way more. what
        # cert do u need for court": a remark in doubt, then a question of its own
        doubled = DOUBLED_MARK.search(text)
        if doubled is None:
            return None
        at = doubled.end()
        question = _question_after(text, at)
    if question is None:
        return None
    start = text.find(question, at)
    words = parsed.message.words
    named = [f for f in parsed.found if f.role in ("option", "context")]
    before = [f for f in named if words[f.start].start < start]
    within = [f for f in named if f not in before]
    if len(within) == 1 and not before and said is not None:
        one = within[0]
    elif (
        len(before) == 1
        # ("…anything else?? what could i do that doesnt take 6 years": careers asked for)
        and not _LIST_ASKED.search(question)
        and (_ONE_OF_IT.search(question) or (not within and focus_of(question)))
    ):
        # "wait game warden is shrinking -6%?? how hard is it to actually get hired as one,
        # like do u go thru a police academy": the career the remark named
        one = before[0]
    else:
        return None  # (careers named before it: "pilot vs flight attendant. flight school…")
    if not isinstance(one.mention.found, Match):
        return None
    return ProfileAsk(one.mention, focus_of(question) or "overall")


#: the career just named, said again as "one" or "it": "get hired as one", "get into it"
_ONE_OF_IT = re.compile(
    r"\b(?:as|be|become|being|into|in|do|doing|for) (?:one|it|that|that one|them)\b"
)


#: a clause that asks a question of its own
_ASKS = re.compile(
    r"^\s*(?:(?:ok|okay|so|and|but|anyway|anyways|also|then)\W+)*(?:which|what|how|who|where|"
    r"when|do|does|did|can|could|should|would|will|are|is (?!(?:that|it|this) (?:really|even|"
    r"actually|just|a lot|good|bad|low|high|normal|enough|much|right|true|real|accurate|legit|"
    r"correct|starting|entry|average|typical|for|before|after|per|an? (?:year|hour|month))\b))\b"
)


def _asked_after(text: str) -> str | None:
    """The first clause after the one that says a figure back that asks a question of its
    own, with no figure in it ("elevator installer 110k damn. is that apprenticeship paid")."""
    said = _FIGURE_SAID.search(text)
    return None if said is None else _question_after(text, said.end())


def _question_after(text: str, at: int) -> str | None:
    """The first clause after the clause at ``at`` that asks a question of its own, with no
    figure in it."""
    end = re.search(r"[.;!?]\s+|,\s+|$", text[at:])
    rest = text[at + (end.end() if end else 0) :]
    clauses = [c for c in re.split(r"(?<=[.;!?])\s+|,\s+", rest) if c.strip()]
    return next((c for c in clauses if _ASKS.match(c) and not _FIGURE_SAID.search(c)), None)


def credential_of_shown(parsed: Parsed) -> FocusAsk | ProfileAsk | None:
    """ "do i need a certificate or can i just get hired", "is a masters required for
    that": what getting into the career on screen asks, when no career and no list is
    asked for and the person tells nothing of themselves."""
    if parsed.focus != "entry_barrier" or parsed.options or _LIST_ASKED.search(parsed.text):
        return None
    left = parsed.leftover()
    if left is not None and isinstance(left.found, Match):
        return None  # "is sonography hard to get into": of the career its work names
    clauses = (c.strip() for c in re.split(r"[,.;!?]", parsed.text))
    if not (any(_YES_NO.match(c) for c in clauses) or parsed.text.rstrip().endswith("?")):
        return None  # "how do i apply for that, do i need a test": a later clause asks
    # "do i need a masters tho": the credential asked of, set against what each asks
    level = credential_named(parsed.text)
    asked = WishAsk(person=Person(schooling=level)) if level is not None else None
    if len(places := refs(parsed.text).places) == 1:  # "the 2nd one, do i need a degree"
        # (whatever they tell of themselves beside it: "…since i already train ppl at work")
        place = OnScreen(places[0])  # type: ignore[arg-type]
        return ProfileAsk(place, "entry_barrier", wish=asked)
    told = parsed.person
    if told is not None and (told.person.current or told.person.likes or told.person.dislikes):
        return None
    return FocusAsk(
        "entry_barrier", wish=asked, of_all=_OF_THEM_ALL.search(parsed.text) is not None
    )


def held_of_use(parsed: Parsed) -> FocusAsk | None:
    """ "im 45 and have a bachelors in history, does that help at all": the schooling they
    hold, asked of as a way into the careers on screen, set against what each asks (with
    nothing shown, what they told of themselves)."""
    told = parsed.person
    if told is None or not told.person.schooling_held or parsed.options:
        return None
    if not shape("held_of_use").search(parsed.text) or _LIST_ASKED.search(parsed.text):
        return None
    return FocusAsk("entry_barrier", wish=told, of_all=True)


#: careers asked for, not a question of one: "jobs without a degree", "anything with a cert"
_LIST_ASKED = re.compile(
    r"\b(?:jobs?|careers?|options|ones|something|anything|fields?|roles?|occupations|what (?:can|"
    r"could) i)\b"
)


def wish_of_named(parsed: Parsed) -> ProfileAsk | None:
    """ "is being a vet stressful?", "are electricians jobs dangerous?": a yes-or-no question
    of one career named, on a wish (a trait, or one no source judges): what the sources say
    of that wish for the career. A figure asked ("is it well paid?") is the figure's."""
    subject: Subject
    if len(parsed.options) == 1 and _YES_NO.match(parsed.text):
        subject = parsed.options[0].mention
    elif (place := _place_first(parsed)) is not None:
        subject = place  # "the second one, is it stressful?"
    elif (work := _work_asked(parsed)) is not None:
        subject = work  # "is dentistry worth it with all the student debt"
    else:
        return None
    if parsed.focus not in {None, "overall"}:
        return None  # "is it well paid?": the figure
    rest = parsed.rest
    if isinstance(subject, Mention) and not parsed.options:  # the work's word is no wish
        lead = _WORK_LEAD.match(rest)
        rest = (
            rest[: lead.start("work")] + " " * len(lead["work"]) + rest[lead.end("work") :]
            if lead
            else rest
        )
    traits = _one_way(traits_in(rest))
    unjudged = tuple(dict.fromkeys(f.name for f in scope_in(rest) if not f.judged))
    if not (traits or unjudged):
        return None
    wish = WishAsk(Preferences(), not_judged=unjudged, person=Person(likes=traits))
    return ProfileAsk(subject, "overall", wish=wish)


#: the words a yes-or-no question of a kind of work opens with: "is (being a) dentistry…"
_WORK_LEAD = re.compile(r"(?:is|are|would|will)\s+(?:being\s+)?(?:an?\s+)?(?P<work>[a-z]+)\b")
#: how sure a single word must name its career to be asked about as one
_SURE = 0.95
#: the fewest letters of a word naming a kind of work ("it", "that" name none)
_WORK_LETTERS = 5


def _work_asked(parsed: Parsed) -> Mention | None:
    """The kind of work a yes-or-no question opens on, named by one word no catalog name
    spots as typed ("dentistry", "welding"): the career it names."""
    if parsed.found:
        return None
    asked = _YES_NO.match(parsed.text)
    lead = _WORK_LEAD.match(parsed.text, asked.start()) if asked else None
    if lead is None or len(lead["work"]) < _WORK_LETTERS or lead["work"] in EVERYDAY:
        return None
    # the work's worker first ("dentistry": dentists, not a dentistry teacher)
    worker = worker_of(lead["work"], parsed.index, EVERYDAY)
    for word in (worker, lead["work"]) if worker else (lead["work"],):
        said = mention(word, parsed.index, exact=False)
        if isinstance(said.found, Match) and said.found.best.score >= _SURE:
            return said
    return None


#: what may come before a place said first: "ok and the second one, do they…"
_PLACE_LEAD = re.compile(
    r"[\s,.:;-]*(?:(?:ok|okay|and|so|hmm+|alright|now|then|also|wait|what about|how about)"
    r"[\s,.:;-]+)*(?:the\s*)?"
)


def _place_first(parsed: Parsed) -> OnScreen | None:
    """A place on screen said first, then a yes-or-no question of it: "the second one, is
    it stressful?", "#3 - is it loud"; or asked of it: "is the top one stressful"."""
    if parsed.options:
        return None
    places = places_at(parsed.text)
    if len(places) == 1 and _ASKED_OF_PLACE.fullmatch(parsed.text[: places[0][0]].strip()):
        return OnScreen(places[0][2])  # type: ignore[arg-type]
    if len(places) != 1 or not _PLACE_LEAD.fullmatch(parsed.text[: places[0][0]]):
        return None
    after = re.sub(r"^\W*(?:one\b)?[\s,.:;-]*", "", parsed.text[places[0][1] :])
    if not _YES_NO.match(after):
        return None
    return OnScreen(places[0][2])  # type: ignore[arg-type]


#: a yes-or-no question's first words, before the place it asks of
_ASKED_OF_PLACE = re.compile(
    r"(?:(?:so|and|ok|okay|but|hmm+|wait) )*(?:is|does|would|will|can|could|are|do)(?: the)?"
)


def _one_way(names: tuple[str, ...]) -> tuple[str, ...]:
    """A trait and its opposite said together ("stressful? the burnout…") ask one thing: the
    first said."""
    kept: list[str] = []
    for name in names:
        found = by_name().get(name)
        if not any((found and found.opposite == k) or by_name()[k].opposite == name for k in kept):
            kept.append(name)
    return tuple(kept)


#: a question answered yes or no: "is being a vet stressful?", "do electricians work at heights"
_YES_NO = re.compile(
    r"^(?:(?:so|and|but|ok|okay|also|hmm+|honestly|wait|real quick)[,\s]+)*(?:is|are|isn'?t|"
    r"aren'?t|does|do|doesn'?t|don'?t|would|will|can|could)\b"
)


#: the most careers one "why not…?" asks of
MOST = 3

#: the most words a figure said back takes ("hvac takes 4-12 years?? thats wrong my cousin
#: did it in like 1 year" has 15)
_SAID_BACK_WORDS = 25


#: a figure with its unit: "76k", "$40", "2300 openings", "4-12 years", "34%"
_FIGURE_SAID = re.compile(
    r"\$\s?\d|\b\d[\d,.]*\s*(?:k\b|%|grand\b|openings?\b|jobs? a year\b|"
    r"(?:(?:[-–]|to)\s*\d+\s*)?"
    # a time, not one's age or years spent ("39 yrs old", "15 yrs behind the chair")
    r"(?:years?|yrs?|months?|weeks?)\b(?!\s+(?:old|of|in|behind|on|at|as|experience|doing|"
    r"working|into|with|ago|now|here|there)\b))"
)
#: a figure said as a limit on what is wanted, not of what is shown
_LIMIT_SAID = re.compile(
    r"\b(?:at least|over|above|more than|min(?:imum)?|under|below|less than|within|max(?:imum)?|"
    r"at most|up to|no more than|or more|or less|plus|\w+er than)\s+"
    r"\$?\d|\d\s*k?\+|\d[^.?!,]{0,12}\b(?:or (?:less|more|under|fewer|so)|max|tops|at most|"
    r"minimum|min|plus|and up)\b|"
    r"\b(?:jobs?|careers?|work|something|anything)\b[^?]*\b(?:that|which)\b"
)
#: a figure shown, asked about: "is 76k what you start at", "is 6% good", "why 232k"
#: the figure just shown judged off, with no number said back ("that seems too high")
_JUDGED_SO = re.compile(
    r"^(?:wait |hmm+ |but |ok |so |and |idk |lol |tbh |honestly |hold on )*(?:that'?s|thats|"
    r"that is|that seems|seems|sounds|that sounds|that looks|looks|its|it'?s|it seems|is that|"
    r"isn'?t that|isnt that)(?: like)? (?:way |so |a bit |a little |kinda |pretty |really |super |"
    r"rly |waaa*y )?"
    r"(?:too |very |quite |really )?(?:high|low|off|wrong|inflated|optimistic|generous|"
    r"unrealistic|much|little|(?P<time>long|short|fast|quick|slow))\b"
)
#: the rest of a remark that ends there: "thats way too long no?", "… tbh"
_REMARK_ENDS = re.compile(
    r"(?:\s*(?:no|right|imo|tbh|lol|lmao|honestly|though|tho|to me|for (?:a |an |the )?\w+))*"
    r"\s*[?!.]*\s*$"
)
_FIGURE_QUESTIONED = re.compile(
    r"\bis (?:that|it|this|\$?\d[\d,.]*(?:k|%)?)\b.*\b(?:a lot|good|bad|low|high|normal|enough|"
    r"much|start|starting|entry|average|typical|worth|right|true|real)\b|\bwhy (?:is (?:it )?)?"
    r"\$?\d|\bonly \$?\d|"
    # "does that 63k even include ppl like me": what the figure counts
    r"\b(?:does|do|did|is|are|would|will) (?:that|this|the|it|those|these)\b[^?.!]{0,30}\b"
    r"(?:include|includes|count|counts|cover|covers|account for|mean|based on|before|after)\b"
)


#: "is it worth the extra school?": what each costs and pays, the comparison's own verdict
_WORTH = re.compile(r"\bworth (?:it|the|all|that|this|going|doing|getting)\b")
#: the choice asked last, after what it is for: "if i wanna start fast which one"
_WHICH_LAST = re.compile(
    r"\b(?:which|who)(?: ones?| of (?:them|these|those|the (?:two|three|four|\w+)))?"
    r"(?: (?:is it|then|would you pick|should i (?:pick|choose|go for)))?\W*$"
)
#: a later clause asking to choose among what is shown ("…, which one is better for that")
_WHICH_OF_THEM = re.compile(
    r"(?:so |and |ok |but )*(?:which|who|both|either|any of|(?:do|does|are|would|will|can) "
    r"(?:both|either|they both|both of them|either of them))\b"
)
#: a verdict asked of what is shown, on no one figure
_VERDICT = re.compile(
    r"\b(?:which|who)(?: one| of (?:them|these|those|the \w+))?(?:'s| is| would be| sounds)? "
    r"(?:better|best|the better|the best|more worth it|worth it)\b"
)
