"""Names → careers, or a question back: "which one do you mean?", "did you mean…?".

An ambiguous name in a comparison is read in the light of the other side: a clear second
career of the same category settles which of several first ones was meant, and each choice
offered opens the comparison it would have made.
"""

from __future__ import annotations

from dataclasses import replace

from careerbot._utils.text import clean_display
from careerbot.careers.catalog import Catalog
from careerbot.careers.model import Career
from careerbot.dialogue import keyboards as kb
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply, text_reply
from careerbot.understanding.resolution import Ambiguous, Match, NameIndex, NotFound


def resolve_one(
    catalog: Catalog,
    index: NameIndex,
    context: ChatContext,
    name: str,
    *,
    partner: Career | None = None,
    partner_first: bool = False,
) -> Career | Reply:
    """The career ``name`` means, or the reply that asks which."""
    shown = clean_display(name, 60)
    match index.resolve(name):
        case Match(slug=slug):
            return catalog.by_slug[slug]
        case Ambiguous(candidates=candidates):
            careers = [catalog.by_slug[c.slug] for c in candidates]
            kin = [c for c in careers if partner and c.category == partner.category]
            if len(kin) == 1:
                return kin[0]
            return text_reply(
                "clarify",
                context,
                f"Which one do you mean by “{shown}”?",
                buttons=kb.choices_keyboard(catalog, careers, partner, partner_first),
                careers=tuple(c.slug for c in careers),
            )
        case NotFound(suggestions=suggestions):
            careers = [catalog.by_slug[c.slug] for c in suggestions]
            if careers:
                return text_reply(
                    "clarify",
                    context,
                    f"I don't know “{shown}”. Did you mean one of these?",
                    buttons=kb.choices_keyboard(catalog, careers, partner, partner_first),
                    careers=tuple(c.slug for c in careers),
                    unresolved=(name,),
                )
            return text_reply(
                "unknown",
                context,
                f"I don't know a career called “{shown}”.",
                "Send /list to see the careers I know, or /help for examples.",
                unresolved=(name,),
            )


def resolve_pair(
    catalog: Catalog,
    index: NameIndex,
    context: ChatContext,
    names: tuple[str, str],
    known_first: Career | None = None,
) -> tuple[Career, Career] | Reply:
    """Both careers of a comparison, or the reply that asks about one of them."""
    first = known_first
    if first is None:
        # An ambiguous first name ("routing") is read in the light of a clear second one.
        hint = index.resolve(names[1])
        partner = catalog.by_slug[hint.slug] if isinstance(hint, Match) else None
        resolved = resolve_one(catalog, index, context, names[0], partner=partner)
        if isinstance(resolved, Reply):
            if isinstance(hint, NotFound):  # neither name is known: both are worth hearing of
                return _also_unresolved(resolved, names[1])
            return resolved
        first = resolved
    second = resolve_one(catalog, index, context, names[1], partner=first, partner_first=True)
    return second if isinstance(second, Reply) else (first, second)


def _also_unresolved(reply: Reply, name: str) -> Reply:
    return replace(reply, unresolved=(*reply.unresolved, name))
