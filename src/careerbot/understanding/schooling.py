"""How much schooling a person has or will take on, as the highest typical entry education
(BLS Employment Projections' categories) a career may ask of them: "no college", "I only
have a GED", "a one-year certificate", "max 2 years of school", "not grad school"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from careerbot.recommend.person import AS_HELD

NONE = "No formal educational credential"
HIGH_SCHOOL = "High school diploma or equivalent"
CERTIFICATE = "Postsecondary nondegree award"
ASSOCIATE = "Associate's degree"
BACHELOR = "Bachelor's degree"
MASTER = "Master's degree"
DOCTORAL = "Doctoral or professional degree"
ORDER = (
    NONE,
    HIGH_SCHOOL,
    "Some college, no degree",
    CERTIFICATE,
    ASSOCIATE,
    BACHELOR,
    MASTER,
    DOCTORAL,
)

_TWO = r"(?:2|two)"
_UP_TO = (
    r"(?:max(?:imum)?|at most|no more than|up to|only|just|can'?t do more than|cannot do more "
    r"than|not more than|less than|under|willing to do|i'?d do|i can do|i could do|open to)"
)
#: (pattern, the highest education it allows), as people say them
SAYINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{pattern})\b"), level)
    for pattern, level in (
        (
            r"dropped out of high school|no high school|didn'?t finish high school|(?:no |without "
            r"(?:a |my )?|don'?t have (?:a |my )?|haven'?t got (?:a |my )?)(?:ged|hs diploma|high "
            r"school diploma)|haven'?t finished high school",
            NONE,
        ),
        # "no college", "without a degree", "high school only" are the field of jobs without
        # a degree (careers.fields); a credential said in so many words is read here
        (
            r"(?:only|just) (?:have |got )?(?:a |my )?(?:ged|high school(?: diploma)?|hs"
            r"(?: diploma)?)|(?:ged|high school diploma|hs diploma|hs|high school) only|ged and "
            r"that'?s it|(?:right|straight) out of high school|out (?:of|ta) (?:high school|hs)|"
            r"(?:don'?t|dont|do not|never|didn'?t|didnt) (?:have|had|went to|go to|do|did) "
            r"(?:any )?college(?: at all)?|"
            r"no (?:college|school|uni) money|"
            r"(?<!more )no school(?:ing)?(?! (?:money|debt|for))|"
            r"(?:no|not (?:a lot of|much|enough)|little|(?:don'?t|dont|do not) have (?:the |any |"
            r"much |enough )?) ?money for (?:college|school|uni)|"
            r"(?:can'?t|cant|cannot|couldn'?t) (?:really )?(?:pay|afford to pay) for "
            r"(?:college|university|uni|school)|can'?t afford "
            r"(?:college|university|uni|a degree|school)|(?:don'?t|doesn'?t|do not|does not|"
            r"without) (?:need(?:ing)?|requir(?:e|es|ing)) (?:a )?(?:college|university|uni)\b"
            r"(?! degree)|(?:don'?t|do not) want to go back to school at all|(?:i )?(?:hate|hated|"
            r"can'?t stand|(?:don'?t|dont|do not|didn'?t|never) (?:really |much |even )?"
            r"(?:like|liked|enjoy|enjoyed)) school|not a school person|school (?:isn'?t|is not|"
            r"was never|wasn'?t) (?:for me|my thing)|"
            r"(?:bad|terrible|not good|never good) at school",
            HIGH_SCHOOL,
        ),
        (
            rf"(?:(?:a |one |1 |6 month |six month )?(?:years?|yrs?|months?)[- ]?(?:long )?)?"
            rf"certificate(?: program| course)?|trade school|"
            rf"vocational(?! rehab\w*| counsel\w*)(?: school| training)?|"
            rf"{_UP_TO} (?:a|one|1|6 months|six months|a few months) (?:years? )?(?:of )?"
            rf"(?:training|school(?:ing)?|college)|(?:a|one|1|6|six) (?:years?|months?) (?:of "
            rf"(?:training|school(?:ing)?) )?(?:max|tops|at most|or less)|(?:without|not|no|never|"
            rf"avoid|can'?t afford) (?:going |go )?back to (?:college|school|uni) for (?:years|"
            rf"many years|several years|ages|a long time)|(?:no|don'?t have"
            rf"(?: the)?) time for (?:years of |more )?(?:school|college)|quick training|short "
            rf"(?:training|program)|"
            # "certs instead of the associates", "no associates": less than an associate's
            rf"(?:without|no|not|skip(?:ping)?|instead of|rather than|(?:don'?t|dont|do not) "
            rf"(?:want|wanna|need|have)(?: to do| to get| to go for)?) (?:a |an |the |my )?"
            rf"(?:associate'?s|associates|(?:2|two)[- ]year)(?: degree)?",
            CERTIFICATE,
        ),
        (
            rf"(?:without|no|not|skip|skipping|avoid|can'?t afford|instead of|not (?:needing|"
            rf"requiring)|(?:don'?t|dont|doesn'?t|doesnt|do not|does not) (?:need|require)|"
            rf"(?:don'?t|dont|do not) (?:want to|wanna)(?: do| go to| get)?)(?: going to)?"
            rf"(?: an?)? (?:4|four)[- ]year (?:college|degree|school|university)|"
            # "i cant afford to go back for a full 4 year degree", "i cant do a 4 year degree"
            rf"(?:can'?t|cant|cannot|couldn'?t|won'?t|wont) (?:afford|do|manage|swing|handle)"
            rf"(?: to)?(?: go back| go| do)?(?: for| to)?(?: an?)?(?: full| whole| entire)? "
            rf"(?:4|four)[- ]year (?:college|degree|school|university|program)|"
            rf"(?:without|not|no|never|avoid|can'?t afford|(?:don'?t|dont|do not|won'?t|wont) "
            rf"(?:want to |wanna |plan to )?) ?(?:going |go |to go )?back to "
            rf"(?:college|school|uni)(?: for)? (?:another |(?:4|four) (?:more )?|(?:4|four)\+?[- ]?"
            rf"(?:more )?(?:years?|yrs?))|"
            rf"(?:without|not|no|never|avoid|can'?t afford|cant afford|can'?t do|cant do|"
            rf"no time for|don'?t have) (?:another |(?:4|four) (?:more |extra )?|(?:4|four)\+?[- ]?"
            rf"(?:more |extra )?(?:years?|yrs?) (?:of )?)(?:[a-z]+ )?(?:school|college|university|"
            rf"degree)|"
            rf"without (?:finishing|completing|going back to finish) (?:the |my |a )?(?:degree|"
            rf"college|uni|university|bachelor'?s)|associate'?s(?: degree)?|"
            # "without a bachelors", "no bachelor's needed": less than a bachelor's
            rf"(?:without|no|not needing|not requiring|(?:don'?t|doesn'?t|dont|doesnt) (?:need|"
            rf"require|want|have)|skip(?:ping)?|can'?t afford|cant afford|instead of) (?:a |an |"
            rf"the |my )?bachelor'?s|"
            rf"{_TWO}[- ]?(?:year|yr)s? (?:degree|college|program|school)|"
            rf"community college|{_UP_TO} {_TWO} (?:years?|yrs?)(?: of (?:school(?:ing)?|college|"
            rf"training|education))?|{_TWO} (?:yrs?|years?) (?:of school(?:ing)? )?max",
            ASSOCIATE,
        ),
        (
            # "ba", "bs" only as a degree ("a bs in biology", "my ba"), not "the admin bs"
            r"bachelor'?s(?: degree)?|\b(?:a|an|my|have|with|got|hold|finished|earned) "
            r"(?:ba|bs|bsc)\b|\b(?:ba|bs|bsc) (?:degree|in)\b|\bbsc\b|"
            r"(?:4|four)[- ]years? (?:of )?(?:degree|college|university)|"
            r"(?<!need a )(?<!require a )(?<!requires a )(?<!no )(?<!without )"
            r"(?<!without a )(?<!dont have a )(?<!don't have a )college degree|"
            r"(?:not|no|without(?: going to)?|skip(?:ping)?) grad(?:uate)? school|"
            r"(?:don'?t|doesn'?t|dont|do not|does not|never) (?:need|require|want) (?:a )?"
            r"grad(?:uate)? (?:school|degree)|"
            r"(?:not|never) (?:be )?(?:stuck )?in school forever|"
            r"school forever|(?:can'?t|cannot|won'?t|not) do (?:6|six)\+? years|(?:don'?t|do not) "
            r"want (?:to do )?(?:a )?(?:master'?s|grad school)|years and years of school|"
            r"(?:i have|i'?ve got|i got|i earned|i finished|i hold|(?:^|(?<=[,.;!?] ))(?:have|got|"
            r"hold)) (?:a|an|my) (?:[a-z]+ ){0,3}degree",
            BACHELOR,
        ),
        (
            r"master'?s\b[^,.;]{0,30}\b(?:no|not|but no) (?:phd|doctorate)|no (?:phd|doctorate)|"
            r"without (?:a |an )?(?:phd|doctorate|doctoral degree)|"
            # "I do not want to do PhD": a doctorate is the one degree too many
            r"(?:don'?t|dont|do not|never) want (?:to (?:do|get|go for) )?(?:a |an )?"
            r"(?:phd|doctorate)|"
            # "no law school for me": no professional degree (JD, MD, DVM, DDS, PharmD)
            r"(?:no|not|without|skip(?:ping)?|avoid|never|(?:don'?t|dont|do not) want)(?: going"
            r" to| to go to| doing)? (?:law|med|medical|vet|veterinary|dental|pharmacy) school|"
            # "i cant spend 3 years and 150k on law school"
            r"(?:can'?t|cannot|couldn'?t) (?:afford|spend|do|go to|pay for)\b[^,.;!?]{0,40}\b"
            r"(?:law|med|medical|vet|veterinary|dental|pharmacy) school",
            MASTER,
        ),
        # "what about without a masters": no more than a bachelor's
        (
            r"(?:without|no|not|skip(?:ping)?|don'?t want) (?:a |an |the |my )?"
            r"master'?s(?: degree)?",
            BACHELOR,
        ),
        (
            r"whatever (?:schooling|school|training|education|it takes)|any amount of "
            r"(?:school(?:ing)?|training)|(?:as much|however much) school(?:ing)? as",
            DOCTORAL,
        ),
    )
)
#: what they would take on, said as a willingness: the most of these is the limit
_WILLING = re.compile(r"\b(?:willing|i'?d do|i can do|i could do|open to|happy to do|ready to)\b")
#: asks what a credential opens: "what can I do with a 2 year degree", "I can do a one year
#: certificate program, best options?"
#: "dont want to waste my degree", "use my degree": careers that ask for it
USES_DEGREE = r"\b(?:waste|wasting|use|using|put) my (?:\w+ )?(?:degree|diploma|education)\b"
_WITH_ONE = re.compile(
    r"\b(?:with (?:a|an|my)|i have (?:a|an|my)|i can do (?:a|an)|i could do (?:a|an)|"
    r"i'?m (?:doing|getting) "
    r"(?:a|an|my)) [^,.;!?]{0,25}\b(?:degree|certificate|diploma|associate'?s|bachelor'?s)|"
    + USES_DEGREE
)
#: a credential they hold, not one they would take on: "I have a psychology degree", "got
#: my associate's", "graduated with a BS"
#: degrees by their letters as written abroad and in engineering: "a B.Eng in Civil
#: Engineering", "BTech", "MSc"
_BACHELOR_LETTERS = r"\b(?:b\.?\s?eng|b\.?\s?tech|b\.sc|b\.a|b\.s|bba|b\.?com|llb|b\.?arch)"
_MASTER_LETTERS = r"\b(?:m\.?\s?eng|m\.?\s?tech|m\.sc|m\.a|m\.s|llm|m\.?arch)"
_LETTERS = rf"{_BACHELOR_LETTERS}|{_MASTER_LETTERS}"
_HOLDS = re.compile(
    r"(?:\b(?:i (?:already |also |actually |do |still )?(?:have|hold)|i'?ve got|i got|i earned|"
    r"i finished|i completed|graduated with|"
    r"i'?m a graduate with|(?:just|recently|finally) (?:got|finished|earned|completed))|"
    r"(?:^|[,.;!?]\s*)(?:have|got|hold|finished|completed|earned|(?:just|recently) finished)|"
    # "each one need after my bachelors", "with my associates": theirs
    r"\b(?:after|with|from|past|beyond|on top of)(?= my\b)|"
    # "a public librarian w an MLS": a degree by its letters, said with the job, held
    r"\b(?:with|w/?)(?= an? (?:mls|mlis|msls|mba|msw|mph|mfa|msn|bsn|med|mpa|phd|jd)\b))"
    r"\s+(?:a|an|my)\s+"
    # ("i have a cpht cert but no degree": the degree is not held)
    r"(?P<what>(?:(?!\b(?:but|no|not|without|and|or)\b)[^,.;!?]){0,25}?\b(?:degree|certificate|"
    r"diploma|associate'?s|bachelor'?s|"
    r"master'?s|masters|master(?= degree)|"
    r"bachelors|ba|bs|bsc|bfa|bsn|ma|ms|msc|msn|mba|msw|mph|mfa|med|mat|mpa|mls|mlis|msls|"
    rf"mdiv|m\.div|phd|doctorate|jd|md|ged|{_LETTERS}))\b"
)
#: more credentials held, said right after one: "…and an MDiv", "plus a masters"
_ALSO_HELD = re.compile(
    r"\b(?:and|plus|&) (?:an? |my |also an? )?(?P<what>mdiv|m\.div|master'?s|masters|"
    r"master(?= degree)|ma|ms|msc|"
    r"mba|msw|mph|mfa|mls|mlis|phd|doctorate|jd|md|bachelor'?s|bachelors|ba|bs|associate'?s|"
    rf"associates|{_LETTERS})\b"
)
#: a degree said by its field, held unless said as wished: "(masters in education)", "BA in
#: psych"; not "want a masters in education"
_DEGREE_IN = re.compile(
    r"\b(?P<what>master'?s|masters|master(?= degree)|"
    r"bachelor'?s|bachelors|associate'?s|associates|ba|bs|bsc|bfa|"
    rf"bsn|ma|ms|msc|msn|mba|mfa|msw|mph|mpa|mls|mlis|msls|mdiv|phd|doctorate|{_LETTERS})"
    r"(?: degree)? "
    r"(?:in|of) [a-z]+"
    r"(?: (?!and\b|but\b|so\b)[a-z]+)?"
)
_WISHED_BEFORE = re.compile(
    r"\b(?:want|wanna|need|get|getting|thinking|considering|pursu\w*|without|no|apply|applying|"
    r"go for|do an?|doing an?|start|starting|earn|earning|would|could|should|if|or|"
    # "im not going back for a phd": a credential turned down
    r"(?:going |go |went )?back (?:to school )?for|afford|not)\b[^,.;!?()]*$"
)
#: the credential a held one is, by its last word (BLS's categories)
_HELD_LEVEL = (
    (re.compile(r"\b(?:phd|doctorate|jd|md)$"), DOCTORAL),
    (
        re.compile(
            r"\b(?:master'?s|masters|master|ma|ms|msc|msn|mba|msw|mph|mfa|med|mat|mpa|mls|mlis|msls|mdiv|m\.div)"
            rf"(?: degree)?$|{_MASTER_LETTERS}$"
        ),
        MASTER,
    ),
    (re.compile(r"\b(?:associate'?s|associates|(?:2|two)[- ]year)(?: degree)?$"), ASSOCIATE),
    (
        re.compile(
            r"\b(?:bachelor'?s|bachelors|ba|bs|bsc|bfa|bsn)(?: degree)?$|\bdegree$|"
            rf"{_BACHELOR_LETTERS}$"
        ),
        BACHELOR,
    ),
    (re.compile(r"\bcertificate$"), CERTIFICATE),
    # a college's diploma (Canada's two-year programs, a trade school's) is past high school
    (re.compile(r"\b(?:college|trade|technical|vocational|polytechnic) diploma$"), CERTIFICATE),
    (re.compile(r"\b(?:diploma|ged)$"), HIGH_SCHOOL),
)


#: no schooling beyond what they hold ("no more school", "done with school", "without going
#: back to school"): the credential they hold, or, where none is said, ``AS_HELD``
_NO_MORE = re.compile(
    r"\b(?:no more (?:school(?:ing)?|college|studying|degrees?)|done with (?:school|college)|"
    r"(?:without|not|no|never|(?:don'?t|dont|do not) (?:really |even |ever )?(?:want to|wanna)|"
    r"won'?t|wont) (?:going |go )?back to "
    # (back to school "for nursing" is school wanted; "for years" is the schooling refused)
    r"(?:school|college|uni)(?! for(?! (?:years|yrs|\d|a (?:long|few|couple)|two|three|four|"
    r"long|another|more|ages|that long)\b)))\b"
)


#: a college graduate said so: "english major, graduated last may", "college grad"
_GRADUATE = re.compile(
    r"\b(?:[a-z]+ )?major,? (?:who )?(?:just |recently )?graduated|(?:college|university|uni) "
    r"grad(?:uate)?\b|graduated (?:from )?(?:college|university|uni)\b|"
    # "graduated w psych BA", "graduated with a biology degree"
    r"graduated (?:with|w/?) (?:a |an |my )?(?:[a-z]+ ){0,2}(?:ba|bs|bsc|degree|bachelor'?s)\b"
)


#: college begun and left: "dropped out of uni", "did two years of college", "2nd year" of a
#: course given up (BLS's "some college, no degree")
_SOME_COLLEGE = re.compile(
    r"\b(?:dropped out of (?:community |junior |state )?(?:uni|college|university)|left "
    r"(?:community |junior )?(?:uni|college|university)|(?:did|finished|completed|have|had) "
    r"(?:\d|one|two|three|a|a few) (?:years?|semesters?) (?:of|at) (?:community |junior )?"
    r"(?:uni|college|university)|(?:1st|2nd|3rd|first|second|third) year (?:of|at) "
    r"(?:uni|college|university)|some college|"
    # a degree begun and not finished: "half an associates in IT", "didnt finish the
    # associates", "dropped out of my bachelors", "halfway through a bachelors"
    r"(?:(?:like |about )?(?:half|part)(?: of)?|halfway through|dropped out of|"
    r"(?:didn'?t|didnt|did not|never|couldn'?t|couldnt) (?:get to )?finish(?:ed)?|"
    r"(?:unfinished|incomplete)) (?:an? |my |the )?(?:\w+ )?(?:associate'?s|associates|"
    r"bachelor'?s|bachelors|degree|college)(?: (?:in|of) [\w ]{1,20}?)?(?: (?:from|at) (?:a |the )?"
    r"(?:community|junior|local|state) college)?)\b"
)


def _degrees_held(text: str) -> list[re.Match[str]]:
    # ("half a bachelors in psych": begun, not held)
    begun = [m.span() for m in _SOME_COLLEGE.finditer(text)]
    return [
        found
        for found in _DEGREE_IN.finditer(text)
        if not _WISHED_BEFORE.search(text[max(0, found.start() - 40) : found.start()])
        and not any(a <= found.start() < b for a, b in begun)
    ]


#: a degree held abroad that does not count here: "my diploma not recognize", "my degree
#: isn't accepted in the US"; what counts is then what any school leaver holds
_NOT_RECOGNISED = re.compile(
    r"\b(?:diploma|degree|credentials?|qualifications?)s? (?:is |are |was |were )?(?:not|isn'?t|"
    r"aren'?t|wasn'?t|weren'?t|never|doesn'?t|don'?t|won'?t|no)(?: \w+){0,2}? (?:recogni[sz]e[ds]?|"
    r"accept(?:ed)?|valid|count(?:s|ed)?|transfer(?:s|red)?)"
)


def not_counted(text: str) -> str:
    """The words saying a degree held does not count here ("my diploma not recognized"), or
    ""."""
    found = _NOT_RECOGNISED.search(text)
    return found.group(0) if found else ""


def _held(text: str) -> str | None:
    """The highest credential the message says the person holds: each said, by the first
    kind its words end on ("an associate's degree" is an associate's)."""
    if _NOT_RECOGNISED.search(text):
        return HIGH_SCHOOL
    held = list(_HOLDS.finditer(text))
    said = [found.group("what") for found in held]
    # "I have a BA in Bible and an MDiv": the ones said after it, held too
    said += [
        also.group("what")
        for found in held
        for also in _ALSO_HELD.finditer(
            text[found.end() : found.end() + 40].split(".", maxsplit=1)[0]
        )
    ]
    said += [found.group("what") for found in _degrees_held(text)]
    said += ["degree" for _ in _GRADUATE.finditer(text)]
    levels = [next((lv for p, lv in _HELD_LEVEL if p.search(what)), None) for what in said]
    levels += ["Some college, no degree" for _ in _SOME_COLLEGE.finditer(text)]
    return max((lv for lv in levels if lv is not None), key=ORDER.index, default=None)


#: a question that schooling alone can ask ("what can I do with a 2 year degree?")
ASKS = re.compile(
    r"\b(?:what (?:can|could) i do|options|what'?s out there|anything|jobs?|careers?|work|"
    r"best|what (?:are|is) (?:my|the)|where (?:can|do) i)\b"
)


@dataclass(frozen=True, slots=True)
class Schooling:
    #: the highest typical entry education a career may ask of them; None: no limit said
    most: str | None
    spans: tuple[tuple[int, int], ...]
    asks: bool
    #: "what can I do with a 2-year degree": careers that use it, entered with at least this
    least: str | None = None
    #: the highest credential they say they hold ("I have a psychology degree")
    held: str | None = None


#: what joins two kinds of schooling either of which will do
_EITHER = re.compile(r"\s*(?:,?\s*or|/)\s*(?:an? |the )?(?:\w+ )?")


_NEEDED_BEFORE = re.compile(
    r"\b(?:need|needs|needed|require|requires|required)\s+(?:an?\s+|any\s+)?$"
)
_ASKED_AFTER = re.compile(r"\s*(?:or (?:something|smth|sth|what|not|anything|no)\s*)?\?")


def read_schooling(text: str) -> Schooling | None:
    # "dropped out of community college" tells what they hold, no schooling wished
    left = [m.span() for m in _SOME_COLLEGE.finditer(text)]
    found = [
        (m.span(), level)
        for pattern, level in SAYINGS
        for m in pattern.finditer(text)
        if not any(a <= m.start() and m.end() <= b for a, b in left)
        # "i need certificate or something?": whether one is needed, asked; no limit
        and not (
            _NEEDED_BEFORE.search(text, max(0, m.start() - 25), m.start())
            and _ASKED_AFTER.match(text, m.end())
        )
    ]
    covered = [span for span, _ in found]
    found += [
        (m.span(), _held(text) or AS_HELD)
        for m in _NO_MORE.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in covered)
    ]
    if not found:  # "just got my MBA": held, and no limit said
        held = _held(text)
        holds = tuple(
            m.span()
            for m in (
                *_HOLDS.finditer(text),
                *_degrees_held(text),
                *_NOT_RECOGNISED.finditer(text),
            )
        )
        return Schooling(None, holds, ASKS.search(text) is not None, None, held) if held else None
    # "a 2 yr degree or certificate": either will do, so the longer bounds it
    either = any(_EITHER.fullmatch(text[a[1] : b[0]]) for (a, _), (b, _) in pairwise(sorted(found)))
    willing = _WILLING.search(text) is not None or either
    pick = max if willing else min
    levels = [level for _, level in found if level in ORDER]
    most = pick(levels, key=ORDER.index) if levels else AS_HELD
    least = None
    if most in ORDER and _WITH_ONE.search(text) and ORDER.index(most) >= ORDER.index(CERTIFICATE):
        least = ORDER[max(ORDER.index(CERTIFICATE), ORDER.index(most) - 1)]
    spans = tuple(span for span, _ in found) + tuple(m.span() for m in _degrees_held(text))
    return Schooling(most, spans, ASKS.search(text) is not None, least, _held(text))


