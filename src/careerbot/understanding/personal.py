"""A message about the person rather than about careers they name: "I love animals",
"jobs for introverts", "I'm a cashier, what pays more?", "warehouse worker, 3 years, need
more money", "what should I do with my life". It asks for a shortlist that fits them
(``recommend.shortlist``).

The careers such a message names are read for what they are to the person: the job they do
now ("I'm a cashier", "bartender for 8 years", "dental assistant, what can I move into"),
a job they rule out ("with kids but not a teacher"), or a liking that happens to be a
career's name ("cooking is what I'm best at"). A career named in any other way is asked
about, and the message is not about the person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from careerbot._utils.text import singular
from careerbot.careers.fields import TRAITS as KINDS_OF_WORK
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import Preference
from careerbot.understanding import cues
from careerbot.understanding.amounts import paid_now, time_to_learn_left
from careerbot.understanding.followups import Named
from careerbot.understanding.lexicon import load, shape
from careerbot.understanding.message import Message
from careerbot.understanding.names import word_set
from careerbot.understanding.person_reading import (
    DISLIKE,
    LEAVING,
    MOVE,
    SAID_OF_SHOWN,
    SAME_SKILLS,
    WHY_LEFT_OUT,
    read_person,
)
from careerbot.understanding.requests import Mention, WishAsk
from careerbot.understanding.resolution import Ambiguous, Match, NameIndex
from careerbot.understanding.schooling import (
    HIGH_SCHOOL,
    USES_DEGREE,
    Schooling,
    not_counted,
    read_schooling,
)
from careerbot.understanding.schooling import (
    rank as school_rank,
)
from careerbot.understanding.scope import blank, fields_in, scope_in, unjudged_meant
from careerbot.understanding.slang import Unlisted, phrase
from careerbot.understanding.spotting import EVERYDAY, STUDYING
from careerbot.understanding.subjects import mention
from careerbot.understanding.wishing import wishes
from careerbot.understanding.workers import worker_of

#: said of a job, it is the person's own: "bartender for 8 years", "truck driver here",
#: "used to be a bookkeeper", "cop, retiring soon"
_MINE_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:(?:full|part)[- ]time )?(?:here\b|for (?:\d+|a few|many|some|like "
    r"\d+|over \d+|almost \d+|the (?:last|past) \d+) ?(?:years?|yrs?|months?)|"
    r"(?:like |about |around |almost |over |nearly )?\d+\+? ?(?:years?|yrs?)\b|"
    r"of \d+ ?(?:years?|yrs?)|(?:at|in) (?:a|an|the) \w+|"
    # "roof bolter mostly", "doing doordash rn": what they do these days
    r"(?:mostly|mainly|rn|atm)\b|"
    # "roofer is what i do now", "welding is my trade"
    r"(?:is|'s) (?:what i (?:do|did|have done|'ve done|ve done)|my (?:job|work|trade|career|"
    r"living))\b|"
    r",? ?(?:retiring|retired)|(?:right )?now\s*[.,;!]|currently\b|for a living\b|"
    r"(?:is|has been|was)(?: (?:gonna|going to|really|literally|slowly|"
    r"honestly))* (?:be )?(?:killing me|the death of me|draining me|destroying me|wearing me "
    r"down|sucking the life out of me))"
)
#: said of themselves the long way round: "jobs for someone in customer service", "what
#: pays more than fast food", "laid off from a warehouse job", "quit my retail job"
_ROUNDABOUT = (
    r"(?:someone|somebody|a person|people|anyone) (?:who (?:works?|worked) |working |"
    r"coming |currently )?(?:in|as|at|from|doing)|(?:pays?|paying|earns?|makes?|money) "
    r"(?:more|better) than(?: being| working(?: in| at| as)?)?|(?:laid off|fired|let go|"
    r"burned out|burnt out|quit|resigned) (?:from|at)|"
    r"(?:recently |just )?(?:laid[- ]off|unemployed|out[- ]of[- ]work|displaced)|"
    r"(?:lost|quit|left|leaving|hate) my"
    # (the people and terms of work are no job: "i hate my boss")
    r"(?! (?:boss|bosses|manager|supervisor|coworkers?|co-workers?|colleagues?|employer|company|"
    r"team|clients?|customers?|commute|schedule|hours|shifts?|life|pay|salary)\b)"
)
_MINE_BEFORE = re.compile(
    # "laid off from a factory job (forklift/assembly)": the job glossed in brackets
    r"\b(?:my|from an?|at an?|in an?)\s+(?:\w+\s+)?(?:job|work|position|role)\s*\(\s*$|"
    r"(?:(?:^|[,.;!?]\s*|\b(?:and|i)\s+)work(?:ing)?(?: in| at| as)?\s+(?:an? |the |my )?$|"
    r"\b(?:used to be|used to do|i did|former(?:ly)?|ex-?|retired|currently(?: doing)?|"
    r"(?:i'?m|im|been)(?: \d\d,?)? doing|(?:i'?ve|i have|ive|and have|have) been|"
    r"i work(?:ed)?(?: at| in| as)?|"
    # "i drive forklift at a warehouse", "i operate a crane": the machine they work
    r"i (?:drive|drove|operate|operated)|"
    r"working(?: at| in| as)?|"
    # "stuck in retail", "trapped in a warehouse job": where they are, wanting out
    r"(?:stuck|trapped) (?:working )?(?:in|at|as|doing)|"
    r"work(?:ing)? (?:as|at)|years? (?:as|in)|yrs? (?:as|in)|experience (?:as|in)|"
    # "8 yrs in the army as a wheeled vehicle mechanic", "served in the navy as a corpsman"
    r"(?:years?|yrs?|months?|served|enlisted) (?:in|with|at|for) [^,.;!?]{1,30}? as|"
    r"(?:years?|yrs?) (?:of )?(?:running|driving|operating|doing|on)|"
    # "army vet, was a 68W combat medic": was, with no one else said
    r"(?:^|[,.;!?]\s*|\bi\s+)was|"
    # a code glossed in brackets is the job too: "6 years as a 25B (IT specialist)"; or said
    # before it ("a 68W combat medic")
    # (a word the catalog has no name with may stand between: "as a wheeled vehicle mechanic")
    rf"{_ROUNDABOUT})\s+(?:an? |the |my )?(?:[a-z0-9-]+\s*\(\s*|[a-z]*\d[a-z0-9]*\s+"
    r"(?:[a-z]+ed\s+)?|[a-z]+ed\s+)?)$"
)
_VERB = re.compile(r"\b(?:i|we|you|they|he|she)\s+$")
#: a liking said right before a career's name: "I like computers and tech stuff"
_LIKED = re.compile(r"\b(?:like|likes|love|loves|enjoy|enjoys|into|obsessed with)\s+$")
#: a career said as a job, not an activity: "be a teacher", "an electrician", "nurses"
_JOB = re.compile(r"\b(?:an?|the|be|become|becoming|as)\s+$")
#: a time said of the person ("15 yrs OTR", "for 8 years", "3 years in retail") is their
#: experience, not a limit on time to learn; a limit says so ("6 months of training max")
_DURATION = re.compile(
    r"\b(?:\d+|a few|many|some|several|two|three|four|five|ten|like \d+|over \d+)\+? ?"
    r"(?:years?|yrs?|months?)\b"
)
_LIMIT_BEFORE = re.compile(
    r"\b(?:max(?:imum)?|at most|within|under|less than|no more than|up to|only|in|takes?|"
    r"before|than)\s+$"
)
_LIMIT_AFTER = re.compile(
    r"^\s*(?:of (?:training|school\w*|college|study|education|classes)|max\b|tops\b|or less|"
    r"at most|or under)"
)
#: the words of a job said as the person's own, when the career spotter did not take them
#: as a name: "I'm a bookkeeper", "i work fast food", "used to be a nanny"
#: "…i already do" said after work: it is theirs
_I_DO = r"(?:that |which )?i (?:already |currently |still |also )?"
#: work named, then said to be theirs: "the drywall i already do", "welding that i do now"
_OWNED_AFTER = re.compile(
    rf"\b(?:the|my) (?P<job>[a-z][a-z'/-]*(?: [a-z][a-z'/-]*)?) {_I_DO}(?:do|did|work)\b"
    r"(?! (?:not|n'?t)\b)"
)
_SAID_JOB = (
    re.compile(
        r"(?:(?:^|(?<=[,.;!?] )|(?<=\band ))work(?:ed)?(?: in| at)?(?=\s)|"
        r"\b(?:i'?m|i am|i was|i'?ve been|i have been|used to be|worked as|work as|working as|"
        r"i work(?:ed)?(?: as| in)?|currently|formerly|former|ex-?|retired))\s+(?:an? |the )?"
        # "i am a 40 year old bookkeeper": their age said before the job
        r"(?:\d+[- ]?(?:years?|yrs?|y/?o)(?:[- ]old)?[- ])?"
        r"(?P<job>[a-z][a-z'/-]*(?: [a-z][a-z'/-]*){0,3}?)"
        r"(?=\s*(?:[,.;!?()]|$|\b(?:for|and|but|so|at|in|here|with|who|now|since|before|after|"
        r"making|earning|i|full|part|\d+|[a-z]+ing)\b))"
    ),
    re.compile(
        r"^(?P<job>[a-z][a-z'/-]*(?: [a-z][a-z'/-]*){0,3}?)(?=\s*,?\s*(?:here\b|(?:for )?"
        r"(?:like |over |almost )?\d+\+? ?(?:years?|yrs?)\b|for (?:years|a while|a long time)))"
    ),
    # work said as what they did: "I used to do bookkeeping", "did payroll for 5 years"
    re.compile(
        r"\b(?:used to do|i did|i'?ve done|i have done|i do)\s+(?P<job>[a-z][a-z'/-]*(?: "
        r"[a-z][a-z'/-]*){0,2}?)(?=\s*(?:[,.;!?]|$|\b(?:for|and|but|so|at|in|with|now|before|"
        r"after|until|till|back|when|years?|yrs?|\d+)\b))"
    ),
    _OWNED_AFTER,
    re.compile(
        rf"\b(?:{_ROUNDABOUT})\s+(?:an? |the |my )?"
        r"(?P<job>[a-z][a-z'/-]*(?: [a-z][a-z'/-]*){0,3}?)"
        r"(?=\s*(?:[,.;!?()]|$|\b(?:jobs?|work|for|and|but|so|at|in|with|who|now|since|i|"
        r"\d+)\b))"
    ),
)
#: "work" said right before what they do: "i work roofing", "and work landscaping"
_WORK_LEAD = re.compile(r"\bwork(?:ed|s)?\s+$")
_JOB_WORD = re.compile(r"\s*(?:jobs?|work)\b")
#: work said to be theirs after it: "the welding i do now"
_DONE_AFTER = re.compile(rf"\s+{_I_DO}(?:do|did)\b")
#: a career's name said as a thing they did, no career asked about: "I ran the fundraisers",
#: "organized the food drives", "helped with the bake sales"
_RAN = re.compile(
    r"\b(?:ran|run|running|organi[sz]ed|organi[sz]ing|led|planned|planning|handled|managed|"
    r"coordinated|coordinating|helped (?:with|run|out with)|did|volunteered (?:at|for|with))"
    r" (?:the |our |all the |all our |a few |some |their )?$"
)
_HELD = re.compile(
    r"\s*(?:certified|certification|certificate|cert|licen[cs]ed?|licen[cs]e|trained|degree|"
    r"diploma|holder)\b"
)
#: from a job, a wish to climb: "the next step up", "move up", "something better"
CLIMB = re.compile(
    r"\b(?:(?:next )?step up|move up|moving up|climb\w*|advance(?:ment)?|promot(?:ed|ion)|"
    r"something better|better (?:job|career|position|role)|"
    # "it feels like a dead end", "want something with an actual future": a way up wanted
    r"dead[- ]end|(?:an? |some )?(?:actual|real) future|room to grow|going nowhere)\b"
)
#: work said as a verb: "I've taught high school English", "I teach", "I nurse"
_TAUGHT = re.compile(
    r"\b(?:i(?:'?ve| have)?(?: been)?|(?:retired|retiring|burned out|burnt out|quit|quitting|"
    r"left|leaving)(?: early)? from|(?:\d+|many|a few) (?:years?|yrs?)(?: of)?)"
    r" (?:taught|teach|teaching)\b(?P<what>[^,.;!?]{0,40})"
)

_LACKING = re.compile(r"(?:no|without|don'?t|dont|do not|can'?t|cant|cannot|never)\b")


def _span(message: Message, named: Named) -> tuple[int, int]:
    return message.words[named.start].start, message.words[named.end - 1].end


def _within(span: tuple[int, int], spans: tuple[tuple[int, int], ...], activity: bool) -> bool:
    """A career's words taken by a liking: overlapping it, for work named as an activity; for
    a job's name, inside a longer liking ("captain of every team")."""
    start, end = span
    if activity:
        return any(s < end and start < e for s, e in spans)
    return any(s <= start and end <= e and e - s > end - start for s, e in spans)


