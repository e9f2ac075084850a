"""Understanding a message: the pipeline from text to a typed request.

1. read: fold the text and cut it into words;
2. chat: commands, greetings, thanks and small talk are whole messages;
3. spot: career names wherever they sit, each with its role (an option asked about, the
   asker's own job, someone else's job mentioned in passing);
4. rules (``rules.RULES``), in order over the parsed message: changes to what is shown,
   follow-ups, two to four careers compared, the person told of, a way in, one career asked
   about, wishes; the first rule with an answer wins.
Follow-ups that name no career ("which pays more?", "the first one") are left for the
conversation to fill in. Each stage returns a value; none guesses silently.
"""

from __future__ import annotations

import re
from dataclasses import replace

from careerbot._utils.text import singular
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.understanding import cues
from careerbot.understanding.amounts import FIGURE
from careerbot.understanding.chat import chat_topic
from careerbot.understanding.feelings import crisis, distress, grief, vent
from careerbot.understanding.followups import Named
from careerbot.understanding.kinds import ranked_kind
from careerbot.understanding.lexicon import shape
from careerbot.understanding.message import Message, read
from careerbot.understanding.onscreen import change, kind_spans, place_spans
from careerbot.understanding.parsed import CLAUSE, Parsed, focus_of, is_roadmap
from careerbot.understanding.person_reading import traits_in
from careerbot.understanding.places import language_of, only_a_place, place_words
from careerbot.understanding.ranks import rank_in_service
from careerbot.understanding.requests import (
    MORE_ASKED,
    MOST,
    Care,
    ChangeAsk,
    Chat,
    CompareAsk,
    ElsewhereAsk,
    FocusAsk,
    Mention,
    OnScreen,
    OtherAsk,
    OtherLanguage,
    ProfileAsk,
    Request,
    RoadmapAsk,
    ScreenAsk,
    Vent,
    WhyNotAsk,
    WishAsk,
)
from careerbot.understanding.resolution import Ambiguous, Match, NameIndex, NotFound, Resolution
from careerbot.understanding.rules import LICENCES, structured
from careerbot.understanding.schooling import read_schooling
from careerbot.understanding.scope import Found, blank, scope_in, unjudged_meant
from careerbot.understanding.screen_rules import ALL_KEPT
from careerbot.understanding.slang import ABBREVIATIONS, Unlisted
from careerbot.understanding.spotting import SERVED_AS, Reading, Span, readings, spot
from careerbot.understanding.subjects import (
    NO_OCCUPATION,
    disambiguated,
    mention,
    slot,
    unlisted_wider,
)
from careerbot.understanding.teaching import college_teaching
from careerbot.understanding.wishing import wishes
from careerbot.understanding.workers import worker_of


def understand(raw: str, index: NameIndex) -> Request:
    message = read(raw)
    # before anything: a person in crisis gets care, not careers (read as typed too, so no
    # slip read into a word can hide it)
    typed = message.typed
    if crisis(message.text) or crisis(typed):
        return Care()
    if distress(message.text) or distress(typed):
        # hurting, and asking about work too: care first, then the question
        # (asked in so many words: "i hate my life" with where they work is no question)
        asked = _understood(raw, message, index)
        helps = isinstance(asked, (WishAsk, ProfileAsk, CompareAsk, RoadmapAsk))
        said = "?" in raw or cues.RECOMMEND_CUE.search(message.text) is not None
        # "rn for 14 years… i cry in my car before shifts… cant do bedside anymore": their
        # job and what they want of work, told: a way on is asked for ("working at mcdonalds.
        # i hate my life" tells of no wish)
        said = said or (isinstance(asked, WishAsk) and _wish_told(asked))
        # "i feel like such a failure. 32 and still working retail, idk what im doing w my
        # life": their job, and careers asked for
        said = said or (
            isinstance(asked, WishAsk) and asked.asking and asked.person.current is not None
        )
        if isinstance(asked, WishAsk):
            asked = replace(asked, vented=False)  # care is said first: no second word of it
        return Care("distress", then=asked if helps and said else None)
    if grief(message.text):
        # a loss told ("he passed a few yrs ago"): a word of sympathy, then what was asked
        asked = _understood(raw, message, index)
        return Care("grief", then=None if isinstance(asked, Chat) else asked)
    return _with_age(_with_schooling(_understood(raw, message, index), message.text), message.text)


def _with_schooling(request: Request, text: str) -> Request:
    """The way in asked with the schooling they hold ("how do i get into it, i have a psych
    degree already"): it starts from there."""
    if not isinstance(request, RoadmapAsk) or request.held is not None:
        return request
    schooling = read_schooling(text)
    held = schooling.held if schooling is not None else None
    return replace(request, held=held) if held is not None else request


def _with_age(request: Request, text: str) -> Request:
    """A question of age ("is it worth it at my age", "am i too old") with the age said
    ("im 40"): the wish carries it, so each way in is said with the age it ends at."""
    wish = request if isinstance(request, WishAsk) else getattr(request, "wish", None)
    if not isinstance(wish, WishAsk) or "age" not in wish.not_judged:
        return request
    found = _AGE_SAID.search(text)
    age = int(found["age"] or found["age2"]) if found is not None else None
    if age is None or not _ADULT[0] <= age <= _ADULT[1]:
        return request
    aged = replace(wish, age=age)
    return aged if request is wish else replace(request, wish=aged)  # type: ignore[arg-type]


#: an age said of oneself: "im 40", "i'm 52 and…", "34 yo", "at 61"
_AGE_SAID = re.compile(
    r"\b(?:i'?m|im|i am|at|age|aged)\s+(?P<age>\d\d)\b(?!\s*(?:k\b|%|\$|years? (?:of|in|as)|yrs? "
    r"(?:of|in|as)|hours?|hrs?|an hour|/hr))|\b(?P<age2>\d\d)\s*(?:yo|y/o|years? old|yrs? old)\b"
)
_ADULT = (15, 80)


def _corrected(rest: str) -> tuple[Message, cues.Focus | None]:
    """What a correction ("no like a therapist for mental health") asks, read as said, and
    the figure asked of what it swaps in, if any."""
    if _REQUEST_MEANT.match(rest):
        # "no i meant compare it with surveyor": the request meant, as asked
        return read(rest), None
    *said, last = re.split(r"(?<=[.!?])\s+", rest.strip())
    if said and is_roadmap(last):
        # "no i meant pharmacist vs pharmacy technician, not retail. how do i become a
        # pharmacy tech then": the way in asked last is what they ask
        return read(last), None
    if (asked_next := _MEANT_THEN_ASKED.match(rest)) is not None and asked_next["not"]:
        # "no i meant vet tech not vet. which needs less school": the one taken wrongly
        # replaced by the one meant, and the question asked of what is then shown
        swapped = read(f"what about {asked_next['name']} instead of {asked_next['not']}")
        return swapped, focus_of(asked_next["asked"])
    if asked_next is not None:
        # "no I ask about medical records specialist. how long is the training": the career
        # meant, then what is asked of it
        return read(asked_next.group("name") + ". " + asked_next.group("asked")), None
    if (meant_not := _MEANT_NOT.match(rest)) is not None:
        # the one taken wrongly replaced by the one meant, wherever it stands
        return read(f"what about {meant_not['name']} instead of {meant_not['not']}"), None
    return read("i meant " + rest), None


def _wish_told(asked: WishAsk) -> bool:
    """Their job, and what they want of work besides: likes, dislikes, values, a field."""
    person = asked.person
    wishes = person.likes or person.dislikes or person.values or asked.scope
    return asked.personal and bool(person.current) and bool(wishes or asked.preferences.items)


