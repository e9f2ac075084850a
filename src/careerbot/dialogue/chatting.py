"""Messages that are not about a career: a greeting, thanks, small talk, help, or text that
is no question at all. Short and friendly, always saying what the bot can do; the careers on
screen stay on screen."""

from __future__ import annotations

from careerbot.careers.catalog import Catalog
from careerbot.dialogue import guide
from careerbot.dialogue.codec import Guide, encode
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Button, Reply, text_reply
from careerbot.render.about import about_document
from careerbot.render.glossary import meaning_document
from careerbot.render.views import help_document, list_document

CAN_DO = (
    "I compare careers: try “nurse or teacher?”, “how much do electricians make?” or "
    "“remote work, low AI risk, no degree”."
)
BOT = (
    "I'm careerbot, an automated assistant, not a person. I answer from public data: BLS "
    "wages and projections, O*NET, and published research on remote work and LLM exposure "
    "(/about lists every source). " + CAN_DO
)
BYE = "Good luck with it! Come back whenever you want to compare careers or see what fits you."
THANKS = "You're welcome! Ask about another career whenever you like."
SMALLTALK = "I only know about careers, I'm afraid. " + CAN_DO
#: asked what careerbot does not do
BEYOND = (
    "I can't write CVs or cover letters, search job postings or apply for you: I compare "
    "careers on published figures. CareerOneStop (careeronestop.org, US Department of Labor) "
    "has résumé and cover-letter guides and a job finder. " + CAN_DO
)
#: a nod back to an answer taken in ("ok", "makes sense"), with what can follow from what is
#: on screen; the screen stays
NEXT = {
    "ranking": "Ask about any of them (“the second one”), compare two (“compare the first "
    "two”) or change the list (“no degree”, “more pay”).",
    "compare": "Ask which suits you better (“which is less stressful?”), add another (“add "
    "actuary”) or see the skills they share.",
    "profile": "Compare it with another (“vs a nurse”), ask the way in (“how do I get into "
    "it?”) or find careers that fit you.",
    "roadmap": "Ask about any step, or compare where you are with where you're going.",
}
COMPLAINT = (
    "Sorry, that wasn't what you needed. Tell me in your own words what you're after: two "
    "careers to compare, one career's pay or outlook, or a little about you and what you "
    "like, and I'll find careers that fit."
)
UNCLEAR = (
    "I couldn't find a career question in that. " + CAN_DO + " Not sure what to ask? A few "
    "questions about you find careers that fit."
)
#: the guided profile, offered where a message asked nothing careerbot can answer
GUIDE_ROW = ((Button("🧭 Help me choose a career", encode(Guide(0, guide.BLANK))),),)


AFRESH = "Starting afresh: I've forgotten what you told me. " + CAN_DO


def afresh_reply(context: ChatContext) -> Reply:
    """ "Start over": a clean slate, and the ways to begin again."""
    return text_reply("smalltalk", context, AFRESH, buttons=GUIDE_ROW)


def meaning_reply(focus: str, context: ChatContext) -> Reply:
    """ "What does LLM exposure mean?": what the figure measures and where it is from; what
    is on screen stays."""
    document = meaning_document(focus)
    if document is None:
        return Reply(kind="help", document=help_document(), context=context)
    return Reply(kind="about", document=document, context=context)


def chat_reply(topic: str, catalog: Catalog, context: ChatContext) -> Reply:
    match topic:
        case "greeting":
            return Reply(kind="greeting", document=help_document(greeting=True), context=context)
        case "list":
            return Reply(kind="list", document=list_document(catalog.careers), context=context)
        case "about":
            return Reply(kind="about", document=about_document(catalog), context=context)
        case "bot":
            return text_reply("smalltalk", context, BOT)
        case "bye":
            return text_reply("smalltalk", context, BYE)
        case "beyond":
            return text_reply("smalltalk", context, BEYOND)
        case "thanks":
            return text_reply("smalltalk", context, THANKS)
        case "smalltalk":
            return text_reply("smalltalk", context, SMALLTALK)
        case "ack":
            return text_reply("smalltalk", context, "👍 " + NEXT.get(context.screen or "", CAN_DO))
        case "complaint":
            return text_reply("smalltalk", context, COMPLAINT, buttons=GUIDE_ROW)
        case "unclear":
            return text_reply("help", context, UNCLEAR, buttons=GUIDE_ROW)
    return Reply(kind="help", document=help_document(), context=context)
