"""A ranking on one figure: "which AI job pays the most?", "what can I learn the fastest?",
"best paying healthcare jobs". Fields limit the careers ranked; a refinement ("and remote
too", "only without a degree", "what about healthcare?") adds to what is on screen.
Anything beyond one figure is a shortlist for the person (``dialogue.shortlists``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from careerbot._utils.text import clean_display
from careerbot.careers.catalog import Catalog
from careerbot.careers.demand import openings
from careerbot.careers.fields import KIND, OUTSIDE, TRAITS, of_kind, scope_label, within
from careerbot.careers.model import Career
from careerbot.dialogue import guide
from careerbot.dialogue.codec import Compare, Guide, Profile, encode
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.generic import next_note, noted
from careerbot.dialogue.replies import Button, Keyboard, Reply
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import Preferences
from careerbot.recommend.ranking import SHOWN, Ranking, rank
from careerbot.recommend.reasons import wish_text
from careerbot.render.document import Document
from careerbot.render.exposure import replacement_document
from careerbot.render.recommendation import groups_document, recommendation_document


def merged_scope(before: tuple[str, ...], asked: tuple[str, ...]) -> tuple[str, ...]:
    """Fields asked now, added to those before: another industry replaces the one before
    ("what about healthcare?" after trades), a kind of work adds ("without a degree")."""
    if any(f not in TRAITS for f in asked):
        before = tuple(f for f in before if f in TRAITS)
    return tuple(dict.fromkeys((*before, *asked)))


def in_scope(catalog: Catalog, scope: tuple[str, ...]) -> tuple[Career, ...]:
    """The careers in every field of the scope, and of its kind of job ("kind:nurse"); where
    no career is in every field ("designing roads… driving uber": engineering and
    transport), those in any of them."""

    def within_field(career: Career, field: str) -> bool:
        return (
            of_kind(career.title, field) if field.startswith(KIND) else within(career.fields, field)
        )

    every = tuple(c for c in catalog.careers if all(within_field(c, f) for f in scope))
    if len(every) >= SHOWN or len(scope) < 2:  # one field has no "any of"
        return every
    # "jobs in sales or hospitality": fewer than a list's worth in both industries, so those
    # in either, still of every kind of work asked ("without a degree")
    industries = [f for f in scope if f not in TRAITS and not f.startswith((OUTSIDE, KIND))]
    kinds = [f for f in scope if f not in industries]
    if len(industries) >= 2:
        either = tuple(
            c
            for c in catalog.careers
            if any(within_field(c, f) for f in industries)
            and all(within_field(c, f) for f in kinds)
        )
        if either:
            return either
    if every:
        return every
    return tuple(c for c in catalog.careers if any(within_field(c, f) for f in scope))


def ranked_reply(
    catalog: Catalog,
    context: ChatContext,
    preferences: Preferences,
    scope: tuple[str, ...] = (),
    person: Person | None = None,
) -> Reply:
    """The careers of the fields asked, ranked on the one figure asked for; without those
    the person ruled out or took off the list ("get rid of the doctors")."""
    labels = tuple(label for f in scope if (label := scope_label(f)) is not None)
    pool = in_scope(catalog, scope)
    if person is not None and (person.excluded or person.dropped):
        gone = {*person.excluded, *person.dropped}  # as named: a ranking is of every career
        pool = tuple(c for c in pool if c.slug not in gone)
    seen = set(person.seen) if person is not None else set()
    # the next of the list ("more"): ranked with those shown before, so each keeps its place
    ranking = rank(pool, preferences, single=True, shown=SHOWN + len(seen))
    ranking = replace(ranking, picks=tuple(p for p in ranking.picks if p.career.slug not in seen))
    if ranking.unranked:  # "least likely to be replaced by AI": no source rates that
        return _not_ranked(catalog, context, replace(ranking, picks=()), scope, labels)
    slugs = tuple(p.career.slug for p in ranking.picks)
    document = recommendation_document(ranking, catalog.sources, True, labels)
    kept = replace(
        context,
        screen="ranking",
        preferences=preferences.encode(),
        scope=",".join(scope) or None,
        not_judged=None,
        subject=slugs[0] if slugs else context.subject,
        shown=",".join(slugs) or None,
        pending=None,
        person=person.encode() or None if person is not None else context.person,
    )
    reply = _rank_reply(catalog, kept, ranking, document, scope)
    if seen:
        reply = noted(reply, [next_note(len(seen))])
    if person is None or not (person.excluded or person.dropped):
        return reply
    gone = {*person.excluded, *person.dropped} & {c.slug for c in in_scope(catalog, scope)}
    named = sorted(catalog.by_slug[s].title for s in gone if s in catalog.by_slug)
    said = (
        f"{', '.join(named)} taken off the list"
        if 0 < len(named) <= 3
        else f"{len(gone)} careers taken off the list"
    )
    return noted(reply, [f"Left out, as you asked: {said}."])


def _rank_reply(
    catalog: Catalog,
    kept: ChatContext,
    ranking: Ranking,
    document: Document,
    scope: tuple[str, ...],
) -> Reply:
    slugs = tuple(p.career.slug for p in ranking.picks)
    top = ranking.picks[0].career.title if ranking.picks else "no match"
    return Reply(
        kind="rank",
        document=document,
        context=kept,
        buttons=_keyboard(catalog, slugs),
        careers=slugs,
        ranking=ranking,
        scope=scope,
        title=clean_display(
            "Careers that fit: " + " · ".join(wish_text(p) for p in ranking.preferences.active),
            100,
        ),
        summary=f"#1 {top}",
    )


def shown_ranked_reply(
    catalog: Catalog,
    context: ChatContext,
    careers: Sequence[Career],
    preferences: Preferences,
    *,
    label: str | None = None,
) -> Reply | None:
    """ "Which of those pays the most?" said to a list: the careers on it ranked on that
    figure. What the list was asked for stays, so the next change refines it still. None
    where no source ranks them on it."""
    label = label or f"the {len(careers)} on screen"
    ranking = rank(careers, preferences, single=True, each_line_once=False)
    slugs = tuple(p.career.slug for p in ranking.picks)
    if ranking.unranked:
        # "which of those is safest from AI?": no source rates that; their exposure beside
        # each, in the list's order, never ranked on it
        kept = replace(context, pending=None)
        return _exposure_reply(
            catalog, kept, replace(ranking, picks=()), careers, (label,), listed=True
        )
    if not slugs:
        return None
    document = recommendation_document(ranking, catalog.sources, True, (label,))
    kept = replace(context, subject=slugs[0], shown=",".join(slugs), pending=None)
    scope = tuple(context.scope.split(",")) if context.scope else ()
    reply = _rank_reply(catalog, kept, ranking, document, scope)
    return replace(reply, focus=preferences.active[0].criterion if preferences.active else None)


def ai_careers_reply(catalog: Catalog, context: ChatContext) -> Reply:
    """ "What AI careers are there?": the AI career comparison pages' careers with the pages'
    figures, then the O*NET occupations in AI work with BLS figures: two sources, listed
    apart and never ranked against each other."""
    field = in_scope(catalog, ("ai",))
    pages = [c for c in field if c.soc is None]
    occupations = sorted((c for c in field if c.soc is not None), key=lambda c: -(openings(c) or 0))
    document = groups_document(
        "AI careers",
        [
            ("From the AI career comparison pages (their pay ranges)", pages),
            ("O*NET occupations in AI work (BLS pay), most openings first", occupations),
        ],
        catalog.sources,
    )
    slugs = tuple(c.slug for c in (*pages, *occupations))
    kept = replace(
        context,
        screen="ranking",
        preferences=None,
        scope="ai",
        not_judged=None,
        subject=slugs[0] if slugs else None,
        shown=",".join(slugs) or None,
        pending=None,
    )
    return Reply(
        kind="rank",
        document=document,
        context=kept,
        buttons=_keyboard(catalog, slugs),
        careers=slugs,
        scope=("ai",),
        title="AI careers",
        summary=f"{len(slugs)} careers",
    )


def _not_ranked(
    catalog: Catalog,
    context: ChatContext,
    ranking: Ranking,
    scope: tuple[str, ...],
    labels: tuple[str, ...],
) -> Reply:
    """ "Which jobs are least likely to be replaced by AI?": what the sources can and cannot
    say, and no ranking made from exposure (``ranking`` holds no picks)."""
    # within a field, its largest careers with their exposure beside, in that order
    field = _most_openings(in_scope(catalog, scope)) if scope else []
    slugs = [c.slug for c in field]
    kept = replace(
        context,
        preferences=ranking.preferences.encode(),
        scope=",".join(scope) or None,
        screen="ranking",
        shown=",".join(slugs) or None,
        subject=slugs[0] if slugs else context.subject,
    )
    return _exposure_reply(catalog, kept, ranking, field, labels, scope=scope)


def _exposure_reply(
    catalog: Catalog,
    kept: ChatContext,
    ranking: Ranking,
    careers: Sequence[Career],
    labels: tuple[str, ...],
    *,
    scope: tuple[str, ...] = (),
    listed: bool = False,
) -> Reply:
    """What the sources say of AI beside ``careers``, in their order, never ranked on it."""
    slugs = tuple(c.slug for c in careers)
    return Reply(
        kind="rank",
        document=replacement_document(labels, catalog.sources, list(careers), listed),
        context=kept,
        buttons=_keyboard(catalog, slugs),
        careers=slugs,
        ranking=ranking,
        scope=scope,
        title="Being replaced by AI",
        summary="not ranked: no source rates replacement risk",
    )


#: careers listed beside what the sources say of AI within a field
FIELD_SHOWN = 5


def _most_openings(careers: Sequence[Career]) -> list[Career]:
    return sorted(careers, key=lambda c: -(openings(c) or 0.0))[:FIELD_SHOWN]


def _keyboard(catalog: Catalog, slugs: tuple[str, ...]) -> Keyboard:
    ids = [catalog.ids[s] for s in slugs]
    rows: list[tuple[Button, ...]] = []
    if len(ids) >= 2:
        rows.append((Button("⚖️ Compare #1 vs #2", encode(Compare(ids[0], ids[1]))),))
    if ids:
        rows.append((Button("ℹ️ Tell me about #1", encode(Profile(ids[0]))),))
    rows.append((Button("🧭 Find careers that fit me", encode(Guide(0, guide.BLANK))),))
    return tuple(rows)