def _understood(raw: str, message: Message, index: NameIndex) -> Request:
    if not message.words:  # none in the Latin alphabet: Russian, Ukrainian, or nothing
        language = language_of(raw)
        return OtherLanguage(language.code) if language is not None else Chat("unclear")
    if (topic := chat_topic(message.text)) is not None:
        return Chat(topic)
    if (asked := _after_chat(raw)) != raw:  # "hmm ok. vs machinist", "sorry. i like people"
        message = read(asked)
    text = message.text
    if (moved_on := _back_to(text) or _after_aside(text) or _kind_asked_last(text)) is not None:
        message = read(moved_on)  # "bachelors + masters is 6 yrs not 5 lol. anyway which…"
    if (why := _why_not_last(message, index)) is not None:
        return why
    if (joined := _names_asked_in_turn(message.text, index)) is not None:
        message = read(joined)  # "Private investigator? Insurance fraud investigator? Which…"
    if (disowned := _disowned(message, index)) is not None:
        return disowned
    then: cues.Focus | None = None  # the figure asked after a correction that swaps a career
    if (corrected := _CORRECTION.match(message.text)) is not None:
        message, then = _corrected(message.text[corrected.end() :])
    elif (glossed := _NO_NAME_GLOSSED.match(message.text)) is not None and glossed["again"]:
        # "no aircraft mechanic, the one from before. do they need a degree"
        asked = glossed["then"].strip()
        message = read(f"{asked} ({glossed['again']})" if asked else f"i meant {glossed['again']}")
    elif glossed is not None:
        # "no urban planner like city planning": the name meant, said again and glossed
        message = read(f"i meant {glossed['name']}")
    elif said_again := _NO_THEN.match(message.text):
        # "no i want the best paying healthcare jobs…": the "no" turns nothing round
        message = read(message.text[said_again.end() :])
    message = _that_one_named(_workers_described(_said_plainly(message), index), index)
    if (set_beside := _named_then_set_beside(message, index)) is not None:
        return set_beside
    if shape("code").search(message.text):
        return Chat("unclear")
    if (changed := _change_then(message.text, index)) is not None:
        return changed
    if (which := _which_then_heard(message.text, index)) is not None:
        return which
    if (remarked := _FIGURE_REMARKED_FIRST.match(message.text)) is not None:
        # "84% llm exposure is scary. is interpreting gonna die bc of ai": the question
        return _understood(remarked["rest"], read(remarked["rest"]), index)
    if (replaced := _replaced_by_wish(message.text, index)) is not None:
        return replaced
    if (language := language_of(raw)) is not None:
        return OtherLanguage(language.code)
    if only_a_place(message.text):
        return ElsewhereAsk()
    if lacking := [m.span() for m in shape("lacking_credential").finditer(message.text)]:
        message = read(blank(message.text, lacking))  # "w/o a cpa": no accountant ruled out
    if places := place_words(message.text):  # "is plumbing in demand in ohio": said, then set aside
        message = read(blank(message.text, places))
    message = _titles_said(message, index)
    read_as = readings(message, index)
    found = _spotted(message, read_as, index)
    asks = cues.RECOMMEND_CUE.search(message.text) is not None
    parsed = Parsed(message, read_as, found, index)
    vented = vent(message.text)
    request = _work_asked_of(parsed, ranked_kind(parsed, structured(parsed)))
    if then is not None and isinstance(request, OtherAsk):
        request = replace(request, focus=then)
    if vented and not found and "?" not in message.text and not asks:
        if isinstance(request, (CompareAsk, ChangeAsk, ScreenAsk, FocusAsk)) or (
            isinstance(request, ProfileAsk)
            and isinstance(request.subject, OnScreen)
            and request.subject.which != "it"  # "f*** this job market" asks of nothing shown
        ):
            return request  # "ugh ok just compare the first two then": asked, and answered
        # frustration that also tells of their work ("done with angry customers", "so tired
        # of sitting all day"): acknowledged, and a shortlist that fits what they said
        told = parsed.person
        if told is not None and (told.person or told.person.excluded):
            return replace(told, vented=True, tentative=False)
        # "ugh u didnt answer, just tell me which one wont get replaced": what is asked after
        after = _asked_after_vent(message.text, index)
        return after if after is not None else Vent()
    if vented and isinstance(request, WishAsk) and request.personal:
        return replace(request, vented=True)
    return request


#: a wish refused, not a reading disowned: "never want to do sales again"
_WANTED = re.compile(r"\bwant")


def _disowned(message: Message, index: NameIndex) -> Request | None:
    """Wishes said to have been read wrongly or to be set aside ("i never said nothing
    about coding or 100k", "forget the 100k thing"): each made one that does not matter,
    with what the rest of the message asks (a wish said again there stands)."""
    found = list(shape("disowned_wish").finditer(message.text))
    dropped: list[Preference] = []
    unsaid: list[str] = []
    for said in found:
        if said["body"]:
            unsaid.append("body")  # "my back is fine honestly": no need to spare it
            continue
        what = said["what"] or said["what2"] or said["what3"]
        unsaid += unjudged_meant(what)
        if not _WANTED.search(said.group(0)):  # ("never want to do sales again" refuses)
            unsaid += traits_in(what)  # "i never said i like outdoors": that liking goes
        read_what = wishes(read(what), what)
        if read_what is not None:
            # a figure disowned ("i never said 100k") leaves the wish without it; a wish
            # disowned ("…nothing about coding") no longer matters
            # ("i didnt say pay doesnt matter": it matters)
            dropped += [
                replace(p, hard=False, limit=None)
                if p.limit is not None
                else replace(p, weight=1.0 if p.weight == 0 else 0.0, hard=False)
                for p in read_what.preferences.items
            ]
    if not dropped and not unsaid:
        return None
    rest = blank(message.text, [m.span() for m in found]).strip(" ,.;!?")
    asked = _understood(rest, read(rest), index) if re.search(r"[a-z]", rest) else None
    if isinstance(asked, ProfileAsk | RoadmapAsk | CompareAsk):
        return asked  # "…food scientist sounds cool tho, how many years of school is that"
    if not isinstance(asked, WishAsk):
        asked = WishAsk(refining=True)
    again = {p.criterion for p in asked.preferences.items}
    kept = tuple(p for p in dropped if p.criterion not in again)
    items = (*kept, *asked.preferences.items)
    unsaid = [name for name in unsaid if name not in asked.not_judged]
    return replace(
        asked, preferences=Preferences(items), refining=True, unsaid=tuple(dict.fromkeys(unsaid))
    )


def _why_not_last(message: Message, index: NameIndex) -> Request | None:
    """ "…elevators arent cars?? why not auto mechanic", "forget the schedule. why not
    cybersecurity? everyone says…": a career asked, in a sentence of its own, why it is not
    on the list; what was said around it is the reason to ask."""
    sentences = [s for s in _SENTENCE.split(message.text.strip()) if s.strip(" ?!.")]
    if len(sentences) < 2:
        return None
    for at, sentence in enumerate(sentences):
        # (a question after it asks of it instead: "why no computer repair job? … how much pay")
        if shape("why_not").match(sentence) and not any("?" in s for s in sentences[at + 1 :]):
            asked = _understood(sentence, read(sentence), index)
            if isinstance(asked, WhyNotAsk) and isinstance(asked.subject, Mention):
                return asked
    return None


def _said_plainly(message: Message) -> Message:
    """The message said the plain way where it is said round about: the one meant first,
    a comparison started afresh, a "why" turned into what it asks."""
    if (first := _INSTEAD_FIRST.match(message.text)) is not None:
        # "instead of mechanical do aerospace": the one meant, instead of the one said first
        message = read(f"{first['name']} instead of {first['instead']}")
    if (anew := _compared_anew(message.text)) is not None:  # "forget the doctor. rad tech vs…"
        message = read(anew)
    if (turned := _why_shown(message.text)) is not None:
        message = read(turned)  # "why are you comparing call center and receptionist?? i HATED…"
    if (none_with := _WHY_NOTHING.search(message.text)) is not None:
        # "why nothing with accounting?": careers in it asked for, no field turned from
        said = message.text
        message = read(
            f"{said[: none_with.start()]}jobs in {none_with['what']}{said[none_with.end() :]}"
        )
    if (named := _why_not_named(message.text)) is not None:
        message = read(named)  # "what about welding tho? … why isnt that on there"
    return message


#: the level of school they teach, said apart from "teacher": "im high school not elementary"
_LEVEL_TAUGHT = re.compile(
    r"(?<!not )(?<!isnt )(?<!isn't )(?<!than )\b(?P<level>high school|middle school|junior high|"
    r"elementary|kindergarten|preschool)\b(?! (?:students?|kids?|diploma|degree|grads?|"
    r"graduates?|senior|junior)\b)"
)
_BARE_TEACHER = re.compile(
    r"(?<!school )(?<!high )(?<!middle )(?<!elementary )(?<!kindergarten )(?<!preschool )"
    r"(?<!art )(?<!music )(?<!math )(?<!science )(?<!english )(?<!special ed )(?<!pe )"
    r"\bteachers?\b"
)
_I_TEACH_AT = re.compile(r"\b(?:i'?m|im|i am|i teach|i work|i was)\s+(?:at\s+|in\s+)?(?:a\s+)?$")


def _level_taught(text: str) -> str:
    """ "teacher vs school counselor… and im high school not elementary": the teacher of the
    level they said they are at."""
    levels = [m for m in _LEVEL_TAUGHT.finditer(text) if _I_TEACH_AT.search(text[: m.start()])]
    if len(levels) != 1 or not _BARE_TEACHER.search(text):
        return text
    level = levels[0]["level"]
    return _BARE_TEACHER.sub(lambda m: f"{level} {m.group(0)}", text)


def _titles_said(message: Message, index: NameIndex) -> Message:
    """The message with work said the long way round read as the title it has."""
    if (leveled := _level_taught(message.text)) != message.text:
        message = read(leveled)
    if (taught := college_teaching(message.text, index)) is not None:
        message = read(taught)  # "teaching accounting at the community college": its title
    if (ranked := rank_in_service(message.text, index)) is not None:
        message = read(ranked)  # "from the fire department… i was a captain": a fire captain
    return message


