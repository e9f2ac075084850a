"""The words people use for what they want from a job, and for how much they want it.

Each criterion has phrases, and each phrase may carry its own direction ("quick" is a
short learning curve, "office" is the opposite of remote). Phrases are tried longest
first and a matched span is consumed, so "easy to get into" is about the entry barrier
and not about difficulty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerbot.careers.criteria import AttributeName
from careerbot.careers.model import Direction


@dataclass(frozen=True, slots=True)
class Phrase:
    criterion: AttributeName
    pattern: re.Pattern[str]
    #: the direction the phrase itself names; None when a modifier or the default decides
    direction: Direction | None = None


def _phrases(criterion: AttributeName, direction: Direction | None, *patterns: str) -> list[Phrase]:
    return [Phrase(criterion, re.compile(rf"\b(?:{p})\b"), direction) for p in patterns]


PHRASES: list[Phrase] = [
    # Entry barrier first: its phrases contain "easy", "quick" and "degree".
    *_phrases(
        "entry_barrier",
        "low",
        (
            r"(?:easy|easiest|easier|simple|simplest|quick|quickest|fast|fastest) "
            r"(?:\w+ ){0,2}to (?:get into|break into|enter|get in|get hired|start in)"
        ),
        (
            r"switch(?:ing)? careers?|career (?:change|changer|switch|switcher)|"
            r"chang(?:e|ing) careers?|new to the field|(?:no|zero|without|little) "
            r"(?:work )?experience|starting over|start over"
        ),
        r"low entry barriers?|low barriers? to entry|accessible",
    ),
    *_phrases(
        "entry_barrier",
        "high",
        (
            r"(?:hard|hardest|harder|difficult|toughest|tough|competitive) "
            r"(?:\w+ ){0,2}to (?:get into|break into|enter|get in|get hired)"
        ),
    ),
    *_phrases(
        "entry_barrier",
        None,
        r"entry barriers?|barriers? to entry|barriers?|get into|break into|entry",
    ),
    *_phrases(
        "learning_curve",
        "low",
        (
            r"(?:start|starting|working|earning|employed|hired) (?:within|"
            r"in (?:under|less than)|soon|quickly|fast|right away|asap)"
        ),
        (
            r"(?:quick|quickest|fast|fastest|easy|easiest|easier|short|shortest) to (?:learn|"
            r"train|pick up|master|start)"
        ),
        (
            r"(?:quick|fast|short|shortest|quickest|fastest) (?:start|training|"
            r"learning|ramp[- ]?up|study|studies|course)"
        ),
        r"learn (?:it )?(?:quickly|fast)|bootcamp|fast start|quick start|"
        r"retrain(?:ing)? (?:\w+ ){0,2}(?:quickly|fast)|least (?:training|schooling)",
    ),
    *_phrases("learning_curve", "high", r"long (?:training|studies|study|learning)"),
    *_phrases(
        "learning_curve",
        None,
        (
            r"learning curve|time to learn|learning time|training time|learn|learning|train|"
            r"training|study|studying|studies|ramp[- ]?up"
        ),
    ),
    *_phrases(
        "ai_risk",
        "low",
        (
            r"(?:safe|safest|safer|protected|secure) from (?:ai|automation|"
            r"robots?|being replaced)"
        ),
        (
            r"(?:ai|automation|future|robot)[- ]?proof|future[- ]proof|"
            r"won'?t be (?:replaced|automated)|not (?:be )?replaced|"
            r"(?:ai|robots?|automation) (?:won'?t|can'?t|cannot|will not|wont|cant) "
            r"(?:take|replace|do|kill|touch|get|automate|destroy)|"
            r"least likely to be (?:replaced|automated)|"
            r"(?:won'?t|will not|wont|not|never) be (?:taken over|replaced|automated)"
            r"(?: by (?:ai|robots?|automation))?|"
            r"(?:hardest|harder|hard|difficult|impossible) (?:for (?:ai|robots?|automation) )?"
            r"to (?:replac\w*|automat\w*)"
        ),
        r"human touch",
    ),
    *_phrases(
        "ai_risk",
        None,
        (
            r"ai (?:risk|exposure|replacement)|"
            r"(?:risk|chance) of (?:being )?(?:replaced|automated|automation)"
        ),
        (
            r"automation risk|risk|risky|riskiest|exposure|exposed|automation|automated|"
            r"replaced|replacement|replaceable|replace"
        ),
    ),
    *_phrases(
        "salary",
        "high",
        (
            r"pays? (?:the )?(?:most|best|well|more|a lot|good)|"
            r"paid (?:the )?(?:most|best|well)|well[- ]paid|best[- ]paid|highest[- ]paying|"
            r"high[- ]paying|top[- ]paying|best[- ]paying|lucrative|rich|"
            r"make (?:a lot of|good|more|the most) money"
        ),
    ),
    # "don't want a pay cut" turns this round: more pay
    *_phrases("salary", "low", r"(?:big |huge )?pay cut|cut in pay|take a cut|lower pay"),
    *_phrases(
        "salary",
        None,
        r"salary|salaries|pay|pays|paid|paying|money|earnings?|earn|income|wages?|compensation",
    ),
    # Openings before demand: "lots of job openings" counts jobs, it says nothing of growth.
    *_phrases(
        "openings",
        "high",
        (
            r"(?:lots of|plenty of|many|most|more) (?:job )?(?:jobs|openings|vacancies)|"
            r"easy to find (?:a )?(?:job|work)|hiring|most hired"
        ),
    ),
    *_phrases("openings", None, r"(?:job )?openings|vacancies|number of jobs"),
    *_phrases(
        "demand",
        "high",
        (
            r"in[- ]demand|job security|secure (?:job|career|work)|"
            r"stable (?:job|career|work)|stability|growing (?:field|industry|career|job)s?|"
            r"fast(?:est)?[- ]growing|employable|"
            r"(?:best|good|bright|great|big|strong) future|a future|for the future"
        ),
    ),
    *_phrases("demand", None, r"demand|growth|growing|job market|prospects|outlook"),
    *_phrases(
        "remote",
        "high",
        (
            r"remote(?:ly)?|work(?:ing)? from home|from home|wfh|home[- ]based|"
            r"telework(?:ing)?|work from anywhere|location[- ]independent|digital nomad|"
            r"hybrid"
        ),
    ),
    *_phrases(
        "remote",
        "low",
        (
            r"on[- ]?site|in[- ]person|in an office|(?:at|in) the office|office|outdoors?|"
            r"outside|hands[- ]on|with my hands|physical work|active job|on my feet"
        ),
    ),
    *_phrases(
        "coding",
        "low",
        (
            r"non[- ]?technical|no[- ]?code|not technical|without (?:any )?(?:coding|"
            r"programming|code)"
        ),
    ),
    *_phrases(
        "coding",
        "high",
        (
            r"cod(?:e|es|ing)|programming|program|write software|writing software|"
            r"software development|technical"
        ),
    ),
    *_phrases(
        "difficulty",
        "low",
        (
            r"easy|easiest|easier|simple|"
            r"not (?:too )?(?:hard|difficult|demanding|stressful)|low[- ]stress|chill|"
            r"relaxed|less stress(?:ful)?"
        ),
    ),
    *_phrases(
        "difficulty",
        "high",
        (r"challeng(?:e|es|ing)|hard|harder|hardest|difficult|demanding|tough"),
    ),
    *_phrases("difficulty", None, r"difficulty|stress|stressful|complexity|complex"),
]

#: A direction stated next to the phrase: "low AI risk", "more money", "the least coding".
HIGH_WORDS = re.compile(
    r"\b(?:high|higher|highest|more|most|max|maximum|maximi[sz]e|lots of|"
    r"a lot of|plenty of|great|good|best|top|big|bigger|biggest|strong|"
    r"stronger|strongest|long|longer|longest|heavy)\b"
)
LOW_WORDS = re.compile(
    r"\b(?:low|lower|lowest|less|least|min|minimum|minimal|minimi[sz]e|"
    r"little|few|fewer|fewest|small|smaller|smallest|reduced?|short|"
    r"shorter|shortest|quick|quicker|quickest|fast|faster|fastest|"
    r"zero|light)\b"
)
NEGATION = re.compile(
    r"\b(?:don'?t|do not|doesn'?t|does not|didn'?t|not|no|never|without|"
    r"hate|hates|dislike|avoid|can'?t stand|rather not|won'?t|wouldn'?t|"
    r"isn'?t|aren'?t|nothing|none|nor|away from|stop|refuse|sick of|"
    r"tired of|allergic to)\b"
)
INDIFFERENT = re.compile(
    r"\b(?:(?:doesn'?t|does not|don'?t|do not|won'?t) (?:really |much |"
    r"at all )?(?:matter|care|mind|bother)|not (?:that |so |very |"
    r"really )?(?:important|needed|necessary|required|a (?:priority|"
    r"concern|problem|issue|must))|no (?:\w+ ){0,3}(?:needed|required|"
    r"necessary)|(?:is|are) (?:fine|ok|okay|not an issue)|whatever|"
    r"regardless|either way|any (?:amount|level)|indifferent|flexible (?:on|"
    r"about))\b"
)
#: Strong refusals make a must-not ("I don't want to code"); "I'd rather not" stays soft.
REFUSAL = re.compile(
    r"\b(?:no|without|don'?t want|do not want|won'?t|will not|refuse|"
    r"hate|can'?t stand|never|no way|under no circumstances|not interested in|"
    r"allergic to|sick of|tired of)\b"
)
HARD = re.compile(
    r"\b(?:must|need|needs|needed|have to|has to|got to|gotta|required?|"
    r"requirement|essential|non[- ]?negotiable|only|absolutely|mandatory|"
    r"necessarily|at least|at most|no more than|no less than|minimum|"
    r"maximum|under|below|above|over|within|less than|more than|fewer than|"
    r"can'?t|cannot)\b"
)
SOFT = re.compile(
    r"\b(?:prefer|preferably|preferred|ideally|rather|would like|i'?d like|"
    r"nice|if possible|bonus|plus|hopefully|kind of|sort of|maybe|"
    r"perhaps|possibly|a bit|a little)\b"
)
WEIGHTS: list[tuple[re.Pattern[str], float]] = [
    (
        re.compile(
            r"\b(?:most important(?: thing)?(?: (?:is|for me|to me))?|matters? (?:the )?most|"
            r"above all(?: else)?|more than anything|first and foremost|most of all|"
            r"top priority|priority number one|number one priority|main (?:thing|"
            r"priority|goal)|my priority|primarily|mainly|mostly|above everything|"
            r"crucial|critical|key|especially|the most important)\b"
        ),
        3.0,
    ),
    (re.compile(r"\b(?:really|very|strongly|definitely|important|a lot|truly|seriously)\b"), 2.0),
    (
        re.compile(
            r"\b(?:a bit|a little|slightly|somewhat|a little bit|bonus|nice to have|"
            r"if possible|kind of|sort of|not too worried|less important|secondary|"
            r"minor)\b"
        ),
        0.5,
    ),
]
SUPERLATIVE = re.compile(
    r"(?<!at )\b(?:most|best|highest|lowest|least|top|quickest|fastest|"
    r"easiest|shortest|safest|biggest|greatest|longest|hardest|cheapest|"
    r"smallest)\b"
)
#: Words that ask for a recommendation even without a superlative.
ASKING = re.compile(
    r"\b(?:want|wants|need|needs|would like)\b|"
    r"\b(?:fits? me|suits? me|for me|match(?:es)? me|should i|could i|"
    r"can i|recommend|suggest|which (?:role|job|career|one|field|occupation|"
    r"profession)s?|what (?:role|job|career|field|occupation|profession)s?|"
    r"i (?:want|need|prefer|like|love|enjoy|hate|would like|'d like)|"
    r"i'?m looking for|looking for|i don'?t|i do not|i can'?t|must|"
    r"prefer|ideally|options?|rather)\b"
)
SHORT_KEYWORDS = (
    *("risk", "code", "easy", "paid", "pays", "best", "most", "into", "want", "year"),
    *("need", "must", "learn", "money", "entry"),
)
#: Single words worth correcting a misspelling to (longer than four letters, distinctive).
KEYWORDS = (
    "salary",
    "salaries",
    "money",
    "income",
    "earnings",
    "compensation",
    "demand",
    "growth",
    "openings",
    "vacancies",
    "remote",
    "remotely",
    "coding",
    "programming",
    "program",
    "technical",
    "learn",
    "learning",
    "training",
    "study",
    "quickly",
    "quickest",
    "fastest",
    "easiest",
    "easier",
    "difficult",
    "difficulty",
    "challenging",
    "stressful",
    "entry",
    "barrier",
    "degree",
    "automation",
    "replaced",
    "exposure",
    "lowest",
    "highest",
    "least",
    "important",
    "matters",
    "prefer",
    "office",
    "outdoors",
    "teleworking",
    "lucrative",
    "future",
    "career",
    "careers",
    "switching",
)


#: Everyday words a keyword is one typo away from ("hand" is not "hard").
_EVERYDAY_WORDS = (
    "there their where which would could should about after being between people "
    "things think right while worry worried rather doesn't really maybe other those "
    "these every great change money women learn means makes still start state "
    "years months weeks career careers rise rink cold card core come cone "
    "east ease pain pair said maid rose ride hand matter better letter "
    "codes coder coders price prices lean mean went yeah bust mist mast moss ends "
    "wont cant dont didnt isnt doesnt wouldnt shouldnt couldnt arent wasnt"
)
EVERYDAY = frozenset(_EVERYDAY_WORDS.split())