def _marked(message: Message, named: Named) -> bool:
    """Said as the person's own job in so many words: "I'm a", "bartender for 8 years"."""
    if named.role == "self":
        return True
    start, end = _span(message, named)
    before = message.text[:start]
    return named.role == "option" and bool(
        _MINE_AFTER.match(message.text[end:])
        or (_MINE_BEFORE.search(before) and not _wished(before))
    )


def _wished(before: str) -> bool:
    """ "can I work as…", "I want to work at…": a job asked about, not the one they do."""
    return shape("wished").search(re.split(r"[,.;:!?]", before)[-1]) is not None


#: a career echoed back in disbelief: "athletes?? bro", "models?! i'm 58"
_REACTED = re.compile(
    r"^\s*(?:\?\s*\?|\?\s*!|!\s*\?|"
    # "cardiologist lol. no.", "athletes?? no way": a career shown, turned down
    r"\W*(?:(?:lol|lmao+|lmfao+|haha+|bruh|wtf|really|seriously)\W+)*"
    r"(?:no+|nope|nah|hell no|no way|"
    r"not (?:that|this|for me|happening))\b(?!\s+(?:degree|college|school|experience|license|"
    r"licence|more|longer|way to)\b))"
)
#: a suggestion asked back, then called absurd in the sentences after it
_NONSENSE = re.compile(
    r"\b(?:(?:that|this|it|which)\s+(?:doesn'?t|does not|dont|makes no|make no)\s+(?:make\s+)?"
    r"sense|(?:are|r) (?:you|u) (?:kidding|serious|joking)|why would (?:i|a|an|someone|anyone)|"
    r"makes? no sense|(?:is|that'?s|thats) (?:ridiculous|absurd|crazy|insane|a joke))\b"
)
#: a laugh right after a career a message starts with: "fallers lol", "athlete lmao"
_LAUGHED_AFTER = re.compile(r"^\W*(?:lol|lmao+|lmfao+|haha+|rofl|bruh|wtf)\b")
#: a career said to be out of the question: "vet is out", "nursing is not an option"
_OUT_AFTER = re.compile(
    r"^\s*(?:(?:jobs?|ones?|work|positions?|stuff|thing)\s+)?(?:is|'s|are|s)\s+(?:out\b"
    r"(?! of (?:work|a job))|off the table|not an option|no option|"
    r"not for me|a no\b|out of the question|too (?:long|much|expensive|hard)|"
    # "engineering professor is crazy": a suggestion called absurd (not "…crazy good")
    r"(?:so |just |literally )?(?:crazy|insane|ridiculous|absurd|a joke|nuts|laughable)"
    r"(?! (?:good|high|hard|long|much|money|paid|well|pay|fun|cool|interesting))\b|"
    # "bus driver is the same thing": as bad as what they leave
    r"(?:just )?(?:the )?same (?:thing|problem|issue|deal|hours|shifts?|schedule)|just as bad|"
    r"no better|"
    r"(?:even |way |much |so much )?worse|"
    # "rock splitter is in the sun too", "insurance sales is commission too": the fault of what
    # they leave, again
    r"(?:also |still |just )?(?:in the (?:hot )?sun|outside|outdoors|on (?:your|my|ur) feet|"
    r"(?:all )?physical|(?:all )?lifting|nights?|night shifts?|(?:all )?commission|dangerous|"
    r"stressful|boring|sitting(?: all day)?|at a desk|(?:all )?(?:calls|phones))"
    r"(?: all day)? too\b|"
    # "craft artist are literally all hands tho": all of the work they cannot do
    r"(?:literally |basically |like |pretty much |also )?(?:all|just|nothing but) (?:hands|hand "
    r"work|(?:heavy )?lifting|math|numbers|physical|standing|sitting|driving|phones?|calls|blood|"
    r"nights?|sales|selling|outside|outdoors|computers?|typing|people|kids)\b|"
    # "sales rep is literally what i can't do anymore"
    r"(?:literally |exactly |precisely |just )?(?:what|the (?:one|job|thing)) i (?:can'?t|cant|"
    r"cannot|won'?t|wont|don'?t want to|dont want to|couldn'?t|couldnt) (?:do|handle|take|stand)"
    r"(?: anymore| any more| now)?)"
    # "chemical plant operator sounds like shift work tho", "welding seems brutal": what
    # they want away from, said of it
    r"|^\s*(?:sounds|seems|looks)\s+(?:like\s+)?(?:(?:a lot of|all|mostly|just|more)\s+)?"
    r"(?:shift work|shifts|nights?|night shifts?|weekends|travel(?:ing)?|lifting|driving|"
    r"commission|physical work|(?:so |really |pretty |kinda |super |too )?(?:rough|boring|"
    r"stressful|awful|terrible|miserable|dangerous|exhausting|brutal|physical))\b"
    # "chef life is brutal", "nursing hours are insane": its life said to be too hard
    r"|^\s*(?:life|lifestyle|hours|schedule|grind|world)\s+(?:is|are|'s|s)\s+(?:so |too |really |"
    r"pretty |very |just )?(?:brutal|hard|tough|rough|miserable|exhausting|awful|terrible|"
    r"crazy|insane|killing me|no joke|toxic)"
    # "police and paramedic?? thats MORE stress not less": said back, with a verdict
    r"|^\s*(?:\?\s*){2,}(?:lol\s+|lmao\s+|bro\s+|dude\s+)?(?:that'?s|thats|those are|these are|"
    r"they'?re|theyre|both are|both of those are)\s+(?:\w+\s+)?(?:more|worse|even more|"
    r"the opposite|not|exactly what|literally what|way more|so much more)\b"
    # "poet is not a job that pays rent", "solar installer is literally on roofs in the
    # sun, thats worse": no real job, or worse than what they leave
    r"|^\s*(?:is|'s|are|s)\s+(?:not|n'?t|no)\s+(?:a |an )?(?:real |actual |proper )?(?:job|career)"
    r"|^\s*(?:is|'s|are|s)\s+(?:literally |basically |also |just )?[^.,;!?]{0,40}[,.;]?\s*"
    r"(?:that'?s|thats|it'?s|its|which is)\s+(?:even |way |much |so much )?worse"
    # "PTA would kill my wrist": work their body cannot take
    r"|^\s*(?:would|will|'d|d|gonna|is gonna|is going to) (?:literally )?(?:kill|destroy|wreck|"
    r"ruin|break|murder) (?:me|my \w+)"
    # "tire changer at 38k isnt happening": turned down, with what it pays
    r"|^\s*(?:at [^,.;!?]{1,15} )?(?:isn'?t|is not|aint|ain'?t|not) happening"
    # "airplane mechanic at an airport w my record no way": where, then refused
    r"|^\s*(?:(?:at|in|for|with|w/?)\s[^,.;!?]{1,30}?\s)?(?:no way|hell no|not a chance|"
    r"nope)\b"
    # "commercial pilot and surgical assistant, in a wheelchair? no": asked back, refused
    r"|^\s*,?\s*(?:at|in|for|with|w/?|as)\s[^,.;!?]{1,30}?\?+\s*(?:no+|nope|nah|lol)\b"
)


#: a career said with a refusal right before it: "so no doctor stuff", "anything but retail"
#: a career shown, set aside: "forget police", "besides dispatcher"
_ASIDE = r"forget(?: about)?|besides|other than|except|apart from|scratch|ditch"
#: a career set beside another, asked of: "isnt a nutritionist different from a dietitian"
_LIKENED_AFTER = re.compile(
    r"\s+(?:(?:really|just|basically|kinda|kind of|pretty much|actually|totally)\s+)?"
    r"(?:different|the same|same|similar|like|basically|a type|a kind|part of)\b"
)
_SENTENCE_END = re.compile(r"[.;!?]")
_NOT_BEFORE = re.compile(
    # ("no the supply chain manager one": a correction, the one they meant)
    r"\b(?:no(?![,.!]*\s+the\s+$)|not|never|nothing|without|anything but|no more|isn'?t|isnt|"
    rf"is not|aren'?t|arent|that'?s not|thats not|{_ASIDE}|"
    # "i cant be a cop with my back", "i could never be a nurse"
    r"(?:can'?t|cant|cannot|couldn'?t|couldnt|could never|can never|won'?t ever) "
    r"(?:really |even |ever |possibly )?(?:be|become|work as|do)|"
    # asked only to say it cannot be: "how am i gonna be a cop in a wheelchair"
    r"how (?:am i|is anyone|is someone|can i even|could i even|would i even|tf am i|the hell am i)"
    r" (?:gonna |going to |supposed to |meant to |even |ever )*(?:be|become|do|work as)|"
    # "i'm not going back to school for 4 years to be an underwriter"
    r"(?:not|never|no way|won'?t|wont|ain'?t|aint)\b[^.;!?]{0,50}? (?:to be|to become|just to be|"
    r"just to become))"
    r"\s+(?:an? |the |more )?$"
)
#: a job they never had, which is neither theirs nor ruled out: "did the welding program
#: but never worked as a welder"
_NEVER_WAS = re.compile(
    r"\b(?:never|not|didn'?t|didnt|haven'?t|havent|hasn'?t) (?:actually |really |even |ever )*"
    r"(?:worked|work|been|was|done|did)(?: as| in)?\s+(?:an? |the )?$|"
    # a plan they had: "subbing because i thought id become a teacher, but…"
    r"\b(?:thought|figured|assumed) (?:that )?(?:i'?d|id|i would|i was (?:gonna|going to)) "
    r"(?:become|be)\s+(?:an? |the )?$|\bi (?:was (?:gonna|going to)|planned to|meant to) "
    r"(?:become|be)\s+(?:an? |the )?$"
)
#: a career asked about by name: "what about X", "how bout being a Y"
_ASKED_ABOUT = re.compile(
    r"(?:\b(?:what|how) (?:about|bout|abt)|\b(?:want|wanna|need|like) to (?:know|hear|learn|ask) "
    r"(?:more )?(?:about|abt)|\btell me (?:more )?(?:about|abt)|\binfo (?:on|about))\s+"
    r"(?:like |maybe |say )?(?:being |becoming |doing |working as )?(?:an? |the )?$"
)
#: what joins careers turned down together: "a railroad conductor or a cop"
_JOINED = re.compile(r"^\s*(?:,|/|or|and|nor|,? or|,? and)\s*(?:an? |the )?$")


def _an_employer(message: Message, named: Named) -> bool:
    """A career's word said of an employer, where they worked: "in-house at a retail
    brand", "for a tech company"."""
    start, end = _span(message, named)
    return bool(
        _EMPLOYER_AFTER.match(message.text[end:]) and _EMPLOYED_AT.search(message.text[:start])
    )


#: what an employer is called, right after a career's word: "a retail brand"
_EMPLOYER_AFTER = re.compile(
    r"\s*(?:brand|company|firm|store|chain|startup|start-up|agency|shop|corporation|corp|"
    r"business|outlet|group|place)s?\b"
)
#: the words before an employer: "at a", "for an", "with the"
_EMPLOYED_AT = re.compile(r"\b(?:at|for|with|from) (?:a|an|the|my|our|this|some|one|big|small)\s+$")


def _employer_named(named: Named) -> bool:
    """A workplace careerbot reads as its workers' job ("working at starbucks": baristas),
    not a career whose worker they work for ("at a dentist")."""
    said = named.mention.said
    slang = phrase(tuple(singular(w) for w in said.split())) is not None
    return slang and re.fullmatch(_PLACE, said) is not None


def _likened(message: Message, options: list[Named]) -> list[Named]:
    """The careers of a sentence that asks how one is like another ("isnt a nutritionist
    different from a dietitian?"): set beside each other, none turned down."""
    text = message.text
    ends = [_span(message, f)[1] for f in options]
    said = [end for end in ends if _LIKENED_AFTER.match(text, end)]
    return [
        f
        for f in options
        if any(
            at <= _span(message, f)[1] and not _SENTENCE_END.search(text[at : _span(message, f)[0]])
            for at in said
        )
    ]


def _unlikened(message: Message, options: list[Named], ruled_out: list[Named]) -> list[Named]:
    """The careers ruled out but those set beside another in a question of how they differ."""
    likened = _likened(message, options)
    return [f for f in ruled_out if f not in likened]


def _turned_down_with(
    message: Message, options: list[Named], ruled_out: list[Named]
) -> list[Named]:
    """ "how am i gonna be a railroad conductor or a cop": the careers said with one turned
    down, joined to it."""
    out: list[Named] = []
    for before, named in pairwise(options):
        between = message.text[_span(message, before)[1] : _span(message, named)[0]]
        if (before in ruled_out or before in out) and named not in ruled_out:
            # ("forget realtor, property manager sounds safer": the one chosen instead)
            praised = shape("praised_after").match(message.text, _span(message, named)[1])
            out += [named] if _JOINED.match(between) and not praised else []
    # "commercial pilot and surgical assistant, in a wheelchair? no": both, turned down after
    for before, named in reversed(list(pairwise(options))):
        between = message.text[_span(message, before)[1] : _span(message, named)[0]]
        later_out = named in ruled_out or named in out
        if later_out and before not in (*ruled_out, *out) and before.role != "self":
            # ("line cook and waiter?? thats a huge step down": both echoed, turned down)
            out += [before] if _JOINED.match(between) and said_out(message, named) else []
    return out