def _named_then_set_beside(message: Message, index: NameIndex) -> CompareAsk | None:
    """ "what about truck driving, isnt that a ton of openings? put it next to the 1st one":
    the career named before, set beside what the last sentence names."""
    *before, last = re.split(r"(?<=[.!?])\s+", message.text.strip())
    if not before or not last or not _SET_BESIDE_IT.search(last):
        return None
    asked = _understood(last, read(last), index)
    if isinstance(asked, OtherAsk) and asked.against and asked.instead is None:
        asked = CompareAsk(OnScreen("it"), asked.subject, asked.focus)  # "compare it to pr"
    if not isinstance(asked, CompareAsk) or OnScreen("it") not in (asked.first, asked.second):
        return None
    told = read(" ".join(before))
    read_as = readings(told, index)
    named = [f.mention for f in _spotted(told, read_as, index) if f.role == "option"]
    if not named and (about := shape("thinking_of").search(told.text)) is not None:
        # "thinking about journalism but…": the work named by its field's word
        told_as = Parsed(told, read_as, [], index)
        said = told_as.slot(
            told_as.word_at(about.start("what")), told_as.word_at(about.end("what"))
        )
        named = [said] if said is not None and isinstance(said.found, (Match, Ambiguous)) else []
    if len(named) != 1:
        return None
    if asked.first == OnScreen("it"):
        return replace(asked, first=named[0])
    return replace(asked, second=named[0])


#: "it" set beside another in so many words
_SET_BESIDE_IT = re.compile(
    r"\b(?:put|set|stack|line|compare) (?:it|that) (?:up )?"
    r"(?:next to|beside|alongside|against|with|to)\b|"
    # "thinking about journalism… how does it compare to pr"
    r"\bhow (?:does|do|would|will|did) (?:it|that) (?:compare|stack up|measure up) "
    r"(?:to|with|against)\b"
)


def _workers_described(message: Message, index: NameIndex) -> Message:
    """Workers said by what they do ("the people who make maps", "the guys who cut trees"):
    the title O*NET reports for them ("Map Maker": cartographers), where it names one."""
    text, said = message.text, message.text
    for found in reversed(list(_DESCRIBED.finditer(text))):
        thing = [*found["what"].split()[:-1], singular(found["what"].split()[-1])]
        named = next(
            (
                words
                for verb in _verb_forms(found["verb"])
                for agent in (_agent(verb), *(_FIXERS if verb in _FIXING else ()))
                # the thing whole, then less of what qualifies it ("industrial robots":
                # robot technicians)
                for first in range(len(thing))
                if _titled(words := " ".join([*thing[first:], agent]), index)
            ),
            None,
        )
        if named is not None:
            said = f"{said[: found.start()]}{named}s{said[found.end() :]}"
    return message if said == text else read(said)


def _titled(words: str, index: NameIndex) -> bool:
    named = index.resolve(words)
    return isinstance(named, Match) and named.best.score >= _TITLE_SAID


#: fixing said of a thing: its repairers, mechanics or technicians ("the guy who fixes
#: industrial robots": robot technicians)
_FIXING = frozenset({"fix", "repair", "service", "maintain"})
_FIXERS = ("repairer", "mechanic", "technician")


#: workers said by what they do: "the people who make maps", "someone who installs solar
#: panels"
_DESCRIBED = re.compile(
    r"\b(?:the |those |these |a )?(?:people|persons?|ones?|guys?|gals?|folks|someone|somebody|"
    r"person|workers?|ppl|man|men|woman|women|lady|ladies|dudes?)\s+(?:who|that|whose job is to)"
    r"\s+(?P<verb>[a-z]{3,})\s+(?:the\s+)?"
    r"(?P<what>(?!(?:a|an|the|with|for|in|at|on|to|it|them|people|stuff|things)\b)[a-z]+"
    r"(?: (?!(?:for|in|at|on|to|and|or|get|make|earn|do|does|is|are)\b)[a-z]+)?)\b"
)
#: a title said whole (an O*NET title or reported title), not a near one
_TITLE_SAID = 0.95


def _verb_forms(verb: str) -> list[str]:
    """ "fixes" → fix, "makes" → make: the verb's plain form, then as said."""
    forms = [verb[:-2]] if verb.endswith(("shes", "ches", "xes", "sses")) else []
    forms += [verb[:-1]] if verb.endswith("s") and not verb.endswith("ss") else []
    return [*forms, verb]


def _agent(verb: str) -> str:
    """The one who does it: make → maker, cut → cutter, fix → fixer."""
    if verb.endswith("e"):
        return f"{verb}r"
    doubled = (
        len(verb) <= 4 and verb[-1] in "bdgmnpt" and verb[-2] in "aeiou" and verb[-3] not in "aeiou"
    )
    return f"{verb}{verb[-1]}er" if doubled else f"{verb}er"


def _names_asked_in_turn(text: str, index: NameIndex) -> str | None:
    """Two to four careers, each asked as a sentence of its own ("private investigator?
    insurance fraud investigator? which is better…"): one question of them all, joined with
    "or", the rest kept."""
    found = list(_NAME_ASKED.finditer(text))
    run: list[re.Match[str]] = []
    for m in found:
        if run and text[run[-1].end() : m.start()].strip():
            if len(run) >= 2:
                break
            run = []
        said = m["name"].strip()
        if isinstance(mention(said, index, exact=False).found, Match | Ambiguous):
            run.append(m)
        elif len(run) < 2:
            run = []
    if not 2 <= len(run) <= MOST:
        return None
    names = " or ".join(m["name"].strip() for m in run)
    return f"{text[: run[0].start()]}{names}? {text[run[-1].end() :]}".strip()


#: a career asked alone, as a sentence of its own: "private investigator?"
_NAME_ASKED = re.compile(
    r"(?:^|(?<=[.!?])\s*)(?P<name>[a-z][a-z'/&-]*(?: [a-z][a-z'/&-]*){0,4})\?+"
)


def _asked_after_vent(text: str, index: NameIndex) -> Request | None:
    """A question asked of what is on screen after a clause of frustration: the clauses
    after the first, read alone."""
    cut = _THEN_ASKED.search(text)
    if cut is None or not text[cut.end() :].strip():
        return None
    rest = text[cut.end() :]
    asked = _understood(rest, read(rest), index)
    kinds = (CompareAsk, ChangeAsk, ScreenAsk, FocusAsk, ProfileAsk, RoadmapAsk)
    return asked if isinstance(asked, kinds) else None


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
#: where a change to the screen ends and a question of what is left begins
_THEN_ASKED = re.compile(r"(?<=[.!?;])\s+|,\s*")


#: careers set against each other after a change: "drop hvac, plumber vs electrician"
_SET_AGAINST = re.compile(r"\b(?:vs\.?|versus|compare|compared|against)\b")
#: a question's first word
_ASKED = re.compile(
    r"^(?:and |so |now |then |ok )*(?:which|what|whats|what's|who|how|why|is|are|does|do|can|"
    r"could|would|will|compare|show|rank|sort)\b"
)
#: what the change leaves, named before the question: "between the other two which is…"
_OF_THE_REST = re.compile(
    r"^(?:and |so |now |then |ok )*(?:between|of|out of|among|from) (?:the |those |these )?"
    r"(?:other |remaining |last )?(?:two|2|three|3|four|4|ones|rest|them|both)\W*\s*"
)
#: a change said in so many words ("no more customer service" is a vent, not a drop)
_CHANGE_VERB = re.compile(
    r"^(?:ok |okay |so |and |now |pls |please |alright |no |nah |i meant |i mean |actually )*"
    r"(?:drop|remove|delete|take|cut|kick|"
    r"ditch|scrap|get rid of|add|include|throw in|put in|put|bring|swap|replace|leave)\b"
)


#: a remark naming a career, then a change said of it by a pronoun: "damn legal secretary 76%
#: ai exposure is scary. drop that one, which of the other two…"
_THAT_ONE_CHANGED = re.compile(
    r"^(?P<remark>[^.!?]+[.!?]+)\s*(?P<verb>(?:(?:ok|okay|so|yeah|then)\W+)*(?:drop|remove|"
    r"get rid of|take out|ditch|cut|scratch|lose)\s+)(?:that(?: one)?|it|this(?: one)?)\b"
    r"(?P<rest>.*)$"
)


def _that_one_named(message: Message, index: NameIndex) -> Message:
    """The change said of the one career the remark before it names, by name ("legal
    secretary 76% is scary. drop that one, which…": drop legal secretary)."""
    said = _THAT_ONE_CHANGED.match(message.text)
    if said is None:
        return message
    remark = read(said["remark"])
    named = [f for f in _spotted(remark, readings(remark, index), index) if f.role == "option"]
    if len(named) != 1:
        return message
    return read(f"{said['verb']}{named[0].mention.said}{said['rest']}")


#: what a change leaves, asked to be compared: "just compare the other two", "compare the rest"
_COMPARE_REST = re.compile(
    r"^\W*(?:(?:and|then|just|now|so|ok)\W+)*(?:compare|line up|put side by side)\s+(?:the "
    r"(?:other|remaining) (?:two|2|three|3|ones)|the rest|them|those|the others)\W*$"
)


