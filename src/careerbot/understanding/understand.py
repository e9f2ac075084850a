"""Understanding a message: the pipeline from text to a typed request.

1. read: fold the text and cut it into words;
2. chat: commands, greetings, thanks and small talk are whole messages;
3. spot: career names wherever they sit, each with its role (an option asked about, the
   asker's own job, someone else's job mentioned in passing);
4. structure: two careers joined by "or", "vs", "than"… are compared; "how do I become",
   "from A to B" ask for a way in; a career and a focus word ask about that career;
5. wishes: what is left is read for preferences, fields and wishes the data cannot judge;
6. follow-ups that name no career ("which pays more?", "the first one") are left for the
   conversation to fill in.
Each stage returns a value; none guesses silently.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from careerbot.understanding import cues, followups
from careerbot.understanding.chat import chat_topic, rude_or_kind
from careerbot.understanding.feelings import crisis, distress, vent
from careerbot.understanding.followups import Named, word_at
from careerbot.understanding.many import many_of
from careerbot.understanding.message import Message, read
from careerbot.understanding.onscreen import action, change, place_spans, refs
from careerbot.understanding.pairs import pair_of
from careerbot.understanding.person_reading import MOVE
from careerbot.understanding.personal import personal
from careerbot.understanding.places import language_of, only_a_place
from careerbot.understanding.requests import (
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
    Subject,
    Vent,
    WhyNotAsk,
    WishAsk,
)
from careerbot.understanding.resolution import Ambiguous, Match, NameIndex, NotFound, Resolution
from careerbot.understanding.scope import Found, blank, scope_in
from careerbot.understanding.slang import ABBREVIATIONS, Unlisted
from careerbot.understanding.spotting import (
    Reading,
    Span,
    readings,
    spot,
    texting_after_job_word,
)
from careerbot.understanding.subjects import NO_OCCUPATION, disambiguated, mention, not_name, slot
from careerbot.understanding.wishing import wishes

#: text that is code or an attack rather than a question
_CODE = re.compile(
    r"(?![<>]+(?:\s|$))[<>{}\[\]%=;`|\\]{2,}|^\s*[{\[<]|\b(?:select|insert|update|delete|drop|union)\b.*"
    r"\b(?:from|table|into|where)\b|</?\w+[^>]*>|\bimport \w+|\bsystem\(|\.\./|\$\{|\{\{|"
    r"%[sn]|\bnull\b|\bundefined\b|\bnan\b"
)
_CLAUSE = re.compile(r"[,.;:!?()]")
#: a question whether one career is a good one
_IS_IT = re.compile(
    r"^(?:so |and |but |honestly )?(?:is|are|would|will) (?:being |becoming )?(?:an? )?"
    r"\w[\w\s'-]{0,40}? (?:a|an) (?:\w+ )?(?:career|job|choice|idea|trade|field|path|option)\b"
)
#: a job wished for or wondered about, not held
_WISHED = re.compile(
    r"\b(?:can|could|should|would|will|want to|wanna|hope to|plan to|going to|like to)"
    r"(?: i| you| someone)?(?: \w+)? (?:work|be|become|get a job)\b"
)
#: a comparison with its second side still to come
_ONE_SIDED = re.compile(
    r"^\W*(?:compare|cmp|comparison of)\b(?!.*\b(?:and|with|vs|versus|or|to)\b\W*\w)|"
    r"\b(?:vs\.?|versus|or|against|compared? (?:to|with)|with)\W*$"
)
_SHORT = 5
_ABOUT_ONE = re.compile(
    r"\b(?:is (?:being |becoming )?(?:an? )?.+ a (?:good|real|bad|decent|dead end|safe|remote) "
    r"(?:career|job|choice|idea|trade|field)|tell me (?:more )?about|thoughts on|"
    r"info(?:rmation)? (?:on|about)|what do you think (?:about|of)|worth it|good idea|"
    r"for a living|career as|(?:want|wanna|plan) to (?:be|become) an?|"
    r"what(?:'s| is) (?:it like )?being an?)\b"
)


def understand(raw: str, index: NameIndex) -> Request:
    message = read(raw)
    if crisis(message.text):  # before anything: a person in crisis gets care, not careers
        return Care()
    if distress(message.text):
        return Care("distress")
    if not message.words:  # none in the Latin alphabet: Russian, Ukrainian, or nothing
        language = language_of(raw)
        return OtherLanguage(language.code) if language is not None else Chat("unclear")
    if (topic := chat_topic(message.text)) is not None:
        return Chat(topic)
    if (asked := _after_chat(raw)) != raw:  # "hmm ok. vs machinist", "sorry. i like people"
        message = read(asked)
    if _CODE.search(message.text):
        return Chat("unclear")
    if (language := language_of(raw)) is not None:
        return OtherLanguage(language.code)
    if only_a_place(message.text):
        return ElsewhereAsk()
    read_as = readings(message, index)
    found = _spotted(message, read_as, index)
    asks = cues.RECOMMEND_CUE.search(message.text) is not None
    if not found and vent(message.text) and "?" not in message.text and not asks:
        return Vent()
    return _structured(message, read_as, found, index)


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def _after_chat(raw: str) -> str:
    """The message without the small talk it starts with, sentence by sentence."""
    sentences = _SENTENCE.split(raw.strip())
    while len(sentences) > 1 and chat_topic(read(sentences[0]).text) in _TALK:
        sentences = sentences[1:]
    return " ".join(sentences)


_TALK = frozenset({"smalltalk", "thanks", "greeting"})


def _spotted(message: Message, read_as: list[Reading], index: NameIndex) -> list[Named]:
    out = []
    asked = frozenset(_cue_words(message, message.text))
    fields = [f for f in scope_in(message.text) if f.judged]
    places = place_spans(message.text)
    for spotted in spot(message, index, read_as, asked):
        if _in_field(message, spotted, fields):
            continue
        first = message.words[spotted.start].start
        if any(a <= first < b for a, b in places):  # "the middle one", "the last one"
            continue
        span = spotted
        named = mention(" ".join(span.words), index, said=message.between(span.start, span.end))
        if span.lead >= 0:
            named = _qualified(message, read_as, span, named, index)
            span = replace(span, start=span.lead)
        if isinstance(named.found, Ambiguous):
            others = [w.key for i, w in enumerate(message.words) if not span.start <= i < span.end]
            named = disambiguated(named, others, index)
        out.append(Named(named, span.start, span.end, _role(message, span.start)))
    return out


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
    near = [*_slugs(inner.found), *(_slugs(wider.found) if wider is not None else ())]
    return Mention(said, Unlisted(said, tuple(dict.fromkeys(near))[:3], NO_OCCUPATION))


def _slugs(found: Resolution | Unlisted) -> tuple[str, ...]:
    if isinstance(found, Match):
        return (found.slug,)
    if isinstance(found, Ambiguous):
        return tuple(c.slug for c in found.candidates)
    if isinstance(found, NotFound):
        return tuple(c.slug for c in found.suggestions)
    return found.nearest


#: someone else's job, or someone else's idea of the asker's: "my brother's a", "my mom
#: keeps telling me to be a"
_THEIRS = re.compile(
    r"\b(?:my|his|her|our|their) \w+'s (?:an? )?$|\b(?:wants?|telling|tells|told|says?|said|"
    r"pushing|push|keeps? (?:telling|saying)|expects?|expected) (?:me|us) (?:that i should |"
    r"i should |to )?(?:be|become|go into|study|do)(?: an?| the)? $|\b(?:say|says|said|think|"
    r"thinks|tell me|told me) (?:that )?i (?:should|could|would make a good)(?: be| become)?"
    r"(?: an?| the)? $"
)


def _role(message: Message, start: int) -> str:
    before = message.before(start)
    clause = _CLAUSE.split(before)[-1] if before else ""
    if re.search(r"\b(?:my|his|her|our|their)\s+(?:\w+\s+)?$", clause) or _THEIRS.search(clause):
        return "context"
    if _WISHED.search(clause):  # "can I work as a…", "I want to be a…": a career asked about
        return "option"
    if cues.SELF_BEFORE.search(clause):
        mine = re.search(
            r"\b(?:i'?m|i am|i was|i'?ve been|i have been|i work(?:ed)?|worked)\b", clause
        )
        return "self" if mine else "context"
    return "option"


def _cue_words(message: Message, rest: str) -> set[int]:
    """Words inside focus phrases ("how much", "training"): never part of a career's name."""
    spans = [m.span() for _, pattern in cues.FOCUS_CUES for m in pattern.finditer(rest)]
    return _words_in(message, spans)


