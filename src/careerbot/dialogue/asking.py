"""Questions back, and answers that are not a career: "which teacher do you mean?", "did you
mean…?", "O*NET has no occupation called product manager; the nearest are…", "I don't know
that one". A question back remembers what it is for (``Pending``), so a button or a typed
answer ("civil", "high school") completes it with the other side kept."""

from __future__ import annotations

from dataclasses import replace

from careerbot._utils.text import clean_display
from careerbot.careers.catalog import Catalog
from careerbot.careers.criteria import BY_NAME as CRITERIA
from careerbot.careers.criteria import figure_name
from careerbot.careers.model import Career
from careerbot.dialogue import keyboards as kb
from careerbot.dialogue.context import ChatContext, Pending, Then
from careerbot.dialogue.replies import Reply, text_reply
from careerbot.dialogue.settle import Choice, NoOccupation, NothingShown, Unknown
from careerbot.understanding.lexicon import word_list
from careerbot.understanding.names import tokens_of
from careerbot.understanding.resolution import Ambiguous, Candidate, Match, NameIndex

NOTHING_SHOWN = (
    "Which career? Nothing is on screen yet: ask about one (“how much do electricians make?”) "
    "or compare two (“nurse or teacher?”)."
)
#: a typed answer to "which one?" is short; a longer message is a new question
ANSWER_WORDS = 4


def _shown(said: str) -> str:
    return clean_display(said, 60)


def choice_reply(
    catalog: Catalog,
    context: ChatContext,
    choice: Choice,
    pending: Pending,
) -> Reply:
    """ "Which one do you mean by “teacher”?", each choice opening what was asked."""
    partner = catalog.by_slug.get(pending.kept or "")
    if choice.near_miss:
        question = f"I don't know “{_shown(choice.said)}”. Did you mean one of these?"
    else:
        question = f"Which one do you mean by “{_shown(choice.said)}”?"
    if partner is not None and pending.then == "compare":
        question += f" (to compare with {partner.title})"
    slugs = tuple(c.slug for c in choice.options)
    return text_reply(
        "clarify",
        replace(context, pending=replace(pending, options=slugs, said=choice.said)),
        question,
        *_figure_of_each(catalog, choice, pending),
        "Tap one, or type a word that tells them apart.",
        buttons=kb.choices_keyboard(
            catalog, choice.options, pending.then, partner, pending.kept_first
        ),
        careers=slugs,
        kept=(partner.slug,) if partner else (),
        unresolved=(choice.said,) if choice.near_miss else (),
    )


def _figure_of_each(catalog: Catalog, choice: Choice, pending: Pending) -> list[str]:
    """ "engineer, how much do they make": the figure asked, for each kind offered, so the
    question is answered while it asks which."""
    attribute = CRITERIA.get(pending.focus)  # type: ignore[call-overload]
    if choice.near_miss or attribute is None or pending.then != "profile":
        return []
    said = "; ".join(f"{c.title}: {attribute.say(c)}" for c in choice.options)
    figures = [f for c in choice.options if (f := attribute.figure(c)) is not None]
    found = [catalog.sources.get(f.source) for f in figures]
    named = ", ".join(dict.fromkeys(s.short or s.name for s in found if s is not None))
    source = f" ({named})" if named else ""
    noun = "Median pay" if attribute.name == "salary" else figure_name(attribute, choice.options)
    return [f"{noun} of each{source}: {said}."]


def no_occupation_reply(
    catalog: Catalog,
    context: ChatContext,
    gap: NoOccupation,
    then: Then,
    partner: Career | None,
    *,
    partner_first: bool = True,
) -> Reply:
    """Work with no occupation of its own: said so, and the nearest offered with why."""
    nearest = gap.nearest
    names = ", ".join(c.title for c in nearest) or "none close enough to offer"
    text = (
        f"O*NET and BLS have no occupation called “{_shown(gap.said)}”: {gap.why}. "
        f"The nearest: {names}."
    )
    if partner is not None:
        text += f" Pick one to compare with {partner.title}."
    slugs = tuple(c.slug for c in nearest)
    pending = Pending(then, slugs, partner.slug if partner else None, partner_first)
    kept = replace(context, pending=pending if nearest else None)
    if partner is None and slugs:
        # the nearest are what "they" means next: "how much do they make?" asks their pay
        kept = replace(kept, shown=",".join(slugs), subject=slugs[0], screen=None)
    return text_reply(
        "no_occupation",
        kept,
        text,
        buttons=kb.choices_keyboard(catalog, nearest, then, partner, partner_first),
        careers=slugs,
        kept=(partner.slug,) if partner else (),
        unresolved=(gap.said,),
    )


def unknown_reply(
    context: ChatContext, unknown: Unknown | NothingShown, also: tuple[str, ...] = ()
) -> Reply:
    """``also``: other names in the message no career has (for the operators' /stats)."""
    if isinstance(unknown, NothingShown):
        return text_reply("help", context, NOTHING_SHOWN)
    return text_reply(
        "unknown",
        context,
        f"I don't know a career called “{_shown(unknown.said)}”.",
        "Send /list to see the careers I know, or /help for examples.",
        unresolved=(unknown.said, *also),
    )


_HEDGES = word_list("answer_hedges")
_HANDIWORK = word_list("handiwork")


def _said_forms(said: str | None) -> list[str]:
    """The words asked about, and the worker they name first ("engineering": "engineer")."""
    if not said:
        return []
    if said.endswith("ing") and len(said) > 6:
        return [said[:-3] + "er", said]
    return [said]


def typed_answer(message: str, pending: Pending, index: NameIndex) -> str | None:
    """The career a typed answer picks ("civil" for "which engineer?"): an option whose own
    title has every word typed, else the typed words with the words asked about naming one
    career ("kindergarten" + "teacher"), else the likeliest option with a name that has them."""
    typed = [w for w in tokens_of(message) if w not in _HEDGES]  # "civil i think"
    if not typed or len(typed) > ANSWER_WORDS:
        return None
    fitting = [slug for slug in pending.options if index.covers(slug, typed)]
    titled = [slug for slug in fitting if set(typed) <= index.title_words(slug)]
    if titled:  # of "Mechanical Engineers" and "Mechanical Engineering Technologists…", the first
        return min(titled, key=lambda slug: len(index.title_words(slug)))
    for said in _said_forms(pending.said):
        # "a therapist for mental health": the kind said around the word asked about
        kind = [w for w in typed if w not in (said, "for", "of", "in", "with")]
        found = index.resolve(f"{' '.join(kind)} {said}")
        if isinstance(found, Ambiguous):  # "mental health therapist": the kind titled so
            named = [c.slug for c in found.candidates if set(kind) <= index.title_words(c.slug)]
            found = Match(Candidate(named[0], 1.0, named[0])) if named else found
        if isinstance(found, Match) and index.covers(found.slug, kind):
            return found.slug
    return fitting[0] if fitting else _thing_worked_on(typed, pending, index)


def _thing_worked_on(typed: list[str], pending: Pending, index: NameIndex) -> str | None:
    """The career a thing worked on names ("fixing ac units" to "which technician?"): the
    thing with the words asked about, else alone, when it names one career."""
    thing = [w for w in typed if w not in _HANDIWORK]
    if not thing or len(thing) == len(typed):
        return None
    for said in [*_said_forms(pending.said), None]:
        found = index.resolve(" ".join(thing if said is None else [*thing, said]))
        if isinstance(found, Match):
            return found.slug
    return None