def _change_then(text: str, index: NameIndex) -> ChangeAsk | None:
    """ "take teachers out. which of the rest pays best": the change, then the question
    asked of what it leaves on screen."""
    parts = _THEN_ASKED.split(text, maxsplit=1)
    if len(parts) != 2 or not _CHANGE_VERB.match(parts[0]) or change(parts[0]) is None:
        return None
    whole = change(text)
    if whole is not None and whole.add and whole.drop:
        return None  # "drop optician. what about orthoptist instead": one change, read whole
    parts[1] = _OF_THE_REST.sub("", parts[1])
    first = _understood(parts[0], read(parts[0]), index)
    if not isinstance(first, ChangeAsk):
        return None
    if _COMPARE_REST.match(parts[1]):
        return first  # "drop welder, just compare the other two": what the change leaves
    if not _ASKED.match(parts[1]) and "?" not in parts[1]:
        # "remove accountant, add plumber", "drop hvac, plumber vs electrician": read whole;
        # "get rid of the first two, i dont wanna fly lol": why, said after the change
        more = _CHANGE_VERB.match(parts[1]) or _SET_AGAINST.search(parts[1])
        if first.restore and ALL_KEPT.search(parts[1]):
            first = replace(first, restore=False)  # "put ultrasound back in, i want all 3"
        return None if more else first
    then = _understood(parts[1], read(parts[1]), index)
    # "drop pilots, show the rest": the list without them is the rest
    said_again = isinstance(then, ScreenAsk) and then.action in MORE_ASKED
    return replace(first, then=then) if not (isinstance(then, Chat) or said_again) else first


#: "which has the most work life balance, i heard producers work crazy hours": a question of
#: those shown, then what was heard of one of them
_WHICH_THEN_HEARD = re.compile(
    r"^(?P<asked>(?:(?:ok|okay|so|and|but|hmm+)\W+)*which\b[^,.;!?]+)[,.;!?]+\s*"
    r"(?:(?:and|but|cause|cuz|because|since|bc)\s+)?(?:i(?:'?ve)? (?:heard|hear|read)|"
    r"people say|they say|apparently|i know|everyone says)\b"
)


#: a question of those shown, then a remark: "which one is safer from ai tho, architects
#: looked higher on that llm thing"
_WHICH_THEN = re.compile(
    r"^(?P<asked>(?:(?:ok|okay|so|and|but|hmm+)\W+)*which\b[^,.;!?]+)[,.;!?]+\s*(?P<rest>.+)$"
)
#: how many words a remark after the question has at the least: fewer may be what the
#: question chooses among ("which pays more, nurse or teacher")
_REMARK_WORDS = 5


#: a figure shown, remarked on in a sentence of its own, then what is asked: "84% llm
#: exposure is scary. is interpreting gonna die bc of ai translation"
_FIGURE_REMARKED_FIRST = re.compile(
    r"^(?:(?:wow|damn|ok|okay|so|hmm+|yikes|lol)\W+)*\$?\d[\d,.]*\s*(?:%|k|percent)?"
    + shape("figure_remarked").pattern
    + r"(?:\s+(?:lol|tho|though|honestly|ngl|af|imo|not gonna lie))*\s*[.?!]+\s*(?P<rest>\S.*)$"
)
#: a remark on one of those shown, then a question of them all in its own sentence:
#: "economist pays the most but like under 1k openings?? is that bad. also which is safest
#: from ai"
_HEARD_THEN_WHICH = re.compile(
    r"^(?P<rest>.+?[.;!?])\s*(?:(?:also|and|ok|okay|so|but|anyway|plus)\W+)*"
    r"(?P<asked>which\b[^.;!?]+)\W*$"
)


def _which_then_heard(text: str, index: NameIndex) -> FocusAsk | None:
    said = _WHICH_THEN_HEARD.match(text)
    remark = _WHICH_THEN.match(text) if said is None else None
    after = None
    if said is None and remark is None:
        after = _HEARD_THEN_WHICH.match(text)
    if remark is not None and len(remark["rest"].split()) < _REMARK_WORDS:
        return None
    if after is not None:
        return _figure_then_which(after, index)
    found = said or remark
    if found is None:
        return None
    asked = found["asked"]
    first = _understood(asked, read(asked), index)
    if not isinstance(first, FocusAsk):
        return None
    if remark is not None:
        # the remark after it may itself be what is weighed ("which is better for me, i like
        # kids and hate blood"; "…, nurse or teacher or accountant"): a question of its own
        rest = _understood(remark["rest"], read(remark["rest"]), index)
        if not isinstance(rest, ProfileAsk):
            return None
    return first


def _figure_then_which(found: re.Match[str], index: NameIndex) -> FocusAsk | None:
    """A figure of one career remarked on, then a question of all those shown ("economist
    pays the most but like under 1k openings?? is that bad. also which is safest from ai");
    not careers named to be chosen between ("…want to be a graphic designer. which is
    better?"), nor "which of these" (the list's own question)."""
    if _OF_THESE.search(found["asked"]):
        return None
    asked = _understood(found["asked"], read(found["asked"]), index)
    if not isinstance(asked, FocusAsk):
        return None
    rest = _understood(found["rest"], read(found["rest"]), index)
    return asked if isinstance(rest, ProfileAsk) and rest.focus not in (None, "overall") else None


_OF_THESE = re.compile(r"\bof (?:these|those|them|the two|the three|both)\b")


#: careers shown or suggested, questioned as the wrong ones: "why are you comparing call
#: center and receptionist?? those are the jobs i HATED"
_WHY_SHOWN = re.compile(
    r"^(?:(?:wait|um+|uh+|bro|dude|omg|lol)\W+)*(?:why|y)(?: (?:are|r|did|do|would|tf))? (?:you|u) "
    r"(?:comparing|compare|compared|showing|show|showed|suggesting|suggest|suggested|giving me|"
    r"give me|gave me|recommending|recommend|recommended|putting|put)(?: me)? (?P<named>[^.?!]+)"
    r"[.?!]+\s*(?P<rest>.*)$"
)


def _why_shown(text: str) -> str | None:
    """The careers questioned, said as ones ruled out, and the rest as said."""
    found = _WHY_SHOWN.match(text)
    if found is None or not found["rest"]:
        return None
    return f"anything but {found['named']}. {found['rest']}"


#: one shown, replaced by what a wish finds: "instead of the pilot one show me something in
#: healthcare", "swap the 2nd for something remote", "drop the last one and show me a trade"
_REPLACED = (
    re.compile(
        r"^(?:(?:ok|okay|so|then|and|but|hmm)\W+)*instead of (?P<gone>.+?),? (?P<then>(?:show|"
        r"give|find|get|list|suggest|pick|i want|i need|i'?d like|how about|what about|maybe|"
        r"something|anything|smth|do|try|use|put|go with)\b.*)$"
    ),
    re.compile(
        r"^(?:(?:ok|okay|so|then|and|but|hmm)\W+)*(?:swap|replace|switch|change|trade) "
        r"(?P<gone>.+?) (?:for|with|to) (?P<then>(?:something|anything|smth|a job|one|another|"
        r"jobs?|careers?)\b.*)$"
    ),
    re.compile(
        r"^(?P<drop>(?:drop|remove|take out|get rid of|lose|ditch) .+?),? and (?P<then>(?:show|"
        r"give|find|list|suggest|get) me\b.*)$"
    ),
)


def _replaced_by_wish(text: str, index: NameIndex) -> ChangeAsk | OtherAsk | None:
    """A career on screen taken out, and a wish said for what comes in its place: the
    change, then the wish, said to the list as a change of it (its other wishes kept)."""
    for pattern in _REPLACED:
        found = pattern.match(text.strip(" ?!."))
        if found is None:
            continue
        said = found.groupdict()
        dropping = said.get("drop") or f"drop {said['gone']}"
        first = _understood(dropping, read(dropping), index)
        then = _understood(found["then"], read(found["then"]), index)
        if not isinstance(first, ChangeAsk) or len(first.drop) != 1:
            continue
        if isinstance(then, WishAsk):
            return replace(first, then=replace(then, refining=True))
        if isinstance(then, OtherAsk) and then.instead is None:
            return replace(then, instead=first.drop[0])  # "instead of plumber what about…"
        if isinstance(then, ProfileAsk) and isinstance(then.subject, Mention):
            # "instead of data scientists do info security analyst": the one put in its place
            return OtherAsk(then.subject, instead=first.drop[0])
    return None


