"""The dialogue: a message or a button press in, a reply out. Both front ends use it.

A message is understood as a typed request (``understanding``); the conversation fills in
what the request leaves to it (the careers on screen, the figure asked about, a question
the bot asked), and each request has one handler.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import assert_never, cast

from careerbot._utils.text import clean_display, fold, singular
from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import compare
from careerbot.careers.credentials import (
    BACHELOR_YEARS,
    HIGH_SCHOOL,
    education_gap_held,
    entry_beside,
)
from careerbot.careers.criteria import BY_NAME
from careerbot.careers.fields import within
from careerbot.careers.formatting import agreeing, money, short_title
from careerbot.careers.measures import typical_pay
from careerbot.careers.model import Career
from careerbot.careers.roadmap import months_text
from careerbot.careers.traits import trait
from careerbot.dialogue import guide
from careerbot.dialogue import keyboards as kb
from careerbot.dialogue.answers import (
    NOT_MINE,
    OVERALL,
    STALE,
    also_answered,
    answer_reply,
    at_a_glance,
    button_notice_reply,
    chart_reply,
    comparison_reply,
    notes_alone,
    profile_reply,
    roadmap_reply,
    skills_reply,
    time_reply,
    verdict_reply,
    why_reply,
)
from careerbot.dialogue.asking import (
    ANSWER_WORDS,
    choice_reply,
    no_occupation_reply,
    typed_answer,
    unknown_reply,
)
from careerbot.dialogue.chatting import afresh_reply, chat_reply, meaning_reply
from careerbot.dialogue.codec import (
    Card,
    Chart,
    Choose,
    Compare,
    Fit,
    Guide,
    Picker,
    Profile,
    Roadmap,
    ShowSkills,
    TypeName,
    decode,
    decode_payload,
)
from careerbot.dialogue.context import ChatContext, Pending, Then
from careerbot.dialogue.feelings import (
    CARED,
    HEARD,
    SORRY,
    care_reply,
    grief_reply,
    language_reply,
    vent_reply,
)
from careerbot.dialogue.generic import (
    KINDS,
    appended,
    dominant,
    instead_buttons,
    kind_note,
    kinds_pending,
    most_likely,
    nearest_in_pair,
    noted,
    other_kinds,
    title_note,
)
from careerbot.dialogue.many import many_reply
from careerbot.dialogue.replies import Button, Reply, explained, text_reply, us_figures
from careerbot.dialogue.settle import (
    PLACES,
    Choice,
    NoOccupation,
    Outcome,
    Settled,
    Unknown,
    name_words,
    on_screen,
    opened_from,
    settle,
    settle_words,
    shown,
    slugs,
)
from careerbot.dialogue.shortlists import (
    RESUME,
    START,
    guide_reply,
    guide_step,
    resume,
    why_not_reply,
    why_these_reply,
    wish_answer,
)
from careerbot.dialogue.wishes import shown_ranked_reply
from careerbot.recommend.explain import asked_of
from careerbot.recommend.moves import move
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.ranking import meets
from careerbot.recommend.reasons import figure_text, must_text
from careerbot.render.document import Document, Para
from careerbot.render.focus import ages_done, comparison_answer
from careerbot.render.glossary import MEANINGS
from careerbot.render.many import picks
from careerbot.render.shortlist import said_of
from careerbot.understanding.chat import fresh_start
from careerbot.understanding.cues import Focus
from careerbot.understanding.lexicon import shape
from careerbot.understanding.onscreen import by_kind
from careerbot.understanding.requests import (
    MORE_ASKED,
    MOST,
    Care,
    ChangeAsk,
    Chat,
    CompareAsk,
    ElsewhereAsk,
    FocusAsk,
    MeaningAsk,
    Mention,
    OnScreen,
    OtherAsk,
    OtherLanguage,
    ProfileAsk,
    Request,
    RoadmapAsk,
    ScreenAsk,
    Subject,
    Vent,
    WhyNotAsk,
    WishAsk,
)
from careerbot.understanding.resolution import Ambiguous, Candidate, Match, NameIndex
from careerbot.understanding.schooling import ASSOCIATE
from careerbot.understanding.subjects import NO_OCCUPATION, mention
from careerbot.understanding.understand import understand

US_ONLY = "careerbot's figures are for the United States (BLS and O*NET)."
#: the wish no figure judges that bare "safe" reads as, unless AI was the question before
_DANGER = ("physical danger",)
#: the fields that limit the way in ("without a degree", "without a licence")
_WAY_IN_LIMITS = {
    "no_degree": "without a degree (BLS's typical entry education)",
    "no_licence": "without a licence (the entry barrier's rule)",
}


def _within_field(career: Career, field: str) -> bool:
    return within(career.fields, field)


def _told_own(reply: Reply, slug: str) -> Reply:
    """A reply that remembers the job they said they do: "how do i make the switch" next
    goes from it."""
    person = replace(Person.decode(reply.context.person), current=slug)
    return replace(reply, context=replace(reply.context, person=person.encode()))


def _named_in_full(message: str, request: Request) -> str | None:
    """The career a short answer names by one of its own names ("hvac" to "which
    technician?"): it is meant even when no option offered has those words. A question of
    its own ("how much do plumbers make") is no answer; a correction ("i mean like a kids
    doctor") is one."""
    corrected = False
    if isinstance(request, OtherAsk) and request.corrected and request.instead is None:
        request, corrected = ProfileAsk(request.subject), True
    if not isinstance(request, ProfileAsk) or request.focus != OVERALL:
        return None
    if not isinstance(request.subject, Mention) or (
        len(message.split()) > ANSWER_WORDS and not corrected
    ):
        return None
    found = request.subject.found
    return found.slug if request.subject.exact and isinstance(found, Match) else None


def _all_of_them(context: ChatContext, counted: int | None = None) -> ChatContext:
    """ "which of those can u do remote" said to a card opened from a list: the list's
    careers; "can i do either without a degree" to one opened from a comparison (or opened
    after another of it): those compared; "which of the 3" said to two of three compared
    before: the three."""
    shown = slugs(context.shown)
    if context.screen == "compare" and counted is not None and len(shown) < counted:
        for earlier in (context.before, context.compared):
            them = slugs(earlier)
            if len(them) == counted and set(shown) <= set(them):
                return replace(context, shown=earlier)
    if opened := opened_from(context):
        return replace(context, screen="ranking", shown=",".join(opened))
    before = slugs(context.before)
    if context.screen == "profile" and len(before) >= 2:
        return replace(context, screen="compare", shown=context.before)
    compared = slugs(context.compared)
    if context.screen == "profile" and len(compared) >= 2 and context.subject in compared:
        # "which of the 3…" after two of those compared were opened, one after the other
        return replace(context, screen="compare", shown=context.compared)
    return context


def _opened_from_pair(context: ChatContext) -> bool:
    """Whether the card on screen is one of those compared just before it."""
    before = slugs(context.before)
    return context.screen == "profile" and len(before) >= 2 and context.subject in before


def _with_listed(reply: Reply) -> Reply:
    """A list on screen is remembered as the list, for when one of its careers is opened; a
    comparison as the comparison."""
    after = reply.context
    if after.screen == "ranking" and after.shown and after.listed != after.shown:
        return replace(reply, context=replace(after, listed=after.shown))
    if after.screen == "compare" and after.shown and after.compared != after.shown:
        return replace(reply, context=replace(after, compared=after.shown))
    return reply


def _with_before(reply: Reply, context: ChatContext) -> Reply:
    """The careers shown before, remembered when the screen shows others."""
    after = reply.context
    if context.shown and context.shown not in (after.shown, after.before):
        return replace(reply, context=replace(after, before=context.shown))
    return reply


def _safe_from_ai(wish: WishAsk, context: ChatContext) -> bool:
    """ "Which is safer?" said right after a question about AI: safer from it."""
    said = (*wish.not_judged, *wish.person.not_judged)
    return context.asked == "ai_risk" and bool(said) and set(said) <= set(_DANGER)


#: said while the guided profile asks and something on screen is asked of
GUIDE_FIRST = (
    "No careers are listed yet: answer this one (or “skip”), or tell me about yourself in "
    "your own words."
)


NOTHING_SHOWN = (
    "Nothing is on screen to work with yet: compare two careers (“nurse or teacher?”) or ask "
    "what fits you (“I love animals”)."
)


#: "tell me more" said to a list: what each way of asking more gives
MORE_OF_LIST = (
    "Say which: “the second one” opens its card, “compare the top two” sets them side by "
    "side, and “more” shows the next careers on the list."
)


#: a message's first clause, where more follows it ("high school one. what do they make")
_FIRST_CLAUSE = re.compile(r"^\s*([^,.;:!?]{2,40}?)\s*[,.;:!?]+\s*\S")
#: chat that answers no question of which career: a nod, thanks, a greeting, a goodbye
_NO_ANSWER = frozenset({"ack", "thanks", "bye", "greeting", "smalltalk", "complaint"})


class Dialogue:
    def __init__(
        self, catalog: Catalog, bot_username: str | None = None, index: NameIndex | None = None
    ) -> None:
        self.catalog = catalog
        self.bot_username = bot_username
        self.index = index if index is not None else NameIndex.of(catalog)
        #: what each text said in the message being answered reads as: a long message is
        #: read whole, then again to see whether its sentences are answered one by one
        self._read: dict[str, Request] = {}

    # Messages -------------------------------------------------------------------------

    def _understand(self, text: str) -> Request:
        """The text understood, once per message answered."""
        if (found := self._read.get(text)) is None:
            found = self._read[text] = understand(text, self.index)
        return found

    def respond(self, message: str, context: ChatContext) -> Reply:
        try:
            return self._respond(message, context)
        finally:
            self._read.clear()

    def _respond(self, message: str, context: ChatContext) -> Reply:
        reply = self._respond_one(message, context)
        parts = _SENTENCE_END.split(message)
        if len(parts) < 2 and reply.kind == "help":
            # "how long to become the coder one? do i need a degree": questions one after
            # another, read as none; each is answered in turn
            parts = _QUESTION_END.split(message)
        if len(parts) < 2:
            return reply
        if reply.kind == "recommend" and self._remarks_then_asked(message, parts, context):
            # "food service manager and the gambling one are still nights lol. the insurance
            # one tho, how long…": remarks on the list, then a question of one on it
            return self._respond_one(parts[-1], context)
        if (
            reply.kind == "compare"
            and parts[-1].rstrip().endswith("?")
            # ("…paralegal, or legal interpreter. which is better for me?": of those named)
            and _of_named(self._understand(self._placed(parts[-1], context)))
        ):
            # "not sure how producers or compliance officers connect to anything i've done…
            # what about technical writing or PR?": the question asked last, of others
            last = self._respond_one(parts[-1], context)
            if (
                last.kind in _OF_NAMED
                and last.careers
                and not set(last.careers) & set(reply.careers)
            ):
                return last
        # "drop the audiologist. how do i get into RT": two requests, neither read as one
        # message; each sentence is answered in turn on what the one before left on screen.
        # A ranking of all careers is kept unless its last sentence asks of careers it names
        # ("i do DRYWALL. drywall installer pay? and forklift operator pay"): that is read
        # first, so a ranking is not worked out again for nothing; so is a list for a person,
        # where careers are turned down and then one asked about ("Childcare and school
        # psychologist? No thank you. Tell me about the self-enrichment teacher one")
        kept = reply.kind == "rank" or (
            reply.kind == "recommend" and self._turned_down_then_asked(message, parts, context)
        )
        # "ok forget that one then. between the other two which needs less schooling": a
        # change to what is shown, then a question of what is left
        changed_first = (
            context.screen == "compare"
            and isinstance(self._understand(self._placed(parts[0], context)), ChangeAsk)
            # ("drop optician. what about orthoptist instead": one change, said in two)
            and not _one_change(self._understand(self._placed(message, context)))
        )
        if reply.kind != "help" and not kept and not changed_first:
            return reply
        if reply.kind == "rank" and not _of_named(self._understand(parts[-1])):
            return reply
        answered: list[Reply] = []
        for part in (p for p in parts if any(ch.isalpha() for ch in p)):
            step = self._respond_one(part, answered[-1].context if answered else context)
            if step.kind in _STEPS:
                answered.append(step)
        if not answered or (kept and answered[-1].kind not in _OF_NAMED):
            return reply
        # a comparison changed on the way ("drop the audiologist") is said first
        earlier = [_first_line(r) for r in answered[:-1] if r.kind == "compare"]
        return noted(answered[-1], [f"Done first: {line}" for line in earlier if line])

    def _turned_down_then_asked(self, message: str, parts: list[str], context: ChatContext) -> bool:
        """Careers turned down, then one named and asked about in the last sentence."""
        whole = self._understand(self._placed(message, context))
        if not isinstance(whole, WishAsk) or whole.person is None:
            return False
        # ("psychiatrist is like 12 years of school im not doing that. just tell me about
        # personal trainer": the one before refused in so many words)
        refused = any(shape("refused_said").search(fold(part)) for part in parts[:-1])
        if not (whole.person.excluded or refused):
            return False
        last = self._understand(parts[-1])
        # one career asked about, not one just turned down ("…law school… alternatives in law?")
        return (
            isinstance(last, ProfileAsk)
            and isinstance(last.subject, Mention)
            and isinstance(last.subject.found, Match)
            and last.subject.found.slug not in whole.person.excluded
            and last.subject.found.slug != whole.person.current
        )

    def _remarks_then_asked(self, message: str, parts: list[str], context: ChatContext) -> bool:
        """Sentences that ask for no list, then a question of one career on screen."""
        whole = self._understand(self._placed(message, context))
        if not isinstance(whole, WishAsk) or whole.asking or context.screen != "ranking":
            return False
        return self._of_one_shown(self._understand(self._placed(parts[-1], context)), context)

    def _of_one_shown(self, request: Request, context: ChatContext) -> bool:
        """A question of one career on screen, by its place or its name."""
        if not isinstance(request, ProfileAsk | RoadmapAsk):
            return False
        subject = request.subject if isinstance(request, ProfileAsk) else request.target
        if isinstance(subject, OnScreen):
            return subject.which in PLACES
        found = subject.found if isinstance(subject, Mention) else None
        return isinstance(found, Match) and found.slug in shown(context)

    def _respond_one(self, message: str, context: ChatContext) -> Reply:
        if (rest := fresh_start(fold(message))) is not None:
            # "start over", "forget everything i said": nothing said before is kept
            context = ChatContext()
            if not rest.strip(" .,!?"):
                return afresh_reply(context)
            message = rest
        message = self._placed(message, context)
        request = self._understand(message)
        if (waited := self._awaited(message, request, context)) is not None:
            return waited
        if context.feeling == "care" and request in (Chat("unclear"), Chat("unsure")):
            return care_reply(context, again=True)  # "i don't know", "i'm not sure"
        if (typed := self._typed_to_guide(message, request, context)) is not None:
            return typed
        waiting = context.pending
        if waiting is not None and (asked := self._of_the_one_asked(request, waiting, context)):
            return asked  # "how do I become one" said to "which social worker?"
        if waiting is not None and isinstance(request, OtherAsk):
            request = self._another_kind(request, waiting)
        if waiting is not None and isinstance(request, ProfileAsk) and request.focus == OVERALL:
            # "like a regular family doctor" said to "which doctor?" keeps the figure asked
            request = replace(request, focus=cast(Focus, waiting.focus))
        if not isinstance(request, Chat | Care | Vent | OtherLanguage):
            context = replace(context, awaiting_second=None, pending=None)
        reply = us_figures(self.answer(request, context), message)
        if context.screen is not None:  # a figure doubted is one shown before
            reply = explained(reply, message)
        if reply.kind != "care" and reply.context.feeling is not None:
            reply = replace(reply, context=replace(reply.context, feeling=None))
        if isinstance(request, ChangeAsk) and request.drop and reply.kind == "profile":
            # "drop the data one" leaves one career: no pair to choose from any more
            context = replace(context, shown=reply.context.shown)
        return self._with_offered(_with_before(_with_listed(reply), context), context)

    def _placed(self, message: str, context: ChatContext) -> str:
        """ "the tech one": a career on screen named by a word of its own, as its place; or
        one offered a tap away, by its title."""
        shown = [c.slug for c in self._careers_shown(context)]
        if len(shown) < 2:  # one card opened from a list: the list's places, as "the second one"
            # (or from a comparison: its sides, "the tech one" after the vet's card)
            sides = [s for s in (context.last_a, context.last_b) if s]
            compared = slugs(context.compared)
            if len(compared) >= 2 and context.subject in compared:
                sides = compared  # (all of three compared: "the lab scientist one")
            shown = opened_from(context) or (sides if len(sides) >= 2 else shown)
        offered = [
            (c.slug, c.title)
            for s in (context.offered or "").split(",")
            if (c := self.catalog.by_slug.get(s)) is not None
        ]
        own = self.catalog.by_slug.get(Person.decode(context.person).current or "")
        said = fold(message)
        if own is not None and shape("set_beside").search(said):
            # "compare it to what i do now": the job they said they do, by its title
            message = shape("my_job").sub(own.title.lower(), said)
        catalog = self.catalog
        return by_kind(
            message,
            shown,
            offered,
            self.index,
            lambda slug: catalog.openings_of(catalog.by_slug[slug]),
        )

    def _with_offered(self, reply: Reply, before: ChatContext) -> Reply:
        """The careers the reply's buttons open that it does not show, remembered; where it
        shows one offered before (a kind picked from "which technician?"), the others
        offered then too ("add the vet one"). A question of which kind shows none: its
        kinds are offered."""
        shown = set() if reply.kind == "clarify" else set(reply.careers)
        opened = [decode(button.data) for row in reply.buttons for button in row]
        ids = [
            i
            for action in opened
            for i in (
                (action.career,)
                if isinstance(action, Profile | Choose)
                else (action.a, action.b)
                if isinstance(action, Compare | Card)
                else ()
            )
        ]
        offered = [
            career.slug
            for i in ids
            if (career := self.catalog.by_id.get(i)) is not None and career.slug not in shown
        ]
        earlier = slugs(before.offered)
        if shown & set(earlier):
            offered += [s for s in earlier if s not in shown]
        said = ",".join(dict.fromkeys(offered)) or None
        if said == reply.context.offered:
            return reply
        return replace(reply, context=replace(reply.context, offered=said))

    def answer(self, request: Request, context: ChatContext) -> Reply:
        match request:
            case Chat(topic=topic):
                return self._chat(topic, context)
            case CompareAsk():
                return self._compare_asked(request, context)
            case ProfileAsk(
                subject=subject, focus=focus, against=against, wish=wish, weighed=weighed
            ):
                if against and self._shown_in_comparison(subject, context):
                    return self._focus(focus, context, choosing=True)
                if (
                    against
                    and context.screen == "profile"
                    and context.subject
                    and not (isinstance(subject, Mention) and _names(subject, context.subject))
                ):
                    # "do mri techs make more than that?" after a card: set beside it
                    return self._compare(OnScreen("it"), subject, focus, context)
                card = self._profile(subject, focus, context)
                if wish is not None and card.kind == "profile" and wish.person.schooling:
                    # "can i start the second one with just a hs diploma": that credential
                    # set against what the career asks
                    held = self.catalog.by_slug.get(card.context.subject or "")
                    said = [held] if held is not None else []
                    return noted(card, self._credential_needed(wish.person.schooling, said))
                if wish is not None and card.kind == "profile":
                    # "is being a vet stressful?": the wish, of the career now on screen
                    return self._wish_of_shown(focus, wish, card.context)
                shown = self.catalog.by_slug.get(card.context.subject or "")
                if weighed and card.kind == "profile" and shown is not None:
                    # "is being a dental hygienist worth it": the figures beside all first
                    return replace(
                        card,
                        document=Document(
                            (at_a_glance(self.catalog, shown), *card.document.blocks)
                        ),
                    )
                if request.also and focus != OVERALL:
                    return also_answered(self.catalog, card, request.also)
                return card
            case RoadmapAsk(target=target, source=source, focus=focus, held=held):
                way = self._roadmap(target, source, context, held)
                return replace(way, focus=focus) if focus and way.kind == "roadmap" else way
            case OtherAsk():
                return self._other(request, context)
            case FocusAsk():
                return self._focus_asked(request, context)
            case WishAsk():
                return self._wished(request, context)
            case WhyNotAsk(
                subject=subject, alone=alone, gap=gap, more=more, focus=focus, cause=cause
            ):
                if request.every and (these := self._why_these(context)) is not None:
                    return these  # "why those?" said to a person's list: each one's reasons
                if gap and (between := self._why_apart(context)) is not None:
                    return between  # "why is the pay gap so big": what sets them apart
                if focus is not None:  # "why is growth negative": what that figure stands on
                    return self._why_figure(subject, focus, context, cause=cause)
                if alone and (why := self._why(context)) is not None:
                    return why  # "why?" after an answer: what it stands on
                reply = self._why_not(subject, context)
                for other in more:  # each career asked of, one after the other
                    extra = self._why_not(other, context)
                    if extra.kind == reply.kind:
                        blocks = (*reply.document.blocks, *extra.document.blocks)
                        reply = replace(reply, document=Document(blocks))
                return reply
            case ScreenAsk(action=action, top=top, focus=focus, count=count, wish=wish, add=add):
                if action == "chart":
                    return self._chart_shown(context)
                if action == "moves":
                    return self._moves(context, focus, wish)
                if action in MORE_ASKED:
                    return self._more_of_shown(action, context)
                if add:  # "compare them with flight attendants": what is shown, and them
                    return self._compare_shown_with(add, focus or OVERALL, context)
                return self._compare_shown(top, focus or OVERALL, context, count)
            case ElsewhereAsk():
                if context.screen == "ranking":  # "in the uk?" said to a list: that list
                    return wish_answer(self.catalog, context, WishAsk(refining=True))
                if not self._careers_shown(context):
                    return text_reply("help", context, NOTHING_SHOWN + " " + US_ONLY)
                return self._focus(context.asked or OVERALL, context, choosing=True)
            case ChangeAsk():
                return self._change_asked(request, context)
            case Care(level="distress", then=then) if then is not None:
                # "i feel empty doing marketing, want a job that helps people": a word of
                # care and where to turn, then the answer
                return noted(self.answer(then, context), [CARED])
            case Care(level="grief", then=then):
                # "my dad was a firefighter, he passed a few yrs ago": sympathy first
                if then is None:
                    return grief_reply(context)
                return noted(self.answer(then, context), [SORRY])
            case Care(level=level):
                return care_reply(context, distress=level == "distress")
            case Vent():
                return vent_reply(context)
            case MeaningAsk(focus=focus):
                return meaning_reply(focus, context)
            case OtherLanguage(code=code):
                return language_reply(code, context)
            case _:
                assert_never(request)

    def fit(self, message: str, context: ChatContext) -> Reply:
        """What fits the person: what they say of themselves in, a shortlist out; nothing
        to go on starts (or resumes) the guided profile."""
        request = understand(message, self.index) if message.strip() else None
        if isinstance(request, WishAsk):
            return wish_answer(self.catalog, context, replace(request, personal=True))
        return self._guide(context)

    def _guide(self, context: ChatContext) -> Reply:
        state = resume(context)
        if state is not None and state.step > 0:
            return guide_reply(context, state, RESUME)
        return guide_reply(context, Guide(0, guide.BLANK), START)

    def start(self, payload: str, context: ChatContext) -> Reply:
        action = decode_payload(payload) if payload else None
        if action is None:
            return self._chat("greeting", context)
        pair = self._pair(action.a, action.b)
        if pair is None:
            return text_reply("unknown", context, STALE)
        return comparison_reply(self.catalog, context, *pair, self.bot_username)

    def compare_names(self, context: ChatContext, names: tuple[str, str]) -> Reply:
        """Two careers by name (``careerbot compare A B``): the whole card, "More" open, as
        no one can press it in a command's output."""
        first = settle_words(names[0], self.catalog, self.index)
        partner = first.career if isinstance(first, Settled) else None
        second = settle_words(names[1], self.catalog, self.index, partner)
        if isinstance(first, Choice) and isinstance(second, Settled):
            first = settle_words(names[0], self.catalog, self.index, second.career)
        return self._pair_reply(first, second, OVERALL, context, names[1], more=True)

    def chart_names(self, context: ChatContext, names: tuple[str, ...]) -> Reply:
        """A picture of one career or of two compared, by name (``careerbot chart``)."""
        found = [settle_words(n, self.catalog, self.index) for n in names]
        for outcome in found:
            if not isinstance(outcome, Settled):
                return self._ask(outcome, "profile", context)
        careers = tuple(o.career for o in found if isinstance(o, Settled))
        return chart_reply(self.catalog, context, careers)

    def roadmap_names(self, context: ChatContext, target: str, source: str | None) -> Reply:
        """The way into a career by name, from another or from none (``careerbot roadmap``)."""
        start = settle_words(source, self.catalog, self.index) if source is not None else None
        begin = start.career if isinstance(start, Settled) else None
        if start is not None and begin is None:
            return self._ask(start, "profile", context)
        goal = settle_words(target, self.catalog, self.index, begin)
        if isinstance(goal, Settled):
            return roadmap_reply(self.catalog, context, goal.career, begin)
        return self._ask(goal, "roadmap", context, begin)

    def inline(self, query: str, limit: int = 8) -> list[Reply]:
        """Cards to offer in inline mode: the answer the query asks for, then single careers."""
        context = ChatContext()
        replies: list[Reply] = []
        request = understand(query, self.index)
        if isinstance(request, (CompareAsk, WishAsk, ProfileAsk, RoadmapAsk)):
            answered = self.answer(request, context)
            if answered.kind in {"compare", "recommend", "rank", "profile", "roadmap"}:
                replies.append(answered)
        for candidate in self.index.search(query, limit=3):
            career = self.catalog.by_slug[candidate.slug]
            if all(r.careers != (career.slug,) for r in replies):
                replies.append(profile_reply(self.catalog, context, career))
        return replies[:limit]

    # Buttons --------------------------------------------------------------------------

    def press(self, data: object, context: ChatContext) -> Reply:
        action = decode(data)
        context = replace(context, awaiting_second=None)
        stale = button_notice_reply("stale", context, STALE)
        match action:
            case Compare(a, b) | ShowSkills(a, b) | Card(a, b):
                pair = self._pair(a, b)
                if pair is None:
                    return stale
                if isinstance(action, ShowSkills):
                    return skills_reply(self.catalog, context, *pair)
                if isinstance(action, Card):  # "More" or "Less": the card on screen, changed
                    same = [s.slug for s in pair] == [context.last_a, context.last_b]
                    focus = (context.asked or OVERALL) if same else OVERALL
                    return comparison_reply(
                        self.catalog,
                        context,
                        *pair,
                        self.bot_username,
                        focus=focus,
                        more=action.more,
                    )
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
            case Roadmap(target_id, source_id):
                target = self._career(target_id)
                source = self._career(source_id) if source_id is not None else None
                if target is None or (source_id is not None and source is None):
                    return stale
                return roadmap_reply(self.catalog, context, target, source)
            case Chart(a, b):
                careers = [self._career(a), *([self._career(b)] if b is not None else [])]
                found = tuple(c for c in careers if c is not None)
                if len(found) != len(careers):
                    return stale
                return chart_reply(self.catalog, context, found)
            case Choose(career_id):
                career = self._career(career_id)
                return self._chosen(career, context) if career else stale
            case Fit():  # the quiz before the guided profile: its buttons start the guide
                return guide_reply(context, Guide(0, guide.BLANK), START)
            case Guide():
                return guide_step(self.catalog, context, action) if guide.valid(action) else stale
            case TypeName(keep, _):
                career = self._career(keep)
                if career is None:
                    return stale
                return text_reply(
                    "clarify",
                    replace(context, awaiting_second=career.slug, pending=None),
                    f"Type the career to compare with {career.title}.",
                    careers=(career.slug,),
                    kept=(career.slug,),
                )
            case None:
                return button_notice_reply("unknown", context, NOT_MINE)
            case _:
                assert_never(action)

    # Following the conversation -------------------------------------------------------

    def _typed_to_guide(self, message: str, request: Request, context: ChatContext) -> Reply | None:
        """A message typed while the guided profile asks: an answer to its question ("skip",
        "yes", "just show results"), or a liking said in words, noted, the question kept."""
        state = resume(context) if context.screen == "guide" else None
        if state is None:
            return None
        if (step := guide.typed(message, state)) is not None:
            notice = None
            if isinstance(request, WishAsk) and request.personal:
                # "idk something chill": the answer, and what else they said of themselves
                person = Person.decode(context.person).merged(request.person)
                context = replace(context, person=person.encode() or None)
                told = "; ".join(said_of(request.person, None))
                notice = f"Noted: {told}." if told else None
            return guide_step(self.catalog, context, step, notice)
        told_job = isinstance(request, WishAsk) and request.person.current is not None
        if (
            isinstance(request, WishAsk)
            and request.personal
            and not request.asking
            and not told_job
        ):
            person = Person.decode(context.person).merged(request.person)
            told = "; ".join(said_of(request.person, None)) or "that"
            kept = replace(context, person=person.encode() or None)
            return guide_reply(kept, state, f"Noted: {told}. And this one?")
        if isinstance(request, WishAsk):  # "jobs for introverts": the list, answers kept
            answers, preferences = guide.profile(state.answers)
            person = Person.decode(context.person).merged(answers)
            kept = replace(context, person=person.encode() or None, screen=None)
            wish = replace(request, preferences=preferences.merged(request.preferences))
            return wish_answer(self.catalog, kept, wish)
        of_screen = isinstance(request, FocusAsk) or (
            isinstance(request, ProfileAsk) and isinstance(request.subject, OnScreen)
        )
        if of_screen and not self._careers_shown(context):
            # "the first one sounds ok, what does it pay" while a question is asked: no list
            # yet, so the question again
            return guide_reply(context, state, GUIDE_FIRST)
        return None

    def _offered_at(self, request: Request, waiting: Career) -> Career | None:
        """The career offered at the place said ("the 4th one") to "compare with which
        career?", on the picker's first page."""
        if not isinstance(request, ProfileAsk) or not isinstance(request.subject, OnScreen):
            return None
        which = request.subject.which
        offered = kb.picker_options(self.catalog, waiting, None)[: kb.PAGE_SIZE]
        if which not in PLACES or PLACES.index(which) >= len(offered):
            return None
        return offered[PLACES.index(which)]

    def _awaited(self, message: str, request: Request, context: ChatContext) -> Reply | None:
        """A message that answers what the bot asked: the career to compare with, or which
        of the careers offered ("civil" for "which engineer?")."""
        waiting = self.catalog.by_slug.get(context.awaiting_second or "")
        # "the 4th one" said to "compare with which career?": the one offered there
        if waiting is not None and (offered := self._offered_at(request, waiting)) is not None:
            return self._pair_reply(
                Settled(waiting),
                Settled(offered),
                OVERALL,
                replace(context, awaiting_second=None),
                None,
            )
        # "ok so how much do paralegals make" said to "compare with which career?": a
        # question of its own, not the other side
        asked = isinstance(request, ProfileAsk) and request.focus != OVERALL
        if (
            waiting is not None
            and not asked
            and isinstance(request, (ProfileAsk, OtherAsk, WishAsk))
        ):
            other = settle_words(message, self.catalog, self.index, waiting)
            return self._pair_reply(
                Settled(waiting), other, OVERALL, replace(context, awaiting_second=None), message
            )
        pending = context.pending
        if pending is None or isinstance(request, RoadmapAsk):
            return None
        if isinstance(request, Chat) and request.topic in _NO_ANSWER:
            return None  # "k", "thanks": a nod, not the kindergarten teacher
        # a comparison asked whole ("civil vs surveyor") is compared; one only after the
        # answer's own clause ("mechanical one, compare with machinist") is asked of it
        chosen = None
        if not isinstance(request, CompareAsk):
            chosen = _named_in_full(message, request) or typed_answer(message, pending, self.index)
        then = ""
        if chosen is None and (head := _FIRST_CLAUSE.match(message)) is not None:
            # "high school one. what do they make": the answer, then a question of it
            chosen = typed_answer(head.group(1), pending, self.index)
            focus = getattr(request, "focus", None)
            if chosen is not None and isinstance(focus, str) and focus != OVERALL:
                context = replace(context, pending=replace(pending, focus=focus))
            then = message[head.end(1) :].strip(" ,.;:!?")
        career = self.catalog.by_slug.get(chosen or "")
        if career is None:
            return None
        reply = self._chosen(career, context)
        if then and isinstance(understand(then, self.index), CompareAsk | OtherAsk):
            # "civil i guess. vs a land surveyor?": the one chosen, then compared
            return self._respond_one(then, reply.context)
        return reply

    def _of_the_one_asked(
        self, request: Request, waiting: Pending, context: ChatContext
    ) -> Reply | None:
        """A question of "it" or "one" while the bot waits to hear which kind was meant: the
        kinds asked about again, for that question."""
        if waiting.said is None or waiting.kept is not None:
            return None  # no question of kinds open, or one side of a comparison
        if isinstance(request, RoadmapAsk) and request.target == OnScreen("it"):
            then: Then = "roadmap"
            focus = OVERALL
        elif isinstance(request, ProfileAsk) and request.subject == OnScreen("it"):
            then, focus = "profile", request.focus
        elif isinstance(request, FocusAsk) and request.wish is None and not request.choosing:
            then, focus = "profile", request.focus  # "how long does it take" to "which pilot?"
        else:
            return None
        if isinstance(request, RoadmapAsk) and request.source is not None:
            return None
        options = tuple(c for s in waiting.options if (c := self.catalog.by_slug.get(s)))
        if not options:
            return None
        again = Pending(then, (), focus=focus, said=waiting.said)
        return choice_reply(self.catalog, context, Choice(waiting.said, options), again)

    def _chosen(self, career: Career, context: ChatContext) -> Reply:
        """An answer to the question the bot asked: it completes what was asked, with the
        other side kept. Without a question waiting, the career itself."""
        pending = context.pending
        context = replace(context, pending=None)
        if pending is None:
            return profile_reply(self.catalog, context, career)
        kept = self.catalog.by_slug.get(pending.kept or "")
        if pending.then == "profile":
            return profile_reply(self.catalog, context, career, pending.focus)
        if pending.then == "roadmap":
            if kept is not None and not pending.kept_first:  # the start was asked about
                return roadmap_reply(self.catalog, context, kept, career)
            return roadmap_reply(self.catalog, context, career, kept)
        if kept is not None:
            pair = (kept, career) if pending.kept_first else (career, kept)
            return comparison_reply(
                self.catalog, context, *pair, self.bot_username, focus=pending.focus
            )
        if pending.next_said is not None:
            other = settle_words(pending.next_said, self.catalog, self.index, career)
            return self._pair_reply(
                Settled(career), other, pending.focus, context, pending.next_said
            )
        return profile_reply(self.catalog, context, career)

    def _chat(self, topic: str, context: ChatContext) -> Reply:
        if topic == "swap":
            return self._swap(context)
        if topic == "skills":
            return self._last_skills(context)
        if topic in {"fit", "unsure"}:  # "idk": a few questions find what fits
            return self._guide(context)
        return chat_reply(topic, self.catalog, context)

    def _outcome(
        self, subject: Subject, context: ChatContext, partner: Career | None = None
    ) -> Outcome:
        return settle(subject, self.catalog, context, partner)

    def _compare_asked(self, request: CompareAsk, context: ChatContext) -> Reply:
        first, second, focus = request.first, request.second, request.focus or OVERALL
        if second is None:
            return self._ask_second(first, context)
        first, second = self._places_of_list(first, second, context)
        if request.more:
            pair = self._compare_many((first, second, *request.more), focus, context)
        else:
            pair = self._compare(first, second, focus, context)
        start = (
            self.catalog.by_slug.get(request.wish.person.current or "") if request.wish else None
        )
        if start is not None and pair.kind == "compare":
            # "data analyst vs cybersecurity analyst, which is the easier transition from
            # accounting": the switch to each from there
            return noted(pair, _switches(start, self._careers_shown(pair.context)))
        if request.wish is not None and pair.kind == "compare":
            # "teacher or nurse, which is less stressful": the wish, of the two (with what the
            # comparison said of the names: "“recruiter” is counted with…")
            wished = self._wish_of_shown(OVERALL, request.wish, pair.context, choosing=True)
            return noted(wished, _leading_notes(pair))
        if request.own_first and pair.kind == "compare":
            pair = _told_own(pair, pair.careers[0])
        pair = also_answered(self.catalog, pair, request.also) if request.also else pair
        held = Person.decode(context.person).schooling_held
        if held and pair.kind == "compare" and _LEARNING & {focus, request.also}:
            # "…and how long would it take me with my associates": from what they hold
            return noted(pair, _after_held(held, self._careers_shown(pair.context)[:MOST]))
        return pair

    def _compare(self, first: Subject, second: Subject, focus: str, context: ChatContext) -> Reply:
        a = self._outcome(first, context)
        b = self._outcome(second, context, a.career if isinstance(a, Settled) else None)
        if isinstance(a, Choice) and isinstance(b, Settled):
            a = self._outcome(first, context, b.career)  # the clear side settles the other
        later = second.said if isinstance(second, Mention) else None
        if (
            isinstance(a, Settled)
            and a == b
            and isinstance(first, Mention)
            and isinstance(second, Mention)
            and fold(first.said) != fold(second.said)
        ):
            # "dietitian or nutritionist": two names of one occupation, its card, said so
            one = _one_occupation(a.career)
            return noted(profile_reply(self.catalog, context, a.career, focus), [one])
        reply = self._pair_reply(a, b, focus, context, later)
        # "ml engineer": found by another of O*NET's titles for an occupation, said so
        titled = [
            note
            for subject, found in ((first, a), (second, b))
            if isinstance(found, Settled) and (note := title_note(subject, found.career))
        ]
        return noted(reply, titled) if titled and reply.kind == "compare" else reply

    def _places_of_list(
        self, first: Subject, second: Subject, context: ChatContext
    ) -> tuple[Subject, Subject]:
        """ "compare 1 and 3" said to two compared after a list: places the screen does not
        have are the list's, and so are both of them (never one of each)."""
        places = [s.which for s in (first, second) if isinstance(s, OnScreen) and s.which in PLACES]
        listed = [s for s in (context.listed or "").split(",") if s in self.catalog.by_slug]
        if len(places) < 2 or not listed or context.screen == "ranking":
            return first, second
        on_screen = len(self._careers_shown(context))
        at = [PLACES.index(p) for p in places]
        if max(at) < on_screen or max(at) >= len(listed):
            return first, second
        a, b = (self.catalog.by_slug[listed[i]] for i in at)
        return _as_mention(a), _as_mention(b)

    def _compare_many(
        self, subjects: tuple[Subject, ...], focus: str, context: ChatContext
    ) -> Reply:
        """Three or four careers at once. A name several careers share is read as the kind
        most people do, and said so; one that names none is said, never dropped silently."""
        careers: list[Career] = []
        notes: list[str] = []
        others: list[Career] = []
        for subject in subjects:
            career = self._likeliest(subject, context, careers, notes, others)
            if career is not None and career not in careers:
                careers.append(career)
            elif career is not None and isinstance(subject, Mention):
                # "chef, baker or pastry chef": a name of a career compared already, said
                # (once: "“Recruiter” is one of O*NET's titles for…" says it already)
                if notes and subject.said.casefold() in notes[-1].casefold():
                    notes[-1] += " Compared once."
                else:
                    notes.append(
                        f"“{subject.said}” is counted with {career.title} "
                        f"{_counted_in(career)}: compared once."
                    )
        if len(careers) > MOST:
            left = ", ".join(c.title for c in careers[MOST:])
            notes.append(f"One card compares up to {MOST} careers; left out: {left}.")
            careers = careers[:MOST]
        if not careers:
            return text_reply("unknown", context, *notes)
        return self._with_kinds(self._compare_careers(careers, focus, context, notes), others)

    def _likeliest(
        self,
        subject: Subject,
        context: ChatContext,
        careers: list[Career],
        notes: list[str],
        others: list[Career],
        *,
        left_out: Sequence[Career] = (),
    ) -> Career | None:
        """The career a subject names, or the kind most people do of a shared name, with the
        note saying so and the other kinds kept for buttons; work with no occupation of its
        own is its nearest not compared nor ``left_out`` (just dropped for it)."""
        found = self._outcome(subject, context, careers[0] if careers else None)
        if isinstance(found, NoOccupation) and (
            near := [c for c in found.nearest if c not in careers and c not in left_out]
        ):
            # "data scientist vs data analyst vs statistician": the nearest not compared yet
            notes.append(
                f"“{found.said}” has no occupation of its own: showing {near[0].title}, the "
                "nearest not already compared."
            )
            return near[0]
        career, note = most_likely(found, self.catalog)
        if career in careers and isinstance(found, Choice) and not found.near_miss:
            # "social worker vs substance abuse counselor vs case manager": a shared name's
            # kind not compared already
            career, note = most_likely(found, self.catalog, apart_from=careers)
        if note:
            notes.append(note)
        elif career is not None and (titled := title_note(subject, career)):
            notes.append(titled)  # "add zookeeper": counted with animal caretakers, said so
        if isinstance(found, Choice) and not found.near_miss:
            others += [c for c in found.options if c != career][:KINDS]
        return career

    def _with_kinds(self, reply: Reply, others: list[Career]) -> Reply:
        """The other kinds of a shared name, a tap away, as its note says."""
        shown = set(reply.careers)
        rows = [(kb.profile_button(self.catalog, c),) for c in others if c.slug not in shown]
        return replace(reply, buttons=(*reply.buttons, *rows)) if rows else reply

    def _pair_reply(
        self,
        a: Outcome,
        b: Outcome,
        focus: str,
        context: ChatContext,
        later: str | None,
        *,
        more: bool = False,
    ) -> Reply:
        """Both sides settled: the comparison. A side several careers share a name with is
        read as the kind most people do, said so, with the other kinds a tap away. Else the
        question about the first side that is not, with the other kept (or asked next)."""
        # work with no occupation of its own, against a career: its nearest, said so
        near_a = nearest_in_pair(a, _career_of(b)) if isinstance(b, Choice | Settled) else None
        near_b = nearest_in_pair(b, _career_of(a)) if isinstance(a, Choice | Settled) else None
        if isinstance(a, NoOccupation) and isinstance(b, NoOccupation):
            # neither has one ("prompt engineer vs ai safety researcher"): each its nearest
            near_a = nearest_in_pair(a, None)
            near_b = nearest_in_pair(b, near_a[0].career if near_a else None)
        a, b = near_a[0] if near_a else a, near_b[0] if near_b else b
        if isinstance(a, Choice | Settled) and isinstance(b, Choice | Settled):
            first, note_a = most_likely(a, self.catalog)
            second, note_b = most_likely(b, self.catalog)
            if first is not None and first == second and isinstance(a, Choice):
                # "case manager or social worker": both most often social workers; the
                # shared name's next kind beside the other
                first, note_a = most_likely(a, self.catalog, apart_from=(second,))
            if first is not None and second is not None and first != second:
                reply = comparison_reply(
                    self.catalog, context, first, second, self.bot_username, focus=focus, more=more
                )
                note_a = near_a[1] if near_a else note_a
                note_b = near_b[1] if near_b else note_b
                kinds = other_kinds(self.catalog, a, first, second) + other_kinds(
                    self.catalog, b, second, first, second_side=True
                )
                kinds += (
                    instead_buttons(self.catalog, near_a[2], second, second_side=False)
                    if near_a
                    else []
                )
                kinds += (
                    instead_buttons(self.catalog, near_b[2], first, second_side=True)
                    if near_b
                    else []
                )
                reply = noted(reply, [n for n in (note_a, note_b) if n], kinds)
                # a typed word picks another kind ("civil" after "engineer or nurse?")
                waits = kinds_pending(a, second, kept_first=False) or kinds_pending(
                    b, first, kept_first=True
                )
                return replace(reply, context=replace(reply.context, pending=waits))
            if first is not None and first == second:  # "routing vs llm router": one career
                note = _one_occupation(first)
                if focus != OVERALL:  # "is HR specialist or recruiter… what does it pay"
                    return noted(profile_reply(self.catalog, context, first, focus), [note])
                return self._second_for(
                    first, context, f"{note} Its figures are the same for both names."
                )
        if isinstance(a, Unknown) and isinstance(b, Unknown):  # neither is known: both heard of
            return unknown_reply(context, a, also=(b.said,))
        unknown, known = (a, b) if isinstance(a, Unknown) else (b, a)
        if isinstance(unknown, Unknown) and isinstance(known, Choice):
            # "FOIA officer or investigator": which investigator is asked, the other said
            # unknown (a known career beside an unknown one: the unknown one is asked about)
            reply = self._ask(known, "profile", context, focus=focus)
            note = f"I don't know a career called “{clean_display(unknown.said, 60)}”."
            return replace(noted(reply, [note]), unresolved=(*reply.unresolved, unknown.said))
        if not isinstance(a, Settled):
            partner = b.career if isinstance(b, Settled) else None
            return self._ask(
                a,
                "compare",
                context,
                partner,
                partner_first=False,
                focus=focus,
                later=None if partner else later,
            )
        return self._ask(b, "compare", context, a.career, partner_first=True, focus=focus)

    def _ask(
        self,
        outcome: Outcome,
        then: Then,
        context: ChatContext,
        partner: Career | None = None,
        *,
        partner_first: bool = True,
        focus: str = OVERALL,
        later: str | None = None,
    ) -> Reply:
        """The question back for a side that is not settled."""
        if isinstance(outcome, Choice):
            pending = Pending(
                then, (), partner.slug if partner else None, partner_first, later, focus
            )
            return choice_reply(self.catalog, context, outcome, pending)
        if (
            isinstance(outcome, NoOccupation)
            and then == "profile"
            and len(outcome.nearest) == 1
            and outcome.why == NO_OCCUPATION  # no slang entry's own account of the work
            and (near := nearest_in_pair(outcome, None)) is not None
        ):
            # "pediatric optometrist": the one occupation its work is counted in, said so
            shown, note, _ = near
            return noted(profile_reply(self.catalog, context, shown.career, focus), [note])
        if isinstance(outcome, NoOccupation):
            return no_occupation_reply(
                self.catalog, context, outcome, then, partner, partner_first=partner_first
            )
        if isinstance(outcome, Settled):  # nothing to ask: answer
            return profile_reply(self.catalog, context, outcome.career, focus)
        return unknown_reply(context, outcome)

    def _ask_second(self, first: Subject, context: ChatContext) -> Reply:
        """ "Compare routing with…": the first career settled, the second asked for."""
        found = self._outcome(first, context)
        if not isinstance(found, Settled):
            return self._ask(found, "profile", context)
        return self._second_for(found.career, context)

    def _second_for(self, career: Career, context: ChatContext, said: str = "") -> Reply:
        cid = self.catalog.id_of(career)
        return text_reply(
            "clarify",
            replace(context, awaiting_second=career.slug, pending=None),
            f"{said} Compare {career.title} with which career? Pick one or type its name.".strip(),
            buttons=kb.picker_keyboard(self.catalog, Picker(cid, cid, 0), career, None),
            careers=(career.slug,),
            kept=(career.slug,),
        )

    def _likely(
        self,
        subject: Subject,
        context: ChatContext,
        notes: list[str],
        partner: Career | None = None,
    ) -> Outcome:
        """What a subject names; a shared name whose likeliest kind clearly leads is read as
        that kind, with a note saying so."""
        found = self._outcome(subject, context, partner)
        if (pick := dominant(found, self.catalog)) is not None:
            notes.append(kind_note(found, pick))
            return Settled(pick)
        return found

    def _shown_in_comparison(self, subject: Subject, context: ChatContext) -> bool:
        """ "How much more does the vet make" with vets compared on screen."""
        if context.screen != "compare":
            return False
        found = self._outcome(subject, context)
        shown = [c.slug for c in self._careers_shown(context)]
        return isinstance(found, Settled) and found.career.slug in shown

    def _profile(self, subject: Subject, focus: str, context: ChatContext) -> Reply:
        found = self._outcome(subject, context)
        if isinstance(found, Settled):
            reply = profile_reply(self.catalog, context, found.career, focus)
            note = title_note(subject, found.career)
            return reply if note is None else appended(reply, note)
        if isinstance(found, Choice) and (pick := dominant(found, self.catalog)) is not None:
            # the likeliest kind, said so, the other kinds a tap or a word away
            reply = profile_reply(self.catalog, context, pick, focus)
            others = [c for c in found.options if c != pick][:KINDS]
            rows: list[tuple[Button, ...]] = [(kb.profile_button(self.catalog, c),) for c in others]
            waiting = Pending("profile", tuple(c.slug for c in found.options), focus=focus)
            reply = replace(reply, context=replace(reply.context, pending=waiting))
            return noted(reply, [kind_note(found, pick)], rows)
        return self._ask(found, "profile", context, focus=focus)

    def _roadmap(
        self,
        target: Subject,
        source: Subject | None,
        context: ChatContext,
        held: str | None = None,
    ) -> Reply:
        notes: list[str] = []
        own = self.catalog.by_slug.get(Person.decode(context.person).current or "")
        if isinstance(source, Mention) and own is not None and _names_own(source, own):
            # "how do i get into it from trainer", said by a personal trainer: their job
            source = _as_mention(own)
        start = self._likely(source, context, notes) if source is not None else None
        begin = start.career if isinstance(start, Settled) else None
        if isinstance(start, Choice) and not start.near_miss:
            # a job of their own several kinds share ("warehouse worker here"): the way from
            # the kind most people do, said so
            begin, note = most_likely(start, self.catalog)
            notes += [note.replace("; other kinds below.", ".")] if begin and note else []
        goal = self._likely(target, context, notes, begin)
        if start is not None and begin is None:
            kept = goal.career if isinstance(goal, Settled) else None
            return self._ask(start, "roadmap", context, kept, partner_first=False)
        if isinstance(goal, Settled):
            if source is None:  # "I'm a waiter…" then "how do I get into it": from their job
                own = self.catalog.by_slug.get(Person.decode(context.person).current or "")
                sides = {context.last_a, context.last_b}
                if (
                    target == OnScreen("it")
                    and context.screen == "compare"
                    and own is not None
                    and own == goal.career
                    and own.slug in sides
                    and (other := self.catalog.by_slug.get(next(iter(sides - {own.slug})) or ""))
                ):
                    # "how do i make the switch" said to their job beside another: to it
                    goal = Settled(other)
                begin = own if own is not None and own != goal.career else None
            way = roadmap_reply(self.catalog, context, goal.career, begin, held)
            return noted(way, notes)
        return self._ask(goal, "roadmap", context, begin, partner_first=True)

    def _other(self, request: OtherAsk, context: ChatContext) -> Reply:
        """ "What about X?": the question on screen (or the one asked with it), asked of X."""
        asked = request.focus or context.asked or OVERALL
        if request.instead is None and (shown := self._compared_named(request.subject, context)):
            # "and the teacher?" after nurses vs elementary teachers: the side on screen
            return self._profile(shown, asked, context)
        typed = request.subject.said  # as typed, before a kind's worker is added ("civil")
        request = replace(request, subject=self._of_the_same_kind(request.subject, context))
        if request.otherwise is not None and not isinstance(request.subject.found, Match):
            # "what about electrical" with no career of a kind it names on screen: the wish
            return self._wished(request.otherwise, context)
        if (
            request.instead is not None
            and context.screen == "profile"
            and (whole := _all_of_them(context)).screen == "compare"
        ):
            # "what about a phlebotomist instead of the lab tech" said to the card of another
            # of three compared: the three, that one swapped
            context = whole
        compared = self._careers_shown(context) if context.screen == "compare" else []
        if len(compared) > 2:
            # "ok what about line cook instead of chef" said to three compared: that one
            # swapped (or the one of the same kind of worker), the others kept; else added
            same = self._same_worker(request.subject, typed, compared, context)
            drop = (request.instead,) if request.instead else _named_as(same, self.catalog)
            return self._change(request.subject, drop, context)
        last = self._last(context)
        replaced = self._outcome(request.instead, context) if request.instead else None
        gone = replaced.career.slug if isinstance(replaced, Settled) else None
        if last is not None and (
            context.screen == "compare" or gone in (context.last_a, context.last_b)
        ):
            # "what about mechanical engineer instead of electrician", said after a card of
            # the other side: the last comparison, that side replaced
            if gone not in (context.last_a, context.last_b):
                gone = (
                    self._side_replaced(request.subject, last, context).slug
                    if request.corrected
                    else self._same_worker(request.subject, typed, last, context) or context.last_b
                )
            kept = last[1] if gone == context.last_a else last[0]
            side = _as_mention(kept)
            if kept.slug == context.last_b:
                pair = self._compare(request.subject, side, asked, context)
            else:
                pair = self._compare(side, request.subject, asked, context)
            return self._set_aside_said(pair, gone, context, request)
        if (
            request.against
            and context.subject
            and context.screen in {"profile", "roadmap", "ranking"}
        ):
            return self._compare(OnScreen("it"), request.subject, asked, context)
        if context.screen == "roadmap" and request.focus is None:
            return self._roadmap(request.subject, None, context)
        if context.screen == "ranking" and context.subject and request.against:
            return self._compare(OnScreen("it"), request.subject, asked, context)
        return self._profile(request.subject, asked, context)

    def _set_aside_said(
        self, pair: Reply, gone: str | None, context: ChatContext, request: OtherAsk
    ) -> Reply:
        """ "what about mri tech" after two compared: the side it took the place of, said,
        and how to keep all three (not for another kind of the same worker, or one offered in
        its place: "kindergarten teacher" after teachers were compared is the kind meant)."""
        out = self.catalog.by_slug.get(gone or "")
        if request.instead is not None or out is None or pair.kind != "compare":
            return pair
        if out.slug in pair.careers:
            return pair
        sides = (context.last_a, context.last_b)
        added = [c for s in pair.careers if s not in sides and (c := self.catalog.by_slug.get(s))]
        if {c.slug for c in added} & set(slugs(context.offered)) or any(
            _head(c.title) == _head(out.title)
            for c in added  # another kind of the same worker
        ):
            return pair
        name = short_title(out)
        return noted(pair, [f"In place of {name}; “add {name.lower()}” compares all three."])

    def _compared_named(self, subject: Mention, context: ChatContext) -> Mention | None:
        """A side of the comparison on screen that a name of several careers names."""
        found = subject.found
        if context.screen != "compare" or not isinstance(found, Ambiguous):
            return None
        sides = (context.last_a, context.last_b)
        slug = next((c.slug for c in found.candidates if c.slug in sides), None)
        career = self.catalog.by_slug.get(slug or "")
        if career is None:
            return None
        return _as_mention(career)

    def _of_the_same_kind(self, subject: Mention, context: ChatContext) -> Mention:
        """ "and commercial?" after airline pilots: a word that names no one career alone,
        read with the worker's word of the career on screen ("commercial pilots"); of several
        compared, the one worker's word that makes it a name ("civil" beside mechanical
        engineers and architects)."""
        if isinstance(subject.found, Match) or " " in subject.said.strip():
            return subject
        subject_career = self.catalog.by_slug.get(context.subject or "")
        compared = self._careers_shown(context) if context.screen == "compare" else []
        careers = [*([subject_career] if subject_career else []), *compared]
        heads = dict.fromkeys(_head(c.title.split(",")[0]) for c in careers)
        word = singular(fold(subject.said.strip()))
        # a title with the word and the worker's ("Electrical Engineers"), not an alternate
        # title of another ("electrical scientist" is one of Materials Scientists')
        found = [
            named
            for head in heads
            if isinstance(
                (named := mention(f"{subject.said} {head}", self.index, exact=False)).found, Match
            )
            and {word, head} <= self.index.title_words(named.found.slug)
        ]
        return found[0] if found else subject

    def _side_replaced(
        self, subject: Mention, last: tuple[Career, Career], context: ChatContext
    ) -> Career:
        """The side of the last comparison "i meant X" corrects: the one whose title shares a
        word with what was said ("i meant software engineer" after "engineer vs designer"),
        else the one of the nearer SOC group, else the second."""
        said = name_words(subject.said)
        sharing = [c for c in last if said & name_words(c.title)]
        if len(sharing) == 1:
            return sharing[0]
        # both share a word ("nurse midwife" after nurses vs midwives): the one whose worker
        # is the one said, the name's last word
        head = _head(subject.said)
        headed = [c for c in sharing if _head(c.title.split(",")[0]) == head]
        if len(headed) == 1:
            return headed[0]
        found = self._outcome(subject, context)
        soc = (found.career.soc or "") if isinstance(found, Settled) else ""
        first, second = (_shared(soc, c.soc or "") for c in last)
        return last[0] if first > second else last[1]

    def _same_worker(
        self, subject: Mention, typed: str, last: Sequence[Career], context: ChatContext
    ) -> str | None:
        """The side of the last comparison "what about X" names another kind of, by a word of
        its kind alone: the one whose worker is X's ("what about civil" after industrial
        engineers vs architects: the engineers)."""
        found = self._outcome(subject, context)
        if not isinstance(found, Settled):
            return None
        head = _head(found.career.title.split(",")[0])
        if head in {singular(w) for w in re.findall(r"[a-z]+", fold(typed))}:
            return None  # "what about a robotics engineer": a career named whole, not a kind
        same = [c.slug for c in last if _head(c.title.split(",")[0]) == head]
        return same[0] if len(same) == 1 else None

    def _another_kind(self, request: OtherAsk, waiting: Pending) -> Request:
        """ "What about civil engineer?" after "engineer vs accountant": another kind of the
        shared name, compared with the side that was clear."""
        kept = self.catalog.by_slug.get(waiting.kept or "")
        if isinstance(request.subject.found, Ambiguous):
            return request  # "and the teacher?": the generic name again, the kind shown
        found = settle(request.subject, self.catalog, ChatContext())
        if kept is None or not isinstance(found, Settled) or request.instead is not None:
            return request
        if found.career.slug not in waiting.options and not request.corrected:
            return request
        # (or one it corrects: "no urban planner like city planning" after "urben planer"
        # was read as a woodworking machine: the side that was unclear, replaced)
        side = _as_mention(kept)
        pair = (side, request.subject) if waiting.kept_first else (request.subject, side)
        return CompareAsk(pair[0], pair[1], cast(Focus, waiting.focus))

    def _focus(self, focus: str, context: ChatContext, choosing: bool = False) -> Reply:
        """A question about what is on screen: "which pays more?", "how much do they make?";
        said to a ranking ("remote?"), a wish that refines it."""
        if focus in BY_NAME and context.screen == "ranking":  # said to a list, a change to it
            criterion = focus
            wish = WishAsk(Preferences((Preference(criterion, BY_NAME[criterion].bare),)))
            if choosing and (among := self._among_shown(wish, context)):
                return among  # "which of those needs the least school": of the list's careers
            return wish_answer(self.catalog, context, replace(wish, refining=True))
        return self._asked_of_shown(focus, context, [], choosing)

    def _wish_of_shown(
        self, focus: str, wish: WishAsk, context: ChatContext, choosing: bool = False
    ) -> Reply:
        """ "Which is less stressful?", "which pays most?": the careers on screen with what
        the sources say of that wish; said to a list, a change to it; with nothing on
        screen, a list for it."""
        nothing = not self._careers_shown(context)
        if (
            context.screen == "compare"
            and choosing
            and (kept := self._within_musts(focus, wish, context))
        ):
            return kept  # "which would u pick if i want good pay but not 7 years of school"
        if context.screen == "ranking" and choosing and (among := self._among_shown(wish, context)):
            return among  # "which of those pays the most?": of the careers on the list
        if (
            context.screen == "ranking"
            and choosing
            and (near := self._nearest_of_shown(wish, context))
        ):
            return near  # "which of those is least stressful?": the nearest measure of each
        if (
            context.screen == "ranking"
            and choosing
            and (kept := self._limit_among_shown(wish, context))
        ):
            return kept  # "which of those can i do without uni": those of the list that can
        if context.screen == "ranking":  # "any of those remote?": said of the list, refines it
            refined = wish_answer(self.catalog, context, replace(wish, refining=True))
            return noted(refined, self._flags_of_shown(wish, context))
        if nothing and (wish.superlative or wish.person):
            return wish_answer(self.catalog, context, wish)  # "which job pays the most?"
        if nothing:  # "which pays more?": of which careers?
            return self._focus(focus, context, choosing)
        person = wish.person or Person()
        traits = [trait(name) for name in (*person.likes, *person.values, *person.dislikes)]
        careers = self._careers_shown(context)
        if context.screen in {"profile", "roadmap"} and context.subject and not choosing:
            careers = [c for c in careers if c.slug == context.subject]
        unjudged = (*wish.not_judged, *person.not_judged)
        if wish.age is not None and (aged := ages_done(careers[:MOST], wish.age)):
            unjudged = tuple(n for n in unjudged if n != "age")  # said with the age done
        notes = asked_of(
            careers[:MOST], traits, unjudged, self.catalog.careers, frozenset(person.dislikes)
        )
        if wish.age is not None and aged:
            notes.append(aged)
        notes += _flags_wished(careers[:MOST], wish)
        return self._asked_of_shown(focus, context, notes, choosing)

    def _within_musts(self, focus: str, wish: WishAsk, context: ChatContext) -> Reply | None:
        """A choice among those compared with a must said ("good pay but not 7 years of
        school", "if i dont have a degree which one should i do"): those past it said, with
        their figure, and the rest compared on what is asked; none where all meet it."""
        careers = self._careers_shown(context)[:MOST]
        # each must: what it asks, whether a career meets it, and the career's figure on it
        musts = [
            (
                must_text(p),
                partial(meets, preference=p),
                partial(figure_text, criterion=p.criterion),
            )
            for p in wish.preferences.hard
            if p.limit is not None
        ] + [
            (
                _WAY_IN_LIMITS[f],
                partial(_within_field, field=f),
                partial(figure_text, criterion="entry_barrier"),
            )
            for f in wish.scope
            if f in _WAY_IN_LIMITS
        ]
        kept = [c for c in careers if all(test(c) for _, test, _ in musts)]
        if not musts or len(kept) == len(careers):
            return None
        past = [
            f"past what you set, {said}: " + "; ".join(f"{c.title}, {figure(c)}" for c in out)
            for said, test, figure in musts
            if (out := [c for c in careers if not test(c)])
        ]
        if not kept:
            notes = [f"None of the {len(careers)} is within what you set.", *past]
            return self._compare_careers(careers, focus, context, notes)
        notes = [f"{len(kept)} of the {len(careers)} within it; {'. '.join(past)}."]
        shown_now = replace(context, shown=",".join(c.slug for c in kept))
        return self._compare_careers(kept, focus, shown_now, notes)

    def _flags_of_shown(self, wish: WishAsk, context: ChatContext) -> list[str]:
        """ "any of those i could do remote?": how many of the list shown have the yes-or-no
        figure wished for, said before the list refined to it."""
        shown = self._careers_shown(context)
        notes = []
        for preference in wish.preferences.active:
            attribute = BY_NAME[preference.criterion]
            if not attribute.flag or preference.want != "high" or not shown:
                continue
            having = [c for c in shown if (attribute.value(c) or 0.0) > 0]
            said = attribute.must("high", 0.0)  # "can be done from home"
            if not having:
                notes.append(f"None of the {len(shown)} on screen {said}, wholly or partly.")
            else:
                named = "; ".join(f"{c.title}: {attribute.reason(c)}" for c in having)
                notes.append(f"Of the {len(shown)} on screen: {named}.")
        return notes

    def _limit_among_shown(self, wish: WishAsk, context: ChatContext) -> Reply | None:
        """A limit of the way in asked of a list ("which of those can i do without uni"): the
        careers on it within the limit, easiest way in first; where none is, the list
        refined to it, said so."""
        limits = [f for f in wish.scope if f in _WAY_IN_LIMITS]
        if not limits or len(limits) != len(wish.scope) or wish.preferences.active:
            return None
        shown = self._careers_shown(context)
        kept = [c for c in shown if all(within(c.fields, f) for f in limits)]
        if kept:
            easiest = Preferences((Preference("entry_barrier", "low"),))
            label = f"{len(kept)} of the {len(shown)} on screen"
            return shown_ranked_reply(self.catalog, context, kept, easiest, label=label)
        named = " or ".join(_WAY_IN_LIMITS[f] for f in limits)
        note = f"None of the {len(shown)} on screen is open {named}. Careers that fit you and are:"
        return noted(wish_answer(self.catalog, context, replace(wish, refining=True)), [note])

    def _among_shown(self, wish: WishAsk, context: ChatContext) -> Reply | None:
        """One figure asked of a list ("which of these needs the least training"): its
        careers ranked on it, the musts said before kept."""
        asked = wish.preferences.active
        if len(asked) != 1 or wish.person or wish.scope or wish.not_judged:
            return None
        kept = Preferences.decode(context.preferences).hard
        musts = [p for p in kept if p.criterion != asked[0].criterion]
        preferences = Preferences((asked[0], *musts))
        return shown_ranked_reply(self.catalog, context, self._careers_shown(context), preferences)

    def _nearest_of_shown(self, wish: WishAsk, context: ChatContext) -> Reply | None:
        """A wish no figure ranks asked of a list ("which of those is least stressful?"):
        its careers in the order of the nearest published measure, each with its value, and
        said to be that measure."""
        person = wish.person
        names = (*person.likes, *person.values, *person.dislikes)
        if wish.preferences.active or wish.scope or len(names) != 1:
            return None
        wished = trait(names[0])
        test = wished.measure
        careers = self._careers_shown(context)
        low = test.wants_low != (names[0] in person.dislikes)
        known = [c for c in careers if test.value(c) is not None]
        ordered = sorted(known, key=lambda c: test.value(c) or 0.0, reverse=not low)
        ordered += [c for c in careers if c not in known]
        unjudged = (*wish.not_judged, *person.not_judged)  # "which one is day time?"
        notes = asked_of(
            ordered, [wished], unjudged, self.catalog.careers, frozenset(person.dislikes)
        )
        slugs = tuple(c.slug for c in ordered)
        kept = replace(context, shown=",".join(slugs), subject=slugs[0] if slugs else None)
        return text_reply("rank", kept, *notes, careers=slugs)

    def _asked_of_shown(
        self, focus: str, context: ChatContext, notes: list[str], choosing: bool = False
    ) -> Reply:
        """A figure asked of what is on screen: a comparison's careers compared on it (and
        two profiles in a row, asked which), a roadmap shown again when it is the time or
        the way in, a career's card on it."""
        careers = self._careers_shown(context)
        # a comparison's careers; two profiles in a row, asked which; the nearest offered
        # for work with no occupation of its own ("how much do they make?")
        several = (
            context.screen == "compare"
            or (choosing and context.screen in {"profile", "roadmap"})
            or (context.screen is None and len(careers) >= 2)
        )
        if several and len(careers) >= 2:
            pair = [c.slug for c in careers] == [context.last_a, context.last_b]
            if context.screen == "compare" and pair and focus != OVERALL:
                # the card is on screen already: the answer, the card a button away
                reply = answer_reply(self.catalog, context, careers[0], careers[1], focus)
                return noted(reply, notes)
            if context.screen == "compare" and pair and choosing:
                # "which one is better?": whom each suits, not the same card again
                reply = verdict_reply(self.catalog, context, careers[0], careers[1])
                return noted(reply, notes)
            if (
                context.screen == "compare"
                and choosing
                and focus == OVERALL
                and len(careers) > 2
                and not notes
            ):
                # "which one would you pick" of three (a wish asked of them is its own answer)
                notes = [picks(careers[:MOST])]
            return self._compare_careers(careers, focus, context, notes)
        again = {"learning_curve", "entry_barrier", OVERALL}  # the roadmap answers these
        if context.screen == "roadmap" and focus in again and careers:
            begin = careers[0] if len(careers) >= 2 else None
            reply = roadmap_reply(self.catalog, context, careers[-1], begin)
            if focus == "learning_curve":  # "how long does that take?": the time alone
                return noted(time_reply(self.catalog, reply), notes)
            return noted(replace(reply, focus=focus), notes)
        subject = self.catalog.by_slug.get(context.subject or "")
        if notes and focus == OVERALL and context.screen == "profile" and subject is not None:
            return notes_alone(self.catalog, context, subject, notes)  # "is it stressful?"
        if context.subject and context.screen in {"profile", "roadmap", "ranking"}:
            return noted(self._profile(OnScreen("it"), focus, context), notes)
        reply = self._profile(OnScreen("it"), focus, replace(context, subject=None, last_a=None))
        return noted(reply, notes)

    # What is on screen ---------------------------------------------------------------

    def _careers_shown(self, context: ChatContext) -> list[Career]:
        return [c for s in shown(context) if (c := self.catalog.by_slug.get(s)) is not None]

    def _compare_careers(
        self, careers: list[Career], focus: str, context: ChatContext, notes: list[str]
    ) -> Reply:
        if len(careers) > MOST:
            notes.append(f"One card compares up to {MOST}: the first {MOST} of them.")
            careers = careers[:MOST]
        if len(careers) >= 3:
            return many_reply(self.catalog, context, careers, focus, tuple(notes))
        if len(careers) == 2:
            reply = comparison_reply(
                self.catalog, context, careers[0], careers[1], self.bot_username, focus=focus
            )
            return noted(reply, notes)
        if careers:
            return noted(profile_reply(self.catalog, context, careers[0], focus), notes)
        return text_reply("help", context, NOTHING_SHOWN)

    def _compare_shown(
        self, top: int | None, focus: str, context: ChatContext, count: int | None = None
    ) -> Reply:
        """ "compare them", "the top two": what is on screen, side by side; "all three" of
        two on screen: with the one shown before that is not ("what about X instead", then
        "compare all three")."""
        careers = self._careers_shown(context)[: top or MOST]
        earlier = [
            c for s in (context.before or "").split(",") if (c := self.catalog.by_slug.get(s))
        ]
        listed = [c for s in opened_from(context) if (c := self.catalog.by_slug.get(s))]
        if top is not None and top <= len(listed):
            # "compare the top 2" said to a card or roadmap opened from a list: that list's
            return self._compare_careers(listed[:top], focus, context, [])
        if top is not None and len(careers) < top <= len(earlier):
            # ... or from the list before a card replaced it
            return self._compare_careers(earlier[:top], focus, context, [])
        if count is not None and count > len(careers) and earlier:
            careers += [c for c in earlier if c not in careers]
            careers = careers[: min(count, MOST)]
        if count is not None and 2 <= count < len(careers):
            # "compare those two" said to three: the first two, said so
            note = (
                f"The first {_COUNT_WORDS[count]} of the {len(careers)} on screen; for others "
                f"say which (“compare 1 and 3”)."
            )
            return noted(self._compare_careers(careers[:count], focus, context, []), [note])
        others = [c for c in earlier if c not in careers]
        if len(careers) == 1 and len(earlier) == 1 and others and not listed:
            # "ok compare them" after one career's card, then another's: those two
            return self._compare_careers([*others, *careers], focus, context, [])
        sides = [
            c for s in (context.last_a, context.last_b) if s and (c := self.catalog.by_slug.get(s))
        ]
        if len(careers) == 1 and len(sides) == 2 and careers[0] in sides:
            # "both the designer ones side by side" said to one side's card: the pair again
            return self._compare_careers(sides, focus, context, [])
        if len(careers) == 1:  # one career's card is on screen: the other is to come
            return self._second_for(careers[0], context, f"Only {careers[0].title} is on screen.")
        if len(careers) < 2:
            return text_reply("help", context, NOTHING_SHOWN)
        return self._compare_careers(careers, focus, context, [])

    def _change_asked(self, asked: ChangeAsk, context: ChatContext) -> Reply:
        drop = asked.drop or (self._swapped_in(asked.add, context) if asked.restore else ())
        changed = self._change(asked.add, drop, context, asked.more)
        # "take teachers out. which of the rest pays best": asked of what is left
        if asked.then is not None and changed.kind != "help":
            return self.answer(asked.then, changed.context)
        return changed

    def _swapped_in(self, add: Mention | None, context: ChatContext) -> tuple[Subject, ...]:
        """ "nah put graphic designer back" after product designers were swapped in for
        them: the one that took its place goes."""
        found = self._outcome(add, context) if add is not None else None
        before = slugs(context.before)
        shown = slugs(context.shown)
        if not isinstance(found, Settled) or found.career.slug not in before:
            return ()
        came = [s for s in shown if s not in before]
        if found.career.slug in shown or len(came) != 1 or len(shown) != len(before):
            return ()
        career = self.catalog.by_slug.get(came[0])
        return (_as_mention(career),) if career is not None else ()

    def _compare_shown_with(
        self, add: tuple[Mention, ...], focus: str, context: ChatContext
    ) -> Reply:
        """ "compare them with flight attendants": what is shown compared, with them."""
        compared = self._compare_shown(None, focus, context)
        if compared.kind == "help":
            return compared
        return self._change(add[0], (), compared.context, add[1:])

    def _chart_shown(self, context: ChatContext) -> Reply:
        """ "show me a chart": a picture of what is on screen (four at most in one picture)."""
        careers = self._careers_shown(context)
        if not careers:
            return text_reply("help", context, NOTHING_SHOWN)
        return chart_reply(self.catalog, context, tuple(careers[:MOST]))

    def _more_of_shown(self, asked: str, context: ChatContext) -> Reply:
        """ "what else", "more": a list's next careers, also of the list a card was opened
        from; "tell me more", "the full comparison": the rest of a card (a comparison's
        whole card, what the work is); "what else" said to a card: careers like it."""
        listed = opened_from(context)
        if asked != "details" and (context.screen == "ranking" or listed):
            if listed:  # "nah something else" said to a card opened from a list
                context = replace(context, screen="ranking", shown=",".join(listed))
            seen = Person(seen=tuple(shown(context)))
            return wish_answer(self.catalog, context, WishAsk(person=seen, refining=True))
        careers = self._careers_shown(context)
        if not careers:
            return text_reply("help", context, NOTHING_SHOWN)
        if asked == "next":
            return self._moves(context)
        if context.screen == "ranking":
            return text_reply("help", context, MORE_OF_LIST)
        if context.screen == "compare" and len(careers) == 2:
            first, second = careers
            return comparison_reply(
                self.catalog, context, first, second, self.bot_username, focus=OVERALL, more=True
            )
        return self._focus("duties", context)

    def _moves(
        self, context: ChatContext, focus: str | None = None, wish: WishAsk | None = None
    ) -> Reply:
        """ "what could I switch to?": moves from the career shown; "something similar that
        pays more", "anything similar thats cheaper to get into": those, on that wish."""
        slug = on_screen("it", context)
        if slug is None or slug not in self.catalog.by_slug:
            return text_reply("help", context, NOTHING_SHOWN)
        more = Preferences((Preference("salary", "high"),)) if focus == "salary" else Preferences()
        if wish is not None and wish.preferences.active:
            more = wish.preferences
        # (what they told of themselves still orders the moves: "i love plants", then
        # "anything similar that pays more" said to the groundskeepers' card)
        told = Person.decode(context.person)
        person = Person(
            current=slug,
            same_skills=True,
            from_shown=True,
            likes=told.likes,
            dislikes=told.dislikes,
            values=told.values,
        )
        wish = WishAsk(preferences=more, person=person, personal=True)
        return wish_answer(self.catalog, replace(context, person=None, screen=None), wish)

    def _focus_asked(self, request: FocusAsk, context: ChatContext) -> Reply:
        """A figure or a wish asked of what is shown, with no career named; set against the
        job they do where they ask so."""
        if request.wish is not None and request.wish.personal and not self._careers_shown(context):
            # "i have a bachelors in history, does that help at all" with nothing shown: what
            # they told of themselves
            return self._wished(request.wish, context)
        reply = self._focus_of_shown(request, context)
        held = request.wish.person.schooling_held if request.wish else None
        if held and request.focus in _LEARNING:
            # "how many more yrs of school does each one need after my bachelors"
            return noted(reply, _after_held(held, self._careers_shown(reply.context)[:MOST]))
        if request.also is not None and request.focus != OVERALL:
            # "which pays more and which is faster to get into": both answers
            reply = also_answered(self.catalog, reply, request.also)
        if not request.against_own or request.focus != "salary":
            return reply
        return noted(reply, self._pay_against_own(reply.context))

    def _pay_against_own(self, context: ChatContext) -> list[str]:
        """What each career shown pays beside what they make: the pay they told, or else
        their job's median (BLS OEWS)."""
        person = Person.decode(context.person)
        own = self.catalog.by_slug.get(person.current or "")
        if own is None:
            return [
                "Tell me the job you do now (\u201cI'm a cashier\u201d) and I'll set its pay "
                "beside this."
            ]
        now = float(person.paid) if person.paid else typical_pay(own)
        if now is None:
            return [f"BLS publishes no pay for {own.title}, so there is nothing to set it beside."]
        whose = (
            "what you said you make" if person.paid else f"the median for {own.title} (BLS OEWS)"
        )
        lines = []
        for career in self._careers_shown(context)[:MOST]:
            pay = typical_pay(career)
            if career.slug == own.slug or pay is None:
                continue
            way = "more" if pay > now * 1.02 else "less" if pay < now * 0.98 else "about the same"
            said = f"{career.title} pays {way}: a median of {money(pay)} vs {money(now)}, {whose}."
            lines.append(agreeing(said, career.title))
        return lines

    def _focus_of_shown(self, request: FocusAsk, context: ChatContext) -> Reply:
        """A figure or a wish asked of what is shown, with no career named."""
        focus, wish, choosing = request.focus, request.wish, request.choosing
        # "which is easier to get into" said to one side's card opened from a comparison:
        # a choice between those compared
        of_all = request.of_all or (choosing and _opened_from_pair(context))
        context = _all_of_them(context, request.counted) if of_all else context
        if wish is not None and focus in ("entry_barrier", OVERALL) and wish.person.schooling:
            # "do i need a masters tho", "which of those can i do straight outta high
            # school": what each asks, set against the credential named
            focus = "entry_barrier"
            way_in = self._asked_of_shown(focus, context, [])
            needed = self._credential_needed(
                wish.person.schooling, self._careers_shown(context)[:MOST]
            )
            return noted(way_in, needed)
        start = self.catalog.by_slug.get(wish.person.current or "") if wish else None
        if wish is not None and start is not None and not wish.preferences.items:
            return self._from_job_among_shown(start, focus, context)
        if wish is not None and _safe_from_ai(wish, context):
            # "which is safer?" after "will AI replace accountants?": from AI
            return self._focus("ai_risk", context, choosing)
        if wish is not None:
            return self._wish_of_shown(focus, wish, context, choosing)
        if request.of_them and context.screen == "ranking" and focus in BY_NAME:
            # "how much do they make?" said to a list: its careers on that figure
            asked = Preferences((Preference(focus, BY_NAME[focus].bare),))
            careers = self._careers_shown(context)
            among = shown_ranked_reply(self.catalog, context, careers, asked)
            if among is not None:
                return among
        return self._focus(focus, context, choosing)

    def _from_job_among_shown(self, start: Career, focus: str, context: ChatContext) -> Reply:
        """ "which one could i get into fastest if im already a cna": the figure asked of
        those shown, then the switch to each from the job they do, quickest first."""
        reply = self._asked_of_shown(focus, context, [])
        return noted(reply, _switches(start, self._careers_shown(context)))

    def _change(
        self,
        add: Mention | None,
        drop: tuple[Subject, ...],
        context: ChatContext,
        more: tuple[Mention, ...] = (),
    ) -> Reply:
        """ "add actuary", "drop plumber", "swap carpenter for roofer": what is on screen,
        changed, compared again; "take teachers out" of a list: the list without them (also
        said to a card opened from it)."""
        before = slugs(context.before)
        compared = slugs(context.compared)
        shown = slugs(context.shown)
        pair = [self.catalog.by_slug[s] for s in before if s in self.catalog.by_slug]
        if (
            drop
            and context.screen == "profile"
            and len(pair) >= 2
            and before == compared  # the screen before was the comparison, not a list
            and context.subject in before
            and self._shown_meant(drop, pair, context)
        ):
            # "swap camera operator for sound engineer" said to the card of one of three
            # compared (opened after a list they came from): the comparison, changed
            context = replace(context, screen="compare", shown=context.before)
        elif opened_from(context) or (
            add is not None
            and not drop
            and context.screen == "profile"
            and any(len(them) >= 2 and set(shown) <= set(them) for them in (before, compared))
        ):
            # "add help desk to the comparison" said to a card opened from it, or "add welder
            # to the list" after two of three compared were opened: the careers compared,
            # and it
            context = _all_of_them(context)
        careers = self._careers_shown(context)
        notes: list[str] = []
        at = len(careers)  # where the career added goes: a swapped one's place, else last
        if drop:
            gone = self._shown_meant(drop, careers, context)
            earlier = [self.catalog.by_slug[s] for s in before if s in self.catalog.by_slug]
            opened = context.screen == "profile" and bool(gone) and all(g in earlier for g in gone)
            if len(earlier) >= 2 and (opened or not gone):
                # "remove doctor" after one of three compared was opened: the three, less
                # it ("drop statistician, add software engineer" said to the card of it);
                # "swap pilot for flight attendant" said to the controllers' card after the
                # two were compared: the two, the pilots swapped
                gone = self._shown_meant(drop, earlier, context)
                careers = earlier if gone else careers
            if gone and add is None and context.screen == "ranking":
                # a list is ranked again without them, the next ones taking their places
                ruled_out = Person(
                    excluded=self._kinds_dropped(drop, gone), dropped=tuple(c.slug for c in gone)
                )
                asked = WishAsk(person=ruled_out, refining=True)
                return wish_answer(self.catalog, context, asked)
            if not gone:
                notes.append("That is not on screen, so nothing was dropped.")
            else:
                at = careers.index(gone[0])
            careers = [c for c in careers if c not in gone]
        others: list[Career] = []
        fresh: list[Career] = []  # added by this message, in the order said
        left_out: list[Career] = []
        for added in (add, *more) if add is not None else ():
            dropped = [c for c in self._careers_shown(context) if c not in careers]
            found = self._likeliest(added, context, careers, notes, others, left_out=dropped)
            if found is not None and len(careers) > MOST and found in careers[MOST - 1 :]:
                # on a list of five, past the card's room: moved up, as if added
                careers = [c for c in careers if c != found]
            if found is not None and found not in careers:
                # the ones added always show; the last shown before give way
                old = [c for c in careers if c not in fresh]
                kept = old[: max(0, MOST - 1 - len(fresh))]
                left_out += [c for c in old[len(kept) :] if c not in left_out]
                careers = [*kept[:at], *fresh, found, *kept[at:]]
                fresh.append(found)
            elif found is not None:  # "add ml engineer" with data scientists shown
                said = clean_display(added.said, 40)
                notes.append(
                    f"{found.title} is already on screen."
                    if singular(fold(said)) in singular(fold(found.title))
                    else f"“{said}” is counted in {found.title}, already on screen: O*NET "
                    "and BLS publish no figures for it apart."
                )
        if left_out := [c for c in left_out if c not in careers]:
            out = ", ".join(c.title for c in left_out)
            notes.append(f"One card compares up to {MOST} careers; left out: {out}.")
        if not careers:
            return text_reply("help", context, NOTHING_SHOWN)
        return self._with_kinds(
            self._compare_careers(careers, context.asked or OVERALL, context, notes), others
        )

    def _kinds_dropped(self, drop: tuple[Subject, ...], gone: list[Career]) -> tuple[str, ...]:
        """A name several careers share, dropped ("get rid of the doctors"), rules out its
        kinds and every career of the SOC broad groups they and those dropped are in
        (physicians and surgeons alike); a place on the list, only the career there."""
        kinds = [
            c.slug
            for s in drop
            if isinstance(s, Mention) and isinstance(s.found, Ambiguous)
            for c in s.found.candidates
        ]
        if not kinds:
            return ()
        named = [c for s in kinds if (c := self.catalog.by_slug.get(s)) is not None]
        broad = {c.soc[:6] for c in (*named, *gone) if c.soc}
        alike = [c.slug for c in self.catalog.careers if c.soc and c.soc[:6] in broad]
        return tuple(dict.fromkeys((*kinds, *alike)))

    def _shown_meant(
        self, subjects: tuple[Subject, ...], careers: list[Career], context: ChatContext
    ) -> list[Career]:
        """The careers on screen the subjects mean, in the screen's order."""
        meant = {c.slug for s in subjects for c in self._shown_of(s, careers, context)}
        return [c for c in careers if c.slug in meant]

    def _shown_of(
        self, subject: Subject, careers: list[Career], context: ChatContext
    ) -> list[Career]:
        """The careers on screen a subject means: a place on it, or a name matching careers
        shown ("drop teachers": every kind of teacher shown)."""
        if isinstance(subject, OnScreen):
            found_slug = on_screen(subject.which, context) or ""
            return [c for c in careers if c.slug == found_slug]
        said = name_words(subject.said) - name_words("the a an one")
        if isinstance(subject.found, Ambiguous):  # "drop teachers": every kind shown
            kinds = {c.slug for c in subject.found.candidates}
            titled = [c for c in careers if said and said <= name_words(c.title)]
            if shown := [c for c in careers if c.slug in kinds or c in titled]:
                return shown
            # "get rid of the doctors" beside surgeons: the SOC groups its kinds are in, to
            # the first digit of the broad group (29-12: physicians and surgeons)
            groups = {
                c.soc[:5]
                for slug in kinds
                if (c := self.catalog.by_slug.get(slug)) is not None and c.soc
            }
            if len(groups) == 1 and (group := groups.pop()):
                return [c for c in careers if (c.soc or "").startswith(group)]
        found = self._outcome(subject, context)
        if isinstance(found, Settled) and found.career in careers:
            return [found.career]
        titled = [c for c in careers if said and said <= name_words(c.title)]
        if isinstance(found, Settled):  # "reactor operators": the one shown titled so
            return titled
        options = (
            found.options
            if isinstance(found, Choice)
            else found.nearest  # "product manager", shown as its nearest
            if isinstance(found, NoOccupation)
            else ()
        )
        # "drop the designer": else the careers shown whose titles have the word said
        return [c for c in careers if c in options] or titled

    def _from_shown(self, wish: WishAsk, context: ChatContext) -> WishAsk:
        """ "Something in food that pays better" or "what else is there without a degree"
        said to one career's card, by someone who named no job of their own: the moves from
        it, paying more or asking less schooling."""
        person = wish.person
        shown = self.catalog.by_slug.get(context.subject or "")
        # "what else is there that doesnt need school": like it, within the limit said
        other = wish.asking and set(wish.scope) == {"no_degree"} and not person.wishes
        if not (wish.relative or other) or person.current:
            return wish
        if context.screen not in {"profile", "roadmap"}:
            return wish
        if shown is None or not shown.soc or Person.decode(context.person).current:
            return wish
        return replace(
            wish, person=replace(person, current=shown.slug, from_shown=True), personal=True
        )

    def _more_than_shown(self, wish: WishAsk, context: ChatContext) -> WishAsk:
        """ "Something that pays more than that" said to a list, by someone who named no job
        of their own: at least what the careers on it typically pay (their middle one)."""
        pay = wish.preferences.get("salary")
        if not wish.relative or wish.person.current or context.screen != "ranking":
            return wish
        if pay is None or pay.limit is not None or Person.decode(context.person).current:
            return wish
        pays = sorted(p for c in self._careers_shown(context) if (p := typical_pay(c)))
        if not pays:
            return wish
        floor = float(round(statistics.median(pays), -3))
        must = replace(pay, hard=True, limit=floor)
        return replace(wish, preferences=wish.preferences.with_item(must))

    def _limit_of_shown(self, wish: WishAsk, context: ChatContext) -> bool:
        """ "Without a degree?", "with no degree is it possible", "and if i dont have any
        college at all?" said to one career's card or roadmap: a question of that career's way
        in, not a list wanted."""
        person = wish.person
        if context.screen not in {"roadmap", "profile"} or context.subject is None:
            return False
        if wish.asking or wish.preferences.items or wish.not_judged:
            return False
        if person and (person.current or person.wishes or person.dislikes or not person.schooling):
            return False
        if person.schooling and not wish.scope:
            return True  # "and if i dont have any college at all?": only what they hold, told
        # "without a finance degree?" beside a financial analyst: its own field's degree
        career = self.catalog.by_slug.get(context.subject)
        fields = set(career.fields) if career is not None else set()
        return "no_degree" in wish.scope and set(wish.scope) - {"no_degree"} <= fields

    def _wished(self, request: WishAsk, context: ChatContext) -> Reply:
        if (start := self._start_told(request, context)) is not None:
            return start
        if self._said_of_compared(request, context):
            # "better how? i mean less stress": which of those compared, on that
            criterion = next((p.criterion for p in request.preferences.active), OVERALL)
            return self._wish_of_shown(criterion, request, context, choosing=True)
        if self._limit_of_shown(request, context):
            way_in = self._asked_of_shown("entry_barrier", context, [])
            # "with no college at all?": what a high school diploma reaches
            held = request.person.schooling or (
                HIGH_SCHOOL if "no_degree" in request.scope else None
            )
            return noted(way_in, self._schooling_enough(held, context))
        if (aged := self._age_of_shown(request, context)) is not None:
            return aged
        wish = self._more_than_shown(self._from_shown(request, context), context)
        answer = wish_answer(self.catalog, context, wish)
        return noted(answer, [HEARD]) if request.vented else answer

    def _age_of_shown(self, request: WishAsk, context: ChatContext) -> Reply | None:
        """ "am i too old?" said to careers on screen: no source rates careers by age, but a
        licence's rule of entry may set one (the FAA hires air traffic controllers under
        31), said for each; the careers shown again."""
        if request.not_judged != ("age",) or request.preferences.items or request.scope:
            return None
        person = request.person
        if person.current or person.wishes or person.dislikes or request.asking:
            return None
        careers = self._careers_shown(context)[:MOST]
        if context.screen not in {"profile", "roadmap", "compare"} or not careers:
            return None
        lines = ["No source rates careers by age; a licence's rule of entry may set one."]
        for career in careers:
            licences = career.entry_barrier.licences if career.entry_barrier else ()
            # each licence is "name: what it takes (its source)", the source said last
            said = [_SOURCE_LAST.match(text) for text in licences]
            rules = [
                (part.strip(), found["source"])
                for found in said
                if found is not None
                for part in found["rule"].split(";")
            ]
            aged = [(rule, source) for rule, source in rules if _AGE.search(rule)]
            lines.append(
                f"{career.title}: {aged[0][0]} ({aged[0][1].split(';')[0]})."
                if aged
                else f"{career.title}: none of the licences its entry needs sets an age."
            )
        return noted(self._asked_of_shown("entry_barrier", context, []), lines)

    @staticmethod
    def _credential_needed(level: str, careers: list[Career]) -> list[str]:
        """A credential asked of careers shown ("do i need a masters"): BLS's typical entry
        education of each, said against it."""
        asked = level[:1].lower() + level[1:]
        asked = f"{'an' if asked[:1] in 'aeiou' else 'a'} {asked}"
        lines = []
        for career in careers:
            if (beside := entry_beside(career, level)) is None:
                continue
            category, gap = beside
            typical = f"{career.title}: BLS's typical entry education is “{category}”"
            # said whole, as true of "do i need a masters" as of "any of these doable w/o a
            # degree" (asked as the most they have: a diploma)
            if gap < 0 and level == ASSOCIATE:
                verdict = "no degree is typically needed to start"  # "do i need a degree"
            elif gap < 0:
                verdict = f"{asked} is not typically needed to start"
            elif gap == 0:
                verdict = f"{asked} is what it typically takes to start"
            else:
                verdict = f"more than {asked} is typically needed to start"
            lines.append(f"{typical}: {verdict}.")
        return lines

    def _schooling_enough(self, held: str | None, context: ChatContext) -> list[str]:
        """What they hold ("straight out of high school") set against the schooling the
        career on screen typically asks first (BLS), in one line."""
        career = self.catalog.by_slug.get(context.subject or "")
        beside = entry_beside(career, held or "") if career is not None else None
        if career is None or beside is None:
            return []
        category, gap = beside
        typical = f"the typical entry education for {career.title} is “{category}” (BLS)"
        if gap <= 0:
            return [f"Yes: {typical}, which you have."]
        return [f"Not straight away: {typical}, so the way in starts there."]

    def _said_of_compared(self, wish: WishAsk, context: ChatContext) -> bool:
        """A wish said to a comparison with no list asked for ("i mean less stress", "idk
        money and job security"): a question of the careers compared."""
        person = wish.person
        if context.screen != "compare" or self._last(context) is None or not wish.personal:
            return False
        if wish.asking or wish.scope or person.current or person.excluded:
            return False
        if person.schooling:
            return False
        return bool(wish.preferences.active or person.likes or person.values)

    def _start_told(self, wish: WishAsk, context: ChatContext) -> Reply | None:
        """ "I'm a CNA right now btw" said to a roadmap or a career's card: the way there from
        the job they do."""
        person = wish.person
        goal = self.catalog.by_slug.get(context.subject or "")
        start = self.catalog.by_slug.get(person.current or "")
        if goal is None or start is None or context.screen not in {"roadmap", "profile"}:
            return None
        if wish.asking or person.likes or person.dislikes or person.values or wish.scope:
            return None
        if wish.preferences.items or person.leaving or person.same_skills:
            return None
        return roadmap_reply(self.catalog, context, goal, start)

    def _why_not(self, subject: Subject, context: ChatContext) -> Reply:
        """ "Why not nursing?": said to a shortlist, where that career stands for the person;
        otherwise, that career."""
        notes: list[str] = []
        found = self._likely(subject, context, notes)
        if not isinstance(found, Settled):
            return self._ask(found, "profile", context)
        if context.person is None and context.preferences is None:
            return noted(profile_reply(self.catalog, context, found.career), notes)
        return noted(why_not_reply(self.catalog, context, found.career), notes)

    def _why_these(self, context: ChatContext) -> Reply | None:
        if context.person is None and context.preferences is None:
            return None  # a ranking by a figure: "why?" is that figure's
        return why_these_reply(self.catalog, context)

    def _why_figure(
        self, subject: Subject, focus: Focus, context: ChatContext, *, cause: bool = False
    ) -> Reply:
        """ "Why is growth negative?", "why do nurses make so much?": what that figure stands
        on, for the career named (then shown) or those on screen; where it stands on nothing
        the sources explain, the figure itself."""
        if isinstance(subject, OnScreen):
            one = self.catalog.by_slug.get(on_screen(subject.which, context) or "")
            # (of two, what sets them apart is the answer: "why does the second one pay more")
            several = len(self._careers_shown(context)) > 2
            if one is not None and subject.which in PLACES and several:
                # "why is the prison one shrinking": that one's figure, and it is the one
                # "that one" means next
                why = why_reply(self.catalog, context, [one], focus, cause=cause)
                if why is not None:
                    return replace(why, context=replace(why.context, subject=one.slug))
            if (why := self._why(context, focus, cause=cause)) is not None:
                return why
            return self._asked_of_shown(focus, context, [])
        notes: list[str] = []
        found = self._likely(subject, context, notes)
        if not isinstance(found, Settled):
            return self._ask(found, "profile", context)
        if not notes and (titled := title_note(subject, found.career)):
            notes.append(titled)  # "is 64k right for a health coach": health educators' pay
        shown = profile_reply(self.catalog, context, found.career, focus)
        why = why_reply(self.catalog, shown.context, [found.career], focus, cause=cause)
        if why is None and (made := MEANINGS.get(focus)) is not None:
            # "why does it say teachers can work remote": the rule that makes the figure
            notes.append(f"How “{made[0]}” is made: {made[1]}")
        return noted(why or shown, notes)

    def _why(
        self, context: ChatContext, asked: Focus | None = None, *, cause: bool = False
    ) -> Reply | None:
        """ "Why?": after a comparison, whom each suits (its verdict) or what the figure
        asked stands on; after a list for the person, where its first career stands; after a
        card, what its figure asked stands on. A figure named ("why so few openings?") is
        that figure's, of whatever is shown."""
        focus = asked or context.asked or OVERALL
        if asked is not None and context.screen in {"ranking", "compare"}:
            shown = self._careers_shown(context)[:MOST]
            why = why_reply(self.catalog, context, shown, focus, cause=cause)
            last = self._last(context)
            if why is not None and context.screen == "compare" and last and len(shown) == 2:
                # "which one has more openings and why": the answer, then what it stands on
                lead = comparison_answer(compare(*last), focus)
                if lead is not None:
                    why = replace(why, document=Document((lead, *why.document.blocks)))
            return why
        careers = self._careers_shown(context)
        if context.screen == "compare" and len(careers) > 2 and focus == OVERALL:
            # of three or four: where each leads, the card's own verdict
            return many_reply(self.catalog, context, careers[:MOST], OVERALL, ())
        if context.screen == "compare" and (last := self._last(context)) is not None:
            if focus == OVERALL:
                return verdict_reply(self.catalog, context, last[0], last[1])
            return why_reply(self.catalog, context, careers[:MOST], focus)
        if context.screen == "ranking" and careers and (context.person or context.preferences):
            return why_not_reply(self.catalog, context, careers[0])
        if context.screen == "profile" and careers:
            return why_reply(self.catalog, context, careers[-1:], focus, cause=cause)
        if context.screen == "roadmap" and careers and asked is not None:
            # "is that good money" said to the way into a career: that career's figure
            return why_reply(self.catalog, context, careers[-1:], focus, cause=cause)
        return None

    def _why_apart(self, context: ChatContext) -> Reply | None:
        """ "Why is the pay gap so big?" of a comparison: the pay beside what each asks to
        get in, which the gap goes with; "why so wide a range?" of one career's pay: what the
        range is."""
        if context.screen == "compare" and self._last(context) is not None:
            reply = self._asked_of_shown("entry_barrier", context, [])
            return noted(reply, [PAY_GOES_WITH])
        career = self.catalog.by_slug.get(context.subject or "")
        if context.screen == "profile" and career is not None:
            return noted(self._asked_of_shown("salary", context, []), [RANGE_IS])
        return None

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
                "Nothing to swap yet: compare two careers first, e.g. “nurse or teacher?”.",
            )
        asked = context.asked or OVERALL
        return comparison_reply(
            self.catalog, context, last[1], last[0], self.bot_username, focus=asked
        )

    def _last_skills(self, context: ChatContext) -> Reply:
        """ "show skills": the skills the comparison on screen needs, else those of what is
        on screen (a career's card, a list), else of the last two compared."""
        last = self._last(context)
        if context.screen != "compare" and self._careers_shown(context):
            return self._asked_of_shown("skills", context, [])
        if last is None:
            return text_reply(
                "help", context, "Compare two careers first, then ask for the skills."
            )
        return skills_reply(self.catalog, context, *last)


#: why two careers' pay differs, as far as the sources show it
PAY_GOES_WITH = (
    "The sources do not say why pay differs; beside it, they show what each asks to get in:"
)
#: what a pay range is
RANGE_IS = (
    "The range is where most workers' pay falls (from the 10th to the 90th percentile, or "
    "the page's own range for the AI careers); it is wide where pay depends on experience, "
    "employer and region. No source here breaks it down."
)


def _career_of(found: Outcome) -> Career | None:
    return found.career if isinstance(found, Settled) else None


def _names_own(said: Mention, own: Career) -> bool:
    """A word said for a start that the person's own job's title has ("trainer" of Exercise
    Trainers and Group Fitness Instructors), read as that job rather than another career."""
    words = {singular(w) for w in re.findall(r"[a-z]+", fold(said.said))}
    return bool(words) and words <= {singular(w) for w in re.findall(r"[a-z]+", fold(own.title))}


#: a rule of entry that sets an age ("the FAA hires applicants under 31")
_AGE = re.compile(r"\bage\b|\byears old\b")
#: replies about careers a message names
_OF_NAMED = frozenset({"compare", "profile", "roadmap"})
#: the replies a sentence of a longer message is answered with on the way to its last
_STEPS = _OF_NAMED | {"recommend", "rank", "about", "chart", "skills"}
#: where a sentence ends, for a message of several requests
_SENTENCE_END = re.compile(r"(?<=[.!;])\s+|\s*\n+\s*")
_QUESTION_END = re.compile(r"(?<=[.!;?])\s+|\s*\n+\s*")


#: the figures whose answer turns on the schooling a person holds
_LEARNING = frozenset({"learning_curve", "entry_barrier"})


def _after_held(held: str, careers: list[Career]) -> list[str]:
    """The schooling each career still asks of someone who holds ``held`` (BLS typical entry
    education, a graduate programme admitting from any bachelor's), in one line."""
    yours = f"{held[:1].lower()}{held[1:]}"
    parts = []
    for career in careers:
        gap = education_gap_held(held, career)
        if gap is None:
            continue
        left, what = gap
        months = round(left * 12)
        transfer = ""
        if held == ASSOCIATE and what and "bachelor's" in what and left >= BACHELOR_YEARS:
            # an associate's is 60 of a bachelor's 120 semester credits: half, where the
            # school takes them
            transfer = f" ({months_text((24, 24))} where the associate's credits transfer)"
        parts.append(
            f"{career.title}: {what.removeprefix('needs ')}, {months_text((months, months))}"
            f"{transfer}"
            if months and what
            else f"{career.title}: nothing more"
        )
    if not parts:
        return []
    return [f"From your {yours}, the schooling still to do (BLS): " + "; ".join(parts) + "."]


def _switches(start: Career, shown: list[Career]) -> list[str]:
    """The switch to each career shown from the job they do, quickest first, in one line."""
    careers = [c for c in shown if c != start]
    if not careers:
        return []
    moves = sorted(
        ((c, move(start, c)) for c in careers),
        key=lambda pair: (pair[1].switch.years is None, pair[1].switch.years or 0.0),
    )
    lines = [f"{c.title}: {found.switch_text()}" for c, found in moves]
    head = f"From {start.title}, the switch to each (quickest first):"
    return [" ".join([head, *(f"• {line}." for line in lines)])]


def _one_change(request: Request) -> bool:
    """A career dropped and another added in one change."""
    return isinstance(request, ChangeAsk) and request.add is not None and bool(request.drop)


def _of_named(request: Request) -> bool:
    """Whether a request asks of careers it names, one or two."""
    if isinstance(request, CompareAsk):
        return isinstance(request.first, Mention) or isinstance(request.second, Mention)
    if isinstance(request, ProfileAsk | RoadmapAsk):
        subject = request.subject if isinstance(request, ProfileAsk) else request.target
        return isinstance(subject, Mention)
    return False


def _first_line(reply: Reply) -> str:
    """What a reply is, in its first line: its heading, else its first words."""
    lines = reply.document.plain().strip().splitlines()
    return lines[0][:120] if lines else ""


#: a licence as the catalog says it: what it takes, then its source in brackets
_SOURCE_LAST = re.compile(r"^(?:[^:]+: )?(?P<rule>.*) \((?P<source>[^()]*)\)$")


_COUNT_WORDS = {2: "two", 3: "three", 4: "four"}


def _leading_notes(reply: Reply) -> list[str]:
    """The notes a reply says first (``noted``)."""
    notes: list[str] = []
    for block in reply.document.blocks:
        if not (isinstance(block, Para) and block.italic):
            break
        notes.append(block.text)
    return notes


def _counted_in(career: Career) -> str:
    """Where a career is counted: O*NET and BLS's occupations, or the career pages'."""
    return "in O*NET and BLS" if career.soc else "on the career pages"


def _one_occupation(career: Career) -> str:
    return f"Both names are one occupation {_counted_in(career)}: {career.title}."


def _head(name: str) -> str:
    """A name's last word, singular: the worker it names ("nurse midwife": "midwife")."""
    words = re.findall(r"[a-z]+", fold(name))
    return singular(words[-1]) if words else ""


def _shared(a: str, b: str) -> int:
    """How many characters two SOC codes share from the start (the nearer group shares more)."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _names(subject: Mention, slug: str) -> bool:
    """Whether the name said is that career's (or may be: one of several it names)."""
    found = subject.found
    if isinstance(found, Match):
        return found.best.slug == slug
    return isinstance(found, Ambiguous) and any(c.slug == slug for c in found.candidates)


def _as_mention(career: Career) -> Mention:
    """A career named whole, as a request names one."""
    return Mention(career.title, Match(Candidate(career.slug, 1.0, career.title)), exact=True)


def _named_as(slug: str | None, catalog: Catalog) -> tuple[Mention, ...]:
    """The career of ``slug`` named whole, if there is one."""
    career = catalog.by_slug.get(slug or "")
    return (_as_mention(career),) if career is not None else ()


def _flags_wished(careers: list[Career], wish: WishAsk) -> list[str]:
    """A yes-or-no figure asked of those shown with the way the person wants it ("which is
    better if im bad at coding"): which of them has it that way. The card never calls one
    side better on it; said their way, it answers them."""
    notes = []
    for preference in wish.preferences.active:
        attribute = BY_NAME[preference.criterion]
        values = [attribute.value(c) for c in careers]
        if not attribute.flag or len(careers) < 2 or any(v is None for v in values):
            continue
        want = preference.want == "high"
        wanted = [c for c, v in zip(careers, values, strict=True) if bool(v) == want]
        if 0 < len(wanted) < len(careers):
            names = " and ".join(short_title(c) for c in wanted)
            notes.append(f"Wanting {attribute.must(preference.want, 0.0)}: {names}.")
    return notes
