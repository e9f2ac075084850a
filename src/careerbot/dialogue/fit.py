""" "Which role fits me?": the ranked answer, its buttons, and the /fit button quiz.

The quiz keeps no state of its own: each button carries the answers so far as two bit
masks (what matters, what is a must), so a quiz survives restarts and runs in any process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from careerbot._utils.text import clean_display
from careerbot.careers.catalog import Catalog
from careerbot.careers.model import Career
from careerbot.dialogue.codec import Compare, Fit, Profile, encode
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Button, Keyboard, Reply
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.ranking import SHOWN, Ranking, by_openings, rank
from careerbot.recommend.reasons import wish_text
from careerbot.render.document import Document, Para
from careerbot.render.exposure import replacement_document
from careerbot.render.recommendation import field_document, recommendation_document

WANTS: tuple[tuple[str, Preference], ...] = (
    ("💰 Pay", Preference("salary", "high")),
    ("📈 Growing", Preference("demand", "high")),
    ("📋 Many openings", Preference("openings", "high")),
    ("⏱ Fast start", Preference("learning_curve", "low")),
    ("🚪 Easy entry", Preference("entry_barrier", "low")),
    ("🏠 Remote", Preference("remote", "high")),
    ("🙅 No coding", Preference("coding", "low")),
)
MUSTS: tuple[tuple[str, Preference], ...] = (
    ("Remote-friendly", Preference("remote", "high", hard=True)),
    ("No coding", Preference("coding", "low", hard=True)),
    ("Working within a year", Preference("learning_curve", "low", hard=True, limit=12)),
    ("Low entry barrier", Preference("entry_barrier", "low", hard=True)),
    ("Growing faster than average", Preference("demand", "high", hard=True)),
)
QUESTIONS = (
    "What matters most to you? Pick as many as you like, then tap Next.",
    "Any must-haves? Careers without them are left out. Tap Show my matches when ready.",
)
NOTHING_PICKED = "Pick at least one thing that matters to you first."


def quiz_preferences(wants: int, musts: int) -> Preferences:
    chosen = Preferences(tuple(p for i, (_, p) in enumerate(WANTS) if wants >> i & 1))
    for i, (_, must) in enumerate(MUSTS):
        if musts >> i & 1:
            chosen = chosen.with_item(must)
    return chosen


def _toggles(options: tuple[tuple[str, Preference], ...], mask: int, fit: Fit) -> list[Button]:
    buttons = []
    for i, (label, _) in enumerate(options):
        flipped = mask ^ (1 << i)
        step = replace(fit, wants=flipped) if fit.step == 0 else replace(fit, musts=flipped)
        buttons.append(Button(("✅ " if mask >> i & 1 else "▫️ ") + label, encode(step)))
    return buttons


def quiz_reply(context: ChatContext, fit: Fit, notice: str | None = None) -> Reply:
    if fit.step == 0:
        buttons = _toggles(WANTS, fit.wants, fit)
        nav = [Button("Next ▶", encode(Fit(1, fit.wants, fit.musts)))]
    else:
        buttons = _toggles(MUSTS, fit.musts, fit)
        nav = [
            Button("◀ Back", encode(Fit(0, fit.wants, fit.musts))),
            Button("Show my matches ▶", encode(Fit(2, fit.wants, fit.musts))),
        ]
    rows = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)] + [tuple(nav)]
    document = Document((Para(QUESTIONS[min(fit.step, 1)]),))
    return Reply(kind="fit", document=document, context=context, buttons=tuple(rows), notice=notice)


def _keyboard(catalog: Catalog, preferences: Preferences, slugs: list[str]) -> Keyboard:
    ids = [catalog.ids[s] for s in slugs]
    rows: list[tuple[Button, ...]] = []
    if len(ids) >= 2:
        rows.append((Button("⚖️ Compare #1 vs #2", encode(Compare(ids[0], ids[1]))),))
    if ids:
        rows.append((Button("ℹ️ Tell me about #1", encode(Profile(ids[0]))),))
    wants, musts = quiz_masks(preferences)
    rows.append((Button("🎯 Change my answers", encode(Fit(0, wants, musts))),))
    return tuple(rows)


def quiz_masks(preferences: Preferences) -> tuple[int, int]:
    """The quiz answers that say the same as ``preferences``, where the quiz can."""
    wants = sum(1 << i for i, (_, p) in enumerate(WANTS) if _said(preferences, p, hard=False))
    musts = sum(1 << i for i, (_, p) in enumerate(MUSTS) if _said(preferences, p, hard=True))
    return wants, musts


def _said(preferences: Preferences, option: Preference, hard: bool) -> bool:
    own = preferences.get(option.criterion)
    return own is not None and own.active and own.want == option.want and own.hard == hard


def recommend_reply(
    catalog: Catalog,
    context: ChatContext,
    preferences: Preferences,
    single: bool = False,
    *,
    careers: Sequence[Career] | None = None,
    scope: tuple[str, ...] = (),
    not_judged: tuple[str, ...] = (),
) -> Reply:
    """The careers (of ``careers``, all by default) that fit the preferences, ranked; with
    no preference to rank on, a field's careers by openings, or the quiz."""
    pool = catalog.careers if careers is None else careers
    if not preferences.active:
        return _unranked_reply(
            catalog, context, preferences, pool, scope=scope, unjudged=not_judged
        )
    ranking = rank(pool, preferences, single)
    if single and ranking.unranked:
        return _replacement_reply(catalog, context, replace(ranking, picks=()), scope)
    slugs = [p.career.slug for p in ranking.picks]
    document = recommendation_document(ranking, catalog.sources, single, scope, not_judged)
    context = replace(
        context, preferences=preferences.encode(), subject=slugs[0] if slugs else context.subject
    )
    top = ranking.picks[0].career.title if ranking.picks else "no match"
    return Reply(
        kind="rank" if single else "recommend",
        document=document,
        context=context,
        buttons=_keyboard(catalog, preferences, slugs),
        careers=tuple(slugs),
        ranking=ranking,
        title=clean_display(
            "Careers that fit: " + " · ".join(wish_text(p) for p in preferences.active), 100
        ),
        summary=f"#1 {top}",
    )