#: a "no" said before what is wanted instead: "no i want…", "nah just show me…"
_NO_THEN = re.compile(
    r"^(?:no+|nah|nope)[,.!]*\s+(?=(?:i (?:want|need|said|asked|was asking|wanted)|i'?m looking|"
    r"im looking|show me|give me|just)\b)"
)
#: their age said, then a comma: the career right after is theirs ("I am 63, QA inspector")
_AGED = re.compile(r"(?:\b(?:i'?m|im|i am)\s+\d\d\s*,|^\s*\d\d\s*,?)\s*$")
#: a correction's career, the one it is not, and a question of it in the next sentence
_MEANT_THEN_ASKED = re.compile(
    r"^(?P<name>[^.?!]+?)(?:,? (?:not|instead of|rather than) (?:the |a |an )?"
    r"(?P<not>[^.?!]+?))?\s*[.?!]+\s+(?P<asked>\w.*)$"
)
#: a correction of what was taken: "no like a therapist for mental health", "nah i mean RN"
_CORRECTION = re.compile(
    r"^(?:(?:wtf|bro|lol|omg|ugh|um+|uh+|hmm+|ok|okay|sorry|wait)[,.!]*\s+)*(?:no+|nah|nope)"
    r"[,.!]*\s+(?:(?:wait|sorry|actually|sry|oops|hold on)[,.!]*\s+)*"
    r"(?:like|i mean|i meant|more like|as in|i (?:ask|asked|am asking|"
    r"'?m asking|was asking|was talking|am talking|'?m talking) (?:about|for))\s+"
)
#: a name said again after "no", with what it means: "no urban planner like city planning"
_NO_NAME_GLOSSED = re.compile(
    r"^(?:no+|nah|nope)[,.!]*\s+(?P<name>[a-z][^,.;!?]{2,40}?),?\s+(?:like|as in|meaning|"
    r"you know)\s+(?:a |an |the )?[a-z][^.;!?]*$|"
    # "no AIRCRAFT mechanic, the one from before. do they need a degree": the one meant,
    # then what is asked of it
    r"^(?:no+|nah|nope)[,.!]*\s+(?P<again>[a-z][^,.;!?]{2,40}?),?\s+the one (?:from before|"
    r"(?:i|we) (?:said|meant|had|picked)|on (?:the|my) list|(?:you|u) showed|above|earlier)"
    r"[,.;!?]*\s*(?P<then>.*)$"
)
#: a correction that is a request of its own: "no i meant compare it with surveyor"
_REQUEST_MEANT = re.compile(
    r"(?:compare|show|swap|switch|add|drop|remove|put|give|tell|how|what|which|why|who|can|"
    r"could|is|are|do|does)\b"
)
#: the one replaced said first: "actually instead of mechanical do aerospace"
_INSTEAD_FIRST = re.compile(
    r"^(?:(?:ok|okay|so|hmm+|actually|wait|no|nah)[,.!]*\s+)*instead of (?P<instead>[^,.;!?]+?)"
    r"(?:,\s*|,? (?:do|try|show(?: me)?|go with|give me|make it|use|lets do|let's do|how about|"
    r"what about) )(?!(?:something|anything|smth|some|any|ones?|jobs?|careers?|stuff)\b)"
    r"(?P<name>[^,.;!?\s]+(?: [^,.;!?\s]+){0,2})\W*$"
)
#: a correction that names the career it is not: "…i mean power line workers not assemblers"
_MEANT_NOT = re.compile(
    r"^(?P<name>[^.?!,]+?),? (?:not|instead of|rather than) (?:the )?(?P<not>[^.?!,]+?)\W*$"
)


#: "is trucking gonna be automated", "will welding be replaced by ai": a kind of work asked
#: about, by the word for it
_WORK_ASKED = re.compile(
    r"^(?:is|will|are|could|can) (?P<work>[a-z]+ing) (?:gonna|going to|ever|really|even|be|get|"
    # "is welding dangerous", "is nursing bad for your health": a judgement of the work
    r"(?:too |very |so |that |pretty )?(?:dangerous|safe|unsafe|bad|good|hard|tough|stressful|"
    r"risky|hazardous|healthy|unhealthy|worth|hard on|dirty|boring|fun|physical|demanding|"
    r"tiring|exhausting|lonely))\b"
)


def _work_asked_of(parsed: Parsed, request: Request) -> Request:
    """A question of one kind of work's figure ("is trucking gonna be automated"), read as a
    wish for a list, is about the career that does the work, where one does."""
    asked = _WORK_ASKED.match(parsed.text)
    # "is it easy to find part time tutoring work, and what does it pay per hour?": the work
    # named as a noun, asked about, whatever figures the question names
    of_work = None if asked else _WORK_NOUN.search(parsed.text)
    if of_work is not None and "?" not in parsed.text and not _ASKED.match(parsed.text):
        of_work = None
    # said as a question of what is shown ("is welding dangerous"), the wish it carries
    wish = request.wish if isinstance(request, FocusAsk) else request
    if (asked or of_work) is None or not isinstance(wish, WishAsk) or wish.person.current:
        return request
    if asked is not None and len(wish.preferences.items) > 1:
        return request
    if of_work is not None and (wish.person.dislikes or wish.person.schooling):
        return request  # a person's limits said with it: a list for them
    said_of = asked or of_work
    if said_of is None:
        return request
    unjudged = WishAsk(not_judged=wish.not_judged) if wish.not_judged else None
    work = said_of["work"]
    for said in (worker_of(work, parsed.index), work):  # the worker first: "welder"
        found = mention(said, parsed.index, exact=False) if said else None
        if found is not None and isinstance(found.found, Match) and found.found.best.score >= _SURE:
            return ProfileAsk(found, parsed.focus or "overall", wish=unjudged)
    return request


#: a kind of work named as a noun: "tutoring work", "welding jobs"
_WORK_NOUN = re.compile(r"\b(?P<work>[a-z]{4,}ing) (?:work|jobs?|gigs?|positions?)\b")
#: a work's word names a career only this surely (no "tucking machine" for "trucking")
_SURE = 0.95


#: careers of a kind missed from a list: "why nothing with accounting?"
_WHY_NOTHING = re.compile(
    r"\bwhy (?:is there |are there |was there )?(?:nothing|none|no (?:jobs?|careers?|options?|"
    r"ones?))(?: at all)? (?:with|in|about|for|involving|doing|using) (?P<what>[^.?!,;]+)"
)
#: "why isn't that on there": a career's absence asked, by a word for one said before
_WHY_NOT_IT = re.compile(
    r"^(?:so |but |ok |and )*(?:why (?:isn'?t|isnt|is not|wasn'?t|aren'?t|arent|not)|how come)"
    r" (?:it|that|this|they|those)(?: on (?:there|the list|it)| listed| included| in there)?\W*$"
)


def _why_not_named(text: str) -> str | None:
    """ "what about welding tho? i have the cert. why isnt that on there": why the career
    asked about first is not on the list."""
    sentences = _SENTENCE.split(text.strip())
    if len(sentences) < 2 or not _WHY_NOT_IT.match(sentences[-1]):
        return None
    about = cues.WHAT_ABOUT.match(sentences[0].strip(" ?!."))
    if about is None or about.group("against") or about.group("corrected"):
        return None
    return f"why isnt {about.group('name')} on there"


def _compared_anew(text: str) -> str | None:
    """A career dropped, then a comparison named afresh ("forget the doctor. rad tech vs
    ultrasound tech"): the comparison alone, which leaves the dropped one out already."""
    sentences = _SENTENCE.split(text.strip())
    if len(sentences) < 2:
        return None
    said = change(sentences[0].strip(" .!?"))
    rest = " ".join(sentences[1:])
    if said is None or said.add is not None or not _NAMED_ANEW.search(rest):
        return None
    return rest


#: a comparison named in so many words
_NAMED_ANEW = re.compile(r"\b(?:vs\.?|versus|or|compare)\b")


def _after_chat(raw: str) -> str:
    """The message without the small talk it starts with, sentence by sentence."""
    sentences = _SENTENCE.split(raw.strip())
    while len(sentences) > 1 and chat_topic(read(sentences[0]).text) in _TALK:
        sentences = sentences[1:]
    return " ".join(sentences)


_TALK = frozenset({"smalltalk", "ack", "thanks", "complaint", "greeting"})


def _after_figure_said(text: str) -> str | None:
    """ "teller growth is -13% yikes, what about loan officer": a remark that says a figure
    back, then a follow-up of its own in the last clause: the follow-up."""
    cut = next(reversed(list(_CLAUSE_END.finditer(text))), None)
    if cut is None:
        return None
    head, tail = text[: cut.start()], text[cut.end() :]
    if not _FIGURE_REMARK.search(head) or _TOLD_OF_SELF.search(head) or len(tail.split()) < 2:
        return None
    return tail if cues.WHAT_ABOUT.match(tail) else None


_CLAUSE_END = re.compile(r"[,.;!?]+\s+")
#: a figure with its unit said in a remark: "-13%", "5k openings", "95k"
_FIGURE_REMARK = re.compile(FIGURE)


#: a remark set aside for what follows: "…not 5 lol. anyway which of the 3 is least stressful"
_ASIDE = re.compile(
    r"(?:[.!?;,]\s*|\s)(?:(?:but|ok|okay|so)\s+)?(?:anyway|anyways|anyhow|moving on)\b[,:.!\s]*"
)
#: a remark that tells of the person, which is kept: "i have a psych degree. anyway…"
_TOLD_OF_SELF = re.compile(r"\b(?:i|i'?m|im|i'?ve|ive|my|me|mine)\b")


