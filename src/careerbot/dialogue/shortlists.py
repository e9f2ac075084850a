""" "Which career fits me?": a shortlist for the person from what they said of themselves, the
guided profile that asks them when they don't know, and "why not nursing?"."""

from __future__ import annotations

from dataclasses import replace

from careerbot._utils.text import clean_display
from careerbot.careers.catalog import Catalog
from careerbot.careers.fields import TRAITS as KINDS_OF_WORK
from careerbot.careers.fields import scope_label
from careerbot.careers.model import Career
from careerbot.dialogue import guide
from careerbot.dialogue.codec import Compare, Guide, Profile, Roadmap, encode
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.generic import next_note, noted
from careerbot.dialogue.replies import Button, Keyboard, Reply
from careerbot.dialogue.settle import opened_from
from careerbot.dialogue.wishes import ai_careers_reply, in_scope, merged_scope, ranked_reply
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import TYPICAL_PAY, Preferences
from careerbot.recommend.reasons import wish_text
from careerbot.recommend.shortlist import SHOWN, Shortlist, Standing, shortlist, standing
from careerbot.render.document import Document, Para
from careerbot.render.shortlist import (
    said_of,
    shortlist_document,
    why_not_document,
    why_these_document,
)
from careerbot.understanding.requests import WishAsk

START = (
    "Let's find careers that fit you: ten quick questions, about a minute. Skip any you "
    "like, or stop early with “Show my matches now”."
)
RESUME = "Picking up where you left off."


def not_judged_line(not_judged: tuple[str, ...]) -> str:
    return f"No source rates {', '.join(not_judged)}, so I can't judge careers on it."


def _split(text: str | None, between: str = ",") -> tuple[str, ...]:
    return tuple(t for t in (text or "").split(between) if t)


#: what parts the wishes no source rates as kept on screen: their names hold commas
#: ("paying for training (the GI Bill, financial aid)")
_UNJUDGED_BETWEEN = "|"


#: the weight of a figure asked for the top of, said to a list: above what was said before
ABOVE_ALL = 3.0