def _after_from(message: Message, named: Named) -> bool:
    return bool(re.search(r"\bfrom(?: an?| the| being(?: an?)?)?\s*$", message.before(named.start)))


def _words_in(message: Message, spans: list[tuple[int, int]]) -> set[int]:
    return {i for i, w in enumerate(message.words) for a, b in spans if a <= w.start < b}


def _structured(
    message: Message, read_as: list[Reading], found: list[Named], index: NameIndex
) -> Request:
    text = message.text
    options = [f for f in found if f.role == "option"]
    rest = blank(
        text, [(message.words[f.start].start, message.words[f.end - 1].end) for f in found]
    )
    focus = _focus(" ".join(rest.split()))
    roadmap = _is_roadmap(text)
    if (changed := _change(message, read_as, index)) is not None:
        return changed
    if (follow := followups.explicit(message, found, focus)) is not None:
        return follow
    if not options and (against := _against_unspotted(message, read_as, index)) is not None:
        return against
    if not found and (shown := _screen_ask(message, focus)) is not None:
        return shown
    if (why := _why_not(message, read_as, found, index)) is not None:
        return why
    if (run := many_of(message, found)) is not None:
        mentions = [named.mention for named in run]
        return CompareAsk(mentions[0], mentions[1], focus, more=tuple(mentions[2:]))
    if (pair := pair_of(message, read_as, found, index)) is not None:
        first, second, joined_by_to = pair
        if roadmap or joined_by_to:
            return RoadmapAsk(second.mention, first.mention)
        return CompareAsk(first.mention, second.mention, focus)
    shortlist = personal(message, found, rest, index)
    if shortlist is not None and (own := _own_job_asked(message, found, shortlist, focus)):
        return own
    if not options and _OF_SHOWN.match(text) and not _MANY.search(text):
        # "which is less stressful?", "is it dangerous?": a wish asked of what is shown
        asked = shortlist or wishes(message, rest)
        choosing = cues.WHICH.search(text) is not None
        if asked is not None and (asked.person or asked.not_judged or focus is not None):
            return FocusAsk(focus or "overall", wish=asked, choosing=choosing)
        if focus is not None:
            return FocusAsk(focus, choosing=choosing)
    if shortlist is not None and not (
        shortlist.tentative and _named_plainly(message, read_as, index, rest, focus)
    ):
        return shortlist
    if roadmap:
        way = _roadmap(message, read_as, found, index)
        return replace(way, focus=focus) if isinstance(way, RoadmapAsk) else way
    if (one := _one_sided(message, read_as, options, index)) is not None:
        return CompareAsk(one, None, focus)
    # one career named twice ("site reliability engineer (SRE)") is one career
    options = _distinct(options)
    shown = None if found else followups.on_screen(message, focus, roadmap)
    # ...unless it names a career the catalog spells differently ("how much do welders make")
    if shown is not None and _leftover(message, read_as, index, rest) is None:
        return shown
    # "is welding a good career for a 17 year old" asks about welding
    wishful = bool(cues.RECOMMEND_CUE.search(rest)) and not _IS_IT.search(text)
    if len(options) == 1 and not (wishful and not options[0].mention.exact):
        return ProfileAsk(options[0].mention, focus or "overall")
    about = _ABOUT_ONE.search(text) is not None
    asking = not wishful and not found and (focus is not None or about)
    if asking and (subject := _leftover(message, read_as, index, rest, about=about)):
        return ProfileAsk(subject, focus or "overall")
    wish = wishes(message, rest)
    if wish is not None:
        return wish
    if found:
        return ProfileAsk(found[-1].mention, focus or "overall")
    if len(message.words) <= _SHORT and (subject := _leftover(message, read_as, index, rest)):
        # "what about bookkeepers?", "multi-agent instead": the same question, another career
        if cues.WHAT_ABOUT.match(text.strip(" ?!.")) or cues.INSTEAD.match(text.strip(" ?!.")):
            return OtherAsk(subject)
        return ProfileAsk(subject, focus or "overall")
    # "shut up you stupid machine": no question, a feeling about the bot
    return Chat("smalltalk" if rude_or_kind(text) else "unclear")


