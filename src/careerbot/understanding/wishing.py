"""Wishes: what is left of a message once its career names are read, as preferences
(``wish_reading``), fields it is limited to, and wishes no figure judges."""

from __future__ import annotations

import re
from dataclasses import replace

from careerbot.careers.fields import outside
from careerbot.recommend.preferences import (
    KEPT_PAY,
    SIMILAR_CUT,
    SIMILAR_PAY,
    TYPICAL_PAY,
    Preference,
    Preferences,
)
from careerbot.understanding import cues
from careerbot.understanding.amounts import not_pay, paid_now
from careerbot.understanding.lexicon import shape
from careerbot.understanding.message import Message
from careerbot.understanding.person_reading import DISLIKE, DISLIKE_AFTER
from careerbot.understanding.requests import WishAsk
from careerbot.understanding.scope import blank, names, scope_in
from careerbot.understanding.wish_reading import read_wishes
from careerbot.understanding.wish_words import BIG_CUT, CONTENT, ENOUGH, KEPT, SIMILAR

#: enough pay wished beside pay said to be fine: "pay is great… dont mean going broke"
_BROKE = re.compile(r"\b(?:going|go|being|end up) broke\b")
_OUTSIDE = re.compile(r"\b(?:outside|out of)\s+$")
_AI = re.compile(r"\b(?:ai|a\.i\.|automation|automated|robots?|chatgpt|llms?)\b")
_SAFE = re.compile(r"\bsafe(?:r|st)?\b|\bwon'?t (?:disappear|go away|be replaced)\b")


#: their field kept while leaving a part of it: "still use my nursing", "stay in healthcare"
_KEPT_ON = re.compile(
    r"\b(?:still|but) (?:use|using|keep|keeping|stay|staying|work|working) (?:my|in|with)\b|"
    r"\b(?:keep|keeping)(?: using| my| in)+ (?:my )?(?:\w+ )?(?:license|licence|degree|skills|"
    r"training|nursing|field)\b"
)


_AS_REASON = re.compile(
    r"\b(?:bc|b/c|cuz|cause|coz|because|due to|thanks to)(?: of)?"
    r"(?: (?:my|some|the|all the|all this|this|that|his|her))? $"
)


#: a leaving denied, which keeps the field: "I don't want to leave healthcare totally"
_STAYING = re.compile(
    r"\b(?:(?:don'?t|dont|do not|doesn'?t|never|won'?t|wont|not|rather not) (?:really |totally )?"
    r"(?:want to |wanna |going to |gonna |plan(?:ning)? to |trying to )?(?:leave|leaving|quit|"
    r"quitting|get out of|give up|walk away from|throw away|waste|lose|abandon)|stay(?:ing)? in|"
    r"remain(?:ing)? in)\b"
    r"[^,.;!?]{0,32}$"
)


#: what others earn, told or doubted, to the clause's end: "game devs dont make 136k thats
#: google money", "they barely earn 40k" (not "jobs where they make 100k": a wish)
_OTHERS_EARN = re.compile(
    r"\b(?!i\b)(?<!where )(?<!that )(?<!which )(?:they|[a-z]+s) (?:don'?t|dont|do not|never|"
    r"barely|only|actually|really) (?:make|earn|get paid|pull in|bring in|clear)\b[^,.;!?]*"
)
#: fields named by what they are without: "no degree", "without a license", "no math"
_SAID_AS_NOT = frozenset({"no_degree", "no_licence", "low_math"})