#: a credential named in a question: "do i need a masters tho", "is a degree required"
_CREDENTIAL = re.compile(
    r"\b(?:master'?s|masters|master(?= degree)|"
    r"ma|ms|msc|mba|msw|mph|mfa|mls|mlis|phd|doctorate|bachelor'?s|bachelors|ba|bs|"
    r"bsc|bsn|(?:college |4[- ]year |four[- ]year )?degree|associate'?s|associates|certificate|"
    r"diploma|ged)\b"
)


def is_credential(said: str) -> bool:
    """Whether the words are a credential and nothing else: "a masters", "phd", "high
    school" (told as "high", its school read as a word of schooling)."""
    bare = re.sub(r"^(?:an?|the|my|only|just)\s+", "", said.strip())
    return _CREDENTIAL.fullmatch(bare) is not None or _HIGH_SCHOOL.fullmatch(bare) is not None


_HIGH_SCHOOL = re.compile(r"high(?: school)?|hs|high school diploma")


def credential_named(text: str) -> str | None:
    """The credential (BLS's category) a question names, if one: "a masters" is a master's."""
    found = _CREDENTIAL.search(text)
    if found is None:
        return None
    said = found.group(0)
    if said in ("degree", "college degree"):
        return ASSOCIATE  # "do i need a degree": any degree, the shortest an associate's
    return next((level for pattern, level in _HELD_LEVEL if pattern.search(said)), None)


def rank(level: str) -> int:
    return ORDER.index(level) if level in ORDER else len(ORDER)