def wish_answer(catalog: Catalog, context: ChatContext, wish: WishAsk) -> Reply:
    """Wishes in, careers out. Said to a list on screen as a change ("and remote too", "no
    degree", "more pay"), they refine it; what a person says of themselves adds to what they
    said before in this chat (a person is the same person from one message to the next).
    One figure asked for alone ("which jobs pay the most?") is a ranking on it; anything
    else is a shortlist for the person; nothing at all to go on starts the guided profile."""
    # "can u redo my list" after a comparison opened from it: that list, its wishes kept
    back_to_list = (
        wish.refining
        and bool(context.before)
        and bool(context.preferences or context.scope or context.person)
    )
    # "anything that doesnt need me on my feet" said to a card or roadmap opened from the list:
    # that list, changed
    from_card = bool(opened_from(context)) and (wish.personal or wish.refining)
    on_list = context.screen == "ranking" or back_to_list or from_card
    # "instead of the pilot one show me something in healthcare": a change to the list too
    changed = bool(wish.person.excluded or wish.person.dropped or wish.person.seen)
    refining = on_list and (wish.refining or wish.fresh_criteria or wish.personal or changed)
    if wish.scope == ("ai",) and not (wish.preferences.active or wish.person or refining):
        return ai_careers_reply(catalog, context)  # "what AI careers are there?"
    told = replace(wish.person, not_judged=(*wish.person.not_judged, *wish.not_judged))
    before_told = Person.decode(context.person)
    if _asked_of_listed(told, before_told, context):
        # "midwife in 1 year?? is that real", "PTA would kill my wrist lol": a career of the
        # list, asked of or turned down, is no job of theirs; theirs stays
        told = replace(told, current=None, from_shown=False)
    # a job of theirs told anew ("im a cashier and want remote work" after a list in
    # healthcare) starts a new list from it, as a career to start from does
    afresh = wish.afresh or (told.current is not None and told.current != before_told.current)
    if afresh and before_told.from_shown:  # a new list: not from the career shown before
        before_told = before_told.without_current()
    person = before_told.merged(told)
    if wish.unsaid:  # "i never said i like outdoors": a liking read wrongly goes
        person = replace(
            person,
            likes=tuple(t for t in person.likes if t not in wish.unsaid),
            dislikes=tuple(t for t in person.dislikes if t not in wish.unsaid),
            values=tuple(t for t in person.values if t not in wish.unsaid),
        )
    preferences, scope = wish.preferences, wish.scope
    if refining:
        before = Preferences.decode(context.preferences)
        if afresh:  # "ok nevermind, what are some tech jobs…": the wish said now
            before = Preferences()
        if not wish.fresh_criteria:
            preferences = before.merged(preferences)
        else:  # "which of these needs the least training": that first, the rest kept
            # (of a ranking on one figure, only its musts: "and the most in demand?" is
            # another ranking)
            asked = {p.criterion for p in preferences.items}
            shortlisted = bool(Person.decode(context.person))
            kept = [p for p in before.items if p.criterion not in asked and (p.hard or shortlisted)]
            first = [replace(p, weight=max(p.weight, ABOVE_ALL)) for p in preferences.items]
            preferences = Preferences((*kept, *first))
        scope = scope if afresh else merged_scope(_split(context.scope), scope)
        said = tuple(
            name
            for name in dict.fromkeys(
                (*_split(context.not_judged, _UNJUDGED_BETWEEN), *person.not_judged)
            )
            if name not in wish.unsaid  # "forget the schedule thing"
        )
        person = replace(person, not_judged=said)
    ranked = Preferences.decode(context.preferences).active if on_list else ()
    if refining and len(ranked) == 1 and not person and all(p.hard for p in wish.preferences.items):
        # "2 years or less" said to "the highest paying jobs": that ranking, within the limit
        preferences = Preferences((*ranked, *(p for p in preferences.items if p.hard)))
        reply = ranked_reply(catalog, context, preferences, scope, person)
        return replace(reply, focus=ranked[0].criterion)
    # one figure asked for alone, or its top asked for ("what career can I learn the
    # fastest?"): a ranking on that figure; enough pay alone ("jobs that pay ok") orders
    # nothing, so it is a floor under the stated default order
    single = len(preferences.active) == 1 and not person.not_judged
    single = single and preferences.active[0].measure != TYPICAL_PAY
    if single and (not (wish.personal or person) or (wish.superlative and not person)):
        return _asked(ranked_reply(catalog, context, preferences, scope), wish)
    if not (person or preferences.active or scope):
        noted = [wish_text(p) for p in preferences.items]  # "remote work: doesn't matter"
        notice = " ".join(
            [
                *([f"Noted: {'; '.join(noted)}."] if noted else []),
                *([not_judged_line(person.not_judged)] if person.not_judged else []),
                START,
            ]
        )
        return guide_reply(context, Guide(0, guide.BLANK), notice)
    # "best paying outdoor jobs": the top of one figure asked for, among the careers with
    # what they like: that figure orders them, above all
    soft = [p for p in preferences.active if not p.hard]
    if wish.superlative and not person.current and len(soft) == 1 and soft[0].measure is None:
        preferences = preferences.with_item(replace(soft[0], weight=max(soft[0].weight, ABOVE_ALL)))
    # "least stressful jobs": the least of one trait asked for, by nobody of a job
    least = wish.superlative and not person.current and len(person.wishes) == 1
    reply = shortlist_reply(catalog, context, person, preferences, scope=scope, least_first=least)
    return _asked(reply, wish)


#: the figure a limit said as a field is about
_FOCUS_OF_FIELD = {"no_degree": "entry_barrier"}


def _asked(reply: Reply, wish: WishAsk) -> Reply:
    """The reply, with the figure this message asked about first as its focus ("and
    remote?", "remote jobs that pay well")."""
    named: list[str | None] = [p.criterion for p in wish.preferences.items]
    named += [_FOCUS_OF_FIELD.get(f) for f in wish.scope]
    if wish.person.schooling is not None:
        named.append("entry_barrier")
    focus = next((f for f in named if f is not None), None)
    return reply if focus is None else replace(reply, focus=focus)


#: fewer moves than this from a job, and the list is filled from any start
FEW_MOVES = 3


