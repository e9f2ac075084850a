"""What the bot remembers of a chat between messages, as plain JSON-able data: what is on
screen (a comparison, a profile, a ranking), what was asked of it, and a question the bot
asked and still waits for."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Literal, get_args

Screen = Literal["compare", "profile", "ranking", "roadmap", "guide"]
Then = Literal["compare", "profile", "roadmap"]
MAX_OPTIONS = 8


#: the figures as rows written before they took the attribute table's names call them
_RENAMED = {
    "pay": "salary",
    "exposure": "ai_risk",
    "learning": "learning_curve",
    "entry": "entry_barrier",
}


def renamed(focus: str) -> str:
    return _RENAMED.get(focus, focus)


@dataclass(frozen=True, slots=True)
class Pending:
    """The bot asked which career a name meant; the answer (a button or typed words such as
    "civil") completes ``then``."""

    then: Then
    #: the careers offered (slugs)
    options: tuple[str, ...]
    #: the career already settled on the other side, if any
    kept: str | None = None
    #: the settled career is the first side (of a comparison; the start of a roadmap)
    kept_first: bool = True
    #: both sides were unclear: the other side's words, to ask about next
    next_said: str | None = None
    #: what was asked about them ("salary", "overall")
    focus: str = "overall"
    #: the words the question was about ("teacher"), so "kindergarten" can mean a choice
    #: beyond those shown
    said: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, state: object) -> Pending | None:
        if not isinstance(state, dict):
            return None
        then, options = state.get("then"), state.get("options")
        if not isinstance(options, list):
            return None
        then = next((t for t in get_args(Then) if t == then), None)
        if then is None:
            return None
        kept, later, focus = state.get("kept"), state.get("next_said"), state.get("focus")
        said = state.get("said")
        return cls(
            then=then,
            options=tuple(o for o in options[:MAX_OPTIONS] if isinstance(o, str)),
            kept=kept if isinstance(kept, str) else None,
            kept_first=state.get("kept_first") is not False,
            next_said=later if isinstance(later, str) else None,
            focus=renamed(focus) if isinstance(focus, str) else "overall",
            said=said if isinstance(said, str) else None,
        )


@dataclass(frozen=True, slots=True)
class ChatContext:
    last_a: str | None = None
    last_b: str | None = None
    #: slug of a career waiting for a second one ("compare routing with…")
    awaiting_second: str | None = None
    #: slug of the career last shown on its own (a profile, or a roadmap's goal)
    subject: str | None = None
    #: the preferences of the last ranking, so a follow-up refines it
    preferences: str | None = None
    #: what the last answer showed
    screen: Screen | None = None
    #: the figure last asked about ("salary"), so "what about plumbers?" asks it again
    asked: str | None = None
    #: the fields the last ranking was limited to, comma-separated
    scope: str | None = None
    #: wishes of the last ranking no figure judges, comma-separated
    not_judged: str | None = None
    #: what the person has said of themselves (``Person.encode``), kept across messages
    person: str | None = None
    #: the guided profile's last step shown and its answers ("3:01---------")
    guide: str | None = None
    #: the careers on screen, in order, comma-separated: a list's, a comparison's sides, a
    #: profile's career, a roadmap's start and goal ("the second one", "them", "drop X")
    shown: str | None = None
    #: "care" after crisis lines were given, so an unsure answer is met with care again
    feeling: str | None = None
    pending: Pending | None = None
    #: the last list's careers, in order, kept while one of them is opened: "compare 1 and
    #: 3" or "the second one" said to a profile opened from the list mean the list's
    listed: str | None = None
    #: the last comparison's careers, kept while cards of them are opened one after another:
    #: "which of the 3 has the steadiest income" after two of them were opened means the three
    compared: str | None = None
    #: the careers on the screen before this one: "compare all three" after "what about
    #: sonographer instead" brings back the one replaced
    before: str | None = None
    #: the careers the last screen offered a tap away and did not show (other kinds of a
    #: shared name, an alternative): "swap marketing managers for the computer one"
    offered: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                out[f.name] = value.to_dict() if isinstance(value, Pending) else value
        return out

    @classmethod
    def from_dict(cls, state: object) -> ChatContext:
        """Tolerant: unknown keys and wrong types (an older or damaged row) are dropped."""
        if not isinstance(state, dict):
            return cls()
        names = {f.name for f in fields(cls)} - {"pending", "screen"}
        kept = {k: v for k, v in state.items() if k in names and isinstance(v, str)}
        if "asked" in kept:
            kept["asked"] = renamed(kept["asked"])
        if "subject" not in kept and isinstance(state.get("focus"), str):
            kept["subject"] = state["focus"]  # the name rows written before screens had
        screen = state.get("screen")
        return cls(
            **kept,
            screen=screen if screen in get_args(Screen) else None,
            pending=Pending.from_dict(state.get("pending")),
        )