#: where others go or work: "friends are going into sales", "my brother works in tech"
_OTHERS_GO = re.compile(
    r"\b(?:friends?|everyone|everybody|people|classmates|teammates|they|(?:my|his|her) (?:\w+ )?"
    r"(?:friends?|brother|sister|cousin|dad|mom|father|mother|parents?|wife|husband|partner|"
    r"roommate|boyfriend|girlfriend|uncle|aunt))\b(?: all| both)? (?:are|is|was|were|went|go|goes|"
    r"going|got|work|works|worked|working)\b[^,.;!?]{0,20}$"
)
#: a thing likened to another: "that was like nursing school", "its basically sales"
_LIKENED_TO = re.compile(
    r"\b(?:that|it|this|thats|its|that'?s|it'?s)(?: is| was| were)? (?:like|basically|just|"
    r"kinda like|kind of like|pretty much|the same as|same as)(?: just)? (?:an? |the )?$"
)
#: a time spent at a place, told: "last 4 at a pretty busy restaurant", "12 yrs in kitchens"
_TIME_AT = re.compile(
    r"\b(?:\d+|a few|some|many|several|a couple(?: of)?)\s*(?:yrs?|years?|months?|mos?|decades?)?"
    r"(?: (?:now|total|straight))? (?:at|in) (?:a|an|the|my|our|this|that|one)? ?(?:[a-z]+ ){0,2}$"
)
#: a degree's subject, said: "an associates in", "a degree in", "my BA in"
_DEGREE_IN = re.compile(
    r"\b(?:degree|associate'?s|associates|bachelor'?s|bachelors|master'?s|masters|ba|bs|bsc|"
    r"diploma|certificate|major|majored) (?:in|of) $"
)
#: said as long ago: "from way back", "years ago", "that i never used"
_LONG_AGO = re.compile(
    r"\s*(?:(?:from )?(?:way back|back in the day|years ago|ages ago|a long time ago|long ago|"
    r"decades ago)|(?:that )?i (?:never|don'?t|dont) use)\b"
)
#: one's own: "my education", "my license and education"
_MINE = re.compile(r"\b(?:my|our) (?:\w+ (?:and|&) )?$")
#: a staying denied, which turns from the field: "I don't want to stay in academia"
_NOT_STAYING = re.compile(
    r"\b(?:don'?t|dont|do not|doesn'?t|never|won'?t|wont|not|rather not|no longer) (?:really )?"
    r"(?:want to |wanna |going to |gonna |plan(?:ning)? to |trying to )?(?:stay|remain)(?:ing)? in"
    r"[^,.;!?]{0,20}$"
)


def _turned_from(text: str, start: int, end: int) -> bool:
    before = text[:start][-40:]
    if _NOT_STAYING.search(before):
        return True
    if _STAYING.search(before):
        return False
    outside = _OUTSIDE.search(before) is not None  # "something outside schools"
    return bool(outside or DISLIKE.search(before) or DISLIKE_AFTER.match(text[end:]))


#: a thing, then the field it is found in: "tired of the instability in media", "all the
#: politics in healthcare": neither the field asked for nor turned from
_WHERE_IT_IS = re.compile(
    r"\b(?:the|all the|all this|this|that) (?!(?:jobs?|careers?|work|roles?|options?|positions?|"
    r"ones?|fields?|areas?|kinds?|types?|sorts?)\b)\w+ (?:in|of|at) (?:the )?$"
)


_SURPRISED = re.compile(
    r"\b(?:pays?|paid|makes?|earns?|grows?|growing)\s+(?:way |a lot |much |so much |a bit )?"
    r"(?:more|less|better|worse|higher|lower|faster|slower)\s+than\s+(?:i|we|you|u)\s+"
    r"(?:thought|expected|figured|imagined|realized|realised|guessed|assumed)\b"
)
#: the list said to be changed, whatever is on screen now: "can u redo my list"
_OF_THE_LIST = re.compile(r"\b(?:(?:my|the|that|this) list|redo|re-do|list again)\b")
#: people or firms of a field that one worked with, after the field's words
_SERVED = re.compile(
    r"\s+(?:hires|hiring|candidates|clients|customers|accounts|recruits|students|patients|"
    r"companies|firms|startups|teams)\b"
)


#: what a field does, said right after it: it is told of, not asked for
_TOLD_OF = re.compile(
    r"\s+(?:(?:in|around|near|at) (?:my|our|the|this) \w+ )?(?:are|is|were|was|have|has|keep|"
    r"kept|got|get)\s+(?:all\s+|now\s+|slowly\s+|already\s+)?(?:moving|switching|going|cutting|"
    r"laying|closing|shutting|replacing|automating|dying|being)\b"
)


#: a verdict on what a field's word names where they work: "management has gotten worse"
_JUDGED = re.compile(
    r"\s+(?:(?:job )?market\s+|jobs\s+|world\s+|life\s+)?(?:(?:has|have|is|are|was|were|'s)\s+)?"
    r"(?:(?:gotten|got|getting|become|been|gone)\s+)?(?:so |really |way |even |super |pretty |"
    r"kinda )?(?:worse|bad|terrible|awful|toxic|horrible|a mess|a nightmare|downhill|sucks?|"
    r"useless|clueless|brutal|rough|saturated|oversaturated|dead|dying|impossible)\b"
)


