"""A name several careers share, inside a comparison ("nurse or teacher?"): read as the kind
most people do, said so, and the other kinds offered a tap away; a name that is no career
is said, not dropped. A lone generic word may still be asked about ("which teacher?")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from careerbot._utils.text import clean_display
from careerbot.careers.catalog import Catalog
from careerbot.careers.formatting import short_title
from careerbot.careers.model import Career
from careerbot.dialogue.codec import Compare, encode
from careerbot.dialogue.context import Pending
from careerbot.dialogue.replies import Button, Reply
from careerbot.dialogue.settle import Choice, NoOccupation, NothingShown, Outcome, Settled, Unknown
from careerbot.render.document import Document, Heading, Para
from careerbot.understanding.requests import Mention
from careerbot.understanding.resolution import Match
from careerbot.understanding.slang import ABBREVIATIONS

#: the other kinds offered as buttons
KINDS = 3


#: a name's likeliest kind is taken alone when it has this many times the openings of the
#: next ("hr": human resources specialists); nearer, the person is asked which they mean
DOMINANT = 2.0


def titled(said: str, options: Sequence[Career]) -> Sequence[Career]:
    """The options whose own title says every word ("real estate": the agents and brokers,
    not office clerks, whom an alternate title "Real Estate Assistant" names); all of them
    when none does."""
    typed = re.findall(r"[a-z]+", said.lower())
    # shorthand read as its words: "hr" is human resources
    read = [w for t in typed for w in ABBREVIATIONS.get(t, (t,))]
    words = [w.rstrip("s") for w in read if len(w) > 2]
    if len(words) < 2:  # one word is said of a job many ways ("painter": coating, painting)
        return options
    named = [c for c in options if all(w in c.title.lower() for w in words)]
    # of those, the ones the words head ("real estate": its agents and brokers, not property
    # managers of "real estate and community associations")
    phrase = " ".join(read)
    led = [c for c in named if c.title.lower().startswith(phrase)]
    return led or named or options


def _likeliest(catalog: Catalog) -> Callable[[Career], tuple[bool, float]]:
    """How likely a kind is meant: one with BLS figures of its own before one that borrows a
    wider line's ("Physicians, All Other", split evenly among its careers, says nothing of
    how many are urologists), then the openings a year."""
    return lambda career: (career.bls_group is None, catalog.openings_of(career))


def dominant(found: Outcome, catalog: Catalog) -> Career | None:
    """The kind most people do of a name several careers share, when it clearly leads."""
    if not isinstance(found, Choice) or found.near_miss or not found.options:
        return None
    ranked = sorted(titled(found.said, found.options), key=_likeliest(catalog), reverse=True)
    most = [catalog.openings_of(c) for c in ranked[:2]]
    if len(ranked) == 1 or most[0] >= DOMINANT * max(most[1], 1):
        return ranked[0]
    return None


def title_note(subject: object, career: Career) -> str | None:
    """Said when a career was found by one of O*NET's other titles for it, not by its own
    ("machine learning engineer": Data Scientists), so the figures are not taken for that
    title's own."""
    if not isinstance(subject, Mention) or not isinstance(subject.found, Match):
        return None
    if subject.found.best.slug != career.slug:
        return None  # "counselors" beside mental health counselors: those shown, not the title
    name = subject.found.best.name
    if not career.soc or (name.isupper() and len(name) <= 5):
        return None  # the pages' careers have no O*NET titles; "LPN" is the title short
    title = set(re.findall(r"[a-z]+", career.title.lower()))
    said = [w.rstrip("s") for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 2]
    if all(any(t.startswith(w) for t in title) for w in said):
        return None
    return (
        f"“{name}” is one of O*NET's titles for {career.title}: the figures are that occupation's."
    )


def kind_note(found: Outcome, pick: Career) -> str:
    said = found.said if isinstance(found, Choice) else pick.title
    return (
        f"“{said}” can mean several careers: showing {pick.title}, the kind with by far the "
        "most openings a year (BLS)."
    )