def shortlist_reply(
    catalog: Catalog,
    context: ChatContext,
    person: Person,
    preferences: Preferences,
    *,
    scope: tuple[str, ...] = (),
    answers: str | None = None,
    least_first: bool = False,
) -> Reply:
    pool = in_scope(catalog, scope) if scope else None
    industry = any(f not in KINDS_OF_WORK for f in scope)

    def listed(who: Person) -> Shortlist:
        return shortlist(
            catalog.careers,
            who,
            preferences,
            pool=pool,
            field_named=industry,
            median=all_median(catalog),
            least_first=least_first,
        )

    result = listed(person)
    current = catalog.by_slug.get(person.current or "")
    # "more": the next of the list, numbered from one, as places on screen are said
    notes: list[str] = [next_note(len(person.seen))] if person.seen else []
    if not result.suggestions and current is not None:
        # no move from their job meets it all: what fits what they said, from any start
        anywhere = listed(person.without_current())
        if anywhere.suggestions:
            result = replace(anywhere, person=person)  # the person is as they said
            notes.append(
                f"No move from {current.title} meets all of that; these fit what you said, "
                "from any start."
            )
    elif current is not None and 0 < len(result.suggestions) < FEW_MOVES:
        # "only 2 options?": the few moves first, then what fits from any start
        have = {s.career.slug for s in result.suggestions}
        anywhere = listed(person.without_current())
        extra = [s for s in anywhere.suggestions if s.career.slug not in have]
        extra = extra[: SHOWN - len(result.suggestions)]
        if extra:
            result = replace(result, suggestions=(*result.suggestions, *extra))
            moves = len(result.suggestions) - len(extra)
            notes.append(
                f"Only {moves} move{'s' if moves > 1 else ''} from {current.title} meet"
                f"{'' if moves > 1 else 's'} all of that; the rest fit what you said, from any "
                "start."
            )
    labels = tuple(label for f in scope if (label := scope_label(f)) is not None)
    ruled_out = [
        c
        for slug in dict.fromkeys((*person.excluded, *person.dropped))
        if (c := catalog.by_slug.get(slug)) is not None
    ]
    document = shortlist_document(result, catalog.sources, current, labels, ruled_out)
    told = said_of(person, current, ruled_out) + [wish_text(p) for p in preferences.items]
    slugs = tuple(s.career.slug for s in result.suggestions)
    kept = replace(
        context,
        screen="ranking",
        person=person.encode() or None,
        preferences=preferences.encode() or None,
        scope=",".join(scope) or None,
        not_judged=_UNJUDGED_BETWEEN.join(person.not_judged) or None,
        subject=slugs[0] if slugs else context.subject,
        shown=",".join(slugs) or None,
        guide=None,
        pending=None,
    )
    top = result.suggestions[0].career.title if result.suggestions else "no match"
    reply = Reply(
        kind="recommend",
        document=document,
        context=kept,
        buttons=_keyboard(catalog, result, current, answers),
        careers=slugs,
        shortlist=result,
        scope=scope,
        not_judged=person.not_judged,
        title=clean_display("Careers that fit: " + " · ".join(told), 100),
        summary=f"#1 {top}",
    )
    return noted(reply, notes) if notes else reply


def _keyboard(
    catalog: Catalog, result: Shortlist, current: Career | None, answers: str | None
) -> Keyboard:
    ids = [catalog.id_of(s.career) for s in result.suggestions]
    rows: list[tuple[Button, ...]] = []
    if len(ids) >= 2:
        rows.append((Button("⚖️ Compare 1 and 2", encode(Compare(ids[0], ids[1]))),))
    if ids and current is not None:
        way = Roadmap(ids[0], catalog.id_of(current))
        rows.append((Button(f"🗺 From {_short(current.title)} to 1", encode(way)),))
    if ids:
        rows.append((Button("ℹ️ More about 1", encode(Profile(ids[0]))),))
    again = Guide(0, answers) if answers else Guide(0, guide.BLANK)
    label = "🎯 Change my answers" if answers else "🧭 Answer a few questions"
    rows.append((Button(label, encode(again)),))
    return tuple(rows)


