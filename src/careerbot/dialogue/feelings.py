"""Replies to how a person is: care and crisis lines for someone in crisis, never a career
list; one line of acknowledgement and an offer for a vent; a message in another language
answered in it. Nothing on screen changes."""

from __future__ import annotations

from dataclasses import replace

from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply, text_reply
from careerbot.understanding.places import languages

CARE = (
    "I'm really sorry you're feeling this way. You don't have to face it alone, and a job "
    "or a career is never worth your life.",
    "If you might act on these thoughts, please reach out now: in the US call or text 988 "
    "(Suicide & Crisis Lifeline); in the UK and Ireland call 116 123 (Samaritans); "
    "elsewhere, findahelpline.com lists free, confidential lines in your country. If you "
    "are in immediate danger, call your local emergency number.",
    "Talking to someone you trust can help too. I'm here whenever you want to talk about work.",
)
VENT = (
    "That sounds really frustrating, and it's a hard market out there. When you're ready, "
    "I can show careers that fit you (“what fits me?”) or compare two you're weighing."
)
#: said before a shortlist to someone frustrated who told what they can't stand
HEARD = "That sounds really frustrating. Here is what fits what you said."
ENGLISH = (
    "For now I read English only. Try “nurse or teacher?” or “how much do electricians make?”."
)


#: said to someone who was given crisis lines and answers unsure ("i don't know")
STILL_HERE = (
    "That's okay; you don't need to have an answer. I'm still here.",
    "If things feel heavy right now, please talk to someone: in the US call or text 988; in "
    "the UK and Ireland call 116 123; elsewhere findahelpline.com lists a free line near you.",
    "Whenever you want, we can look at work together, one small step at a time.",
)


#: said to someone hurting badly who spoke of no self-harm
#: said before an answer to someone hurting who asked about work too
CARED = (
    "I'm sorry you're going through this; it sounds really hard. If it ever feels like too "
    "much, you can talk to someone free and confidential: 988 in the US, 116 123 in the UK "
    "and Ireland, or findahelpline.com. Here is what I found for what you asked."
)
DISTRESS = (
    "I'm really sorry. That sounds so hard, and you don't have to carry it on your own.",
    "If it ever feels like too much, you can talk to someone now, free and confidential: "
    "call or text 988 in the US, 116 123 in the UK and Ireland, or find a line near you at "
    "findahelpline.com.",
    "When you feel up to it, I can help you look at what's next for work, one small step at a "
    "time.",
)


def care_reply(context: ChatContext, again: bool = False, distress: bool = False) -> Reply:
    said = STILL_HERE if again else DISTRESS if distress else CARE
    return text_reply("care", replace(context, feeling="care"), *said)


#: said first to someone who told of a loss
SORRY = "I'm so sorry for your loss."
GRIEF = (
    "I'm so sorry for your loss. Take whatever time you need.",
    "Whenever you want, I can help you think about work: careers that fit you (“what fits "
    "me?”), or two you're weighing side by side.",
)


def grief_reply(context: ChatContext) -> Reply:
    return text_reply("care", context, *GRIEF)


def vent_reply(context: ChatContext) -> Reply:
    return text_reply("vent", context, VENT)


def language_reply(code: str, context: ChatContext) -> Reply:
    said = next((lang.reply for lang in languages() if lang.code == code), ENGLISH)
    return text_reply("language", context, said)