#: what a machine does to the work, said after it: "computers take it over", "tech will replace"
_TAKES_OVER = re.compile(
    r"\s+(?:will |gonna |going to |did |have |has |had |are |is |already )?(?:take|taking|took|"
    r"taken|replace|replacing|replaced|kill|killing|killed|eat|eating|automate|automating)\b"
)


def wishes(message: Message, rest: str) -> WishAsk | None:
    # what the asker says of themselves is no wish: "I worked in retail for 6 years" is
    # neither a field asked for nor a limit on time to learn; but "I'm an introvert" is a
    # wish no figure judges, and said so
    # money that is no pay goes first: its words ("student loans") may be a wish no figure
    # judges, blanked next, which would leave the amount alone to read as pay
    # (read over the whole message: the words that make it no pay, "some months", may be
    # blanked from the rest already)
    whole = message.text if len(message.text) == len(rest) else rest
    rest = blank(rest, not_pay(whole))
    # a figure met with surprise is no wish: "the animator one pays more than i thought"
    rest = blank(rest, [m.span() for m in _SURPRISED.finditer(rest)])
    # what others earn, doubted: "game devs dont make 136k thats google money"
    rest = blank(rest, [m.span() for m in _OTHERS_EARN.finditer(whole)])
    unjudged = [f for f in scope_in(rest) if not f.judged]
    rest = blank(rest, [(f.start, f.end) for f in unjudged])
    rest = blank(rest, [m.span() for m in shape("my_background").finditer(rest)])
    rest = blank(rest, [m.span() for m in shape("disowned").finditer(rest)])
    # "AI is eating my rates. what's safer?": safe from AI, not from harm
    from_ai = _AI.search(message.text) is not None
    if from_ai:
        unjudged = [f for f in unjudged if f.name != "physical danger"]
    rest = blank(rest, [m.span() for m in cues.ABOUT_ME.finditer(rest)])
    # a field said with a dislike is one to stay out of: "anything but healthcare"
    judged = [f for f in scope_in(rest) if f.judged]
    # a field said in a negation of its own ("no degree") is never turned from by another
    # ("no license needed and no degree")
    away = [f for f in judged if f.name not in _SAID_AS_NOT and _turned_from(rest, f.start, f.end)]
    judged = [f for f in judged if not _WHERE_IT_IS.search(rest[: f.start])]
    # a field said as a reason is no field asked for: "dropped out bc of mental health stuff"
    judged = [f for f in judged if not _AS_REASON.search(rest[: f.start])]
    # their own, no field asked for: "I don't want to throw away my license and education"
    judged = [f for f in judged if not _MINE.search(rest[: f.start])]
    # what a career shown is likened to: "midwife in 1 year?? i thought that was like
    # nursing school"
    judged = [f for f in judged if not _LIKENED_TO.search(rest[max(0, f.start - 40) : f.start])]
    # where they have worked a while, told: "sous chef last 4 at a pretty busy restaurant"
    judged = [f for f in judged if not _TIME_AT.search(rest[max(0, f.start - 60) : f.start])]
    # a degree's field held long since: "have an associates in business from way back"
    judged = [
        f
        for f in judged
        if not (_DEGREE_IN.search(rest[: f.start]) and _LONG_AGO.match(rest, f.end))
    ]
    # an employer's trade: "in B2B sales for a medical supply company"
    employers = [m.span("what") for m in shape("employer").finditer(rest)]
    judged = [f for f in judged if not any(a <= f.start and f.end <= b for a, b in employers)]
    # others' paths, no field asked for: "friends are going into sales but idk"
    judged = [f for f in judged if not _OTHERS_GO.search(rest[max(0, f.start - 60) : f.start])]
    # the field of those they served is no field asked for: "mostly engineering hires"
    judged = [f for f in judged if not _SERVED.match(rest, f.end)]
    # a field told of, its doings said: "courts in my county are moving to digital audio";
    # or judged: "management has gotten worse" (the managers where they work)
    judged = [f for f in judged if not (_TOLD_OF.match(rest, f.end) or _JUDGED.match(rest, f.end))]
    # a threat to the work, no field asked for: "did computers take it over"
    judged = [f for f in judged if not _TAKES_OVER.match(rest, f.end)]
    away = [f for f in away if f in judged]
    areas = [f for f in judged if f not in away]
    # asked for as well ("higher in healthcare, but can't afford nursing school"): asked for
    away = [f for f in away if f.name not in names(areas)]
    if _KEPT_ON.search(message.text):  # "out of bedside but still use my nursing"
        away = []
    # "outside" said of a field turned from is no wish for outdoor work
    said_outside = [
        (m.start(), m.end())
        for f in away
        if (m := _OUTSIDE.search(rest, max(0, f.start - 40), f.start)) is not None
    ]
    wishes_left = blank(rest, [*((f.start, f.end) for f in judged), *said_outside])
    wishes = read_wishes(" ".join(wishes_left.split()))
    preferences = wishes.preferences
    if from_ai and _SAFE.search(message.text) and preferences.get("ai_risk") is None:
        preferences = preferences.with_item(Preference("ai_risk", "low"))
    pay = preferences.get("salary")
    if (
        pay is not None
        and pay.limit is None
        and CONTENT.search(message.text)
        and not _BROKE.search(message.text)  # "pay is great… but without going broke"
    ):
        # "pay is ok but…": nothing asked of pay
        preferences = Preferences(tuple(p for p in preferences.items if p is not pay))
        pay = None
    preferences = _pay_meant(preferences, pay, message.text)
    if not preferences and not areas and not away and not unjudged:
        return None
    # "and remote too", "without a degree", "no coding", "remote?": said to the ranking on
    # screen; "I want remote work" starts afresh
    refining = bool(cues.REFINE.search(message.text.strip(" ?!."))) or len(message.words) <= 2
    refining = refining or _OF_THE_LIST.search(message.text) is not None
    relative = (
        pay is not None
        and pay.want == "high"
        and pay.limit is None
        and shape("more_pay").search(message.text) is not None
    )
    return WishAsk(
        # "what about no degree ones": careers asked for, not a question of the card shown
        asking=shape("list_wanted").search(message.text) is not None,
        afresh=shape("taken_back").match(message.text) is not None,
        relative=relative,
        preferences=preferences,
        scope=(*names(areas), *(outside(name) for name in names(away))),
        not_judged=names(unjudged),
        refining=refining,
        # "which has the lowest AI risk?", "what about the most in demand": a new ranking
        fresh_criteria=wishes.superlative,
        superlative=wishes.superlative,
    )