def _against_unspotted(
    message: Message, read_as: list[Reading], index: NameIndex
) -> OtherAsk | None:
    """ "vs electrical", "or primary": a word set against the career on screen, read as a
    name even where it is a field's word; the career beside it settles which."""
    said = cues.WHAT_ABOUT.match(message.text.strip(" ?!."))
    if said is None or said.group("against") is None or len(message.words) > _SHORT:
        return None
    first = word_at(message, said.start("name"))
    named = slot(message, read_as, first, len(message.words), index, unknown=True)
    return OtherAsk(named, against=True) if named is not None else None


def _own_job_asked(
    message: Message, found: list[Named], wish: WishAsk, focus: cues.Focus | None
) -> ProfileAsk | None:
    """ "I'm a truck driver, how much do we make?", "is my job safe? I'm an accountant": a
    figure of the job they do, not a list of others."""
    person = wish.person
    if focus is None or person.current is None or wish.asking or person.leaving:
        return None
    if person.likes or person.dislikes or person.values or wish.scope:
        return None
    if MOVE.search(message.text) or not _OWN_JOB.search(message.text):
        return None
    said = next((f.mention for f in found if f.role == "self"), None)
    return ProfileAsk(said, focus) if said is not None else None


#: words for the job they do: "my job", "do we make", "people like me"
_OWN_JOB = re.compile(
    r"\b(?:my (?:job|work|career|field|pay|salary|trade)|(?:do|will|are|can) we|"
    r"we (?:make|earn|get)|(?:do|will|can) i (?:make|earn)|people like (?:me|us)|"
    r"(?:is|will) (?:it|this|that)|"
    r"in my (?:job|line of work|field))\b"
)


