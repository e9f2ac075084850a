"""A reply as plain data: what to show, which buttons, what to remember."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from careerbot.careers.comparison import Comparison
from careerbot.careers.roadmap import Roadmap
from careerbot.dialogue.context import ChatContext
from careerbot.recommend.ranking import Ranking
from careerbot.recommend.shortlist import Shortlist
from careerbot.render.chart import Picture
from careerbot.render.document import Document, Heading, Para
from careerbot.render.glossary import how_made
from careerbot.render.json_view import comparison_json, ranking_json, roadmap_json, shortlist_json
from careerbot.render.views import text_document
from careerbot.understanding.meanings import doubted
from careerbot.understanding.message import read
from careerbot.understanding.places import other_country, us_region, where_to_look

#: What a reply is; ``careerbot ask --json`` prints it as ``intent``.
ReplyKind = Literal[
    "greeting",
    "smalltalk",
    "help",
    "list",
    "about",
    "compare",
    "skills",
    "profile",
    "pick",
    "clarify",
    "no_occupation",
    "roadmap",
    "chart",
    "fit",
    "recommend",
    "rank",
    "unknown",
    "stale",
    "stats",
    "reload",
    "care",
    "vent",
    "language",
]


@dataclass(frozen=True, slots=True)
class Button:
    text: str
    data: str | None = None
    url: str | None = None
    #: a page to open inside Telegram (a Mini App); where a chat allows none, a plain link
    web_app: str | None = None

    def to_dict(self) -> dict[str, str]:
        if self.web_app:
            return {"text": self.text, "web_app": self.web_app}
        key, value = ("url", self.url) if self.url else ("callback_data", self.data or "")
        return {"text": self.text, key: value}


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    kind: ReplyKind
    document: Document
    context: ChatContext
    buttons: Keyboard = ()
    careers: tuple[str, ...] = ()
    comparison: Comparison | None = None
    ranking: Ranking | None = None
    #: a short notice for a button press (shown as a toast); ``None`` when the reply says it all
    notice: str | None = None
    #: for a button press: ``False`` when the message must stay as it is (a stale button)
    edits: bool = True
    #: names the person asked for that match no career (for the operators' /stats)
    unresolved: tuple[str, ...] = ()
    #: a one-line title and summary, for inline-mode results
    title: str = ""
    summary: str = ""
    #: what a question about careers asked of them ("salary"; "overall" for everything)
    focus: str | None = None
    #: the fields a ranking was limited to, and the wishes no figure judges
    scope: tuple[str, ...] = ()
    not_judged: tuple[str, ...] = ()
    #: a question back ("which teacher?") keeps the side already settled
    kept: tuple[str, ...] = ()
    #: a person's shortlist, with the reasons for each career
    shortlist: Shortlist | None = None
    roadmap: Roadmap | None = None
    #: a picture to send (kind "chart"); the document is its caption
    picture: Picture | None = None


def text_reply(
    kind: ReplyKind,
    context: ChatContext,
    *paragraphs: str,
    careers: tuple[str, ...] = (),
    buttons: Keyboard = (),
    unresolved: tuple[str, ...] = (),
    kept: tuple[str, ...] = (),
) -> Reply:
    """A reply of plain paragraphs."""
    document = text_document(*paragraphs)
    return Reply(
        kind=kind,
        document=document,
        context=context,
        careers=careers,
        buttons=buttons,
        unresolved=unresolved,
        kept=kept,
    )


#: replies to a question about another country's figures: those with figures, and a question
#: back about which kind was meant, so the country is heard before the figures come
FIGURES: frozenset[str] = frozenset(
    {"compare", "profile", "roadmap", "recommend", "rank", "clarify", "no_occupation"}
)


def us_figures(reply: Reply, message: str) -> Reply:
    """A question about another country's figures ("how much do nurses make in the UK?") is
    answered with the US figures careerbot has, said to be so first."""
    if reply.kind not in FIGURES:
        return reply
    folded = read(message).text
    if (place := other_country(folded)) is not None:
        said = (
            f"These are US figures (BLS and O*NET): careerbot has no figures for {place}, and "
            "pay and demand there can differ a lot."
        )
        if (there := where_to_look(place)) is not None:
            said += f" {place[:1].upper()}{place[1:]}'s own figures: {there}."
    elif (region := us_region(folded)) is not None:
        said = (
            f"These are national US figures (BLS and O*NET): careerbot has none for {region} "
            "alone. BLS publishes pay by state and metro area at bls.gov/oes."
        )
    else:
        return reply
    note = Para(said, italic=True)
    return replace(reply, document=Document((note, *reply.document.blocks)))


def reply_json(reply: Reply) -> dict[str, Any]:
    """A reply as one JSON object: the ``--json`` contract."""
    out: dict[str, Any] = {
        "intent": reply.kind,
        "careers": list(reply.careers),
        "text": reply.document.plain(),
        "buttons": [[button.to_dict() for button in row] for row in reply.buttons],
    }
    if reply.comparison is not None:
        out["comparison"] = comparison_json(reply.comparison)
    if reply.ranking is not None:
        out.update(ranking_json(reply.ranking))
    if reply.shortlist is not None:
        out.update(shortlist_json(reply.shortlist, reply.scope))
    if reply.roadmap is not None:
        out["roadmap"] = roadmap_json(reply.roadmap)
    if reply.focus is not None:
        out["focus"] = reply.focus
    if reply.kind in {"rank", "recommend"}:
        out["scope"] = list(reply.scope)
        out["not_judged"] = list(reply.not_judged)
    if reply.kept:
        out["kept"] = list(reply.kept)
    return out


def explained(reply: Reply, message: str) -> Reply:
    """A figure doubted ("4-12 years for hvac?? that's not right", "how is teaching remote")
    is answered again with what it measures, its source and its rule, after the answer."""
    note = how_made(reply.focus or "")
    if note is None or not reply.document.blocks or not doubted(read(message).text):
        return reply
    blocks = reply.document.blocks
    # the answer may have said what the figure measures already (LLM exposure's note): then
    # only how it is made is new
    said = reply.document.plain()
    sentences = note.text.split(". ")
    if sentences[0] in said:
        rest = ". ".join(s for s in sentences if s not in said)
        if not rest:
            return reply
        note = replace(note, text=rest)
    # after the answer: the first block that is no heading
    at = next((i + 1 for i, b in enumerate(blocks) if not isinstance(b, Heading)), len(blocks))
    return replace(reply, document=Document((*blocks[:at], note, *blocks[at:])))
