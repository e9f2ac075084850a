"""Whether to answer an update at all: once per update id, and within each user's rate."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

# the document module only: render.views would load the careers model, and settings,
# which `careerbot --version` reads, import this module
from careerbot.render.document import Document, Para


@dataclass(frozen=True, slots=True)
class RateLimit:
    messages: int = 20
    seconds: int = 60

    @classmethod
    def parse(cls, text: str) -> RateLimit | None:
        """``"20/60"`` (messages per seconds), ``"20"`` (per minute); ``"off"`` or 0: none."""
        found = re.fullmatch(r"\s*(\d{1,6})\s*(?:/\s*(\d{1,7})\s*)?", text)
        if text.strip().lower() == "off" or (found and int(found[1]) == 0):
            return None
        if found is None or (found[2] is not None and int(found[2]) == 0):
            raise ValueError(f"not a rate: {text!r}")
        return cls(int(found[1]), int(found[2] or 60))

    def window(self, now: float) -> int:
        return int(now // self.seconds)

    def seconds_left(self, now: float) -> int:
        return max(1, int(self.seconds - now % self.seconds))


class Verdict(Enum):
    ANSWER = "answer"
    #: another process (or an earlier delivery) has this update already
    DUPLICATE = "duplicate"
    #: over the rate; the first such message in a window gets the notice, the rest nothing
    NOTIFY = "notify"
    LIMITED = "limited"


@dataclass(frozen=True, slots=True)
class Admission:
    verdict: Verdict
    retry_in: int = 0

    @property
    def answered(self) -> bool:
        return self.verdict is Verdict.ANSWER

    def notice(self) -> str:
        return (
            "You're sending messages faster than I can answer them well. "
            f"Please wait {self.retry_in} s and try again."
        )

    def document(self) -> Document:
        return Document((Para(self.notice()),))


def judge(count: int, limit: RateLimit | None, now: float) -> Admission:
    """The verdict for a user's ``count``-th message in the current window."""
    if limit is None or count <= limit.messages:
        return Admission(Verdict.ANSWER)
    verdict = Verdict.NOTIFY if count == limit.messages + 1 else Verdict.LIMITED
    return Admission(verdict, limit.seconds_left(now))