def _after_aside(text: str) -> str | None:
    """The question after a remark set aside with "anyway", or after a figure said back
    ("teller growth is -13% yikes, what about loan officer"), when the remark tells nothing
    of the person: "bachelors + masters is 6 yrs not 5 lol. anyway which of the 3 is least
    stressful" asks only the last."""
    found = next(reversed(list(_ASIDE.finditer(text))), None)  # the last aside
    if found is None:
        return _after_figure_said(text)
    head, tail = text[: found.start()], text[found.end() :]
    if (
        len(tail.split()) < 2
        or _TOLD_OF_SELF.search(head)
        or not ("?" in tail or shape("question_lead").match(tail))
    ):
        return None
    return tail


#: a return to what was compared, said first: "back to the comparison -", "ok back to the 3:"
_BACK_TO = re.compile(
    r"^\W*(?:(?:ok|okay|so|anyway|but|and)\W+)*(?:go(?:ing)? )?back to (?:the |those |these |my )?"
    r"(?:comparison|compare|list|table|original (?:list|comparison)|(?:2|3|4|two|three|four)|"
    r"three of them|others|them|those|these)\b\s*[-–—:,.;!]*\s*"
)
_WHICH_ONE = re.compile(r"^\s*which(?: one)?\b")


def _back_to(text: str) -> str | None:
    """ "back to the comparison - which one is most at risk from AI": asked of those
    compared."""
    back = _BACK_TO.match(text)
    if back is None or not text[back.end() :].strip():
        return None
    return _WHICH_ONE.sub("which of them", text[back.end() :], count=1)


#: a last sentence that opens on a kind of career shown and asks of it: "the insurance one
#: tho, how long does it take…"
_KIND_ASKED = re.compile(
    r"(?:^|[.!?;]\s+)(?P<asked>(?:(?:but|and|ok|okay|so|what about|how about)\s+)?the "
    r"[a-z][a-z-]*(?: [a-z][a-z-]*)? (?:one|kind|job|option)\b[^.!?;]*(?:\?|$)[^.!?;]*)$"
)


def _kind_asked_last(text: str) -> str | None:
    """The question after remarks on other careers shown, of one shown named by its kind:
    "uhh food service manager and the gambling one are still nights and weekends lol. the
    insurance one tho, how long does it take to get that license" asks only the last."""
    found = _KIND_ASKED.search(text)
    if found is None or found.start("asked") == 0:
        return None
    head, asked = text[: found.start("asked")], found.group("asked")
    if _TOLD_OF_SELF.search(head) or not ("?" in asked or _ASKS_AFTER.search(asked)):
        return None
    return asked


#: a question after the kind named: "the insurance one tho, how long does it take"
_ASKS_AFTER = re.compile(
    r"[,:-]\s*(?:(?:so|but|and|ok|like)\s+)?(?:how|what|which|why|when|where|is|are|does|do|"
    r"can|could|should|will|would)\b"
)


#: a worker's name said as where the work is done: "the dentist office", "a vet clinic",
#: "my lawyer's office" (a name that goes on is a job there: "dentist office manager")
_PLACE_OF = re.compile(
    r"(?:'s|s)?\s+(?:office|offices|clinic|clinics|practice|practices)\b"
    r"(?!\s+(?:manager|managers|assistant|assistants|clerk|clerks|worker|workers|"
    r"receptionist|receptionists|administrator|administrators|staff|job|jobs|work)\b)"
)


#: "docs" said of documents: worked on, or of a kind ("cleaning up docs", "api docs")
_DOCUMENTS = re.compile(r"docs?\b")
_DOCUMENTS_BEFORE = re.compile(
    r"\b(?:up|edit\w*|writ\w*|draft\w*|review\w*|read\w*|format\w*|proofread\w*|updat\w*|"
    r"fil(?:e|ed|ing)|sign\w*|technical|legal|api|google|project|product|word|shared|"
    r"internal|design|contract|loan|closing)\s+$"
)
#: a level of school said before "school": "high school", "grad school"
_SCHOOL_LEVEL = re.compile(r"high|grad|graduate|middle|elementary|primary|secondary")
_SCHOOL_AFTER = re.compile(
    r"\s+school\b(?!\s+(?:teachers?|counselors?|principals?|coach(?:es)?|"
    r"nurses?|psychologists?|social workers?|bus drivers?|librarians?|secretar(?:y|ies)|aides?))"
)
#: between a career and the one whose practice it works at: "… at a dermatologist"
_AT_PLACE = re.compile(r"\s+(?:at|for)\s+(?:a|an|the|my|our)\s+")


def _spotted(message: Message, read_as: list[Reading], index: NameIndex) -> list[Named]:
    out: list[Named] = []
    asked = frozenset(_cue_words(message))
    fields = [f for f in scope_in(message.text) if f.judged]
    places = place_spans(message.text)
    glossed = kind_spans(message.text) if places else []
    # "hired at the john deere dealer": an employer's name, no career asked about
    employers = [m.span("what") for m in shape("employer").finditer(message.text)]
    # "closer to 55k": a comparative, no Closer (loan closers)
    employers += [m.span(m.lastgroup or 0) for m in shape("comparative").finditer(message.text)]
    spots = spot(message, index, read_as, asked)
    in_names = {i for found in spots for i in range(found.start, found.end)}
    in_fields = {
        i
        for field in fields
        for i, word in enumerate(message.words)
        if field.start <= word.start and word.end <= field.end and i not in in_names
    }
    for spotted in spots:
        if _in_field(message, spotted, fields):
            continue
        first, last = message.words[spotted.start].start, message.words[spotted.end - 1].end
        if any(a <= first and last <= b for a, b in employers):
            continue
        # "the middle one", "the last one"; a name going on past the place's words is a
        # name ("middle school science teacher")
        if any(a <= first < b and last <= b for a, b in places):
            continue
        if glossed and any(a <= first and last <= b for a, b in glossed):
            continue  # "the 5th one, the mining one": the place, glossed by its work
        if _PLACE_OF.match(message.text, last):
            continue  # "both in the dentist office": where the work is, no career asked
        if _SCHOOL_LEVEL.fullmatch(message.text, first, last) and _SCHOOL_AFTER.match(
            message.text, last
        ):
            continue  # "with just high school": schooling held, no Higher Education Administrator
        if _DOCUMENTS.match(message.text, first) and _DOCUMENTS_BEFORE.search(
            message.text, 0, first
        ):
            continue  # "writing and editing, cleaning up docs": documents, no doctors
        if _LIKENED_BEFORE.search(CLAUSE.split(message.before(spotted.start))[-1]):
            continue  # "the last one is basically a doctor right?", "is it like a cdl"
        if out and _AT_PLACE.fullmatch(message.text, message.words[out[-1].end - 1].end, first):
            continue  # "a medical esthetician at a dermatologist": where the first works

        span = _with_its_work(message, spotted, index)
        named = mention(" ".join(span.words), index, said=message.between(span.start, span.end))
        if span.lead >= 0:
            named = _qualified(message, read_as, span, named, index)
            span = replace(span, start=span.lead)
        if (wider := unlisted_wider(message, span.start, span.end)) is not None:
            named, span = wider[0], replace(span, start=wider[1])  # "ai product manager"
        if _DEGREE_IN.search(message.text, 0, message.words[span.start].start):
            continue  # "an associates in criminal justice": a subject studied, no career
        if isinstance(named.found, Ambiguous):
            others = [w.key for i, w in enumerate(message.words) if not span.start <= i < span.end]
            named = disambiguated(named, others, index)
        if span.end - span.start == 1 and span.lead < 0:
            named = _field_of_sentence(message, (span.start, in_fields), named, index)
        role = _role(message, span.start, span.end)
        if (
            role == "option"
            and out
            and out[-1].role == "self"
            and shape("then_before").fullmatch(
                message.text[message.words[out[-1].end - 1].end : message.words[span.start].start]
            )
        ):
            role = "self"  # "a bank teller then head teller": their jobs, one after another
        out.append(Named(named, span.start, span.end, role))
    return _said_again(out, message)


#: a degree's subject said right before: "an associates in criminal justice", "a BA in"
_DEGREE_IN = re.compile(
    r"\b(?:ms|msc|ma|ba|bs|bsc|phd|masters?|master'?s|bachelors?|bachelor'?s|associates?|"
    r"associate'?s|degree|diploma)\s+in\s+$"
)


def _field_of_sentence(
    message: Message, said_at: tuple[int, set[int]], named: Mention, index: NameIndex
) -> Mention:
    """A worker's word alone, said in a sentence that names the field it is in ("stuff still
    in construction … like estimator or inspector"): the worker of that field, where the two
    words are one of O*NET's titles (a construction inspector), not the bare word's own."""
    at, fields = said_at
    start = message.text.rfind(".", 0, message.words[at].start)
    start = max(start, message.text.rfind("?", 0, message.words[at].start))
    said = message.words[at].key
    for i in range(at - 1, -1, -1):
        word = message.words[i]
        if word.start < start:
            break
        if i not in fields:  # a field's word, no career's: "in construction"
            continue
        if index.standing((singular(word.key), singular(said))) is None:
            continue  # (no name is these two words: no lookup)
        found = index.resolve(f"{word.key} {said}")
        if (
            isinstance(found, Match)
            and found.best.score >= 1.0
            and not (isinstance(named.found, Match) and named.found.slug == found.best.slug)
            and word.key in index.title_words(found.best.slug)
        ):
            return Mention(named.said, found, exact=False)
    return named