def _pay_meant(preferences: Preferences, pay: Preference | None, text: str) -> Preferences:
    """Pay wished as it is now, or enough to live on: the floor each says."""
    as_now = next(
        (m for said, m in ((KEPT, KEPT_PAY), (SIMILAR, SIMILAR_PAY)) if said.search(text)),
        None,
    )
    if as_now == KEPT_PAY and BIG_CUT.search(text):
        as_now = SIMILAR_PAY  # "can't take a big pay cut": a small one is taken
    if pay is not None and pay.limit is None and as_now and (now := paid_now(text)):
        # "i make closer to 55 w tips so i cant take a pay cut": their own pay is the floor
        # (about it: a little under too), not what the job pays in the survey
        floor = now if as_now == KEPT_PAY else now * (1 - SIMILAR_CUT)
        own = replace(pay, want="high", weight=1.0, hard=True, limit=round(floor, -2))
        preferences = preferences.with_item(own)
    elif pay is not None and pay.limit is not None and as_now == SIMILAR_PAY:
        # "pays close to what i make now (~68k)": about that figure, a little under it too
        cut = replace(pay, limit=round(pay.limit * (1 - SIMILAR_CUT), -2))
        preferences = preferences.with_item(cut)
    elif pay is not None and pay.limit is None and as_now:
        # "can't take a pay cut", "something that pays about the same (is fine)": what their
        # job pays, a floor from it that orders nothing (with no job said, nothing to keep)
        kept = replace(pay, want="high", weight=1.0, hard=False, measure=as_now)
        preferences = preferences.with_item(kept)
    elif pay is not None and pay.want == "high" and pay.limit is None and ENOUGH.search(text):
        # "need stable income", "that pay ok": enough to live on, held to the typical wage
        # and never ordered by, nor a must of high pay
        preferences = preferences.with_item(replace(pay, hard=False, measure=TYPICAL_PAY))
    elif pay is not None and pay.hard and pay.limit is None and pay.measure is None:
        # "i need to make more money": more pay, wished; a must of pay needs its figure
        preferences = preferences.with_item(replace(pay, hard=False))
    return preferences