#: a question about what is shown: "which one…", "is it…", "are they…", "both…"
_OF_SHOWN = re.compile(
    r"^(?:so |and |ok |okay |but |hmm |well )*(?:which(?: one| of (?:them|these|those|the \w+))?"
    r"|who|both|either|is (?:it|that|this|either|that one|this one)|are (?:they|both|these|those)"
    r"|does (?:it|that|either)|do (?:they|both|either)|would (?:it|that|they|either)"
    r"|will (?:it|they)|can (?:it|they)|is there|are there)\b"
)
#: words for careers in general: a question about them is a list wanted, not what is shown
_MANY = re.compile(
    r"\b(?:jobs?|careers?|roles?|professions?|occupations?|options|fields?|trades)\b"
)


def _change(message: Message, read_as: list[Reading], index: NameIndex) -> ChangeAsk | None:
    """ "add actuary", "drop plumber", "drop the second one", "swap carpenter for roofer"."""
    said = change(message.text)
    if said is None:
        return None

    def named(words: str | None) -> Mention | None:
        if words is None:
            return None
        first = word_at(message, message.text.find(words))
        last = word_at(message, message.text.find(words) + len(words))
        return slot(message, read_as, first, last, index, unknown=True)

    places = refs(said.drop).places if said.drop else ()
    drop: Subject | None = OnScreen(places[0]) if places else named(said.drop)  # type: ignore[arg-type]
    add = named(said.add)
    if add is None and drop is None:
        return None
    return ChangeAsk(add=add, drop=drop)