def at_workplace(text: str, start: int) -> bool:
    """Whether the career named at ``start`` is said as where one works ("a store manager at
    a big box retail place")."""
    return _WORKED_AT.search(text[:start]) is not None


def turned_down(text: str, start: int) -> bool:
    """Whether the career named at ``start`` is said as one they cannot or will not do
    ("not a nurse", "how am i gonna be a cop in a wheelchair")."""
    return _NOT_BEFORE.search(text[:start]) is not None and not WHY_LEFT_OUT.search(text[:start])


def _out_span(message: Message, named: Named) -> tuple[int, int] | None:
    """Where the words saying a career is out of the question end, right after it."""
    end = _span(message, named)[1]
    found = _OUT_AFTER.match(message.text[end:])
    return (end, end + found.end()) if found is not None else None


def out_after(message: Message, named: Named) -> bool:
    """Whether the career named is said right after it to be out of the question ("doctor
    is out", "PTA would kill my wrist"), not only questioned ("…??")."""
    return _OUT_AFTER.match(message.text[_span(message, named)[1] :]) is not None


def said_out(message: Message, named: Named) -> bool:
    """Whether the career named is turned down right after it ("carpenter?? no", "vet is
    out"); not a figure of it doubted ("a bachelors to teach cosmetology??")."""
    start, end = _span(message, named)
    after = message.text[end:]
    if _OUT_AFTER.match(after) is not None:
        return True
    if not message.text[:start].strip() and _LAUGHED_AFTER.match(after):
        return True  # "bioinformatics scientist lol i failed calc": a suggestion laughed off
    if after.lstrip().startswith("?") and _NONSENSE.search(after, 0, 100) is not None:
        return True  # "Police officer? At 55 with a bad knee? That doesnt make sense."
    if (reacted := _REACTED.match(after)) is None:
        return False
    clause = re.split(r"[.,;!?]", message.text[:start])[-1]
    if "?" in reacted.group(0) and shape("question_lead").match(clause):
        return False  # "will ai replace graphic designers??": a question said loudly
    if WHY_LEFT_OUT.search(clause):
        return False  # "better but why no technical writer?": asked after, as missing
    return _FIGURE_BEFORE.search(clause) is None


#: a figure or requirement said before a career, so "??" after it doubts that: "a bachelors
#: to teach cosmetology??", "4 years for hvac??"
_FIGURE_BEFORE = re.compile(
    r"\b(?:bachelor'?s|bachelors|master'?s|masters|degree|phd|\d+k?|years?|yrs|months?|"
    r"licen[cs]e|certificate|pay|salary)\b"
)


def _own(message: Message, named: Named, move: bool, first: bool) -> bool:
    """Whether a career named is the person's own job: said so, or named first in a message
    that asks where to go from it ("dental assistant, what can I move into?"), or that goes
    on to tell of the person ("truck driver OTR 15 years, want to be home every night");
    not one said to be out of the question ("vet is out")."""
    start, end = _span(message, named)
    before = message.text[:start]
    if _studying(message.text, start, end):
        return False  # "international student", "grad student": studying, not a job held
    if named.role == "self" and shape("from_being").search(before) and not said_out(message, named):
        return True  # "something i could switch to from being a chef": theirs, left
    if said_out(message, named) or _wished(before) or _NOT_BEFORE.search(before):
        return False  # "vet is out"; "should I be a PE teacher…"; "so no doctor stuff"
    if _NEVER_WAS.search(before) or _ASKED_ABOUT.search(before):
        # "never worked as a welder": a job they did not have; "what about industrial
        # maintenance mechanic in a factory": one asked about
        return False
    if _WORKED_AT.search(before) and not _employer_named(named):
        return False  # "worked at a dentist office": where they worked, not their job
    if _WHY_IS.search(before):
        return False  # "why is planner 5 yrs": its time asked about, not years in it
    if _marked(message, named):
        return True
    if any(_QUESTION_BEFORE.fullmatch(w.key) for w in message.words[: named.start]):
        return False  # "is being a vet stressful? the burnout is bad": asked about
    if _YEARS_CLAUSE_BEFORE.search(before) and _CLAUSE_ENDS.match(message.text, end):
        return True  # "been cutting hair 8 years, barber, got my own chair": its title
    # a move asked from it: only of a career the message starts with ("dental assistant,
    # what can I move into?"); "i love cooking but everyone says chefs earn nothing… what
    # else is there" names one it is not
    if named.role != "option" or not first:
        return False
    after = message.text[_span(message, named)[1] :]
    if _OF_THEM_AFTER.match(after):
        return False  # "vets have to put animals to sleep tho, whats something else"
    return (move and _near_start(message, named)) or _told_after(message, named)


#: a clause of years spent at something, just before a name said as a clause of its own
_YEARS_CLAUSE_BEFORE = re.compile(r"\b\d+\s*(?:years?|yrs?)\b[^,.;!?]*,\s*$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;!]|$)")
#: one who studies: "international student" is no International Student Counselor, "grad
#: student" no teaching assistant ("student teacher", a title ending in its own noun, is whole)
_STUDENT_WORDS = "|".join(sorted(STUDYING | {"major", "majors"}))
_STUDENT = re.compile(rf"\b(?:{_STUDENT_WORDS})$")
_STUDENT_AFTER = re.compile(rf"^\s+(?:{_STUDENT_WORDS})\b")


