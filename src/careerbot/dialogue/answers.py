"""Replies that answer: a comparison card, the skills side by side, one career's profile."""

from __future__ import annotations

from dataclasses import replace

from careerbot.careers.advice import advise
from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import compare
from careerbot.careers.formatting import value_text
from careerbot.careers.model import Career
from careerbot.dialogue import keyboards as kb
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply, ReplyKind, text_reply
from careerbot.render.card import render_card
from careerbot.render.profile import profile_document
from careerbot.render.views import skills_document, text_document

STALE = "This button is out of date (the catalog changed). Send your question again."
NOT_MINE = "That button isn't one of mine."


def comparison_reply(
    catalog: Catalog, context: ChatContext, a: Career, b: Career, bot_username: str | None
) -> Reply:
    if a.slug == b.slug:
        return text_reply(
            "clarify",
            context,
            f"That's {a.title} twice. Pick a different second career.",
            buttons=kb.profile_keyboard(catalog, a),
            careers=(a.slug,),
        )
    cmp = compare(a, b)
    advice = advise(cmp)
    return Reply(
        kind="compare",
        document=render_card(cmp, advice, catalog.sources),
        context=replace(context, last_a=a.slug, last_b=b.slug, focus=None, awaiting_second=None),
        buttons=kb.comparison_keyboard(catalog, a, b, bot_username),
        careers=(a.slug, b.slug),
        comparison=cmp,
        title=f"{a.title} vs {b.title}",
        summary=advice.verdict,
    )


def skills_reply(catalog: Catalog, context: ChatContext, a: Career, b: Career) -> Reply:
    cmp = compare(a, b)
    return Reply(
        kind="skills",
        document=skills_document(cmp),
        context=replace(context, last_a=a.slug, last_b=b.slug, focus=None),
        buttons=kb.back_keyboard(catalog, a, b),
        careers=(a.slug, b.slug),
        comparison=cmp,
    )


def profile_reply(catalog: Catalog, context: ChatContext, career: Career) -> Reply:
    return Reply(
        kind="profile",
        document=profile_document(career, catalog.sources),
        context=replace(context, focus=career.slug),
        buttons=kb.profile_keyboard(catalog, career),
        careers=(career.slug,),
        title=career.title,
        summary=f"{career.category} · {value_text(career.salary)}",
    )


def button_notice_reply(kind: ReplyKind, context: ChatContext, notice: str) -> Reply:
    """A press that changes nothing on screen: the notice says why (a toast in Telegram)."""
    return Reply(
        kind=kind, document=text_document(notice), context=context, notice=notice, edits=False
    )
