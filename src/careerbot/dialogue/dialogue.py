"""The dialogue: a message or a button press in, a reply out. Both front ends use it."""

from __future__ import annotations

from dataclasses import replace

from careerbot.advice import advise
from careerbot.catalog import Catalog
from careerbot.comparison import compare
from careerbot.dialogue import fit
from careerbot.dialogue import keyboards as kb
from careerbot.dialogue.codec import (
    Compare,
    Fit,
    Pick,
    Profile,
    ShowSkills,
    TypeName,
    decode,
    decode_payload,
)
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.intents import Intent, parse
from careerbot.dialogue.replies import Reply
from careerbot.formatting import value_text
from careerbot.model import Career
from careerbot.recommend.reading import read_wishes
from careerbot.render.card import render_card
from careerbot.render.views import (
    about_document,
    help_document,
    list_document,
    profile_document,
    skills_document,
    text_document,
)
from careerbot.resolution import Ambiguous, Match, NotFound
from careerbot.text import clean_display

STALE = "This button is out of date (the catalog changed). Send your question again."


class Dialogue:
    def __init__(self, catalog: Catalog, bot_username: str | None = None) -> None:
        self.catalog = catalog
        self.bot_username = bot_username

    # Messages -------------------------------------------------------------------------

    def respond(self, message: str, context: ChatContext) -> Reply:
        intent = parse(message)
        if context.awaiting_second and intent.kind == "name":
            return self.compare_names(
                context, (context.awaiting_second, intent.names[0]), by_slug_first=True
            )
        context = replace(context, awaiting_second=None)
        if intent.kind == "fit":
            return self.fit(intent.names[0] if intent.names else "", context)
        if wished := fit.wish_reply(self.catalog, intent, message, context):
            return wished
        match intent.kind:
            case "greeting" | "help":
                return Reply(
                    "help",
                    help_document(intent.kind == "greeting"),
                    context,
                )
            case "list":
                return Reply("list", list_document(self.catalog.careers), context)
            case "about":
                return Reply("about", about_document(self.catalog.sources), context)
            case "swap":
                return self._swap(context)
            case "skills":
                return self._last_skills(context)
            case "compare":
                return self.compare_names(context, intent.names)
            case "compare_one":
                return self._ask_second(context, intent)
            case "followup":
                return self._followup(context, intent)
        return self._single(context, intent.names[0] if intent.names else message)

    def fit(self, message: str, context: ChatContext) -> Reply:
        """Preferences in, a ranked answer out; nothing understood starts the quiz."""
        if not message.strip():
            return fit.quiz_reply(context, Fit(0, 0, 0))
        wishes = read_wishes(message)
        return fit.fit_reply(self.catalog, context, wishes.preferences, single=wishes.ranking)

    def start(self, payload: str, context: ChatContext) -> Reply:
        action = decode_payload(payload) if payload else None
        if action is None:
            return Reply("help", help_document(greeting=True), context)
        pair = self._pair(action.a, action.b)
        return (
            self._comparison(context, *pair)
            if pair
            else Reply("unknown", text_document(STALE), context)
        )

    # Buttons --------------------------------------------------------------------------

    def press(self, data: object, context: ChatContext) -> Reply:
        action = decode(data)
        context = replace(context, awaiting_second=None)
        stale = Reply("stale", text_document(STALE), context, notice=STALE, edits=False)
        match action:
            case Compare(a, b) | ShowSkills(a, b):
                pair = self._pair(a, b)
                if pair is None:
                    return stale
                if isinstance(action, ShowSkills):
                    return self._skills(context, *pair)
                return self._comparison(context, *pair)
            case Pick(keep, other, _):
                keep_career, other_career = (
                    self.catalog.by_id.get(keep),
                    self.catalog.by_id.get(other),
                )
                if keep_career is None or other_career is None:
                    return stale
                partner = None if keep == other else other_career
                text = text_document(f"Compare {keep_career.title} with which career?")
                buttons = kb.picker_keyboard(self.catalog, action, keep_career, partner)
                return Reply("pick", text, context, buttons, (keep_career.slug,))
            case Profile(career_id):
                career = self.catalog.by_id.get(career_id)
                return self._profile(context, career) if career else stale
            case Fit():
                return self._quiz(context, action) if fit.valid(action) else stale
            case TypeName(keep, _):
                career = self.catalog.by_id.get(keep)
                if career is None:
                    return stale
                context = replace(context, awaiting_second=career.slug)
                return Reply(
                    "clarify",
                    text_document(f"Type the career to compare with {career.title}."),
                    context,
                    (),
                    (career.slug,),
                )
        return Reply(
            "unknown",
            text_document("That button isn't one of mine."),
            context,
            notice="That button isn't one of mine.",
            edits=False,
        )

    def _quiz(self, context: ChatContext, action: Fit) -> Reply:
        if action.step < 2:
            return fit.quiz_reply(context, action)
        preferences = fit.quiz_preferences(action.wants, action.musts)
        if not preferences:
            return fit.quiz_reply(context, Fit(0, 0, action.musts), notice=fit.NOTHING_PICKED)
        return fit.recommend_reply(self.catalog, context, preferences)

    # Building replies -----------------------------------------------------------------

    def _pair(self, a: int, b: int) -> tuple[Career, Career] | None:
        first, second = self.catalog.by_id.get(a), self.catalog.by_id.get(b)
        return (first, second) if first and second else None

    def _comparison(self, context: ChatContext, a: Career, b: Career) -> Reply:
        if a.slug == b.slug:
            return Reply(
                "clarify",
                text_document(f"That's {a.title} twice. Pick a different second career."),
                context,
                kb.profile_keyboard(self.catalog, a),
                (a.slug,),
            )
        cmp = compare(a, b)
        advice = advise(cmp)
        card = render_card(cmp, advice, self.catalog.sources)
        context = replace(context, last_a=a.slug, last_b=b.slug, focus=None, awaiting_second=None)
        buttons = kb.comparison_keyboard(self.catalog, a, b, self.bot_username)
        return Reply(
            "compare",
            card,
            context,
            buttons,
            (a.slug, b.slug),
            cmp,
            title=f"{a.title} vs {b.title}",
            summary=advice.verdict,
        )

    def _skills(self, context: ChatContext, a: Career, b: Career) -> Reply:
        cmp = compare(a, b)
        context = replace(context, last_a=a.slug, last_b=b.slug, focus=None)
        return Reply(
            "skills",
            skills_document(cmp),
            context,
            kb.back_keyboard(self.catalog, a, b),
            (a.slug, b.slug),
            cmp,
        )

    def _profile(self, context: ChatContext, career: Career) -> Reply:
        context = replace(context, focus=career.slug)
        document = profile_document(career, self.catalog.sources)
        summary = f"{career.category} · {value_text(career.salary)}"
        buttons = kb.profile_keyboard(self.catalog, career)
        return Reply(
            "profile",
            document,
            context,
            buttons,
            (career.slug,),
            title=career.title,
            summary=summary,
        )

    def inline(self, query: str, limit: int = 8) -> list[Reply]:
        """Cards to offer in inline mode: the comparison the query names, then single careers."""
        intent = parse(query)
        replies: list[Reply] = []
        if intent.kind == "compare":
            found = self.compare_names(ChatContext(), intent.names)
            if found.intent == "compare":
                replies.append(found)
        wished = fit.wish_reply(self.catalog, intent, query, ChatContext())
        if wished is not None and wished.intent in {"recommend", "rank"}:
            replies.append(wished)
        for name in intent.names or (query,):
            for candidate in self.catalog.index.search(name, limit=3):
                career = self.catalog.by_slug[candidate.slug]
                if all(r.careers != (career.slug,) for r in replies):
                    replies.append(self._profile(ChatContext(), career))
        return replies[:limit]

    def _last(self, context: ChatContext) -> tuple[Career, Career] | None:
        a = self.catalog.by_slug.get(context.last_a or "")
        b = self.catalog.by_slug.get(context.last_b or "")
        return (a, b) if a and b else None

    def _swap(self, context: ChatContext) -> Reply:
        last = self._last(context)
        if last is None:
            return Reply(
                "help",
                text_document(
                    "Nothing to swap yet: compare two careers first, e.g. “routing vs middleware”."
                ),
                context,
            )
        return self._comparison(context, last[1], last[0])

    def _last_skills(self, context: ChatContext) -> Reply:
        last = self._last(context)
        if last is None:
            return Reply(
                "help",
                text_document("Compare two careers first, then ask for the skills."),
                context,
            )
        return self._skills(context, *last)

    def _followup(self, context: ChatContext, intent: Intent) -> Reply:
        # A profile asked after a comparison is the newer subject (comparisons clear focus).
        anchor = self.catalog.by_slug.get(context.focus or context.last_a or "")
        if anchor is None or not intent.names:
            return self._single(context, intent.names[0] if intent.names else "")
        return self.compare_names(context, (anchor.slug, intent.names[0]), by_slug_first=True)

    def _ask_second(self, context: ChatContext, intent: Intent) -> Reply:
        if not intent.names:
            return Reply(
                "clarify",
                text_document("Which two careers? For example: “routing vs middleware”."),
                context,
            )
        found = self._resolve_one(context, intent.names[0], partner=None, partner_first=False)
        if isinstance(found, Reply):
            return found
        context = replace(context, awaiting_second=found.slug)
        pick = Pick(self.catalog.id_of(found), self.catalog.id_of(found), 0)
        text = text_document(f"Compare {found.title} with which career? Pick one or type its name.")
        return Reply(
            "clarify",
            text,
            context,
            kb.picker_keyboard(self.catalog, pick, found, None),
            (found.slug,),
        )

    def compare_names(
        self, context: ChatContext, names: tuple[str, ...], by_slug_first: bool = False
    ) -> Reply:
        first = self.catalog.by_slug.get(names[0]) if by_slug_first else None
        if first is None:
            # An ambiguous first name ("routing") is read in the light of a clear second one.
            hint = self.catalog.index.resolve(names[1])
            partner = self.catalog.by_slug[hint.slug] if isinstance(hint, Match) else None
            resolved = self._resolve_one(context, names[0], partner=partner, partner_first=False)
            if isinstance(resolved, Reply):
                if isinstance(hint, NotFound):  # neither name is known: both are worth hearing of
                    return replace(resolved, unresolved=(*resolved.unresolved, names[1]))
                return resolved
            first = resolved
        second = self._resolve_one(context, names[1], partner=first, partner_first=True)
        if isinstance(second, Reply):
            return second
        return self._comparison(context, first, second)

    def _single(self, context: ChatContext, name: str) -> Reply:
        found = self._resolve_one(context, name, partner=None, partner_first=False)
        return found if isinstance(found, Reply) else self._profile(context, found)

    def _resolve_one(
        self, context: ChatContext, name: str, partner: Career | None, partner_first: bool
    ) -> Career | Reply:
        shown = clean_display(name, 60)
        match self.catalog.index.resolve(name):
            case Match(slug=slug):
                return self.catalog.by_slug[slug]
            case Ambiguous(candidates=candidates):
                careers = [self.catalog.by_slug[c.slug] for c in candidates]
                kin = [c for c in careers if partner and c.category == partner.category]
                if len(kin) == 1:
                    return kin[0]
                text = text_document(f"Which one do you mean by “{shown}”?")
                buttons = kb.choices_keyboard(self.catalog, careers, partner, partner_first)
                return Reply("clarify", text, context, buttons, tuple(c.slug for c in careers))
            case NotFound(suggestions=suggestions):
                careers = [self.catalog.by_slug[c.slug] for c in suggestions]
                if careers:
                    text = text_document(f"I don't know “{shown}”. Did you mean one of these?")
                    buttons = kb.choices_keyboard(self.catalog, careers, partner, partner_first)
                    slugs = tuple(c.slug for c in careers)
                    return Reply("clarify", text, context, buttons, slugs, unresolved=(name,))
                text = text_document(
                    f"I don't know a career called “{shown}”.",
                    "Send /list to see the careers I know, or /help for examples.",
                )
                return Reply("unknown", text, context, unresolved=(name,))