def _said_again(found: list[Named], message: Message) -> list[Named]:
    """Without a name several careers share that is said again, more exactly, as one of them
    ("the sales rep one. food sales rep, …": food sales reps alone)."""

    def joined(one: Named, other: Named) -> bool:
        first, second = sorted((one, other), key=lambda n: n.start)
        between = message.text[message.words[first.end - 1].end : message.words[second.start].start]
        return _JOINED.fullmatch(between) is not None

    def again(at: int, named: Named) -> bool:
        shared = named.mention.found
        if not isinstance(shared, Ambiguous):
            # "is 64k right for a health coach? … most coaches i know": the health coach (but
            # "estimator or inspector" after "aviation inspector" is another inspector)
            return not any(joined(named, o) for o in found if o is not named) and any(
                _words_of(named) < _words_of(other) and isinstance(other.mention.found, Match)
                for other in found[:at]
            )
        kinds = {c.slug for c in shared.candidates}
        words = set(named.mention.said.split())
        return any(
            isinstance(other.mention.found, Match)
            and other.mention.found.slug in kinds
            and words < set(other.mention.said.split())
            for other in found
        )

    return [named for at, named in enumerate(found) if not again(at, named)]


#: what joins two careers said together: "estimator or inspector", "a, b and c"
_JOINED = re.compile(r"\s*(?:,|/|&|\bor\b|\band\b|\bvs\.?|\bversus\b|\bnor\b)\s*")


def _words_of(named: Named) -> set[str]:
    return {singular(w) for w in named.mention.said.casefold().split()}


def _titled_of(message: Message, span: Span, index: NameIndex) -> Span | None:
    """A name said as the start of an official title that goes on with "of" ("first line
    supervisors of construction trades"): the whole title, where the index reads it as one
    occupation surely; the name alone is an alternate title of another ("Line Supervisor")."""
    words = message.words
    if span.end + 1 >= len(words) or words[span.end].key != "of":
        return None
    start = span.start - 1 if span.start and words[span.start - 1].key == "first" else span.start
    for end in range(min(len(words), span.end + 5), span.end + 1, -1):
        typed = [w.key for w in words[start:end]]
        found = index.resolve(" ".join(typed))
        if (
            isinstance(found, Match)
            and found.best.score >= _TITLE_OF_SURE
            and " of " in (found.best.name.casefold())
        ):
            return replace(span, start=start, end=end, words=tuple(typed), lead=-1)
    return None


#: how surely a whole title said with "of" must be read as one occupation
_TITLE_OF_SURE = 0.9


#: a word after a worker's name that names who leads them, and the word their title has for it
_LEADS = {
    "supervisor": "supervisor",
    "supervisors": "supervisor",
    "manager": "manager",
    "managers": "manager",
}


def _with_its_work(message: Message, span: Span, index: NameIndex) -> Span:
    """A name followed by a word for a kind of work that, read as its worker, makes a longer
    name: "retail management" is a retail manager's work, not retail sales."""
    if (titled := _titled_of(message, span, index)) is not None:
        return titled
    if span.end >= len(message.words):
        return span
    lead = message.words[span.end].key
    if lead in _LEADS:
        # "the passenger attendant supervisor thing": their supervisors, O*NET's "First-Line
        # Supervisors of Passenger Attendants"
        typed = [w.key for w in message.words[span.start : span.end]]
        found = mention(" ".join((*typed, lead)), index, exact=False).found
        if isinstance(found, Match) and _LEADS[lead] in found.best.name.casefold():
            return replace(span, end=span.end + 1, words=(*typed, lead))
    worker = worker_of(lead, index)
    if worker is None or worker in span.words:
        return span
    typed = [w.key for w in message.words[span.start : span.end]]
    longer = (*typed, worker)
    found = mention(" ".join(longer), index, exact=False).found
    if isinstance(found, Match) and found.best.score >= 1.0:
        return replace(span, end=span.end + 1, words=longer)
    return span


def _in_field(message: Message, span: Span, fields: list[Found]) -> bool:
    """A single word inside a longer phrase naming a field ("jobs in tech") is the field; so
    is shorthand that names one ("tech")."""
    start, end = message.words[span.start].start, message.words[span.end - 1].end
    shorthand = message.words[span.start].key in ABBREVIATIONS
    return span.end - span.start == 1 and any(
        f.start <= start and end <= f.end and (f.end - f.start > end - start or shorthand)
        for f in fields
    )


def _qualified(
    message: Message, read_as: list[Reading], span: Span, inner: Mention, index: NameIndex
) -> Mention:
    """A name with catalog words before it ("radiologic technologist", "tattoo artist"): the
    career with all the words, or else work with no occupation of that name, the career
    the name alone would be offered as the nearest."""
    wider = slot(message, read_as, span.lead, span.end, index)
    if wider is not None and isinstance(wider.found, (Match, Ambiguous, Unlisted)):
        return replace(wider, exact=True)
    said = message.between(span.lead, span.end)
    if (stemmed := _past_stemmed(message, span, index)) is not None:
        return replace(stemmed, said=said)  # "wheeled vehicle mechanic": a heavy wheel one
    narrowed = _narrowed(inner, message, span, index)
    if narrowed is not None:  # "middle school science teacher": the science teacher of
        return narrowed  # middle schools, one of the kinds a science teacher can be
    if isinstance(inner.found, Match):
        # "pediatric optometrist": a kind of one career's work, counted in that career
        return Mention(said, Unlisted(said, (inner.found.slug,), NO_OCCUPATION))
    near = [*_slugs(inner.found), *(_slugs(wider.found) if wider is not None else ())]
    return Mention(said, Unlisted(said, tuple(dict.fromkeys(near))[:3], NO_OCCUPATION))


def _past_stemmed(message: Message, span: Span, index: NameIndex) -> Mention | None:
    """The name with a word in "-ed" before it read as the word it comes from, where the
    catalog knows that word: "wheeled vehicle mechanic" is a Heavy Wheel Vehicle Mechanic."""
    keys = [message.words[i].key for i in range(span.lead, span.end)]
    stems = [k[:-2] if k.endswith("ed") and index.vocabulary.knows(k[:-2]) else k for k in keys]
    if stems == keys:
        return None
    found = mention(" ".join(stems), index, exact=False)
    return found if isinstance(found.found, Match) else None


def _narrowed(inner: Mention, message: Message, span: Span, index: NameIndex) -> Mention | None:
    """Of the kinds a name can mean, those whose titles have every word said before it."""
    if not isinstance(inner.found, Ambiguous):
        return None
    lead = {singular(w.key) for w in message.words[span.lead : span.start]}
    kinds = [c for c in inner.found.candidates if lead <= index.title_words(c.slug)]
    if not kinds or len(kinds) == len(inner.found.candidates):
        return None
    said = message.between(span.lead, span.end)
    if len(kinds) == 1:
        return Mention(said, Match(kinds[0]), exact=True)
    return Mention(said, replace(inner.found, candidates=tuple(kinds)), exact=True)


def _slugs(found: Resolution | Unlisted) -> tuple[str, ...]:
    if isinstance(found, Match):
        return (found.slug,)
    if isinstance(found, Ambiguous):
        return tuple(c.slug for c in found.candidates)
    if isinstance(found, NotFound):
        return tuple(c.slug for c in found.suggestions)
    return found.nearest


_HELD_LICENCE = re.compile(
    r"\b(?:get|got|getting|have|has|had|hold|holding|with|w|w/|my|your|the|a|an|need|needs)\s*$"
)


#: an event run, said before its name: "ran the whole PTO fundraiser", "organized a fun run"
_EVENT_RUN = re.compile(
    r"\b(?:ran|organi[sz]ed|planned|hosted|threw|put on|led|chaired|coordinated)\s+"
    r"(?:the|a|an|our|my|their|his|her|this|that)\s+(?:(?:whole|entire|big|annual|yearly|school|"
    r"pto|pta|church|charity|class|team|last|huge)\s+)*$"
)