def _screen_ask(message: Message, focus: cues.Focus | None) -> Request | None:
    """What is on screen, compared, drawn or moved on from, with no career named."""
    text = message.text
    found = refs(text)
    doing = action(text)
    if len(found.places) >= 2:  # "compare 1 and 3", "the first and the last"
        subjects = [OnScreen(p) for p in found.places[:4]]  # type: ignore[arg-type]
        return CompareAsk(subjects[0], subjects[1], focus, more=tuple(subjects[2:]))
    if found.top and (doing == "compare" or len(message.words) <= 5):
        return ScreenAsk("compare", top=found.top, focus=focus)
    if doing in ("chart", "moves"):
        return ScreenAsk(doing, focus=focus)  # type: ignore[arg-type]
    if found.everything and doing == "compare":
        return ScreenAsk("compare", focus=focus)
    return None


_WHY_NOT = re.compile(r"^(?:so |and |but |ok |okay |hmm )?why (?:not|no|isn'?t|wasn'?t)\b")


def _why_not(
    message: Message, read_as: list[Reading], found: list[Named], index: NameIndex
) -> WhyNotAsk | None:
    """ "why not nursing?", "why isn't a teacher on the list": the career after the cue."""
    cue = _WHY_NOT.match(message.text)
    if cue is None:
        return None
    first = word_at(message, cue.end())
    spotted = [f for f in found if f.start >= first and f.role == "option"]
    if len(spotted) == 1:  # a name the spotter took whole ("ai multi-agent systems engineer")
        return WhyNotAsk(spotted[0].mention)
    cut = _CLAUSE.search(message.text, cue.end())
    last = word_at(message, cut.start()) if cut else len(message.words)
    named = slot(message, read_as, first, last, index)
    return WhyNotAsk(named) if named is not None else None


def _named_plainly(
    message: Message, read_as: list[Reading], index: NameIndex, rest: str, focus: str | None
) -> bool:
    """A question about one career named by words the spotter did not take alone ("vet
    tech", "do data scientists need to code?", "how do I become a life coach")."""
    about = _ABOUT_ONE.search(message.text) is not None or _is_roadmap(message.text)
    if not (focus or about or len(message.words) <= _SHORT):
        return False
    named = _leftover(message, read_as, index, rest, about=about)
    if named is None:
        return False
    # "tell me about astronaut chefs": a career asked about, known or not
    return about or isinstance(named.found, Match | Unlisted)


def _one_sided(
    message: Message, read_as: list[Reading], options: list[Named], index: NameIndex
) -> Mention | None:
    """ "compare routing with", "nurse vs": a comparison with its second side to come."""
    shape = _ONE_SIDED.search(message.text)
    if shape is None or len(options) > 1:
        return None
    if options:
        return options[0].mention
    ends = [
        i for i, w in enumerate(message.words) if w.start >= shape.start() and w.end <= shape.end()
    ]
    inner = [i for i in range(len(message.words)) if i not in ends]
    if not inner or len(inner) > _SHORT:
        return None
    return slot(message, read_as, inner[0], inner[-1] + 1, index, unknown=True)


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


def _focus(rest: str) -> cues.Focus | None:
    for focus, pattern in cues.FOCUS_CUES:
        if pattern.search(rest):
            return focus
    return None


def _is_roadmap(text: str) -> bool:
    return bool(cues.ROADMAP_CUE.search(text)) and not cues.ROADMAP_NOT.search(text)


