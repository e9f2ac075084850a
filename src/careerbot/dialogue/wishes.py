"""Wishes in, careers ranked out: "which AI job pays the most?", "remote, low AI risk, no
degree", "good tech jobs for introverts". Fields limit the careers ranked; wishes no figure
judges are named as such; a refinement ("and remote too", "only without a degree", "what
about healthcare?") adds to the ranking on screen."""

from __future__ import annotations

from dataclasses import replace

from careerbot.careers.catalog import Catalog
from careerbot.careers.fields import BY_NAME, TRAITS
from careerbot.careers.model import Career
from careerbot.dialogue import fit
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply
from careerbot.recommend.preferences import Preferences
from careerbot.understanding.requests import WishAsk


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(t for t in (text or "").split(",") if t)


def merged_scope(before: tuple[str, ...], asked: tuple[str, ...]) -> tuple[str, ...]:
    """Fields asked now, added to those before: another industry replaces the one before
    ("what about healthcare?" after trades), a kind of work adds ("without a degree")."""
    if any(f not in TRAITS for f in asked):
        before = tuple(f for f in before if f in TRAITS)
    return tuple(dict.fromkeys((*before, *asked)))


def in_scope(catalog: Catalog, scope: tuple[str, ...]) -> tuple[Career, ...]:
    return tuple(c for c in catalog.careers if all(f in c.fields for f in scope))


def wish_reply(catalog: Catalog, context: ChatContext, wish: WishAsk) -> Reply:
    on_screen = context.screen == "ranking"
    refining = on_screen and (wish.refining or wish.fresh_criteria)
    preferences, scope, unjudged = wish.preferences, wish.scope, wish.not_judged
    if refining:
        before = Preferences.decode(context.preferences)
        if not wish.fresh_criteria:
            preferences = before.merged(preferences)
        scope = merged_scope(_split(context.scope), scope)
        unjudged = tuple(dict.fromkeys((*_split(context.not_judged), *unjudged)))
    reply = ranked_reply(catalog, context, preferences, scope, unjudged)
    return reply


def ranked_reply(
    catalog: Catalog,
    context: ChatContext,
    preferences: Preferences,
    scope: tuple[str, ...] = (),
    not_judged: tuple[str, ...] = (),
) -> Reply:
    """One criterion and nothing unjudged: a ranking on it; else a recommendation."""
    careers = in_scope(catalog, scope)
    labels = tuple(BY_NAME[f].label for f in scope)
    single = len(preferences.active) == 1 and not not_judged
    reply = fit.recommend_reply(
        catalog, context, preferences, single, careers=careers, scope=labels, not_judged=not_judged
    )
    kept = replace(
        reply.context,
        screen="ranking",
        scope=",".join(scope) or None,
        not_judged=",".join(not_judged) or None,
        pending=None,
    )
    return replace(reply, context=kept, scope=scope, not_judged=not_judged)