#: a worker asked after, and where they could go: "what can a teacher actually switch to",
#: "what jobs can nurses move into"
_WORKER_ASKS = re.compile(
    r"\b(?:what|which|where)(?: (?:else|other|jobs?|careers?|roles?|work))? (?:can|could|do|does|"
    r"should|would|might) (?:a |an |the |my |our |us )?$"
)
_SWITCHES_AFTER = re.compile(
    r"\s+(?:\w+ )?(?:actually |usually |typically |even |really |realistically |possibly |else )?"
    r"(?:switch|move|transition|pivot|change careers?|go|do instead|do next|do besides|"
    r"jump|branch out)(?:\s+(?:in)?to\b|\s+instead\b|\s+next\b|\s*[?.!]|\s*$)"
)
#: a change supposed, not made: "what if i… became a", "if i went back and became a"
_SUPPOSED = re.compile(
    r"\b(?:what if|if|suppose|say|imagine|assuming)\b[^.?!]{0,60}\b(?:became|become|becoming|"
    r"went into|go into|switched to|switch to|trained as|train as)\s+(?:an?\s+)?$"
)
#: a word after a career's name that makes it a thing talked of: "my nurse question", "your
#: welder idea"
_TOPIC_AFTER = re.compile(r"\s+(?:question|idea|suggestion|option|route|plan|answer)s?\b")
#: their own, said right before a career's name, and the word that makes it a job
_MY_BEFORE = re.compile(r"\b(?:my|our)\s+(?:(?:old|last|former|current|previous)\s+)?$")
_JOB_AFTER = re.compile(r"\s+(?:job|gig|position|role|career)\b")
#: a job left, said of the worker: "former teachers", "ex-nurses", "retired cops"
_FORMER = re.compile(r"\b(?:former|ex-?|retired|burned out|burnt out|recovering) $")


#: a career a place on screen or "it" is likened to, said of it: "the last one is basically
#: a doctor", "is it like a cdl", "isnt that just a paralegal"
_LIKENED_BEFORE = re.compile(
    r"(?:\b(?:the (?:\w+ ){1,3}one|it|that|this|they)(?:'s| is| s| was| are)|"
    r"\b(?:is|isnt|isn'?t|was|are) (?:it|that|this|they|the (?:\w+ ){1,3}one))"
    r" (?:basically|just|like|kinda like|kind of like|sort of like|pretty much|essentially|"
    r"the same as|same as|more like)(?: like| just)? (?:an? |the )?$"
)


def _role(message: Message, start: int, end: int) -> str:
    """Where a career named stands: asked about ("option"), the asker's own job ("self"), or
    someone else's ("context": "my dad is a…", "my mom keeps telling me to be a…", "doctor
    says no more trucking")."""
    before = message.before(start)
    clause = CLAUSE.split(before)[-1] if before else ""
    if _TOPIC_AFTER.match(message.text, message.words[end - 1].end):
        return "option"  # "you skipped my credit counselor question": the career asked of
    if _SUPPOSED.search(clause):
        return "option"  # "what if i finished a bachelors and became a kindergarten teacher"
    if _MY_BEFORE.search(clause) and _JOB_AFTER.match(message.text, message.words[end - 1].end):
        return "self"  # "laid off from my qa tester job": their own
    if shape("possessive").search(clause) or shape("theirs").search(clause):
        return "context"
    if shape("speaks").match(message.text[message.words[end - 1].end :]):
        return "context"
    if _EVENT_RUN.search(clause):
        return "context"  # "i ran the whole PTO fundraiser": an event they ran, no career
    if _A_PLACE_BEFORE.search(clause) and _PLACE_AFTER.match(
        message.text, message.words[end - 1].end
    ):
        return "context"  # "managed a retail store": the kind of place, no career
    if message.words[start].key in LICENCES and _HELD_LICENCE.search(clause):
        return "context"  # "how do i get the cdl": a licence for the career asked, no career
    if shape("from_being").search(clause):  # "something i could switch to from being a chef"
        return "self"
    if _WORKER_ASKS.search(clause) and _SWITCHES_AFTER.match(
        message.text, message.words[end - 1].end
    ):
        return "self"  # "what can a teacher actually switch to": from that job, the moves
    if _FORMER.search(clause):
        return "self"  # "jobs for former teachers", "what do ex-nurses do"
    if _FOR_ONE_WHO_IS.search(clause) and _WHICH_ASKED.match(message.text):
        return "self"  # "which is better for a nurse", "…for someone who's a ux designer rn"
    if _FOR_ONE_WHO_IS.search(clause) and _SUITS_ASKED.search(clause):
        return "self"  # "is that realistic for a truck driver w no degree": themselves
    if shape("wished").search(clause):  # "can I work as a…", "I want to be a…": asked about
        return "option"
    if _TIME_AS.search(clause):
        return "self"  # "25 yrs with the city PD, last 9 as a detective": their years in it
    if cues.SELF_BEFORE.search(clause):
        return "self" if shape("mine").search(clause) else "context"
    held = _HOW_EMPLOYED.search(before)
    told = before[: held.start() if held else None]
    core = _HOW_EMPLOYED.sub("", clause)
    # (an age said bare before a job names one person: "25 nurses vs 30 teachers" counts)
    last = message.text[message.words[end - 1].start : message.words[end - 1].end]
    bare = _AGED.fullmatch(core) is not None and last.endswith("s") and not last.endswith("ss")
    if (not core.strip() or (_AGED.fullmatch(core) and not bare)) and _AGED.search(told):
        # "I am 63, QA inspector in auto parts plant 30 years", "im 30, part-time library
        # aide", "52 hotel housekeeper"
        return "self"
    if not clause.strip() and SERVED_AS.match(message.text[message.words[end - 1].end :]):
        return "self"  # "foreman the last 15 years": their years in it, said first
    if not clause.strip() and _HERE.match(message.text[message.words[end - 1].end :]):
        return "self"  # "teacher here, thinking of switching…": themselves, said first
    doing = message.words[start].key
    if _I_DO.search(clause) and (doing in _DOING_WORDS or doing.endswith("ing")):
        return "self"  # "i drive for uber", "been roofing in phoenix": what they do
    after = message.text[message.words[end - 1].end :]
    if _DO_WORK.search(clause) and (_WORK_AFTER.match(after) or _HELD_AFTER.match(after)):
        return "self"  # "i do cna work", "i do doordash full time": the job's work, done
    return "option"


_I_DO = re.compile(r"\b(?:i|i'?ve been|i have been|been)\s+$")
#: a job said of oneself as one's greeting: "nurse here", "teacher here btw"
_HERE = re.compile(r"\s+here\b(?!\s+(?:is|are|was|in|at|on|and))")
#: a choice asked of what is shown, from where someone stands: "which one would you pick
#: for someone who's a ux designer", "which is better for a nurse"
_WHICH_ASKED = re.compile(
    r"^(?:(?:cool|ok|okay|thx|thanks|ty|nice|great|lol|alright|k|so|and|hmm+|well)\W*\s*)*"
    r"(?:which|who)\b"
)
_FOR_ONE_WHO_IS = re.compile(
    r"\b(?:for|to) (?:a |an |me as an? |someone (?:who'?s|who is|thats|that'?s|currently|"
    r"coming from|working as|in|like) (?:an? )?|somebody (?:who'?s|who is) (?:an? )?|"
    r"some1 (?:who'?s|thats) (?:an? )?)$"
)
#: a career's word naming a kind of place: "a retail store", "the grocery store"
_A_PLACE_BEFORE = re.compile(r"\b(?:a|an|the|my|our|this|that)\s+(?:\w+\s+)?$")
_PLACE_AFTER = re.compile(
    r"\s+(?:stores?|shops?|chains?|outlets?|branch(?:es)?|locations?|companies|company|firm)\b"
)
#: whether something suits one, asked: "is that realistic for a truck driver"
_SUITS_ASKED = re.compile(
    r"\b(?:realistic|possible|doable|feasible|achievable|a good (?:move|fit|idea|option)|"
    r"good fit|a stretch|too late|too hard|hard|easy|worth it|an option|open)\s+(?:for|to)\b"
)
#: years spent as it, said with no one else named: "last 9 as a detective", "6 yrs as a"
_TIME_AS = re.compile(
    r"\b(?:(?:most )?recently|currently|lately|these days|nowadays|until (?:recently|now)|"
    r"(?:last|first|past|final) (?:\d+|few|couple(?: of)?|several|many)(?: years?| yrs?)?|"
    r"\d+\+? (?:years?|yrs?)) as (?:an? |the )?$"
)
#: how the job is held, said before its name: "part-time library aide", "seasonal"
_HOW_EMPLOYED = re.compile(
    r"\b(?:(?:full|part)[- ]?time|seasonal|temp|freelance|per diem|prn|night[- ]shift|"
    r"overnight|casual|contract)\s+$"
)
_DO_WORK = re.compile(r"\b(?:i do|i did|i'?ve done|i have done|did|doing)\s+(?:some |mostly )?$")
_WORK_AFTER = re.compile(r"\s+work\b")
#: how a job is held, said after it: "i do doordash full time", "i do uber on the side"
_HELD_AFTER = re.compile(
    r"\s+(?:full[- ]?time|part[- ]?time|for a living|for work|on the side|(?:right )?now|rn|"
    r"these days|currently|for (?:\d+|a few|many|like \d+) (?:years?|yrs?|months?))\b"
)
#: a name said as what one does ("drive for uber", "do doordash")
_DOING_WORDS = frozenset(
    {"drive", "driving", "do", "doing", "deliver", "delivering", "fix", "fixing", "cut", "cutting"}
    | {"fly", "flying"}
)


def _cue_words(message: Message) -> set[int]:
    """Words inside focus phrases ("how much", "training"): never part of a career's name."""
    spans = cues.cue_spans(message.text)
    return {i for i, w in enumerate(message.words) for a, b in spans if a <= w.start < b}