def _studying(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` name one who studies it, not one who does it."""
    return bool(_STUDENT.search(text[start:end]) or _STUDENT_AFTER.match(text[end:]))


#: a question of the career, right before its name: "why is planner 5 yrs", "how is nursing"
_WHY_IS = re.compile(
    r"(?:^|[.!?;,]\s*)(?:why|how|what|when)\s+(?:is|are|does|do)\s+(?:a |an |the )?$"
)

#: a question's words before a career named: it is asked about, not the person's own
_QUESTION_BEFORE = re.compile(
    r"how|what|whats|which|who|why|is|are|should|shall|can|could|would|will|do|does|did|"
    r"become|becoming|be|being"
)


#: a clause's words that ask of the career in it, or wish for it
_ASKING_CLAUSE = re.compile(
    r"\b(?:how|what|whats|which|why|should|could|would|can|is|are|does|do|vs|versus|or|"
    r"compare|about|bout|abt|become|becoming|want|wanna|wish|dream|hope|hoping|considering|"
    r"thinking|thinkin|interested|curious|into|like|love|enjoy|sounds?|seems?|looks?|pays?|"
    r"salary|make|makes|earn|earns)\b"
)
#: where something was learned, a career's work met as a patient or client: "i know a lot
#: about the body from PT"
_LEARNED_FROM = re.compile(
    r"\b(?:know|knew|learn(?:ed|t)?|picked up|heard|got)\b[^,.;!?]{0,50}\bfrom "
    r"(?:my |the |a |doing |going to |years of )?$"
)
#: others pressing a career on the person: it is theirs, not the person's ask
_PRESSED = re.compile(
    r"\b(?:parents?|mom|mum|dad|family|everyone|everybody|people|they|teachers?|counselors?)"
    r" (?:[a-z']+ ){0,3}?(?:forc\w*|push\w*|mak\w*|pressur\w*|want\w*|expect\w*|tell\w*|"
    r"say\w*|keep\w*)\b[^,.;!?]{0,25}$"
)


#: how far before a career the words pressing it on them are looked for
_PRESSED_REACH = 80
#: work they say they know nothing of: "i dont really know what engineers do"
_NOT_KNOWN = re.compile(
    r"\b(?:don'?t|dont|do not|didn'?t|didnt|not sure|no idea|never knew|no clue)"
    r"(?: (?:really|even|actually|totally|fully|know|understand|get))* (?:what|how) (?:an? |the )?$"
)
_PASSING_CLAUSE = re.compile(r"[.;!?()]|, |\b(?:and|but|so|because|cause|though|tho)\b")


def _in_passing(message: Message, named: Named) -> bool:
    """A career named in passing in a message that asks what fits the person: in a clause
    that neither asks of it nor wishes for it ("roof bolter mostly", "I'm the PTA
    treasurer and I love spreadsheets"), or pressed on them by others ("my parents are
    forcing me to be a doctor"). It is part of their story, not the question."""
    start, end = _span(message, named)
    text = message.text
    before = _PASSING_CLAUSE.split(text[:start])[-1]
    after = _PASSING_CLAUSE.split(text[end:])[0]
    if _PRESSED.search(text[max(0, start - _PRESSED_REACH) : start]):
        return True
    if _LEARNED_FROM.search(text[max(0, start - _PRESSED_REACH) : start]):
        return True  # "i know a lot about injuries from PT": where they learned it
    if _WATCHED.search(text[max(0, start - _PRESSED_REACH) : start]) and _THEY_DO.match(text, end):
        return True  # "i kinda like watching what the hygienists do??": others' work seen
    if _NOT_KNOWN.search(before) and "?" not in after:
        return True  # "i dont really know what engineers do": told, no question of them
    if "?" in text[end : end + len(after) + 2]:
        return False  # "…a dental hygienist?": asked
    return _ASKING_CLAUSE.search(before) is None and _ASKING_CLAUSE.search(after) is None


#: in school still, said of themselves: "im 16 and a junior", "a senior in high school"
_IN_SCHOOL = re.compile(
    r"\b(?:(?:i'?m|im|i am) (?:a |only |just )?(?:1[3-8]\b|high school(?:er)?|hs (?:student|junior|"
    r"senior)|(?:high school )?(?:junior|senior|sophomore|freshman)\b)|in high school|"
    r"(?:junior|senior|sophomore|freshman) (?:year )?(?:in|at) (?:high school|hs)|"
    r"still in (?:high )?school)"
)
#: a job held beside school: "i work weekends at…", "after school", "a summer job"
_ON_THE_SIDE = re.compile(
    r"\b(?:weekends?|after school|summers?|summer job|part[- ]?time|on the side|saturdays|"
    r"sundays)\b"
)
#: others' work the person sees at theirs: "watching what the hygienists do"
_WATCHED = re.compile(
    r"\b(?:watch\w*|see|seeing|saw|seen|shadow\w*|help\w*|admir\w*|assist\w*) (?:what |how )?"
    r"(?:the |my |our )$"
)
_THEY_DO = re.compile(r"\s+(?:do|does|did|are doing|work)\b")

_SET_ASIDE = re.compile(rf"\b(?:{_ASIDE})\s+(?:an? |the )?$")


def _set_aside(message: Message, ruled_out: list[Named], current: str | None) -> bool:
    """Only careers set aside, each in so many words, and no job of their own: the list on
    screen changed ("ok forget police. what else besides dispatcher…")."""
    return (
        current is None
        and bool(ruled_out)
        and all(_SET_ASIDE.search(_before(message, f)) for f in ruled_out)
    )


def _named(message: Message, options: list[Named], own: list[Named], never: list[Named]) -> bool:
    """Whether a career is named other than in passing: careers told of so ("the doctor
    says…") leave the job they do to be read from their words."""
    return any(f in (*own, *never) or not _in_passing(message, f) for f in options)


def _said_own(message: Message, named: Named) -> bool:
    """Said as their own job in so many words, or told of as theirs right after."""
    return _marked(message, named) or (named.role == "option" and _told_after(message, named))


#: the person goes on about themselves after naming their job ("…, good with computers")
_TOLD = re.compile(
    r"\b(?:i|i'?m|im|my|me|want|wants|wanting|wanna|thinking|thinkin|looking|love|hate|bored|tired|"
    r"sick of|burn(?:ed|t)? out|stuck|miserable|can'?t|cant|need|good (?:with|at)|"
    r"great (?:with|at)|bad (?:with|at)|enjoy|no (?:degree|college)|floor|open to|"
    r"(?:which|what) (?:trades?|jobs?|careers?|fields?|path)|"
    # "bus driver, something that pays about the same": the work wished next
    r"(?:something|anything)(?! (?:i|you|to know|about|on|from|of)\b)(?= \w)|i'?d|id)\b"
)
#: words that may come before a job named first ("a freelance graphic designer", "55 year
#: old truck driver")
_SAID_BEFORE_JOB = re.compile(
    r"a|an|freelance|self-employed|senior|junior|lead|head|certified|licensed|independent|"
    r"contract|travel|night|full-time|part-time|\d+|year|years|yr|yrs|old|yo"
)
#: words before a career that make it asked about, not a job told of; other words before it
#: are where they do it ("uber/doordash driver", "walmart cashier", "er nurse")
_ASKED_BEFORE = re.compile(
    r"how|what|whats|which|who|why|is|are|should|shall|can|could|would|will|do|does|did|vs|"
    r"versus|or|and|compare|tell|about|show|give|list|best|top|highest|become|be|being|want|"
    r"wanna|like|love|hate|not|no|never|any|some|other|than|the|to|into|as|for|from|i|me|my|"
    # options weighed: "cant decide between nursing, PA, or something else"
    r"between|decide|deciding|choose|choosing|pick|picking"
)
#: at most this many such words before a job named first
_PLACE_WORDS = 2
#: what follows a career asked about, not a job told of ("nurse, how much do they make")
#: ("cybersecurity sounds cool, how do i get into it": a verdict on it, not their job)
_ASKED_AFTER = re.compile(
    r"^\W*(?:how|what(?! (?:trades?|jobs?|careers?|fields?|else|now|next|should i|can i|"
    r"could i)\b)|which(?! (?:trades?|jobs?|careers?|fields?|paths?|way|one should i)\b)|is|"
    r"are|does|do|vs|or|and|salary|pay|versus|sounds?|seems?|looks?|interests? me|"
    r"intrigues? me|appeals?)\b"
)


#: other careers than one named asked for, after it: "what else is there", "something else"
#: (not "what else should i know": more of it)
_ELSE_AFTER = re.compile(
    r"\b(?:what|whats|what's|anything|something|any) else\b(?! (?:i|you) (?:should|need to|"
    r"must|have to) (?:know|ask|consider)| to know| should i know| do i need)|\bother (?:jobs?|"
    r"careers?|options|paths?|fields?|things)\b|\binstead\b"
)
#: one of options weighed against each other and anything else: "cant decide between
#: nursing, PA, or something else entirely"
_OR_ELSE = re.compile(r"[^.?!;]{0,60}?\bor " + shape("anything_else").pattern)


def _beside_others(
    message: Message, asked: list[Named], ruled_out: list[Named]
) -> tuple[list[Named], list[Named]]:
    """Of the careers asked about, those still asked about alone; and those ruled out, with
    the ones turned down (others than it asked for, or its pay too low). One said as an
    option beside others asked for ("been wondering about paralegal or is there something
    better paid") asks for the others too, from what they
    told of themselves; one whose figure is remarked on before others are asked for
    ("paralegal is only like 63k? … is there anything that pays more") is turned down where
    more pay is what is asked."""
    text = message.text
    remarked = [
        f
        for f in asked
        if _FIGURE_REMARK.match(text, end := _span(message, f)[1])
        and _OTHERS_ASKED.search(text, end)
    ]
    alone = [
        f for f in asked if f not in remarked and not _OR_OTHERS.match(text, _span(message, f)[1])
    ]
    paid_less = [f for f in remarked if shape("more_pay").search(text, _span(message, f)[1])]
    # "everyone says chefs earn nothing… what else is there with food": others than it
    # (but "what about bus driver instead" asks for it)
    others = [
        f
        for f in alone
        if _ELSE_AFTER.search(after := text[_span(message, f)[1] :])
        and not _WANTED_INSTEAD.match(after)
        and not _OR_ELSE.match(after)
    ]
    return alone, [*ruled_out, *paid_less, *others]


#: a career said as one option, others asked for beside it: "paralegal or is there
#: something better paid", "nursing or anything else in healthcare"
_OR_OTHERS = re.compile(
    r"\W*or (?:(?:is|are) there (?:maybe )?(?:something|anything)|(?:maybe |just )?(?:something|"
    r"anything) (?:else(?! entirely\b)|better|that pays)|(?:any )?other (?:jobs?|options?|"
    r"careers?|paths?))\b"
)
#: a figure said of a career, as a remark: "paralegal is only like 63k?", "pays like 40k"
_FIGURE_REMARK = re.compile(
    r"\s+(?:is|are|pays?|makes?|earns?|starts? at|tops out at)\s+(?:only |just |like |about |"
    r"around |barely |maybe |so )*\$?\d[\d,.]*\s*k?\b"
)
#: other careers asked for, later in the message
_OTHERS_ASKED = re.compile(
    r"\b(?:anything|something|what else|any other|other (?:jobs?|options?|careers?|roles?))\b"
)
#: "instead" said right after a career: that career wanted in place of what was shown
_WANTED_INSTEAD = re.compile(r"\W*instead\b(?! of)")
#: a career spoken of as others who do it, not as the speaker's job ("vets have to…",
#: "chefs earn nothing")
_OF_THEM_AFTER = re.compile(
    r"^\s+(?:have|has|had|are|is|were|was|make|makes|earn|earns|pays?|get|gets|work|works|need|"
    r"needs|seem|seems|do|does|can|can'?t|cant|must|always|usually|often|all|never|beats|"
    r"sounds|looks|at \$?\d[\d,.]*k?|"
    # asked back of it: "radiation therapist doesnt that need its own program"
    r"(?:doesn'?t|doesnt|isn'?t|isnt|don'?t|dont|won'?t|wont|wouldn'?t|wouldnt),? "
    r"(?:that|it|they|those|this|he|she))\b"
)


#: wishes about where and when the work is done, whose words hold no liking
_SURROUNDINGS = frozenset({"crowds and noise", "daytime hours", "early mornings", "night shifts"})


def _no_likings(
    message: Message, schooled_words: tuple[tuple[int, int], ...], own: list[Named]
) -> tuple[tuple[int, int], ...]:
    """Spans whose words are no liking or dislike: schooling turned down or feared ("without
    going to vet school"), where they work ("an admin assistant at a law firm"), machines
    said to take the work ("will self driving trucks kill it"), fields others urge
    ("everyone says go into cs"), likings taken back ("I never said I like driving") and
    careers shown called by their words ("the network one")."""
    text = message.text
    refused = tuple(span for span in schooled_words if _REFUSED.match(text[span[0] : span[1]]))
    refused += tuple(m.span() for m in _SCHOOL_TURNED_DOWN.finditer(text))
    refused += tuple(m.span() for m in _SCHOOL_FEARED.finditer(text))
    refused += tuple(_where_they_work(text, [_span(message, f) for f in own]))
    refused += tuple(m.span() for m in shape("machines_at_work").finditer(text))
    refused += tuple(m.span() for m in shape("disowned").finditer(text))
    # a career shown, called by a word of its name: "the network one" likes no computers
    refused += tuple(m.span() for m in _CALLED_ONE.finditer(text))
    # a kind of school asked about: "college or art school" likes no art
    refused += tuple(m.span() for m in _SCHOOL_OF.finditer(text))
    # the kind of a workplace: "a retail store (clothing)", "at a clothing store"
    refused += tuple(
        m.span("kind" if m.group("kind") else "kind2") for m in _PLACE_KIND.finditer(text)
    )
    # the hours of a place of work, no liking or dislike of its work: "not sure restaurant
    # hours work anymore", "during school hours"
    refused += tuple(
        m.span("place")
        for m in _HOURS_OF.finditer(text)
        if shape("workplace").fullmatch(m.group("place"))
    )
    return refused + tuple(m.span() for m in shape("urged_field").finditer(text))


_SCHOOL_OF = re.compile(
    r"\b(?:art|film|design|culinary|cooking|music|drama|acting|fashion|beauty|cosmetology|"
    r"nursing|dental|vet|law|med|medical|business|trade|tech)\s+(?:school|college|program)s?\b"
    r"(?=[^.!]{0,40}\?|\s+or\b)"
)
_PLACE_KIND = re.compile(
    r"\b(?:store|shop|plant|factory|warehouse|restaurant|company|firm|outlet|boutique)s?\s*"
    r"\((?P<kind>[^)]{1,30})\)|\b(?:at|in|for) (?:a|an|the|my|our) (?P<kind2>[a-z]+) "
    r"(?=(?:store|shop|boutique|outlet|factory|plant|warehouse)s?\b)"
)
_HOURS_OF = re.compile(r"\b(?P<place>[a-z]+) (?:hours|schedules?|shifts?)\b")
_CALLED_ONE = re.compile(r"\b(?:the|that|this) (?:[a-z][\w'-]* ){1,3}one\b")


def _held(message: Message, named: Named) -> bool:
    """ "forklift certified", "CNA license": a credential they hold, no career asked about;
    "those are all teachers": said of the list shown, no career asked about either; "a
    receptionist at a dentist": where they work."""
    before, after = (
        message.text[: _span(message, named)[0]],
        message.text[_span(message, named)[1] :],
    )
    return bool(
        _HELD.match(after)
        or SAID_OF_SHOWN.search(before)
        or _RAN.search(before)
        or (_WORKED_AT.search(before) is not None and not _employer_named(named))
    )


#: a career said as where one works: "receptionist at a dentist", "worked for a lawyer"
_WORKED_AT = re.compile(
    r"\b(?:work(?:ed|ing|s)?|was|been|am|i'?m|im|as)\b"
    r"(?:(?!look|apply|train|stud|school|want|wanna|think|consider|becom|pay|salar|money|secur|"
    r"demand|outlook|growth|future|job|career|option|good|best|better|worse|bad|hard|easy|"
    r"need|like|what|which|how|go\b|going|or\b)[a-z/' -]){0,50}? "
    r"(?:at|for) (?:a |an |the |my |our |this |some )?(?:local |small |private |big |box |chain )*$"
)


def _near_start(message: Message, named: Named) -> bool:
    """Named in the message's first few words, with no word that asks or feels before it
    ("uber and doordash driver, sick of it…"; not "i love cooking but everyone says
    chefs…"), or in its sentence's ("getting out of the army after 10 years. 92Y supply
    sergeant, E-6…")."""
    start = message.words[named.start].start
    sentence = max(message.text.rfind(end, 0, start) for end in ".!?\n") + 1
    before = [w for w in message.words[: named.start] if w.start >= sentence]
    return len(before) <= _NEAR_START and not any(
        _ASKED_BEFORE.fullmatch(w.key) and w.key not in {"and", "or"} for w in before
    )


#: the most words a job of one's own named near the start may follow
_NEAR_START = 4


def _named_first(message: Message, named: Named) -> bool:
    """A career named as the message's first words, but for a few words of where or how
    long ("walmart cashier", "55 year old truck driver")."""
    before = message.words[: named.start]
    unknown = [w for w in before if not _SAID_BEFORE_JOB.fullmatch(w.key)]
    return len(unknown) <= _PLACE_WORDS and not any(_ASKED_BEFORE.fullmatch(w.key) for w in unknown)


def _told_after(message: Message, named: Named) -> bool:
    """A career named as the message's first words, then what the person tells of
    themselves, with no figure asked of it."""
    if not _named_first(message, named):
        return False
    after = message.text[_span(message, named)[1] :]
    if shape("pushed_back").match(after):
        return False  # "auto damage appraiser with my hip? no.": a suggestion turned down
    if shape("chosen").match(after):
        return False  # "ok OT then. how do i start": a career picked, not their job
    if _OR_ELSE.match(after):
        return False  # "nursing, PA, or something else": options weighed
    if _ASKED_SENTENCE.match(after):
        return False  # "midwife in 1 year?? is that real": its sentence asks of it
    if _ASKED_AFTER.match(after) or not (_TOLD.search(after) or _PAST_IT.search(after)):
        return False  # "…, 38, PhD… what can a history PhD do outside academia": past it
    # a figure asked of it is about it ("electrician, i want to know the salary"), unless
    # they look past it ("…into something more engineering-y w/o a 4 yr degree")
    looks_past = _ELSEWHERE.search(after) or _PAST_IT.search(after)
    return looks_past is not None or not any(
        pattern.search(after) for _, pattern in cues.focus_cues(after)
    )


#: the sentence a career starts ends in a question mark: it is asked about
_ASKED_SENTENCE = re.compile(r"^[^.!?]{0,40}\?")
_ELSEWHERE = re.compile(
    r"\b(?:something|else|other|into|become|becoming|switch\w*|chang\w*|move|leave|leaving|"
    r"out of|instead|more|higher|better|next|hate|sick of|tired of|bored|stable|steady|safer|"
    r"laid off|lost my|any way|adjacent|killing me|being replaced|replaced by|wont disappear|"
    r"(?:destroying|crushing|draining|wrecking) me|burn(?:ed|t)? ?out|"
    r"(?:want|need|looking for|find) (?:a |another |some )?(?:new |different )?(?:job|career|work)|"
    # "paralegal, want legal research type work": the work they want next
    r"(?:want|wanna|need|looking for)\b[^,.;!?]{0,30}\b(?:type|kind|sort)(?: of)? "
    r"(?:work|job|stuff)|"
    r"away from (?:home|family|my family|my kids)|local|home more|closer to home|"
    r"won'?t disappear|floor|at least|minimum|open to|(?:which|what) (?:trades?|jobs?|careers?|"
    r"fields?|path)|options|what (?:can|could) i)\b"
)
#: the person looking past the job they named, with no word of their own ("…what can a
#: history PhD do outside academia")
_PAST_IT = re.compile(
    r"\b(?:outside|pivot|transition|alternatives?|what (?:can|could) (?:a|an|someone)|"
    r"laid off|lost (?:my|the) job)\b"
)


#: a short clause of a message
_CLAUSE = re.compile(r"[^,.;:!?()]+")


#: a short clause: "customer service call center rep" tells of the job, asks nothing
_TOLD_WORDS = 6
_ASKING_IN_CLAUSE = re.compile(
    r"\b(?:what|which|how|who|pays?|paid|more|better|less|than|make|earn|want|like|love|hate)\b"
)


def _job_told(text: str, titled: set[str] | frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Short clauses that tell more of the job they do, two of its title's words in them
    ("im a teacher, 8 years, middle school math"): no liking, no field asked for."""
    spans = []
    for clause in _CLAUSE.finditer(text):
        words = [singular(w) for w in re.findall(r"[a-z]+", clause.group(0))]
        asks = _ASKING_IN_CLAUSE.search(clause.group(0)) is not None
        if len(words) <= _TOLD_WORDS and len(titled.intersection(words)) >= 2 and not asks:
            spans.append(clause.span())
    return tuple(spans)


def _kind_at(message: Message, job: Named, index: NameIndex) -> str | None:
    """The kind of the job its workplace names, where a title has both ("front desk at a
    hotel": hotel desk clerks, not receptionists)."""
    place = _JOB_AT.match(message.text, message.words[job.end - 1].end)
    if place is None:
        return None
    own = job.mention.found
    said = f"{place['place']} {job.mention.said}"
    found = mention(said, index, exact=False).found
    if not isinstance(found, Match) or not isinstance(own, Match) or own.slug == found.slug:
        return None
    # the occupation's own title names the place (Hotel, Motel, and Resort Desk Clerks): a
    # receptionist at a vet clinic is still a receptionist, whatever alternate titles say
    titled = singular(place["place"]) in index.title_words(found.slug)
    return found.slug if titled else None


#: where a job is done, right after it: "front desk at a hotel", "cashier at a bank"
_JOB_AT = re.compile(r"\s+(?:at|in|for) (?:a|an|the|my|our)? ?(?P<place>[a-z]+)\b")


#: said as what they are now: "I'm a", "im an", "I am the"
_I_AM = re.compile(r"\b(?:i'?m|im|i am)\s+(?:an? |the |currently an? |now an? )?$")


def _current_job(
    message: Message, index: NameIndex, own: list[Named], named: bool
) -> tuple[str | None, tuple[tuple[int, int], ...]]:
    """The job they do, and where the message tells of it (no liking, no field asked for):
    named as theirs, taught ("taught high school English"), or said the long way round
    ("i work fast food", "been driving trucks 12 yrs") when no career is named."""
    text = message.text
    # (work with no occupation of its own is theirs as its nearest only where a move from it
    # is asked: "i'm a tattoo artist, what else can i do")
    moving = MOVE.search(text) is not None
    # the job said as what they are now ("Im a store manager… been in retail 12 yrs") before
    # a line of work they have been in; else the last said
    said_now = [f for f in reversed(own) if _I_AM.search(_before(message, f))]
    current = next(
        (
            slug
            for f in (*said_now, *reversed(own))
            if (slug := _kind_at(message, f, index) or _slug(f, moving)) is not None
        ),
        None,
    )
    job_span: tuple[tuple[int, int], ...] = ()
    if (
        current is not None
        and any(_POST.fullmatch(f.mention.said) for f in own)
        and (at := _workplace_job(message, managed=False)) is not None
    ):
        # "work the counter at an auto parts store": the place's job, not the counter's
        current, job_span = at[0], (at[1],)
    if current is None and (taught := _taught(message, index)) is not None:
        current = taught.found.slug if isinstance(taught.found, Match) else None
        job_span = (_TAUGHT.search(text).span(),) if current else ()  # type: ignore[union-attr]
    if current is None and not named:
        said_job = (
            _workplace_job(message, managed=True)
            or _crew_led(message, index)
            or _own_work(message)
            or _placed_at(_said_job(message, index), message, index)
            or _placed_at(_doing_job(message, index), message, index)
            or _workplace_job(message, managed=False)
            or _trained_in(message, index)
        )
        if said_job is not None:
            current, job_span = said_job[0], (said_job[1],)
    elif current is None and (at := _workplace_job(message, managed=False)) is not None:
        # "worked at a dentist office", a career's name in it: the workplace's job
        current, job_span = at[0], (at[1],)
    elif current is None and (owned := _said_job(message, index, (_OWNED_AFTER,))) is not None:
        # "airplane mechanic… no way. what about the drywall i already do": theirs, beside
        # careers turned down
        current, job_span = owned[0], (owned[1],)
    elif current and _NOW.search(text) and any(_PAST.search(_before(message, f)) for f in own):
        # "in Syria I was pharmacist… now I work in a warehouse": the job they do now
        now = (
            _workplace_job(message, managed=False)
            or _own_work(message)
            or _doing_job(message, index)
        )
        if now is not None:
            current, job_span = now[0], (now[1],)
    if current is not None:
        job_span += _job_told(text, index.title_words(current))
    if current is not None and _IN_SCHOOL.search(text) and _ON_THE_SIDE.search(text):
        return None, job_span  # "im 16 and a junior… i work weekends at my uncles store"
    return current, job_span


def _placed_at(
    job: tuple[str, tuple[int, int]] | None, message: Message, index: NameIndex
) -> tuple[str, tuple[int, int]] | None:
    """A job read from their words, or the job of the workplace they said they work at where
    those words are a part of the workplace's name ("work at a ski and bike shop" is no ski
    patrol) or a word of that job's title ("the printing plant… i ran the presses": Printing
    Press Operators, not metal presses)."""
    if job is None:
        return None
    place = _workplace_job(message, managed=False)
    if place is None or place[0] == job[0]:
        return job
    inside = place[1][0] <= job[1][0] and job[1][1] < place[1][1]
    said = {singular(w) for w in re.findall(r"[a-z]+", message.text[slice(*job[1])])}
    return place if inside or said & index.title_words(place[0]) else job


#: a job said as the one they do now, beside one they did before
_NOW = re.compile(
    r"\b(?:now|currently|right now|these days|at the moment|for now) (?:i )?(?:work|am working|'m "
    r"working|im working)\b|\bi (?:now )?work (?:in|at|for)\b[^.;!?]{0,40}\b(?:now|currently)\b|"
    # "Been working security at a hospital" after years served: the job since
    r"(?:^|[.;!?] )(?:i'?ve |i have )?been working\b|"
    # "Now I clean offices at night": what they do now, by its verb
    r"(?:^|[.;!?] )now,? i (?!(?:want|wanna|need|can|could|would|should|think|feel|have|know|"
    r"realize|see|hope|wonder|am|m|just|really|don'?t|dont|do not)\b)[a-z]+\b"
)
#: a job of theirs said as past: "in Syria I was pharmacist", "back home i was a teacher"
_PAST = re.compile(
    r"\b(?:i was|was|used to be|back home|before (?:that|i came)|did \d+ (?:years?|yrs?) as|"
    # "I worked 6 years as a site engineer. now I work in a warehouse"
    r"(?:i )?worked (?:for )?(?:\d+|a few|many|several|two|three|four|five|six|ten) "
    r"(?:years?|yrs?) as)\b"
    r"[^.;!?]{0,25}$"
)


def _before(message: Message, named: Named) -> str:
    return message.text[: _span(message, named)[0]]


def _with_years_left(wish: WishAsk, text: str) -> WishAsk:
    """ "i'd like to work maybe 4 more years": a way in that takes at most half of them,
    where no time to learn was said."""
    left = time_to_learn_left(text)
    if left is None or wish.preferences.get("learning_curve") is not None:
        return wish
    learning = Preference("learning_curve", left.want, hard=True, limit=left.value)
    return replace(wish, preferences=wish.preferences.with_item(learning))


#: more schooling said to be welcome: "will pay for some retraining", "open to going back"
_OPEN_TO_MORE = re.compile(
    r"\b(?:pay|paying|paid|cover|covers|fund|funds|funding) (?:for )?(?:some |my |the |any )?"
    r"(?:re)?training\b|\b(?:open|willing|happy|ready|down) to (?:go(?:ing)? back to "
    r"(?:school|college)|(?:re)?train(?:ing)?|study(?:ing)?|learn(?:ing)?)\b|\bretrain(?:ing)?\b"
)


def _paid_now(text: str) -> int | None:
    """What they said they earn now, a year's pay in dollars, where plausibly a year's pay."""
    now = paid_now(text)
    return round(now) if now is not None and _A_YEARS_PAY[0] <= now <= _A_YEARS_PAY[1] else None


#: a year's pay said of a job: from part-time at a low wage to a high salary
_A_YEARS_PAY = (8_000, 1_000_000)


#: schooling or skills said to be used: careers that ask for them
_USED = re.compile(f"{USES_DEGREE}|{SAME_SKILLS.pattern}")


def _schooling_meant(
    schooling: Schooling | None, text: str, wish: WishAsk, *, employed: bool = False
) -> Schooling | None:
    """The schooling said, as a limit only where it is one."""
    if schooling is not None and schooling.held and _OPEN_TO_MORE.search(text):
        # "I have an associates… vocational rehab will pay for some retraining": what they
        # hold, with more schooling welcome
        return replace(schooling, most=None, least=None)
    if schooling is not None and schooling.least and employed and not _USED.search(text):
        # "i have an associates in business and 5 yrs as a bank teller, what pays more":
        # moves start from the job; the degree opens more of them, asking none to use it
        return replace(schooling, least=None)
    if (
        schooling is not None
        and schooling.held
        and schooling.most
        and school_rank(schooling.held) - school_rank(schooling.most) >= _ON_TOP
    ):
        # "i have a BA in history… maybe a certificate": the more they would study is on
        # top of what they hold, so work that asks a bachelor's is open (a step below what
        # they hold is the work that uses it: "i have a master's, what can i do")
        return replace(schooling, most=schooling.held)
    if schooling is not None and _trains_past(schooling.most, wish):
        # "only have my GED… could train for in under a year": the diploma is what they
        # hold; the time they would train bounds the rest (a certificate course)
        return replace(schooling, most=None, held=schooling.held or schooling.most)
    return schooling


#: how far below the schooling held a bound on more schooling is, at the least, to be more
#: study on top of it rather than the work the degree opens
_ON_TOP = 2


def _trains_past(most: str | None, wish: WishAsk) -> bool:
    """A diploma said as all they have, beside a time they would train for."""
    learn = wish.preferences.get("learning_curve")
    bounded = learn is not None and learn.hard and learn.want == "low" and (learn.limit or 0) >= 1
    return most == HIGH_SCHOOL and bounded


_OWN_WORK: dict[str, str] = load("slang")["own_work"]
#: a line of work said as theirs: "I was in sales", "10 years in construction", "22 years
#: on the assembly line"
_WORKS = "|".join(sorted(map(re.escape, _OWN_WORK), key=len, reverse=True))
_IN_WORK = re.compile(
    r"\b(?:i work(?:ed)?|i'?ve worked|i have worked|working|worked|i was|i'?m|i am|i'?ve been|"
    r"i have been|been|background(?: is)?|experience|career|(?:\d+|a few|many|several|ten|five) "
    r"(?:years?|yrs?)(?: of experience)?|years|a decade) (?:in|on) (?:the )?"
    rf"(?P<work>{_WORKS})\b"
    r"(?! (?:jobs?|careers?|roles?|positions?|industry jobs|degree|school))"
)


#: a line of work said as their background: "logistics background", "20 years of sales
#: experience", "sales guy"
_WORK_BACKGROUND = re.compile(
    rf"\b(?:my |a |an )?(?P<work>{_WORKS})"
    r" (?:background|experience|exp|veteran|guy|girl|person|lady)\b"
    # "laid off from my tech recruiting job", "quit my sales job"
    rf"|\b(?:from|quit|left|lost|hate|leaving) my (?:\w+ )?(?P<job>{_WORKS})"
    r" (?:job|career|gig|role)\b"
    # "i work overnight security at a hospital", "been doing security like 8 yrs"
    r"|\b(?:i (?:work|do|did)|(?:i'?ve |i have )?been (?:doing|working)|worked) "
    r"(?:(?:overnights?|nights?|days|"
    rf"armed|unarmed|hospital|mall|private|contract|hotel|event)\s+)*(?P<did>{_WORKS})\b"
    r"(?! (?:jobs?|careers?|degree|school|for (?:a|an|the|my)|with))"
)


#: a crew or team of some work said as theirs to lead: "ran a landscaping crew for 15 years"
_CREW_LED = re.compile(
    r"\b(?:ran|i run|led|i lead|managed|i manage|supervised|i supervise|was (?:the )?"
    r"(?:foreman|boss|lead) (?:of|on))\s+(?:a|an|the|my|our|his|their)\s+(?:\w+ )?"
    r"(?P<work>[a-z]+) (?:crews?|teams?)\b"
)


def _crew_led(message: Message, index: NameIndex) -> tuple[str, tuple[int, int]] | None:
    """The supervisor of the work whose crew they led ("ran a landscaping crew": first-line
    supervisors of landscaping workers), where a supervisor's title names that work."""
    found = _CREW_LED.search(message.text)
    if found is None or _wished(message.text[: found.start()]):
        return None
    resolved = mention(f"{found['work']} supervisor", index, exact=False).found
    return (resolved.best.slug, found.span()) if isinstance(resolved, Match) else None


def _own_work(message: Message) -> tuple[str, tuple[int, int]] | None:
    """The job of a line of work said as theirs ("I was in sales": sales representatives)."""
    found = _IN_WORK.search(message.text) or _WORK_BACKGROUND.search(message.text)
    if found is None:
        return None
    return _OWN_WORK[found["work"] or found["job"] or found["did"]], found.span()


#: each workplace's pattern, its workers' job and its managers'
_WORKPLACES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(rf"^(?:{place})$"), worker, manager)
    for place, (worker, manager) in load("slang")["workplaces"].items()
]
_PLACE = "|".join(f"(?:{place})" for place in load("slang")["workplaces"])
_THE = r"(?:a |an |the |my |our |this |one |some )?(?:[a-z'-]+ ){0,2}?"
_BOSS = (
    r"(?:assistant |store |shift |general |floor |branch |department |plant |office |night |"
    r"kitchen |production |operations )?(?:manager|mgr|supervisor|foreman|shift lead|team lead)"
)
#: a workplace said as where they manage ("assistant manager at a big box store", "ran a
#: print shop", "warehouse supervisor") or work ("worked at a call center for 6 years", "the
#: printing plant i worked at")
_AT_WORKPLACE = re.compile(
    rf"\b(?:(?P<boss>{_BOSS}) (?:of|at|in|for) {_THE}|(?P<ran>ran|run|running|managed?|managing|"
    rf"own(?:ed)?|supervis(?:ed|e|ing)) {_THE}|(?:(?:work(?:ed|ing|s)?|job|employed|been)"
    r"(?: (?:temp|part[- ]time|full[- ]time|nights|days|seasonal|weekends|(?:\w+ )?shifts?|"
    # "work the counter at an auto parts store": a post at the place, its workers' job
    r"(?:the )?(?:counter|register|front desk|front|floor|desk|till|phones|parts counter)))?"
    r" (?:at|in|for|on)|(?:retired|retiring|laid off|let go|fired) from) "
    rf"{_THE})(?P<place>{_PLACE})\b(?! (?:management|manager|industry|business))"
    rf"|\b(?P<named>{_PLACE}) (?P<title>{_BOSS})\b"
    # "the printing plant i worked at for 22 years"
    rf"|\b(?P<where>{_PLACE})(?: (?:that|which|where))? i (?:work(?:ed)?|was|been)"
    r"(?: (?:at|in|for))?\b"
)


def _employers(text: str) -> tuple[tuple[int, int], ...]:
    """Where they work, said by its trade ("for a medical supply company") or its name ("a
    waiter at olive garden"): no liking of its words."""
    return (
        *(m.span("what") for m in shape("employer").finditer(text)),
        *(m.span("place") for m in _AT_PLACE.finditer(text)),
    )


#: a workplace said where they are: "a waiter at olive garden"
_AT_PLACE = re.compile(rf"\b(?:at|for|from|in) {_THE}(?P<place>{_PLACE})\b")

#: words before a workplace that make it a wish: "want to manage", "become a store manager"
_WISHED_LEAD = re.compile(
    r"\b(?:want|wanna|hope|plan(?:ning)?|like|love|going|gonna|trying|try|would|could|should|"
    r"can|will|might|become|becoming|be)(?: to)?(?: be)?(?: an?| the)? $"
)


#: a post at a workplace, no job of its own: "the counter", "the register"
_POST = re.compile(r"(?:the )?(?:counter|register|front desk|front|floor|desk|till|phones)")


def _workplace_job(message: Message, managed: bool) -> tuple[str, tuple[int, int]] | None:
    """The job of a workplace said as theirs: its managers' when they say they manage it
    (``managed``), else its workers' (read after every other way of saying a job: "i work
    in a warehouse picking orders" is an order picker's)."""
    for found in _AT_WORKPLACE.finditer(message.text):
        before = message.text[: found.start()]
        if _wished(before) or _WISHED_LEAD.search(before):
            continue  # "i want to manage a restaurant": a wish, not their job
        if bool(found["boss"] or found["ran"] or found["title"]) != managed:
            continue
        place = found["place"] or found["named"] or found["where"]
        worker, manager = next((w, m) for p, w, m in _WORKPLACES if p.match(place))
        # ("work in a restaurant kitchen": the part of the place is where, no liking)
        part = _PART_OF_PLACE.match(message.text, found.end())
        return (manager if managed else worker), (
            found.start(),
            part.end() if part else found.end(),
        )
    return None


#: a part of a workplace said after it: "a restaurant kitchen", "a warehouse floor"
_PART_OF_PLACE = re.compile(
    r"\s+(?:kitchens?|floor|back|front|bar|counter|line|office|dock|lot|yard|deli|bakery)\b"
)


_SCHOOLS: dict[str, list[str]] = load("slang")["schools"]
#: a profession's school turned down: "no vet school", "can't afford 4 years of nursing school"
_SCHOOL_TURNED_DOWN = re.compile(
    r"\b(?:no|not|without|skip(?:ping)?|avoid|can'?t afford|can'?t do|don'?t want(?: to (?:do|go "
    r"to))?|(?:don'?t|do not|doesn'?t) need|not going to|never going to|not doing|"
    r"no way i'?m doing|too old for) (?:[a-z0-9]+ )"
    rf"{{0,4}}?(?P<school>{'|'.join(_SCHOOLS)}) school\b"
)


#: a profession's school said to scare or cost too much: "law school but 150k debt scares me"
_SCHOOL_FEARED = re.compile(
    rf"\b(?P<school>{'|'.join(_SCHOOLS)}) school\b[^.!?;]{{0,40}}?\b(?:scares|terrifies|"
    r"frightens|is too (?:expensive|long|much)|costs? too much|not worth)"
)


#: a profession's school thought of: "thinking about going to pharmacy school"
_SCHOOL_WEIGHED = re.compile(
    r"\b(?:going|go|goin|applying|apply|getting|get|starting|start|doing|do)(?: back)? "
    rf"(?:to |into |in )?(?P<school>{'|'.join(_SCHOOLS)}) school\b"
    # ("unless I go to law school which I won't": turned down, after)
    r"(?!,? (?:which|and|but|tho|though) (?:i |im |i'?m )?(?:won'?t|wont|will not|am not|not|"
    r"never|can'?t|cant|don'?t|dont)\b)"
)


def school_weighed(text: str) -> str | None:
    """The career whose own school the person thinks of going to, if one."""
    found = _SCHOOL_WEIGHED.search(text)
    return _SCHOOLS[found["school"]][0] if found is not None else None


def schools_turned_down(text: str) -> list[str]:
    """The careers whose own school the person turns down."""
    found = [*_SCHOOL_TURNED_DOWN.finditer(text), *_SCHOOL_FEARED.finditer(text)]
    return [slug for m in found for slug in _SCHOOLS[m["school"]]]


def _where_they_work(text: str, jobs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A field named in the clause of the job they do (``jobs``: where it is said), before
    it or just after ("military navy 6 yrs electronics tech", "a nurse in a hospital", "i
    work overnight security at a hospital"): where they work, no field asked for. So are
    the hours it is held in ("part-time library aide"): no hours wished for."""
    spans = []
    for start, end in jobs:
        clause = next((c for c in _CLAUSE.finditer(text) if c.start() <= start < c.end()), None)
        if clause is None:
            continue
        for f in scope_in(text):
            before = clause.start() <= f.start and f.end <= start
            after = end <= f.start < clause.end() and _AT_WORK.match(text[end : f.start])
            # "animal jobs that pay better than vet tech": jobs of that kind, asked for
            asked = _JOBS_OF_KIND.match(text, f.end) is not None
            if (before or after) and not asked:
                spans.append((f.start, f.end))
    return spans


#: a field said as the kind of jobs asked for: "animal jobs", "healthcare careers"
_JOBS_OF_KIND = re.compile(r"\s+(?:jobs|careers|roles|positions|occupations)\b")
#: the words between a job and where it is done: "a nurse in a hospital", "cashier at target"
_AT_WORK = re.compile(r"\s*(?:in|at|for|with)(?: an?| the| my)?(?: [a-z]+)?\s*$")


def _industries(text: str) -> tuple[tuple[int, int], ...]:
    """An industry's words said as one ("tech jobs", "in healthcare"), a trait only when said
    as a liking; said of the person ("science-y", "outdoorsy") or a kind of work ("outside",
    "with my hands") they are the person's trait."""
    return tuple(
        (f.start, f.end)
        for f in fields_in(text)
        if f.name not in KINDS_OF_WORK
        and (
            _FIELD_AFTER.match(text[f.end :])
            or _FIELD_BEFORE.search(text[: f.start])
            or _FIELD_NOUN.search(text[f.start : f.end])
            or _FIELD_OPENS.match(text[f.start : f.end])
        )
    )


#: what they studied or did, asked to be put to use: "what job could i get with my background"
_WITH_MINE = re.compile(r"\b(?:with|using|use) my (?:background|education|schooling|studies)\b")
_DEGREE = re.compile(
    r"\bdegree\b|\b(?:bachelor'?s|bachelors|master'?s|masters|associate'?s|associates|ba|bs|ma|"
    r"ms|phd|doctorate) (?:degree )?in\b"
)
#: schooling said as refused: its words turn no field away
_REFUSED = re.compile(r"(?:without|not|no|never|avoid|can'?t|cannot|skip|skipping|instead of)\b")


def _schooling_words(
    text: str, said: tuple[tuple[int, int], ...], *, employed: bool = False
) -> list[tuple[int, int]]:
    """The words of schooling said, which ask for no field of work, but for a time it sets
    ("max 1 year of training", "2 yrs of school max": not a job in education) and the
    field of a degree ("a psych degree": work in psychology), unless they told the job they
    do (``employed``: "a claims adjuster… an associates degree in business" moves from it)."""
    spans: list[tuple[int, int]] = []
    for start, end in said:
        words = text[start:end]
        if _REFUSED.match(words):  # "can't afford 4 years of nursing school": no field at all
            spans.append((start, end))
            continue
        if _DURATION.search(words) is not None:
            spans += [(start + m.start(), start + m.end()) for m in _SCHOOL.finditer(words)]
            continue
        # "a psych degree", "a bachelors in psychology": work in its field asked for ("right
        # out of high school" asks none); from a job, only where they want to use it
        used = re.search(USES_DEGREE, text) is not None or _WITH_MINE.search(text) is not None
        degree = _DEGREE.search(words) is not None and (not employed or used)
        cuts = sorted(
            (f.start, f.end) for f in fields_in(text) if degree and start <= f.start < f.end <= end
        )
        at = start
        for cut_start, cut_end in cuts:
            spans.append((at, cut_start))
            at = cut_end
        spans.append((at, end))
    return spans


def _same_job(named: Named, own: Named) -> bool:
    said = [" ".join(singular(w) for w in n.mention.said.split()) for n in (named, own)]
    return said[0] == said[1] or bool(set(_slugs_of(named.mention)) & set(_slugs_of(own.mention)))


def _slug(named: Named, unlisted: bool = False) -> str | None:
    """The career a mention settles on; of several sharing a name, the likeliest (the index
    lists them by how many people do the work)."""
    found = named.mention.found
    if isinstance(found, Match):
        return found.slug
    if isinstance(found, Ambiguous) and found.candidates:
        return found.candidates[0].slug
    if unlisted and isinstance(found, Unlisted) and found.nearest:
        return found.nearest[0]  # "i'm a tattoo artist": counted among fine artists
    return None


def _taught(message: Message, index: NameIndex) -> Mention | None:
    found = _TAUGHT.search(message.text)
    if found is None:
        return None
    what = re.split(
        r"\b(?:for|since|at|in|and|but|to|after|before|until|till|over|when|so|then|\d+)\b",
        found.group("what"),
    )[0].strip()
    for name in (f"{what} teachers", "teachers"):
        said = mention(name, index, exact=False)
        if isinstance(said.found, Match):
            return said
    return None


#: words after "I'm" that say how they are, not what they do
_NOT_JOBS = word_set(
    """
    done sick tired burned burnt bored stuck lost unemployed laid retired looking currently
    really very so just also still only not a an the thinking considering interested good
    great bad terrible ok okay fine happy unhappy young old single married pregnant broke
    new super kinda pretty quite temp temporary part full seasonal nights night weekends days
    overtime remote remotely hybrid contract freelance gig odd patient calm organized creative
    friendly reliable honest shy introverted outgoing detail hardworking
    """
)


_FIELD_AFTER = re.compile(
    r"^\s*(?:jobs?|careers?|roles?|fields?|work|positions?|industry|sector|professions?|"
    r"options|related|stuff)\b"
)
_FIELD_NOUN = re.compile(
    r"\b(?:jobs?|careers?|roles?|fields?|work|positions?|industry|sector|professions?)\b"
)
#: "in tech", "what about healthcare?" (a list's field changed): the field, not a liking
_FIELD_BEFORE = re.compile(
    r"(?:\b(?:in|into|within|enter|join)\s+(?:the\s+)?|^(?:and |so )?(?:what|how) about\s+)$"
)
_FIELD_OPENS = re.compile(r"(?:in|into|within)\b")
#: "I don't want to be a teacher": a career ruled out, said as a job
_RULED_OUT = re.compile(
    r"\b(?:(?:don'?t|do not|dont|never|not|no longer)(?: really)?(?: want| wanna| plan| going)?"
    r"(?: to)? (?:be(?! (?:in|on|at|out|stuck|broke|poor|homeless)\b)|become|work as|end up as|"
    r"work in|go into)|anything but|no more|not in|"
    r"except|other than|besides|apart from|that (?:isn'?t|isnt|is not|aren'?t|arent))(?: an?)? "
    r"(?P<job>[a-z][a-z '-]{2,30}?)"
    r"(?=\s*(?:[,.;!?()]|$|\b(?:and|but|or|because|though|tho|like|lol|lmao|haha|pls|please|"
    r"either|anymore|again)\b))"
)
_SCHOOL = re.compile(r"\b(?:school(?:ing)?|college|university|degree|education|classes)\b")


def _experience(text: str) -> list[tuple[int, int]]:
    """Time served ("8 yrs"), and a field said as their own background ("use my medical
    background"): neither is a limit or a field asked for."""
    return [
        m.span()
        for m in _DURATION.finditer(text)
        if not _LIMIT_BEFORE.search(text[: m.start()]) and not _LIMIT_AFTER.match(text[m.end() :])
    ] + [m.span() for m in shape("my_background").finditer(text)]


def _said_as_job(named: Named) -> bool:
    """Named as the job ("power plant operators", "vet tech"), not the work ("cooking",
    "fashion"): the words said end as the name the career was found by."""
    found = named.mention.found
    names = (
        [found.best.name]
        if isinstance(found, Match)
        else [c.name for c in found.candidates]
        if isinstance(found, Ambiguous)
        else []
    )
    said = named.mention.said.split()
    if said and singular(said[-1]) in _SHORT_FOR_A_WORKER:
        return True  # "vet tech", "sales rep": the worker's own shorthand
    return bool(said) and any(
        singular(n.lower().split()[-1].strip(",")) == singular(said[-1]) for n in names
    )


#: shorthand for a worker that ends a job's name ("vet tech", "sales rep", "office admin")
_SHORT_FOR_A_WORKER = frozenset({"tech", "rep", "admin", "mgr", "asst", "medic", "op"})


def _names_the_job(said: str, name: str) -> bool:
    """The words said name the job and not something about it: the job's own word ends the
    name ("bookkeeper"), or two words or more of the name are said ("fast food"); a lone
    adjective is no job ("talented" is no "gifted and talented teacher")."""
    typed = [singular(w) for w in said.split()]
    named = [singular(w.strip(",")) for w in name.lower().split()]
    return typed[-1] == named[-1] or (len(typed) >= 2 and all(w in named for w in typed))


#: their work said as what they do all day: "been driving trucks 12 yrs", "I fix cars"
_DOING = re.compile(
    r"(?:^|(?<=[,.;] )|\b(?:i'?ve been|i have been|been|i'?m|i am|i was|i)\s+|"
    # the work done where they work: "i work at a grocery store stocking shelves"
    r"(?P<at>\bwork(?:ing|ed)? (?:at|in|for) (?:a |an |the )?[a-z']+(?: [a-z']+)?)\s+)"
    r"(?P<verb>[a-z]+ing|drive|fix|repair|cut|sell|build|clean|deliver|install|paint|operate|"
    r"inspect|stock|load|unload|pack|sort|ran|run)\s+(?:(?:the|a|an|my)\s+)?"
    # one word of the thing worked, or a few ("OTR trucks", "long haul trucks")
    r"(?P<what>(?!(?:out|up|off|down|in|on|for|it|that|this)\b)[a-z]+(?: [a-z]+){0,2}?)"
    r"(?=\s*(?:[,.;!?()]|$|\b(?:for|and|but|so|at|in|now|since|rn|atm|currently|tho|lol|there|\d+)\b))"
)


#: their work said as a gerund alone, with how long: "been roofing in phoenix 19 yrs", "i did
#: welding for 10 years"
_DOING_ALONE = re.compile(
    # "been doing landscaping and some moving jobs", "been doing warehouse picking": the work,
    # done for a while
    r"\b(?:i'?ve been|i have been|been) doing (?:some |mostly |a lot of )?(?:[a-z]+ )?"
    r"(?P<done>[a-z]{4,}ing)\b"
    r"(?! (?:it|that|this|for fun|on the side)\b)|"
    # ("so im 28, bartending at a cocktail bar for like 5 years": after their age)
    r"\b(?:(?:i'?ve been|i have been|been|i did|i do|i was|(?:i'?m|im|i am) \d{2},?)\s+"
    r"(?P<verb>(?!work|look|think|try|hop|plan|go|do)[a-z]{4,}ing)\b"
    r"(?=[^,.;!?]{0,30}?\b(?:\d+|a few|many|several|ten|twenty)\s*(?:yrs?|years?)\b)|"
    # "I work overnight stocking at a grocery warehouse": when, then the work
    r"\bi (?:currently |now )?work (?:overnights?|nights|days|part[- ]time|full[- ]time|weekends|"
    r"evenings|mornings|graveyard|(?:the )?night shift|(?:the )?day shift)\s+"
    r"(?P<shift_verb>[a-z]{4,}ing)\b)"
)


#: a name read whole, not near: "lab tech" is medical and clinical laboratory technicians
_SURE = 0.95
#: a job's work said as done: "did lab tech work at a hospital", "i do cna work"
_DID_WORK = re.compile(
    r"\b(?:i |i'?ve |i have )?(?:did|done|do|doing|been doing)\s+(?:some |a lot of |mostly )?"
    r"(?P<what>(?!some\b|any\b|the\b|my\b|a\b)[a-z]+(?: [a-z]+)?) work\b|"
    # the work done now, for an employer: "currently doing data entry for a billing company"
    r"\b(?:currently|i'?m|im|i am|now|still)\s+doing\s+"
    r"(?P<now>(?!some\b|any\b|the\b|my\b|a\b|it\b|that\b|this\b|nothing\b)[a-z]+(?: [a-z]+)?)"
    r"(?=\s+(?:for|at)\b)"
)


#: a trade trained in, said as a credential held: "did a welding program", "got my welding
#: cert", "finished a phlebotomy course"
_TRAINED = re.compile(
    r"\b(?:did|done|finished|completed|took|got|have|hold|earned|passed)\s+(?:my |a |an |the )?"
    r"(?P<work>[a-z]+(?: [a-z]+)?)\s+(?:program|programme|course|cert\w*|licen[cs]e|training|"
    r"apprenticeship|school)\b"
)


def _trained_in(message: Message, index: NameIndex) -> tuple[str, tuple[int, int]] | None:
    """The job a trade's credential is for, when no job of their own is said: where a move
    starts ("got my AWS cert for MIG… what jobs can i get with a record": from welders)."""
    for found in _TRAINED.finditer(message.text):
        work = found.group("work")
        last = work.split()[-1]
        worker = worker_of(last, index, EVERYDAY) if last.endswith("ing") else None
        words = " ".join([*work.split()[:-1], worker]) if worker else work
        resolved = mention(words, index, exact=False).found
        if isinstance(resolved, Match) and _names_the_job(words, resolved.best.name):
            return resolved.best.slug, found.span("work")
    return None


#: running a machine is operating it
_RUN_IS = {"raning": "operating", "runing": "operating", "running": "operating"}
_FOR_A_LIVING = re.compile(r"\s*for a living\b")


_WORK_VERBS: dict[str, str] = load("slang")["work_verbs"]
#: a verb of work said as theirs, with the thing worked on: "8 yrs wrenching on trucks",
#: "farmed corn and beans … for 30 years", "i taught high school"
_WORK_VERB = re.compile(
    rf"\b(?P<verb>{'|'.join(_WORK_VERBS)})\b(?: (?:on|at|in|for))?(?: (?:the|a|an|my))?"
    r"(?: (?P<what>[a-z]+))?"
)
#: how long, or whose, said beside a verb of work: it is theirs
_HOW_LONG = re.compile(
    r"\b(?:\d+|a few|many|several|ten|twenty|thirty|forty|a couple of?) (?:yrs?|years?|"
    r"decades?|months?)\b|\bfor a living\b|\bmy (?:whole )?(?:life|career)\b"
)
_THEIRS_BEFORE = re.compile(r"\b(?:i|i'?ve|i have|been|we|i was|i used to|used to|i also)\s+$")
#: how near a time said before or after the verb it is read with (within one sentence)
_TOLD_NEAR = 80


def _work_verb_job(message: Message, index: NameIndex) -> tuple[str, tuple[int, int]] | None:
    """The job of a verb of work said as theirs: with how long or after "i"/"been"."""
    text = message.text
    for found in _WORK_VERB.finditer(text):
        start = text.rfind(".", 0, found.start()) + 1
        stop = min(
            (i for i in (text.find(c, found.end()) for c in ".;!?") if i >= 0), default=len(text)
        )
        around = text[max(start, found.start() - _TOLD_NEAR) : min(stop, found.end() + _TOLD_NEAR)]
        if not (_HOW_LONG.search(around) or _THEIRS_BEFORE.search(text[: found.start()])):
            continue
        if _wished(text[: found.start()]):
            continue  # "i want to be farming": a wish, not their work
        worker = _WORK_VERBS[found["verb"]]
        what = found["what"]
        for words in ([f"{singular(what)} {worker}"] if what else []) + [worker]:
            named = mention(words, index, exact=False).found
            if isinstance(named, Match) and _names_the_job(words, named.best.name):
                return named.best.slug, found.span()
    return None


def _doing_job(message: Message, index: NameIndex) -> tuple[str, tuple[int, int]] | None:
    """The job whose worker does what they say they do for a living: driving trucks is a
    truck driver's work, said with how long or where ("12 yrs", "for a living")."""
    if (told := _work_verb_job(message, index)) is not None:
        return told
    for found in _DOING.finditer(message.text):
        after = message.text[found.end() :]
        verb = found.group("verb")
        # "i drive trucks", "i fix cars": the present said plainly is what they do
        # (or a machine run, said first, tersely: "ran cnc machines there 24 yrs")
        habit = found.group(0).startswith("i ") and not verb.endswith("ing")
        # ("…after 31 yrs, ran CNC and press lines": a clause of its own too)
        clause_start = found.start() == 0 or message.text[: found.start()].rstrip()[-1:] in ",.;"
        habit = habit or (clause_start and verb in {"ran", "run"})
        habit = habit or (found["at"] is not None and verb.endswith("ing"))
        if not (habit or _MINE_AFTER.match(after) or _FOR_A_LIVING.match(after)):
            continue
        doing = verb if verb.endswith("ing") else f"{verb.removesuffix('e')}ing"
        doing = _RUN_IS.get(doing, doing)  # "ran cnc machines": operated them
        worker = worker_of(doing, index, EVERYDAY)
        if worker is None:
            continue
        words = f"{singular(found.group('what'))} {worker}"
        resolved = mention(words, index, exact=False).found
        best = resolved.best if isinstance(resolved, Match) else None
        if isinstance(resolved, Ambiguous) and resolved.candidates:  # the likeliest kind
            best = resolved.candidates[0]
        if best is not None and _names_the_job(words, best.name):
            return best.slug, found.span()
    for found in _DID_WORK.finditer(message.text):
        group = "what" if found.group("what") else "now"
        resolved = mention(found.group(group), index, exact=False).found
        if isinstance(resolved, Match) and resolved.best.score >= _SURE:  # "lab tech" whole
            return resolved.best.slug, found.span(group)
    for found in _DOING_ALONE.finditer(message.text):
        verb = found.group("verb") or found.group("shift_verb") or found.group("done")
        worker = worker_of(verb, index, EVERYDAY)
        if worker is None:
            continue
        named = mention(worker, index, exact=False).found
        if isinstance(named, Match) and not _other_thing(message.text, found, named, index):
            return named.best.slug, found.span()  # the worker's own word: "trucker", "roofer"
    return None


def _other_thing(text: str, found: re.Match[str], named: Match, index: NameIndex) -> bool:
    """The thing worked on, said after the verb, is not the one the worker's title names:
    "bolting doors on trucks" is no roof bolter's work."""
    thing = _THING_AFTER.match(text, found.end())
    if thing is None:
        return False
    words = {singular(w) for w in thing.group("thing").split()}
    title = index.title_words(named.best.slug)
    qualified = len(title) > 1
    return qualified and not words & title


#: what a verb works on, said right after it: "bolting doors on trucks"
_THING_AFTER = re.compile(
    r"\s+(?:the |some |a lot of )?(?P<thing>(?!(?:for|in|at|on|since|about|around|with|"
    r"professionally|full|part|now|and|but|\d)\b)[a-z]+(?: (?!(?:for|in|at|since|and|but)\b)"
    r"[a-z]+)?)"
)


_DID = re.compile(r"\b(?:used to do|i did|i'?ve done|i have done|i do)\s+$")


_AT_A_PLACE = re.compile(
    r"(?P<job>[a-z'/-]+(?: [a-z'/-]+)?) (?:at|in) (?:a|an|the) (?P<place>[a-z]+)"
)


def _titled_by(words: str, slug: str, index: NameIndex) -> bool:
    """The career's own title has the words said: "bookkeeping" for Bookkeeping, Accounting,
    and Auditing Clerks."""
    return {singular(w) for w in words.split()} <= index.title_words(slug)


def _names_work(said: Mention, index: NameIndex) -> bool:
    """Whether words ruled out name a career: a name said whole, or a word some career's own
    title has ("no more ladders" is no Ladder Operator, "no more trucking" no Tucking Machine
    Operator)."""
    found = said.found
    if isinstance(found, Match) and found.best.score < 1.0:
        words = said.said.split()
        return len(words) > 1 or index.in_titles(singular(words[0])) > 0
    return True


def _slugs_of(said: Mention, index: NameIndex | None = None) -> list[str]:
    """The careers a name ruled out stands for: a worker's word alone is every career its
    title names so ("not as a nurse": practical nurses and nurse practitioners too)."""
    found = said.found
    kinds = list(index.titled_by(said.said)) if index is not None else []
    if isinstance(found, Match):
        return [found.slug, *kinds]
    return [c.slug for c in found.candidates] + kinds if isinstance(found, Ambiguous) else []


def _said_job(
    message: Message, index: NameIndex, patterns: tuple[re.Pattern[str], ...] = _SAID_JOB
) -> tuple[str, tuple[int, int]] | None:
    """The job said as the person's own, and where its words are (they are no liking: "i
    work fast food" says nothing of liking food)."""
    for found in (m for pattern in patterns for m in pattern.finditer(message.text)):
        job = found.group("job")
        # "I've been drawing", "I'm working", "I'm done": an activity or a feeling, not a job;
        # but work said as done ("used to do bookkeeping") is the job whose title starts so
        first = job.split()[0] if job else ""
        everyday = all(w in EVERYDAY for w in job.split())
        done = _DID.search(message.text[: found.start("job")]) is not None
        done = done or _DONE_AFTER.match(message.text[found.end("job") :]) is not None
        # "and work roofing in las vegas": the work they do, said as work
        done = done or _WORK_LEAD.search(message.text[: found.start("job")]) is not None
        if _wished(message.text[: found.start("job")]):
            continue  # "can I work as a medical coder remotely?": a job asked about
        if len(job) < 3 or everyday or first in _NOT_JOBS or (first.endswith("ing") and not done):
            continue
        if _studying(message.text, *found.span("job")):
            continue
        # "a factory job", "my warehouse job": the job is the work's worker
        # ("laid off from a factory (assembly line)": a workplace alone is its worker too)
        workplace = _JOB_WORD.match(message.text[found.end("job") :]) or " " not in job
        said = [job, f"{job} worker"] if workplace else [job]
        # "server at a restaurant": the job with its workplace, as its name says it
        if placed := _AT_A_PLACE.fullmatch(job):
            said += [f"{placed['place']} {placed['job']}", placed["job"]]
        # "restaurant management": the work's worker, a restaurant manager
        *head, last = job.split()
        if head and (worker := worker_of(last, index)) is not None:
            said.append(" ".join((*head, worker)))
        elif not head and done and (worker := worker_of(last, index)) is not None:
            said.insert(0, worker)  # "the welding i do": a welder
        worked = found.group(0).startswith("work")  # "worked avionics for 8 years"
        for words in said:
            resolved = mention(words, index, exact=False).found
            best = resolved.best if isinstance(resolved, Match) else None
            if isinstance(resolved, Ambiguous) and resolved.candidates:
                best = resolved.candidates[0]
            slang = phrase(tuple(singular(w) for w in words.split())) is not None
            titled = (done or worked) and best is not None and _titled_by(words, best.slug, index)
            if best is not None and (slang or titled or _names_the_job(words, best.name)):
                return best.slug, found.span("job")
    return None


def _not_wished(dislikes: tuple[str, ...], wish: WishAsk) -> tuple[str, ...]:
    """The dislikes but one a figure wished for contradicts: "dont love pure software grind
    but ok with coding" wishes coding, so computer work is no dislike."""
    coding = wish.preferences.get("coding")
    if coding is not None and coding.want == "high":
        return tuple(d for d in dislikes if d != "computers")
    return dislikes


def _liked_over_field(wish: WishAsk, person: Person) -> WishAsk:
    """A field that is also a liking said ("psych"): the liking, judged on what the work asks
    to know, not the field's few titles."""
    return replace(wish, scope=tuple(s for s in wish.scope if s not in person.likes))


def personal(message: Message, found: list[Named], rest: str, index: NameIndex) -> WishAsk | None:
    """The shortlist request, when the message tells of the person or asks what fits them;
    ``rest``: the text with the careers it names blanked out."""
    text = message.text
    move = MOVE.search(text) is not None
    schooling = read_schooling(text)
    # "no more school", "can't afford nursing school": schooling, no career named
    schooled_words = schooling.spans if schooling is not None else ()
    options = [
        f
        for f in found
        if f.role in ("option", "self") and not _within(_span(message, f), schooled_words, False)
    ]
    first = options[0] if options else None
    own = [f for f in options if _own(message, f, move, f is first)]
    # "I'm a teacher… what can teachers switch into": their job named again is theirs
    own += [f for f in options if f not in own and any(_same_job(f, o) for o in own)]
    # a career's name said as an activity ("cooking is what I'm best at", "I hate selling")
    # is a liking or a dislike; said as a job ("be a teacher", "a nurse") it is a career
    # "I cook for my family", "I teach": work said as a verb is no job named
    as_job = [
        f
        for f in options
        if not _VERB.search(text[: _span(message, f)[0]])
        and not _LIKED.search(text[: _span(message, f)[0]])
        and (_JOB.search(text[: _span(message, f)[0]]) or _said_as_job(f))
    ]
    # "never worked as a welder": neither theirs nor ruled out
    never = [f for f in options if _NEVER_WAS.search(text[: _span(message, f)[0]])]
    ruled_out = [
        f
        for f in as_job
        if f not in (*own, *never) and DISLIKE.search(text[: _span(message, f)[0]][-40:])
    ]
    ruled_out += [
        f
        for f in options
        if f not in own
        and f not in ruled_out
        and (said_out(message, f) or turned_down(text, _span(message, f)[0]))
    ]
    ruled_out += _turned_down_with(message, options, ruled_out)
    # "isnt a nutritionist different from a dietitian?": how they differ, asked; neither out
    ruled_out = _unlikened(message, options, ruled_out)
    own = [f for f in own if f not in ruled_out]
    field_spans = _industries(text)
    current, job_span = _current_job(message, index, own, _named(message, options, own, never))
    marked = current is not None
    activities = [f for f in options if f not in own and f not in as_job and f not in ruled_out]
    refused = _no_likings(message, schooled_words, own)
    # (the words turning a career down are no liking: "airplane mechanic at an airport w my
    # record no way" likes no airports)
    taken = (
        *(_span(message, f) for f in found if f not in activities),
        *job_span,
        *refused,
        *(span for f in ruled_out if (span := _out_span(message, f)) is not None),
    )
    # a thing said to be lacking, in a wish no figure judges, is no dislike of it: "no car"
    # dislikes no cars (the wishes a trait stands nearest for, "benefits", keep theirs)
    unjudged = tuple(
        (f.start, f.end) for f in scope_in(text) if not f.judged and _LACKING.match(text, f.start)
    )
    # the surroundings wished, which no source rates, are no liking of their words: "a
    # quiet environment" wishes for no nature
    around = tuple((f.start, f.end) for f in scope_in(text) if f.name in _SURROUNDINGS)
    reading = read_person(
        text, current, (*taken, *around, *_employers(text)), (*field_spans, *unjudged)
    )
    # (a career asked about by name is never a liking's words: "what about tractor mechanic")
    swallowed = [
        f
        for f in options
        if f not in own
        and not _ASKED_ABOUT.search(_before(message, f))
        # "medical records sounds good": a career picked, whatever a liking's words in it
        and not shape("chosen").match(text[_span(message, f)[1] :])
        and _within(_span(message, f), reading.spans, f in activities)
    ]
    # "anything but retail": a career said with a dislike is ruled out, whatever its words
    ruled_out += [
        f
        for f in options
        if f not in (*own, *ruled_out, *swallowed, *never)
        and _unlikened(message, options, [f])
        and not _ASKED_ABOUT.search(_before(message, f))  # "…i just want to know about X"
        and not WHY_LEFT_OUT.search(_before(message, f))  # "why no technical writer?": asked
        and (
            DISLIKE.search(text[: _span(message, f)[0]][-40:])
            or _NOT_BEFORE.search(text[: _span(message, f)[0]])
        )
    ]
    unasked = (*own, *ruled_out, *swallowed, *never)
    asked_about = [
        f
        for f in options
        if f not in unasked
        and not _held(message, f)
        and not (reading.asks and _in_passing(message, f))
        and not _an_employer(message, f)
    ]
    asked_about, ruled_out = _beside_others(message, asked_about, ruled_out)
    if any(f not in ruled_out for f in asked_about):
        return None
    person = reading.person
    traits = bool(person.likes or person.dislikes or person.values)
    said_something = reading.said and traits
    schooled = schooling is not None
    marked = (
        marked and (current is not None) and (not own or any(_said_own(message, f) for f in own))
    )
    # "I don't want to be a farmer" said to a list: a career ruled out is said of themselves
    strong = (
        said_something
        or reading.asks
        or schooled
        or bool(ruled_out or (current and (move or marked)))
        # "i make about 48 now… anything that pays more that uses my court experience": what
        # they earn and what they know, told
        or (_paid_now(text) is not None and shape("my_background").search(text) is not None)
    )
    if not (strong or traits):
        return None
    spans = [
        *taken,
        *reading.spans,
        *_experience(text),
        *_where_they_work(text, [*(_span(message, f) for f in own), *job_span]),
    ]
    spans += [f for f in field_spans if any(f[0] < e and s < f[1] for s, e in reading.spans)]
    # a field said with a dislike ("hospitals give me anxiety") is left for the wishes to
    # read as one to stay out of
    if schooling is not None:
        spans += _schooling_words(text, schooling.spans, employed=current is not None)
    left = blank(rest, spans)
    wish = _with_years_left(_liked_over_field(wishes(message, left) or WishAsk(), person), text)
    if current is not None and CLIMB.search(text) and wish.preferences.get("salary") is None:
        # "what's the next step up" from a job: a move that pays more
        wish = replace(wish, preferences=wish.preferences.with_item(Preference("salary", "high")))
    named_out = [
        said
        for m in _RULED_OUT.finditer(text)
        if not any(a <= m.start("job") < b for a, b in schooled_words)  # "no more school"
        and not shape("workplace").fullmatch(m.group("job"))  # "not in an office": a place of work
        and _names_work(said := mention(m.group("job"), index, exact=False), index)
    ]
    excluded = tuple(
        dict.fromkeys(
            [
                *(
                    slug
                    for said in [*(f.mention for f in ruled_out), *named_out]
                    for slug in _slugs_of(said, index)
                ),
                *schools_turned_down(text),
            ]
        )
    )
    schooling = _schooling_meant(schooling, text, wish, employed=current is not None)
    person = replace(
        person,
        dislikes=_not_wished(person.dislikes, wish),
        leaving=current is not None and LEAVING.search(text) is not None,
        # (a degree from abroad said not to count is a schooling word, read no further: its
        # recognition is a wish no source judges)
        not_judged=tuple(dict.fromkeys((*wish.not_judged, *unjudged_meant(not_counted(text))))),
        excluded=excluded,
        paid=_paid_now(text) if current is not None else None,
        schooling=schooling.most if schooling else None,
        schooling_least=schooling.least if schooling else None,
        schooling_held=schooling.held if schooling else None,
    )
    return replace(
        wish,
        person=person,
        personal=True,
        # "ok forget police. what else besides dispatcher": careers set aside, nothing told
        # of themselves: the list changed
        refining=(wish.refining or _set_aside(message, ruled_out, current)) and not said_something,
        # only a trait's words, said plainly ("photography and making videos"): a career
        # named as plainly ("vet tech", "how long to learn welding") is asked about instead
        tentative=not strong,
        asking=reading.asks
        or cues.RECOMMEND_CUE.search(text) is not None
        or shape("list_wanted").search(text) is not None,
        # "least stressful jobs": the top of a trait's scale asked for
        superlative=wish.superlative or cues.SUPERLATIVE.search(text) is not None,
    )
