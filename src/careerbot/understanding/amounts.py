"""Numbers in preferences: "at least $150k", "under a year", "risk below 20%"."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from careerbot.careers.criteria import AttributeName
from careerbot.careers.model import Direction
from careerbot.understanding.lexicon import shape

_AT_LEAST = r"at least|min(?:imum)?|over|above|more than|no less than|>=|≥|>|from|starting at"
_AT_MOST = r"under|below|less than|at most|max(?:imum)?|no more than|within|<=|≤|<|up to|in|before"
_COMPARATOR = rf"(?:(?<!\w)(?:(?P<least>{_AT_LEAST})|(?P<most>{_AT_MOST}))(?!\w))?\s*"
_WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "eighteen": 18,
    "a couple of": 2,
    "a few": 3,
    "half a": 0.5,
}
_COUNT = r"\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True))
_DURATION = re.compile(
    rf"\b{_COMPARATOR}(?P<n>{_COUNT})\+?\s*(?P<unit>years?|yrs?|months?|mos?|weeks?)\b"
    # a bound said after the number: "3 months max", "a year tops", "2 years or less"
    r"(?P<after>\s+(?:max(?:imum)?|tops|at (?:the )?most|or (?:less|under|sooner))\b)?"
)
#: "six figures": a salary of $100,000 or more
_SIX_FIGURES = re.compile(r"\b(?:six|6)[- ]?fig(?:ure)?s?\b")
_PERCENT = re.compile(rf"{_COMPARATOR}(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")
_MONEY = re.compile(
    # (never a retirement plan: "no 401k", "a 403(b)")
    rf"{_COMPARATOR}(?P<dollar>\$|usd\s?)?\s*(?<![\d.])(?!(?:401|403|457)\s*\(?[kb]\b)"
    rf"(?P<n>\d{{1,3}}(?:[,\s]\d{{3}})+|\d+(?:\.\d+)?)\s*(?P<k>k\b|thousand\b|grand\b)?"
    r"(?P<hourly>\s*(?:/\s*h(?:ou)?r\b|an? h(?:ou)?r\b|per h(?:ou)?r\b|hourly\b|/\s*hour\b))?"
)
_RATE = re.compile(r"\b(?:hours?|hrs?|days?|shifts?|nights?|times?|twice|once|thrice)\s*$")
_SERVED_BEFORE = re.compile(r"\bbeen\b[^,.;!?]*\bfor(?:\s+(?:the )?(?:last|past))?\s*$")
_SERVED_AFTER = re.compile(
    r"\s*(?:of )?(?:experience|exp\b|ago\b|in (?:the|this|my) (?:job|field|industry|role|trade))"
)
#: a comparator that makes a duration a bound by itself; "in" and none need a clause about
#: learning ("learn it in 6 months", not "getting out of the army in 6 months")
_BOUND = re.compile(r"(?!in$)\S")
_LEARNING = re.compile(
    r"\b(?:learn\w*|train\w*|retrain\w*|school\w*|stud(?:y|ying)|course\w*|program\w*|"
    r"certif\w*|degree|qualif\w*|become|get (?:into|in|hired|started|certified|a job)|"
    # ("take a small pay cut for a year or two": the cut's time, no time to learn)
    r"switch\w*|transition\w*|takes?(?! (?:an? |some )?(?:\w+ )?(?:pay |salary )?(?:cut|hit|loss|"
    r"break)\b)|quick|fast|long|"
    r"start\w* (?:work\w*|earning|a (?:new )?(?:job|career))|"
    r"(?:be|get|getting) (?:working|hired|employed|paid))\b"
)
#: a time turned down, right before it: "don't want 12 yrs of school", "not 4 years"
_REFUSED = re.compile(
    r"\b(?:don'?t|do not|dont|won'?t|wont|can'?t|cant|cannot|not|no|never)(?: \w+){0,4}\s*$"
)
#: a full-time year, as OEWS turns hourly wages into annual ones
HOURS_A_YEAR = 2080
#: a demand score: "above 7", "8/10"; never a time ("won't disappear in 5 years")
_SCORE = re.compile(
    rf"{_COMPARATOR}(?P<n>\d+(?:\.\d+)?)(?:\s*/\s*10|\s*out of 10)?\b"
    r"(?!\s*(?:years?|yrs?|months?|mos?|weeks?|days?|decades?)\b)"
)


@dataclass(frozen=True, slots=True)
class Limit:
    criterion: AttributeName
    want: Direction
    value: float
    span: tuple[int, int]


#: money that is no pay: savings, debt, a price ("have like 2k saved", "30k in loans"), what
#: some months brought
_NOT_PAY_AFTER = re.compile(
    # ("200k+ debt": the amount's plus, then what it is)
    r"\+?\s*(?:(?:worth|in|of) )?(?:saved|in (?:savings|the bank|(?:student |school |credit card |"
    r"car |medical )?(?:debt|loans?))|savings|of (?:(?:student |credit card )?(?:debt|loans?)|"
    r"savings)|debt|(?:student )?loans?|owed|to spend|budget|"
    # a price of schooling: "150k on law school", "40k for a nursing program"
    r"(?:on|for|in) (?:(?:a|an|the|my|another|law|med|medical|grad|graduate|nursing|trade|vet|"
    r"dental|pharmacy|business|coding|art|film|culinary|more|\d+ (?:more )?(?:years?|yrs?) of) )*"
    r"(?:school(?:ing)?|college|tuition|a course|courses?|training|classes|degrees?|programs?|"
    r"bootcamps?|certifications?|mba|jd|llm))\b"
)
#: a pay said, then turned down: "38k isnt happening", "40k is a joke"
_TURNED_DOWN_AFTER = re.compile(
    r"\s*(?:isn'?t|is not|aint|ain'?t|not) happening|\s*(?:is|'s) (?:a joke|nothing|too low|"
    r"not enough|way too low|laughable)"
)
_NOT_PAY_BEFORE = re.compile(
    r"\b(?:saved|save|savings of|owe|debt of|loans? of|spent|spend|cost|costs|budget of|afford|"
    # money raised or given: "the PTO fundraiser… raised 22k"
    r"raised|raising|collected|donated|fundraised|brought in for|"
    # what they pay out: "rent (like 1400/mo for my half)", "my mortgage is 2k"
    r"(?:rent|mortgage|bills?|car (?:payment|note)|childcare|daycare|insurance|utilities)"
    r"(?: is| are| runs?| costs?| of)?[\s(]*(?:(?:my|like|about|around|roughly)\s*)*|"
    # what some months bring, told: "income is all over the place, some months 5k"
    r"(?:some|most|good|bad|slow|busy|other|best|worst) (?:months?|weeks?|seasons?|years?)"
    r"(?: i (?:make|get|earn|bring in|pull|clear))?)"
    r"(?: up)?(?: like| about| around)?\s*$"
)


#: a doubled question mark, a figure or a remark said back in doubt: "-6%??", "?!?"
DOUBLED_MARK = re.compile(r"\s*[?!]*\?[?!]*\?")
#: a figure as people say one back: "-13%", "5k openings", "$95k"
FIGURE = r"(?:\$\s?)?[-+]?\d[\d,.]*\s*(?:k\b|%|grand\b|(?:openings?|jobs?)\b)"
#: a time shown, doubted: "under a month seems way too fast", "4 years sounds wrong", "but
#: 2-4 yrs training??"
_DOUBTED_AFTER = re.compile(
    r"\s*(?:seems?|sounds?|looks?|feels?|is|'s)\s+(?:way |really |kinda |a bit |pretty |so |"
    r"super |like )*(?:too (?:fast|quick|short|long|slow|good)|wrong|off|crazy|insane|unreal|"
    r"fast|quick|short|unrealistic|suspicious|sus|fishy)\b|"
    r"\s*(?:(?:of )?(?:training|school(?:ing)?|college|experience|programs?|apprenticeship|"
    r"residency)\s*)?" + DOUBLED_MARK.pattern.removeprefix(r"\s*")
)
#: pay shown, doubted: "120k seems really high for someone starting out", "98k??"
PAY_DOUBTED_AFTER = re.compile(
    r"\s*(?:seems?|sounds?|looks?|feels?|is|'s)\s+(?:way |really |kinda |a bit |pretty |so |"
    r"super |like |a little )*(?:too )?(?:high|low|much|little|a lot|crazy|insane|unreal(?:istic)?|"
    r"wrong|off|good to be true|generous)\b|" + DOUBLED_MARK.pattern
)
#: pay asked whether true: "is 64k right for a health coach", "is the 78k for conductors
#: legit?", "is 75k realistic starting out"
_ASKED_TRUE_BEFORE = re.compile(r"\b(?:is|are|was|isn'?t)(?:\s+(?:the|that|this))?\s*\$?$")
_ASKED_TRUE_AFTER = re.compile(
    r"\s*(?:(?:for|as) (?:an? |the )?[\w' -]{1,40}?\s+)?(?:really |actually |even )?"
    r"(?:right|legit|accurate|realistic|correct|true|real|for real|believable|typical|normal|"
    r"the norm|a lie|cap|reliable)\b"
)
#: the rest of a range of thousands after its low end: "70-80k", "60 to 70 grand"
_RANGE_UP = re.compile(r"\s*(?:-|–|to)\s*\$?\d+(?:\.\d+)?\s*(?:k|thousand|grand)\b")
_CEILING = re.compile(r"\b(?:max|maximum|at most|under|below|no more than|less than|up to)\b")


#: pay they say they earn now, before its amount: "i make 58k", "pay is great ~190k"
_PAID_NOW = re.compile(
    r"\b(?:i (?:make|earn|get paid|bring in|take home|made|earned)|(?:i'?m|im|i am|currently|now) "
    r"(?:making|earning|on|at)|(?:^|[,.;!?]\s*)(?:currently|rn|right now)|"
    # the subject left out of its own clause: "waiter at a diner, make like 30k w tips"
    # (said with a hedge, as pay is told: "make 100k or more" is a wish)
    r"(?:^|[,.;!?]\s*)(?:make|making|earn|earning|bring in|bringing in|clear|clearing)"
    r"(?= (?:like|about|around|roughly|maybe|only|just|barely)\b)|"
    r"(?:my |the )?(?:pay|salary|income|wages?|average|avg|typical year|normal year) (?:is|was|'s|"
    r"are)|"
    # "the pay has plateaued around 62k": what they earn, and no more to come
    r"(?:my |the )?(?:pay|salary|income|wages?) (?:has |have |kinda |sort of )?(?:plateaued|"
    r"stalled|capped|topped out|maxed out|flatlined|been stuck)(?: out)?(?: at| around)?|"
    # "my salary of 58k" is theirs; "a salary of at least 60k" is wished
    r"(?:my|current|present) (?:pay|salary|income|wages?) of"
    r"(?: \w+)?)\s*(?:(?:about|around|like|roughly|almost|nearly|over|close to|closer to|"
    r"more like)\s*|~|\$)*$"
)
#: money said by the month: "need 4k a month" is 48k a year
_MONTHLY = re.compile(r"\s*(?:(?:a|per|/|each|every|an?)\s*(?:month|mo)\b|monthly\b)")
#: more pay than that wished in the same clause: "i make 58k and want more"
_MORE_WISHED = re.compile(r"\b(?:more|better|higher|raise|increase|bump|step up)\b")


_DIGIT = re.compile(r"\d")
#: a word of ``_NOT_PAY_AFTER`` or ``_NOT_PAY_BEFORE``, one of which money that is no pay has
_NOT_PAY_WORDS = re.compile(
    r"\b(?:saved?|savings|bank|debt|loans?|owed?|spend|spent|budget|costs?|afford|school|tuition|"
    r"raised|raising|collected|donated|fundraised|rent|mortgage|bills?|"
    r"course|training|classes|months?|weeks?|seasons?)\b"
)


def not_pay(text: str) -> list[tuple[int, int]]:
    """Where the text says money that is no pay, with what says so ("38k in student loans",
    "have like 2k saved"): read before those words are taken by other readings."""
    spans: list[tuple[int, int]] = []
    if not (_DIGIT.search(text) and _NOT_PAY_WORDS.search(text)):
        return spans  # money in figures, with what makes it no pay: most messages hold none
    for match in _MONEY.finditer(text):
        after = _NOT_PAY_AFTER.match(text, match.end())
        if after is not None:
            spans.append((match.start(), after.end()))
        elif _NOT_PAY_BEFORE.search(text[: match.start()]):
            spans.append(match.span())
    return spans


def _money(clause: str, criteria: Collection[str]) -> Limit | None:
    if six := _SIX_FIGURES.search(clause):
        return Limit("salary", "high", 100_000, six.span())
    if cut := _CUT_TO.search(clause):
        # "i'd take a cut to like 70": down to that much, and no lower
        number = float(cut.group("n").replace(",", ""))
        return Limit("salary", "high", number * 1000 if number < 1000 else number, cut.span())
    for match in _MONEY.finditer(clause):
        if _NOT_PAY_AFTER.match(clause[match.end() :]) or _NOT_PAY_BEFORE.search(
            clause[: match.start()]
        ):
            continue
        if _TURNED_DOWN_AFTER.match(clause[match.end() :]):
            continue  # "tire changer at 38k isnt happening": a pay turned down, no floor
        if PAY_DOUBTED_AFTER.match(clause[match.end() :]) and not _bounded(match):
            continue  # "120k seems really high for someone starting out": a figure doubted
        if _ASKED_TRUE_BEFORE.search(clause[: match.start()]) and _ASKED_TRUE_AFTER.match(
            clause, match.end()
        ):
            continue  # "is 64k right for a health coach": a figure asked whether true
        if _PAID_NOW.search(clause[: match.start()]) and not _MORE_WISHED.search(clause):
            continue  # "pay is great ~190k": what they earn, no floor unless more is wished
        if (
            not match.group("k")
            and (rest := _RANGE_UP.match(clause, match.end()))
            and not _CEILING.search(clause)
            and not _NOT_PAY_AFTER.match(clause[rest.end() :])
        ):
            # "like 70-80k min": a floor said as a range is its low end
            return Limit("salary", "high", _said_number(match) * 1000, match.span())
        number = _by_the_year(match, clause)
        marked = match.group("dollar") or match.group("k") or _hourly(match, clause)
        if (marked or ("salary" in criteria and number >= 1000)) and number >= 1000:
            want = _want(match, "high")
            if (match.group("most") or "").startswith(("below", "under", "less")) and (
                _REFUSED_BELOW.search(clause[: match.start()])
            ):
                want = "high"  # "i can't go below 55k", "nothing under 50k": a floor
            return Limit("salary", want, number, match.span())
    return None


#: pay below an amount refused, the refusal said before "below": "i cant really go below",
#: "nothing under", "won't take less than"
_REFUSED_BELOW = re.compile(
    r"\b(?:can'?t|cant|cannot|won'?t|wont|not|never|nothing|don'?t|dont|refuse to|no way)"
    r"(?:\s+\w+){0,3}\s*$"
)


#: a pay cut taken down to a figure: "i'd take a cut to like 70", "pay cut down to 60k"
_CUT_TO = re.compile(
    r"\b(?:pay |salary )?cut (?:down )?to (?:like |about |around |maybe |roughly )?\$?"
    r"(?P<n>\d{2,3}(?:,\d{3})?)(?: ?k)?\b"
)


_HOURLY_AFTER = re.compile(r"\s*(?:bucks|dollars|usd)\s*(?:an?|per|/)\s*h(?:ou)?r\b")


def paid_now(text: str) -> float | None:
    """The yearly pay they say they earn now ("i make 58k", "currently around 70k", "i make
    closer to 55 w tips"), or None. Said after what they earn, a bare number from 20 to 300
    is thousands a year, as people say their pay."""
    for match in _MONEY.finditer(text):
        if not _PAID_NOW.search(text[: match.start()]) or _NOT_PAY_AFTER.match(text[match.end() :]):
            continue
        if _NOT_PAY_BEFORE.search(text[: match.start()]):
            continue  # "some years i make 90k some years 30k": no one pay they earn
        number = _by_the_year(match, text)
        if 20 <= number <= 300 and not (match.group("dollar") or _hourly(match, text)):
            number *= 1000
        if number >= 10_000:
            return number
    return None


def _said_number(match: re.Match[str]) -> float:
    return float(re.sub(r"[,\s]", "", match.group("n")))


def _hourly(match: re.Match[str], text: str) -> bool:
    """Money said by the hour: "$25/hr", "40 an hour", "20 bucks an hour"."""
    return bool(match.group("hourly") or _HOURLY_AFTER.match(text, match.end()))


def _by_the_year(match: re.Match[str], text: str) -> float:
    """An amount of money as a year's pay: thousands said ("58k"), an hour's pay over
    OEWS's 2,080 hours, a month's over twelve."""
    number = _said_number(match) * (1000 if match.group("k") else 1)
    if _hourly(match, text) and 5 <= number <= 500:
        return number * HOURS_A_YEAR
    if _MONTHLY.match(text, match.end()) and 500 <= number <= 50_000:
        return number * 12
    return number


def _bounded(match: re.Match[str]) -> bool:
    """Whether a number is said with a bound ("under 2 years", "at least 60k")."""
    return bool(match.group("most") or match.group("least"))


def _count(text: str) -> float:
    return _WORD_NUMBERS.get(text) or float(text)


def _want(match: re.Match[str], default: Direction) -> Direction:
    if "after" in match.re.groupindex and match.group("after"):
        return "low"
    if match.group("least"):
        return "high"
    if match.group("most"):
        return "low"
    return default


def find_limit(clause: str, criteria: Collection[str]) -> Limit | None:
    """The first number in ``clause`` that belongs to one of the criteria it mentions
    (a duration or a percentage speaks for itself; "a year" after pay is not one)."""
    money = _money(clause, criteria)
    if money is not None:
        return money
    # a time said of AI or demand ("won't be replaced in 10 years") is a horizon, not a
    # limit on time to learn, unless learning is what the clause is about
    learning = "learning_curve" in criteria or bool(_LEARNING.search(clause))
    # ("something growing i could get into in a year": the way in, said, is learning's)
    horizon = {"ai_risk", "demand"} & set(criteria) and not learning
    # "40 hrs a week", "3 days a week": a schedule, not a time to learn
    # "been doing this for 3 years", "5 years of experience": time served, not a limit
    # "paralegal 5 years", "out of the army in 6 months": a time of their own life, unless
    # the clause is about learning or the number is said as a bound ("under a year")
    durations = (
        m
        for m in _DURATION.finditer(clause)
        if (
            _BOUND.match((m.group("most") or m.group("least") or m.group("after") or "").strip())
            or learning
        )
        and not _RATE.search(clause[: m.start()])
        and not _SERVED_BEFORE.search(clause[: m.start()])
        and not _SERVED_AFTER.match(clause[m.end() :])
        # ("2-4 yrs training??" doubts the figure shown; "under 2 years??" still bounds)
        and not (_DOUBTED_AFTER.match(clause[m.end() :]) and not _bounded(m))
    )
    if not horizon and (match := next(durations, None)):
        unit = match.group("unit")
        months = _count(match.group("n")) * (
            12 if unit.startswith("y") else 0.25 if unit.startswith("w") else 1
        )
        if _REFUSED.search(clause[: match.start()]) or shape("refused_after").match(
            clause, match.end()
        ):
            # "don't want 12 yrs of school", "4 years of school is not happening": under that
            months -= 1
        return Limit("learning_curve", _want(match, "low"), months, match.span())
    paid = ("salary" in criteria or shape("paid").search(clause)) and "ai_risk" not in criteria
    match = _PERCENT.search(clause)
    if match and PAY_DOUBTED_AFTER.match(clause, match.end()) and not _bounded(match):
        match = None  # "game warden is shrinking -6%??": the figure shown, doubted
    if match and not paid:
        # a percentage said of growth is growth's; said of pay, a percentile of it, no limit
        # ("what do the top 10% make"); otherwise it is an AI figure's
        if "demand" in criteria and "ai_risk" not in criteria:
            return Limit("demand", _want(match, "high"), float(match.group("n")), match.span())
        # (a bare one bounds only when said as a bound: "under 20%", never "the GI bill
        # full 100%" or "100% remote")
        if "ai_risk" in criteria or (
            _bounded(match) and not shape("percent_of_self").search(clause)
        ):
            return Limit("ai_risk", _want(match, "low"), float(match.group("n")), match.span())
    if "demand" in criteria and (match := _SCORE.search(clause)):
        number = float(match.group("n"))
        if number <= 10:
            return Limit("demand", _want(match, "high"), number, match.span())
    return None


def time_to_learn_left(text: str) -> Limit | None:
    """A bound on time to learn from the years left to work ("i'd like to work maybe 4
    more years", "retire in 5 years"): at most half of them, so the work repays the
    training (docs/catalog-build.md)."""
    found = shape("years_left").search(text)
    if found is None:
        return None
    if found.group("n") and not (
        _MORE_YEARS.search(found.group(0))
        or _TO_COME.search(text[: found.start()])
        or found.group(0).startswith(("keep", "stay", "need"))
    ):
        return None  # "been doing admin work for 20 yrs": years served, not years left
    said = found.group("n") or found.group("m") or found.group("r")
    months = _count(said) * 12 * LEFT_SHARE
    return Limit("learning_curve", "low", months, found.span())


#: years said to come: "work maybe 4 more years", "another 10 years"
_MORE_YEARS = re.compile(r"\b(?:more|another|other)\b")
#: work wished or planned, said before its years: "i'd like to work 10 years"
_TO_COME = re.compile(
    r"\b(?:want|wanna|like|plan|planning|need|needs|hope|hoping|could|can|will|gonna|going|"
    r"would|'d|got|have|able|keep|stay|expect)\b(?: to)?\s*$"
)
#: the share of the years left to work that the way in may take
LEFT_SHARE = 0.5
