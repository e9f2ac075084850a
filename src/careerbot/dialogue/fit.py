""" "Which role fits me?": the ranked answer, its buttons, and the /fit button quiz.

The quiz keeps no state of its own: each button carries the answers so far as two bit
masks (what matters, what is a must), so a quiz survives restarts and runs in any process.
"""

from __future__ import annotations

from dataclasses import replace

from careerbot._utils.text import clean_display
from careerbot.careers.catalog import Catalog
from careerbot.dialogue.codec import Compare, Fit, Profile, encode
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Button, Keyboard, Reply
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.ranking import rank
from careerbot.recommend.reading import read_wishes
from careerbot.recommend.reasons import wish_text
from careerbot.render.document import Document, Para
from careerbot.render.recommendation import recommendation_document
from careerbot.understanding.intents import Intent, IntentKind
from careerbot.understanding.resolution import Match, NameIndex, NotFound

WANTS: tuple[tuple[str, Preference], ...] = (
    ("💰 Pay", Preference("salary", "high")),
    ("📈 Demand", Preference("demand", "high")),
    ("🛡 Low AI risk", Preference("ai_risk", "low")),
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
    ("AI figure ≤ 25%", Preference("ai_risk", "low", hard=True, limit=25)),
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
    catalog: Catalog, context: ChatContext, preferences: Preferences, single: bool = False
) -> Reply:
    ranking = rank(catalog.careers, preferences, single)
    slugs = [p.career.slug for p in ranking.picks]
    document = recommendation_document(ranking, catalog.sources, single)
    context = replace(
        context, preferences=preferences.encode(), focus=slugs[0] if slugs else context.focus
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


def wish_reply(
    catalog: Catalog, index: NameIndex, intent: Intent, message: str, context: ChatContext
) -> Reply | None:
    """A recommendation when the message states preferences rather than naming careers:
    a career name wins unless the message is worded as a request ("I want remote work")."""
    if intent.kind not in _WISHFUL:
        return None
    found = [index.resolve(name) for name in intent.names]
    if intent.kind == "compare" and not any(isinstance(f, NotFound) for f in found):
        return None  # two careers named: a comparison, whatever words they contain
    wishes = read_wishes(message)
    if not wishes.preferences:
        return None
    if not wishes.asking and any(isinstance(f, Match) for f in found):
        return None
    previous = Preferences.decode(context.preferences)
    refining = bool(previous) and (wishes.refining or intent.kind == "followup")
    preferences = previous.merged(wishes.preferences) if refining else wishes.preferences
    return fit_reply(catalog, context, preferences, single=wishes.ranking and not refining)


def fit_reply(
    catalog: Catalog, context: ChatContext, preferences: Preferences, single: bool = False
) -> Reply:
    if preferences.active:
        return recommend_reply(catalog, context, preferences, single)
    context = replace(context, preferences=preferences.encode() or None)
    noted = "; ".join(wish_text(p) for p in preferences.items)
    reply = quiz_reply(context, Fit(0, 0, 0))
    text = (f"Noted: {noted}. " if noted else "") + (
        "Tell me what does matter (pay, demand, AI risk, time to learn, entry barrier, "
        "remote work, coding), or pick below."
    )
    return replace(reply, kind="clarify", document=Document((Para(text),)))


_WISHFUL: frozenset[IntentKind] = frozenset(
    {"name", "profile", "followup", "compare_one", "compare"}
)


def valid(action: Fit) -> bool:
    return action.wants < 1 << len(WANTS) and action.musts < 1 << len(MUSTS)