def all_median(catalog: Catalog) -> float | None:
    """The median pay of all occupations, from the wage source that publishes it (OEWS)."""
    for source in catalog.sources.values():
        if source.all_occupations is not None and source.all_occupations.median is not None:
            return float(source.all_occupations.median)
    return None


def _short(title: str) -> str:
    return title if len(title) <= 24 else title[:23].rsplit(" ", 1)[0] + "…"


def guide_reply(context: ChatContext, state: Guide, notice: str | None = None) -> Reply:
    """One question of the guided profile, or the start of it."""
    text = guide.question_text(state)
    document = Document((Para(notice), Para(text))) if notice else Document((Para(text),))
    return Reply(
        kind="fit",
        document=document,
        context=replace(context, screen="guide", guide=f"{state.step}:{state.answers}"),
        buttons=guide.keyboard(state),
    )


def resume(context: ChatContext) -> Guide | None:
    """The guide's last step shown in this chat, if it is not finished."""
    step, _, answers = (context.guide or "").partition(":")
    state = Guide(int(step), answers) if step.isdigit() else None
    return state if state is not None and guide.valid(state) and state.step < guide.STEPS else None


def guide_step(
    catalog: Catalog, context: ChatContext, state: Guide, notice: str | None = None
) -> Reply:
    """A tap in the guide: the next question (``notice`` before it), or at the end, the
    shortlist."""
    if state.step < guide.STEPS:
        return guide_reply(context, state, notice)
    person, preferences = guide.profile(state.answers)
    person = Person.decode(context.person).merged(person)
    if not (person or preferences):
        notice = "Answer at least one question first, or tell me about yourself in your words."
        return guide_reply(context, Guide(0, state.answers), notice)
    return shortlist_reply(catalog, context, person, preferences, answers=state.answers)


def _standing(catalog: Catalog, context: ChatContext, career: Career) -> Standing:
    """Where a career stands for the person the conversation has read."""
    scope = _split(context.scope)
    return standing(
        catalog.careers,
        Person.decode(context.person),
        Preferences.decode(context.preferences),
        career,
        pool=in_scope(catalog, scope) if scope else None,
        median=all_median(catalog),
        field_named=any(f not in KINDS_OF_WORK for f in scope),
    )


def _listed(context: ChatContext) -> list[str]:
    """The list on screen, in its order (which the moves' tiers set)."""
    return context.shown.split(",") if context.screen == "ranking" and context.shown else []


def why_not_reply(catalog: Catalog, context: ChatContext, career: Career) -> Reply:
    found = _standing(catalog, context, career)
    # on the list shown: its place there ("#5 above")
    listed = _listed(context)
    place = listed.index(career.slug) + 1 if career.slug in listed else None
    document = why_not_document(career, found, catalog.sources, listed=place)
    profile = Profile(catalog.id_of(career))
    return Reply(
        kind="recommend",  # where a career stands for the person, said to their shortlist
        document=document,
        context=replace(context, subject=career.slug),
        careers=(career.slug,),
        buttons=((Button(f"ℹ️ More about {_short(career.title)}", encode(profile)),),),
    )


def why_these_reply(catalog: Catalog, context: ChatContext) -> Reply | None:
    """ "Why those?" said to a person's list: what each career on it has of what they
    said, in the list's order; None when no list is on screen."""
    careers = [c for slug in _listed(context)[:SHOWN] if (c := catalog.by_slug.get(slug))]
    if not careers:
        return None
    standings = [(c, _standing(catalog, context, c)) for c in careers]
    return Reply(
        kind="recommend",
        document=why_these_document(standings, catalog.sources),
        context=context,
        careers=tuple(c.slug for c in careers),
        buttons=tuple(
            (Button(f"{place}. {_short(c.title)}", encode(Profile(catalog.id_of(c)))),)
            for place, c in enumerate(careers, 1)
        ),
    )


def _asked_of_listed(told: Person, before: Person, context: ChatContext) -> bool:
    """A career of the list on screen read as their job, though they told theirs before."""
    listed = {*(context.shown or "").split(","), *(context.listed or "").split(",")}
    return (
        told.current is not None
        and before.current is not None
        and told.current != before.current
        and told.current in listed
    )
