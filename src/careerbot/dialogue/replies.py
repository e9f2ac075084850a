"""A reply as plain data: what to show, which buttons, what to remember."""

from __future__ import annotations

from dataclasses import dataclass

from careerbot.comparison import Comparison
from careerbot.dialogue.context import ChatContext
from careerbot.recommend.ranking import Ranking
from careerbot.render.document import Document


@dataclass(frozen=True, slots=True)
class Button:
    text: str
    data: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, str]:
        key, value = ("url", self.url) if self.url else ("callback_data", self.data or "")
        return {"text": self.text, key: value}


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True, slots=True)
class Reply:
    intent: str
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
