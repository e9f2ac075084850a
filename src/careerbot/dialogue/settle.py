"""From what a message named to a career: settled, a choice to offer, work with no
occupation of its own, or nothing known. A career on screen ("the first one", "it") is
read from the conversation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import assert_never

from careerbot._utils.text import fold, singular
from careerbot.careers.catalog import Catalog
from careerbot.careers.model import Career
from careerbot.dialogue.context import ChatContext
from careerbot.recommend.person import Person
from careerbot.render.many import first_on
from careerbot.understanding.requests import Mention, OnScreen, Subject
from careerbot.understanding.resolution import Ambiguous, Match, NameIndex, NotFound
from careerbot.understanding.slang import Unlisted
from careerbot.understanding.subjects import mention

#: a name no career has is offered as a near miss ("did you mean") from this score: below
#: it the nearest career shares too little with what was typed to be worth a question
NEAR_MISS = 0.5


@dataclass(frozen=True, slots=True)
class Settled:
    career: Career


@dataclass(frozen=True, slots=True)
class Choice:
    """Several careers fit the words: which one?"""

    said: str
    options: tuple[Career, ...]
    #: no career has the name; these are near misses ("did you mean…?")
    near_miss: bool = False


@dataclass(frozen=True, slots=True)
class NoOccupation:
    said: str
    nearest: tuple[Career, ...]
    why: str


@dataclass(frozen=True, slots=True)
class Unknown:
    said: str


@dataclass(frozen=True, slots=True)
class NothingShown:
    """ "The first one", "it": nothing on screen says which career."""


Outcome = Settled | Choice | NoOccupation | Unknown | NothingShown


PLACES = ("first", "second", "third", "fourth", "fifth")
#: the card's row each place by a figure is judged on, and whether it is the worst on it
_LEADS_ON = {
    "best_paid": ("Pay", False),
    "fastest_growing": ("Growth", False),
    "quickest": ("Learning", False),
    "easiest": ("Entry", False),
    "least_paid": ("Pay", True),
    "slowest_growing": ("Growth", True),
    "longest": ("Learning", True),
    "hardest": ("Entry", True),
}


def slugs(said: str | None) -> list[str]:
    """The careers a remembered list holds ("shown", "before", "compared"), in order."""
    return [s for s in (said or "").split(",") if s]


def shown(context: ChatContext) -> list[str]:
    """The careers on screen, in order (a comparison's sides, a list, a profile's career)."""
    if context.shown:
        return slugs(context.shown)
    return [s for s in (context.last_a, context.last_b) if s] or (
        [context.subject] if context.subject else []
    )


def opened_from(context: ChatContext) -> list[str]:
    """The list a profile or roadmap on screen was opened from, when it was."""
    if context.screen not in {"profile", "roadmap"} or not context.listed:
        return []
    listed = slugs(context.listed)
    return listed if context.subject in listed else []


def on_screen(which: str, context: ChatContext) -> str | None:
    """The slug a reference to the screen means: a place on it, or "it" (the career just
    shown, or the one that led on the figure last asked about)."""
    listed = shown(context)
    if which in PLACES and (opened := opened_from(context)):
        place = PLACES.index(which)  # "the second one" said to a profile opened from a list
        return opened[place] if place < len(opened) else None
    # a card opened from a comparison: "the first or the third one" are the comparison's
    compared = slugs(context.compared)
    opened_card = context.screen in {"profile", "roadmap"} and context.subject in compared
    if which in PLACES and opened_card and len(compared) >= 2:
        place = PLACES.index(which)
        return compared[place] if place < len(compared) else None
    if which == "last" and opened_card and len(compared) >= 2:
        return compared[-1]
    if which in PLACES and context.screen in {"compare", "ranking"}:
        place = PLACES.index(which)
        if place < len(listed):
            return listed[place]
        # "the third one" said to two of a list compared: the list's third
        whole = slugs(context.listed)
        from_list = context.screen == "compare" and set(listed) <= set(whole)
        return whole[place] if from_list and place < len(whole) else None
    if which == "last" and listed:
        return listed[-1]
    if which == "second_last":  # "second to last"; of two shown, the first
        return listed[-2] if len(listed) >= 2 else None
    if which == "middle" and len(listed) % 2 == 1:  # of three or five; of two or four, none
        return listed[len(listed) // 2]
    # a card after a list, with no comparison since: "the first one from before" is the list's;
    # so is a place said to one career's card ("compare actuary with the first one")
    one_card = context.screen in {"profile", "roadmap"}
    if which in PLACES and (context.last_a is None or one_card) and context.listed:
        earlier = slugs(context.listed)
        place = PLACES.index(which)
        return earlier[place] if place < len(earlier) else None
    # the sides of the last comparison, also when one of them is on screen on its own
    if which == "second":
        return context.last_b
    if which == "first":
        return context.last_a
    if context.screen in {"profile", "roadmap"} and context.subject:
        return context.subject
    return context.subject or context.last_a


def settle(
    subject: Subject, catalog: Catalog, context: ChatContext, partner: Career | None = None
) -> Outcome:
    """The career a subject names; ``partner``: the career on the other side of a
    comparison, whose category settles a name several careers share."""
    if isinstance(subject, OnScreen) and subject.which in _LEADS_ON:
        # "the cheapest one": of those on screen (or the list a card was opened from, or the
        # screen before one career's card), the one the card marks best on that row
        listed = opened_from(context) or shown(context)
        if len(listed) < 2 and context.screen in {"profile", "roadmap"}:
            listed = slugs(context.before)
        careers = [c for s in listed if (c := catalog.by_slug.get(s)) is not None]
        row, worst = _LEADS_ON[subject.which]
        best = first_on(careers, row, worst=worst) if len(careers) > 1 else None
        return Settled(best) if best is not None else NothingShown()
    if isinstance(subject, OnScreen):
        career = catalog.by_slug.get(on_screen(subject.which, context) or "")
        return Settled(career) if career is not None else NothingShown()
    found = _settled(subject, catalog, partner)
    if (
        isinstance(found, Settled)
        and found.career.slug not in shown(context)
        # (a worker's word read with its sentence's field is that field's worker: "in
        # construction … inspector" beside aviation inspectors)
        and (subject.exact or not isinstance(subject.found, Match))
        and (headed := _headed_on_screen(subject, catalog, context)) is not None
    ):
        return Settled(headed)  # "a controller" beside air traffic controllers: them
    own = catalog.by_slug.get(Person.decode(context.person).current or "")
    if own is not None and not _exact(subject, found) and _names_by_its_work(subject.said, own):
        return Settled(own)  # "from trucking", said by a truck driver
    if isinstance(found, Choice) and not found.near_miss:
        # "how do I become a pilot" beside airline pilots; "from teaching" said by a teacher
        # the career just talked about first ("why not cop?" then "…to police")
        # the person's own job first: "from fast food" said by a fast food worker, while
        # food service managers (a "fast food services manager" too) are on screen
        talked = [c for c in found.options if c.slug in _own_job(context)]
        talked += [c for c in found.options if c.slug == context.subject]
        if talked:
            return Settled(talked[0])
        known = {*shown(context), *_own_job(context)}
        mentioned = [c for c in found.options if c.slug in known]
        if len(mentioned) == 1:
            return Settled(mentioned[0])
        # "u left out social worker again": the kind shown a screen or two before
        earlier = {
            s for said in (context.before, context.compared, context.listed) for s in slugs(said)
        }
        mentioned = [c for c in found.options if c.slug in earlier]
        if not known.intersection(c.slug for c in found.options) and len(mentioned) == 1:
            return Settled(mentioned[0])
    if isinstance(found, Choice):
        # "i thought designers were safer" beside web designers: the one shown titled so
        said = name_words(subject.said) - name_words("the a an")
        titled = [
            c
            for slug in shown(context)
            if (c := catalog.by_slug.get(slug)) is not None and said and said <= name_words(c.title)
        ]
        if len(titled) == 1:
            return Settled(titled[0])
    return found


def _headed_on_screen(subject: Mention, catalog: Catalog, context: ChatContext) -> Career | None:
    """The one career on screen a lone word names as its title's head noun: "why so long to
    become a controller" beside Air Traffic Controllers (not Treasurers and Controllers);
    "a nurse" beside Nurse Practitioners is no practitioner."""
    said = name_words(subject.said) - name_words("the a an")
    if len(said) != 1:
        return None
    # (a card opened from a comparison: those compared too, "what about the mechanic"
    # after the pilots' card, with aircraft mechanics compared before it)
    earlier = [context.before, context.compared] if context.screen in {"profile", "roadmap"} else []
    for them in (shown(context), *(slugs(e) for e in earlier)):
        headed = [
            c
            for slug in them
            if (c := catalog.by_slug.get(slug)) is not None and said <= _heads(c.title)
        ]
        if headed:
            return headed[0] if len(headed) == 1 else None
    return None


def _heads(title: str) -> set[str]:
    """The head noun of each worker a title names: "Fire Inspectors and Investigators" is
    {"inspector", "investigator"}."""
    named = re.split(r",\s*(?:except|including)\b", fold(title))[0]  # not "Except Landscape"
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", named)
    return {singular(words[-1]) for part in parts if (words := re.findall(r"[a-z]+", part))}


def name_words(text: str) -> set[str]:
    """The words of a name, each singular: "Software Engineers" is {"software", "engineer"}."""
    return {singular(w) for w in re.findall(r"[a-z]+", fold(text))}


def _exact(subject: Mention, found: Outcome) -> bool:
    return isinstance(found, Settled) and subject.exact


def _names_by_its_work(said: str, career: Career) -> bool:
    """Whether words name a career by the work it does: "trucking" for truck drivers,
    "teaching" for teachers (a word of its title starts as the work's word does)."""
    words = said.casefold().split()
    stem = words[-1][:5] if words and words[-1].endswith("ing") and len(words[-1]) > 5 else ""
    title = career.title.casefold().replace("-", " ").replace(",", " ").split()
    return bool(stem) and any(word.startswith(stem) for word in title)


def _own_job(context: ChatContext) -> list[str]:
    current = Person.decode(context.person).current
    return [current] if current else []


def settle_words(
    said: str, catalog: Catalog, index: NameIndex, partner: Career | None = None
) -> Outcome:
    """The career typed words name (a reply to "type the career to compare with")."""
    return _settled(mention(said, index), catalog, partner)


def _settled(named: Mention, catalog: Catalog, partner: Career | None) -> Outcome:
    found = named.found

    def careers(slugs: tuple[str, ...] | list[str]) -> tuple[Career, ...]:
        return tuple(catalog.by_slug[s] for s in slugs if s in catalog.by_slug)

    match found:
        case Match(best=best):
            career = catalog.by_slug.get(best.slug)
            return Settled(career) if career is not None else Unknown(named.said)
        case Ambiguous(candidates=candidates):
            options = careers([c.slug for c in candidates])
            # (never the partner itself: "case manager" beside addiction counselors, whom
            # O*NET also titles so, is another kind)
            kin = [
                c for c in options if partner and c.category == partner.category and c != partner
            ]
            if len(kin) == 1:
                return Settled(kin[0])
            if kin:  # "electrical" beside mechanical engineers: the engineers of that name
                options = tuple(kin)
            # "middle school" beside high school teachers: the kin whose title starts so
            led = [c for c in kin if c.title.casefold().startswith(named.said.casefold())]
            if len(led) == 1:
                return Settled(led[0])
            return Choice(named.said, options) if options else Unknown(named.said)
        case NotFound(suggestions=suggestions):
            near = careers([c.slug for c in suggestions if c.score >= NEAR_MISS])
            kin = [c for c in near if partner and c.category == partner.category]
            if len(kin) == 1 and partner is not None:  # "vs primary" beside a teacher
                return Settled(kin[0])
            return Choice(named.said, near, near_miss=True) if near else Unknown(named.said)
        case Unlisted(nearest=nearest, why=why):
            return NoOccupation(named.said, careers(nearest), why)
        case _:
            assert_never(found)
