"""What the bot remembers of a chat between messages, as plain JSON-able data."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ChatContext:
    last_a: str | None = None
    last_b: str | None = None
    #: slug of a career waiting for a second one ("compare routing with…")
    awaiting_second: str | None = None
    #: slug the person last asked about on its own
    focus: str | None = None
    #: the preferences of the last "which role fits me" answer, so a follow-up refines it
    preferences: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, state: object) -> ChatContext:
        """Tolerant: unknown keys and wrong types (an older or damaged row) are dropped."""
        if not isinstance(state, dict):
            return cls()
        fields = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in state.items() if k in fields and isinstance(v, str)})