def _replacement_reply(
    catalog: Catalog, context: ChatContext, ranking: Ranking, scope: tuple[str, ...]
) -> Reply:
    """ "Which jobs are least likely to be replaced by AI?": what the sources can and cannot
    say, and no ranking made from exposure (``ranking`` holds no picks)."""
    preferences = ranking.preferences
    return Reply(
        kind="rank",
        document=replacement_document(scope, catalog.sources),
        context=replace(context, preferences=preferences.encode()),
        buttons=_keyboard(catalog, preferences, []),
        ranking=ranking,
        title="Being replaced by AI",
        summary="not ranked: no source rates replacement risk",
    )


def _unranked_reply(
    catalog: Catalog,
    context: ChatContext,
    preferences: Preferences,
    pool: Sequence[Career],
    *,
    scope: tuple[str, ...],
    unjudged: tuple[str, ...],
) -> Reply:
    context = replace(context, preferences=preferences.encode() or None)
    if scope:
        document = field_document(pool, catalog.sources, scope, unjudged)
        listed = by_openings(pool)[:SHOWN]
        return Reply(
            kind="recommend",
            document=document,
            context=context,
            buttons=_keyboard(catalog, preferences, [c.slug for c in listed]),
            careers=tuple(c.slug for c in listed),
            title=clean_display(f"Careers in {', '.join(scope)}", 100),
            summary=f"{len(pool)} careers"
            + (f"; most openings: {listed[0].title}" if listed else ""),
        )
    noted = "; ".join(wish_text(p) for p in preferences.items)
    reply = quiz_reply(context, Fit(0, 0, 0))
    text = (
        (f"Noted: {noted}. " if noted else "")
        + (f"No figure in the catalog judges {', '.join(unjudged)}. " if unjudged else "")
        + "Tell me what does matter (pay, growth, openings, time to learn, entry barrier, "
        "remote work, coding), or pick below."
    )
    return replace(
        reply, kind="recommend" if unjudged else "clarify", document=Document((Para(text),))
    )


def valid(action: Fit) -> bool:
    return action.wants < 1 << len(WANTS) and action.musts < 1 << len(MUSTS)