def most_likely(
    found: Outcome, catalog: Catalog, apart_from: Sequence[Career] = ()
) -> tuple[Career | None, str | None]:
    """The career an outcome settles on, or the kind most people do (the most openings a
    year, BLS; a line an occupation shares with its O*NET specialties is its own, one
    several occupations share is split evenly among them: ``Catalog.openings_share``)
    where several share the name, but for the career it is set beside (``apart_from``:
    "case manager or social worker", whose likeliest kinds are one); with a note for the
    reply where it is not simply settled."""
    match found:
        case Settled(career=career):
            return career, None
        case Choice(said=said, options=options, near_miss=False) if options:
            kinds = [c for c in titled(said, options) if c not in apart_from] or [
                c for c in options if c not in apart_from
            ]
            if not kinds:
                return apart_from[0], None
            pick = max(kinds, key=_likeliest(catalog))
            borrowed = any(catalog.openings_of(c) > catalog.openings_of(pick) for c in kinds)
            why = (
                "the kind with the most openings a year that BLS counts on its own"
                if borrowed and catalog.openings_of(pick) > 0
                else "the kind with the most openings a year (BLS)"
                if catalog.openings_of(pick) > 0
                else "whose name is nearest (no BLS openings are published for these)"
            )
            note = f"“{said}” can mean several careers: showing {pick.title}, {why}"
            return pick, f"{note}; other kinds below."
        case Choice(said=said, options=options):
            names = ", ".join(c.title for c in options[:3])
            return None, f"I don't know “{said}” as a career; did you mean {names}?"
        case NoOccupation(said=said, nearest=nearest):
            near = ", ".join(c.title for c in nearest[:3])
            return None, f"“{said}” has no occupation of its own" + (
                f"; nearest: {near}." if near else "."
            )
        case Unknown(said=said):
            return None, f"I don't know “{said}” as a career."
        case NothingShown():
            return None, "Nothing is on screen to compare with yet."
    return None, None


def other_kinds(
    catalog: Catalog,
    found: Outcome,
    shown: Career,
    partner: Career,
    *,
    second_side: bool = False,
) -> list[tuple[Button, ...]]:
    """Buttons comparing the partner with each other kind of a shared name."""
    if not isinstance(found, Choice) or found.near_miss:
        return []
    kinds = [c for c in found.options if c not in (shown, partner)][:KINDS]
    return instead_buttons(catalog, kinds, partner, second_side=second_side)


def kinds_pending(found: Outcome, partner: Career, *, kept_first: bool) -> Pending | None:
    """The question left open by a name read as its likeliest kind: a typed word ("civil")
    picks another of its kinds, compared with the same partner."""
    if not isinstance(found, Choice) or found.near_miss:
        return None
    options = tuple(c.slug for c in found.options)
    return Pending("compare", options, partner.slug, kept_first, said=found.said)


def appended(reply: Reply, note: str) -> Reply:
    """The reply with a note said under its heading, where the career is named."""
    blocks = reply.document.blocks
    at = 1 if blocks and isinstance(blocks[0], Heading) else 0
    document = Document((*blocks[:at], Para(note, italic=True), *blocks[at:]))
    return replace(reply, document=document)


def next_note(seen: int) -> str:
    """Said over the next careers of a list ("more", "what else")."""
    return f"The next on the list: the {seen} shown before are left off. Say “more” again for more."


def noted(reply: Reply, notes: list[str], rows: list[tuple[Button, ...]] | None = None) -> Reply:
    """The reply with the notes said first and the rows of buttons added."""
    if not notes and not rows:
        return reply
    document = Document((*(Para(n, italic=True) for n in notes), *reply.document.blocks))
    return replace(reply, document=document, buttons=(*reply.buttons, *(rows or [])))


def nearest_in_pair(
    found: Outcome, partner: Career | None
) -> tuple[Settled, str, list[Career]] | None:
    """Work with no occupation of its own, compared with a career ("ux designer vs product
    manager"): its nearest occupation other than the partner, compared in its place and said
    so, with the others a tap away."""
    if not isinstance(found, NoOccupation):
        return None
    near = [c for c in found.nearest if c != partner]
    if not near:
        return None
    note = (
        f"O*NET and BLS have no occupation called “{clean_display(found.said, 60)}”: "
        f"{found.why}. Showing {near[0].title}, the nearest."
    )
    return Settled(near[0]), note, near[1 : KINDS + 1]


def instead_buttons(
    catalog: Catalog, others: list[Career], partner: Career, *, second_side: bool
) -> list[tuple[Button, ...]]:
    """Buttons comparing the partner with each of ``others`` instead."""
    rows: list[tuple[Button, ...]] = []
    for other in others:
        pair = (partner, other) if second_side else (other, partner)
        action = Compare(catalog.id_of(pair[0]), catalog.id_of(pair[1]))
        rows.append((Button(f"↔ {short_title(other)} instead", encode(action)),))
    return rows