def _roadmap(
    message: Message, read_as: list[Reading], found: list[Named], index: NameIndex
) -> Request:
    if (back := _FROM_TO_SHOWN.search(message.text)) is not None:
        # "how do I get from teaching to that": from there to the career on screen
        first, last = word_at(message, back.start("start")), word_at(message, back.end("start"))
        return RoadmapAsk(OnScreen("it"), slot(message, read_as, first, last, index))
    targets = [f for f in found if f.role == "option"]
    # "…from a CNA", "from cashier…": the start, wherever it is said
    starts = [f for f in found if f.role in ("self", "context") or _after_from(message, f)]
    targets = [f for f in targets if f not in starts]
    source = starts[-1].mention if starts else None
    if (start := _FROM.search(message.text)) is not None:
        # "…from trucking": a start named as the work, not as a catalog name
        first = word_at(message, start.start("start"))
        if source is None:
            source = slot(message, read_as, first, len(message.words), index)
        if source is not None:  # the goal is said before "from"
            said_from = word_at(message, start.start())
            targets = [f for f in targets if f.end <= said_from]
            message = replace(message, words=message.words[:said_from])
    if targets:
        if len(targets) >= 2 and source is None:
            source = targets[-2].mention
        return RoadmapAsk(targets[-1].mention, source)
    after = re.search(
        r"\b(?:become|becoming|get into|break into|be|to)\b(?:\s+(?:an?|the))?\s+(?P<rest>.+)$",
        message.text,
    )
    if after is not None:
        first = word_at(message, after.start("rest"))
        cut = _CLAUSE.search(message.text, after.start("rest"))  # up to the clause's end
        last = word_at(message, cut.start()) if cut else len(message.words)
        named = slot(message, read_as, first, last, index)
        if named is not None:
            return RoadmapAsk(named, source)
    places = refs(message.text).places
    return RoadmapAsk(OnScreen(places[-1] if places else "it"), source)  # type: ignore[arg-type]


_FROM_TO_SHOWN = re.compile(
    r"\bfrom (?:an? |being (?:an? )?)?(?P<start>.+?) (?:to|into) (?:that|it|this|there|them|"
    r"that one|this one|that job|this job|the (?:first|second|last|top) one)\W*$"
)
_FROM = re.compile(
    r"\bfrom (?:an? |the |being (?:an? )?|working (?:as |in )?(?:an? )?)?(?P<start>.+)$"
)


def _leftover(
    message: Message, read_as: list[Reading], index: NameIndex, rest: str, about: bool = False
) -> Mention | None:
    """The career a question about one career names, when its words are not a catalog name
    as typed: "is being an influencer a real career?", "how long to learn welding"."""
    if len(message.words) > 14:
        return None
    # words of the question, of a field or of a wish no figure judges ("working with
    # animals", "travel a lot") are no career's name here, unless the message is about one
    # career ("is nursing a good career"); ``about`` also says a career stands in it
    ignored = _cue_words(message, rest)
    if not about:
        ignored |= _words_in(message, [(f.start, f.end) for f in scope_in(rest)])
    # "the most in demand job rn": shorthand after a word for jobs is texting, not a nurse
    ignored |= {i for i in range(1, len(message.words)) if texting_after_job_word(message, i)}
    named = None
    for first, last in _clauses(message):  # a name sits within one clause
        named = slot(
            message, read_as, first, last, index, ignored=ignored, unknown=about, plain=about
        )
        if named is not None:
            break
    if named is None or not isinstance(named.found, Match):
        # a name may hold a cue word ("medical coding", "pay clerk"): each run of
        # words between the question's own words, as typed
        held = [(a, b) for a, b in _runs(message) if b - a >= 2 and ignored & set(range(a, b))]
        runs = (slot(message, read_as, a, b, index) for a, b in held)
        named = next((r for r in runs if r is not None and isinstance(r.found, Match)), named)
    return named


def _clauses(message: Message) -> list[tuple[int, int]]:
    """Word ranges between punctuation."""
    cuts = [0]
    for i in range(1, len(message.words)):
        if _CLAUSE.search(message.text[message.words[i - 1].end : message.words[i].start]):
            cuts.append(i)
    cuts.append(len(message.words))
    return [(a, b) for a, b in pairwise(cuts) if a < b]


def _runs(message: Message) -> list[tuple[int, int]]:
    """Runs of words that could be a name: between question words and punctuation."""
    runs, start = [], 0
    for i, word in enumerate(message.words):
        gap = message.text[message.words[i - 1].end : word.start] if i else ""
        if not_name(word.key) or _CLAUSE.search(gap):
            if start < i:
                runs.append((start, i))
            start = i + (1 if not_name(word.key) else 0)
    if start < len(message.words):
        runs.append((start, len(message.words)))
    return runs
