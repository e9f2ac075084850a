"""The dialogue: a message or a button press in, a reply out. Both front ends use it."""

from __future__ import annotations

from dataclasses import replace
from typing import assert_never

from careerbot.careers.catalog import Catalog
from careerbot.careers.model import Career
from careerbot.dialogue import fit
from careerbot.dialogue import keyboards as kb
from careerbot.dialogue.answers import (
    NOT_MINE,
    STALE,
    button_notice_reply,
    comparison_reply,
    profile_reply,
    skills_reply,
)
from careerbot.dialogue.clarifying import resolve_one, resolve_pair
from careerbot.dialogue.codec import (
    Compare,
    Fit,
    Picker,
    Profile,
    ShowSkills,
    TypeName,
    decode,
    decode_payload,
)
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply, text_reply
from careerbot.recommend.reading import read_wishes
from careerbot.render.views import about_document, help_document, list_document
from careerbot.understanding.intents import Intent, parse
from careerbot.understanding.resolution import NameIndex


class Dialogue:
    def __init__(
        self, catalog: Catalog, bot_username: str | None = None, index: NameIndex | None = None
    ) -> None:
        self.catalog = catalog
        self.bot_username = bot_username
        self.index = index if index is not None else NameIndex.of(catalog)

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
        if wished := fit.wish_reply(self.catalog, self.index, intent, message, context):
            return wished
        match intent.kind:
            case "greeting" | "help":
                document = help_document(intent.kind == "greeting")
                return Reply(kind="help", document=document, context=context)
            case "list":
                document = list_document(self.catalog.careers)
                return Reply(kind="list", document=document, context=context)
            case "about":
                document = about_document(self.catalog.sources)
                return Reply(kind="about", document=document, context=context)
            case "swap":
                return self._swap(context)
            case "skills":
                return self._last_skills(context)
            case "compare":
                return self.compare_names(context, (intent.names[0], intent.names[1]))
            case "compare_one":
                return self._ask_second(context, intent)
            case "followup":
                return self._followup(context, intent)
            case "profile" | "name":
                return self._single(context, intent.names[0] if intent.names else message)
            case _:
                assert_never(intent.kind)

    def fit(self, message: str, context: ChatContext) -> Reply:
        """Preferences in, a ranked answer out; nothing understood starts the quiz."""
        if not message.strip():
            return fit.quiz_reply(context, Fit(0, 0, 0))
        wishes = read_wishes(message)
        return fit.fit_reply(self.catalog, context, wishes.preferences, single=wishes.ranking)

    def start(self, payload: str, context: ChatContext) -> Reply:
        action = decode_payload(payload) if payload else None
        if action is None:
            return Reply(kind="help", document=help_document(greeting=True), context=context)
        pair = self._pair(action.a, action.b)
        if pair is None:
            return text_reply("unknown", context, STALE)
        return comparison_reply(self.catalog, context, *pair, self.bot_username)

    def compare_names(
        self, context: ChatContext, names: tuple[str, str], by_slug_first: bool = False
    ) -> Reply:
        first = self.catalog.by_slug.get(names[0]) if by_slug_first else None
        pair = resolve_pair(self.catalog, self.index, context, names, first)
        if isinstance(pair, Reply):
            return pair
        return comparison_reply(self.catalog, context, *pair, self.bot_username)

    def inline(self, query: str, limit: int = 8) -> list[Reply]:
        """Cards to offer in inline mode: the comparison the query names, then single careers."""
        intent = parse(query)
        replies: list[Reply] = []
        if intent.kind == "compare":
            found = self.compare_names(ChatContext(), (intent.names[0], intent.names[1]))
            if found.kind == "compare":
                replies.append(found)
        wished = fit.wish_reply(self.catalog, self.index, intent, query, ChatContext())
        if wished is not None and wished.kind in {"recommend", "rank"}:
            replies.append(wished)
        for name in intent.names or (query,):
            for candidate in self.index.search(name, limit=3):
                career = self.catalog.by_slug[candidate.slug]
                if all(r.careers != (career.slug,) for r in replies):
                    replies.append(profile_reply(self.catalog, ChatContext(), career))
        return replies[:limit]

    # Buttons --------------------------------------------------------------------------

    def press(self, data: object, context: ChatContext) -> Reply:
        action = decode(data)
        context = replace(context, awaiting_second=None)
        stale = button_notice_reply("stale", context, STALE)
        match action:
            case Compare(a, b) | ShowSkills(a, b):
                pair = self._pair(a, b)
                if pair is None:
                    return stale
                if isinstance(action, ShowSkills):
                    return skills_reply(self.catalog, context, *pair)
                return comparison_reply(self.catalog, context, *pair, self.bot_username)
            case Picker(keep, other, _):
                keep_career, other_career = self._career(keep), self._career(other)
                if keep_career is None or other_career is None:
                    return stale
                partner = None if keep == other else other_career
                return text_reply(
                    "pick",
                    context,
                    f"Compare {keep_career.title} with which career?",
                    buttons=kb.picker_keyboard(self.catalog, action, keep_career, partner),
                    careers=(keep_career.slug,),
                )
            case Profile(career_id):
                career = self._career(career_id)
                return profile_reply(self.catalog, context, career) if career else stale
            case Fit():
                return self._quiz(context, action) if fit.valid(action) else stale
            case TypeName(keep, _):
                career = self._career(keep)
                if career is None:
                    return stale
                return text_reply(
                    "clarify",
                    replace(context, awaiting_second=career.slug),
                    f"Type the career to compare with {career.title}.",
                    careers=(career.slug,),
                )
            case None:
                return button_notice_reply("unknown", context, NOT_MINE)
            case _:
                assert_never(action)

    def _quiz(self, context: ChatContext, action: Fit) -> Reply:
        if action.step < 2:
            return fit.quiz_reply(context, action)
        preferences = fit.quiz_preferences(action.wants, action.musts)
        if not preferences:
            return fit.quiz_reply(context, Fit(0, 0, action.musts), notice=fit.NOTHING_PICKED)
        return fit.recommend_reply(self.catalog, context, preferences)

    # Following the conversation -------------------------------------------------------

    def _career(self, career_id: int) -> Career | None:
        return self.catalog.by_id.get(career_id)

    def _pair(self, a: int, b: int) -> tuple[Career, Career] | None:
        first, second = self._career(a), self._career(b)
        return (first, second) if first and second else None

    def _last(self, context: ChatContext) -> tuple[Career, Career] | None:
        a = self.catalog.by_slug.get(context.last_a or "")
        b = self.catalog.by_slug.get(context.last_b or "")
        return (a, b) if a and b else None

    def _swap(self, context: ChatContext) -> Reply:
        last = self._last(context)
        if last is None:
            return text_reply(
                "help",
                context,
                "Nothing to swap yet: compare two careers first, e.g. “routing vs middleware”.",
            )
        return comparison_reply(self.catalog, context, last[1], last[0], self.bot_username)

    def _last_skills(self, context: ChatContext) -> Reply:
        last = self._last(context)
        if last is None:
            return text_reply(
                "help", context, "Compare two careers first, then ask for the skills."
            )
        return skills_reply(self.catalog, context, *last)

    def _followup(self, context: ChatContext, intent: Intent) -> Reply:
        # A profile asked after a comparison is the newer subject (comparisons clear focus).
        anchor = self.catalog.by_slug.get(context.focus or context.last_a or "")
        if anchor is None or not intent.names:
            return self._single(context, intent.names[0] if intent.names else "")
        return self.compare_names(context, (anchor.slug, intent.names[0]), by_slug_first=True)

    def _ask_second(self, context: ChatContext, intent: Intent) -> Reply:
        if not intent.names:
            return text_reply(
                "clarify", context, "Which two careers? For example: “routing vs middleware”."
            )
        found = resolve_one(self.catalog, self.index, context, intent.names[0])
        if isinstance(found, Reply):
            return found
        picker = Picker(self.catalog.id_of(found), self.catalog.id_of(found), 0)
        return text_reply(
            "clarify",
            replace(context, awaiting_second=found.slug),
            f"Compare {found.title} with which career? Pick one or type its name.",
            buttons=kb.picker_keyboard(self.catalog, picker, found, None),
            careers=(found.slug,),
        )

    def _single(self, context: ChatContext, name: str) -> Reply:
        found = resolve_one(self.catalog, self.index, context, name)
        return found if isinstance(found, Reply) else profile_reply(self.catalog, context, found)
