"""What a message asks, as typed values: the understanding pipeline's output.

A request names its careers as ``Mention``s (what was typed and what it resolved to) or as
``OnScreen`` references ("the first one", "it") that only the conversation can fill in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from careerbot.recommend.person import Person
from careerbot.recommend.preferences import Preferences
from careerbot.understanding.chat import ChatTopic
from careerbot.understanding.cues import Focus
from careerbot.understanding.resolution import Resolution
from careerbot.understanding.slang import Unlisted

#: the most careers one card compares
MOST = 4


@dataclass(frozen=True, slots=True)
class Mention:
    """A career named in the message."""

    #: as typed (folded), for echoing back and for /stats
    said: str
    found: Resolution | Unlisted
    #: where the words were: an exact catalog name, or a guess from the words around it
    exact: bool = True


Place = Literal[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "last",
    "second_last",
    "middle",
    "it",
    # the one that leads on a figure: "the cheapest one", "the one that pays most"
    "best_paid",
    "fastest_growing",
    "quickest",
    "easiest",
    "least_paid",
    "slowest_growing",
    "longest",
    "hardest",
]


@dataclass(frozen=True, slots=True)
class OnScreen:
    """A career the conversation is showing: a place on a list or a comparison ("the second
    one", "the last"), or the career just asked about ("it", "that one")."""

    which: Place


Subject = Mention | OnScreen


@dataclass(frozen=True, slots=True)
class Chat:
    topic: ChatTopic


@dataclass(frozen=True, slots=True)
class CompareAsk:
    first: Subject
    #: None: "compare routing with…", the second side still to name
    second: Subject | None
    focus: Focus | None = None
    #: a third and fourth career compared at once ("electrician, plumber or hvac tech?")
    more: tuple[Subject, ...] = ()
    #: a wish they are weighed on ("teacher or nurse, which is less stressful")
    wish: WishAsk | None = None
    #: a second figure asked with ``focus`` ("which pays better and has more jobs")
    also: Focus | None = None
    #: the first side is the job they do ("im a data scientist, should i switch to…")
    own_first: bool = False


@dataclass(frozen=True, slots=True)
class ProfileAsk:
    subject: Subject
    focus: Focus = "overall"
    #: asked against another ("how much more does the vet make"): of a comparison on
    #: screen holding it, the comparison's answer
    against: bool = False
    #: a wish asked of it ("is being a vet stressful?"): what the sources say of that wish
    #: for the career, its card a tap away
    wish: WishAsk | None = None
    #: asked whether it is worth it ("is being a dental hygienist worth it"): its figures
    #: beside all occupations' first
    weighed: bool = False
    #: a second figure asked in the same question ("what do they make and how long is the
    #: training"), answered after the first
    also: Focus | None = None


@dataclass(frozen=True, slots=True)
class RoadmapAsk:
    target: Subject
    #: the career to start from; None: from no particular career
    source: Subject | None = None
    #: the figure the question is about ("how do I get a license": entry)
    focus: Focus | None = None
    #: the schooling they told they hold with it (a BLS category: "i have a psych degree")
    held: str | None = None


@dataclass(frozen=True, slots=True)
class OtherAsk:
    """ "What about X?", "and X?", "X instead (of Y)": the same question about another
    career; what "the same question" is, only the conversation knows."""

    subject: Mention
    #: the career X replaces, where the message says ("plumber instead of electrician",
    #: "instead of the first one")
    instead: Subject | None = None
    #: "vs X", "or X": X set against the career on screen, not asked about on its own
    against: bool = False
    #: "i meant X": X corrects the side it was taken for, not the last one named
    corrected: bool = False
    #: "what about vet tech, how long is the school": a question of its own, asked of X
    focus: Focus | None = None
    #: "what about electrical": a word that opens several careers' names and tells of a
    #: kind of work too; read as the wish when no career on screen is of a kind it names
    otherwise: WishAsk | None = None


@dataclass(frozen=True, slots=True)
class FocusAsk:
    """A question about what is on screen with no career named: "which pays more?",
    "how much do they make?", "is it hard to get into?"."""

    focus: Focus
    #: a wish asked of what is shown ("which is less stressful?", "which is safest?"): what
    #: the person said, answered for those careers; a list for them when nothing is shown
    wish: WishAsk | None = None
    #: asks which of several ("which pays more?", "both need a degree?"), not of one ("is it")
    choosing: bool = False
    #: asked of them all ("how much do they make?"): of a list, its careers' figures
    of_them: bool = False
    #: said of all those shown, even with one of them opened since ("which of those can u
    #: do remote", "can i do either without a degree")
    of_all: bool = False
    #: how many they said they mean: "which of the 3" (after two of the three were compared)
    counted: int | None = None
    #: set against the job they do: "does it pay more than what i make now"
    against_own: bool = False
    #: a second figure asked in the same question ("which pays more and which is faster to
    #: get into"): answered beside the first
    also: Focus | None = None


@dataclass(frozen=True, slots=True)
class WishAsk:
    """ "Which jobs pay best", "remote, low AI risk, no degree": careers ranked by wishes,
    within fields."""

    preferences: Preferences = field(default_factory=Preferences)
    scope: tuple[str, ...] = ()
    not_judged: tuple[str, ...] = ()
    #: worded as a change to the answer on screen ("and remote too", "only without a degree")
    refining: bool = False
    #: asks for the top of one scale afresh ("and which has the lowest AI risk?")
    fresh_criteria: bool = False
    #: asks for the top of a scale ("which pays the most", "learn the fastest")
    superlative: bool = False
    #: what the person said of themselves: their job, likes, dislikes, values
    person: Person = field(default_factory=Person)
    #: about the person ("what fits me", "I'm a cashier, what else"): a shortlist for them
    personal: bool = False
    #: read from a trait's words alone, with nothing saying they are the person's
    tentative: bool = False
    #: asks for careers ("jobs for introverts", "what fits me"), not only tells of the person
    asking: bool = False
    #: said in frustration ("so done with retail, sick of angry customers"): acknowledged
    vented: bool = False
    #: more pay wished than something pays ("something in food that pays better"): the
    #: career on screen, where no job of their own is said
    relative: bool = False
    #: the last wish taken back ("ok nevermind, what about tech jobs"): what was asked of
    #: the list before goes, what they said of themselves stays
    afresh: bool = False
    #: wishes no figure judges, taken back ("forget the schedule thing"): no longer named
    unsaid: tuple[str, ...] = ()
    #: the age they said ("im 40"), for the age at which each way in is done
    age: int | None = None


@dataclass(frozen=True, slots=True)
class WhyNotAsk:
    """ "Why not nursing?" said to a shortlist: what keeps that career off it; "why is the
    third one on there?": where that one stands."""

    subject: Subject
    #: "why?" alone: the last answer, asked to be explained
    alone: bool = False
    #: asked why figures differ so ("why is the pay gap so big", "why so wide a range")
    gap: bool = False
    #: other careers asked of at once ("why not dental assistant or dental hygienist?")
    more: tuple[Subject, ...] = ()
    #: the figure asked of ("why is growth negative", "does that 63k include freelancers")
    focus: Focus | None = None
    #: asked why the figure is as it is: where its source gives its reasons
    cause: bool = False
    #: "why those?": every career shown, not the first
    every: bool = False


#: a ScreenAsk's actions that ask more of what is shown
MORE_ASKED = ("next", "more", "details")


@dataclass(frozen=True, slots=True)
class ScreenAsk:
    """What is on screen, compared ("compare them", "the top two"), drawn ("show me a
    chart"), moved on from ("what could I switch to?": moves from the career shown), or
    asked more of: the next careers of a list ("what else"), the rest of a card ("tell me
    more"), or either, as the screen settles ("more")."""

    action: Literal["compare", "chart", "moves", "next", "more", "details"]
    #: the first this many of a list; None: everything shown
    top: int | None = None
    focus: Focus | None = None
    #: "all three": how many were said to be compared
    count: int | None = None
    #: of moves, what they are wished to have ("anything similar thats cheaper to get into")
    wish: WishAsk | None = None
    #: careers compared with what is shown ("put them side by side, plus flight attendants")
    add: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class ChangeAsk:
    """A change to what is on screen: "add actuary", "drop plumber", "swap carpenter for
    roofer", "drop the second one"."""

    add: Mention | None = None
    #: what goes: "drop 2 and 4", "take the last two out" are two
    drop: tuple[Subject, ...] = ()
    #: more careers added with ``add``: "add statisticians and computer research scientists"
    more: tuple[Mention, ...] = ()
    #: asked of what is left: "take teachers out. which of the rest pays best"
    then: Request | None = None
    #: put back what a swap took out: "nah put graphic designer back"
    restore: bool = False


@dataclass(frozen=True, slots=True)
class ElsewhereAsk:
    """ "And in the UK?": the question on screen asked of another country; answered with
    the US figures careerbot has, said to be so."""


@dataclass(frozen=True, slots=True)
class Care:
    """Self-harm or suicide spoken of, or deep distress: care and crisis lines, never a
    career list."""

    #: "crisis": self-harm or suicide; "distress": hurting badly, with no word of either;
    #: "grief": a loss told
    level: Literal["crisis", "distress", "grief"] = "crisis"
    #: distress said beside a question of work ("i feel empty doing marketing, want a job
    #: that helps people"): the question, answered after a word of care (never in a crisis)
    then: Request | None = None


@dataclass(frozen=True, slots=True)
class Vent:
    """Frustration with nothing asked ("f*** this job market"): an acknowledgement."""


@dataclass(frozen=True, slots=True)
class MeaningAsk:
    """ "What does LLM exposure mean?": what a figure measures, its source and its rule."""

    focus: str


@dataclass(frozen=True, slots=True)
class OtherLanguage:
    """A message in another language; ``code`` is ISO 639-1 ("es", "uk")."""

    code: str


Request = (
    Chat
    | CompareAsk
    | ProfileAsk
    | RoadmapAsk
    | OtherAsk
    | FocusAsk
    | WishAsk
    | WhyNotAsk
    | ScreenAsk
    | ChangeAsk
    | ElsewhereAsk
    | Care
    | Vent
    | MeaningAsk
    | OtherLanguage
)
