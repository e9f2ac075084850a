"""What a person has told us about themselves, as data: the job they do now, the traits
they like, cannot stand or value (``careers/traits.toml``), and wishes no source rates.

Limits (no degree, a pay floor, remote, at most N months of training) are must-have
``Preferences`` and travel beside a ``Person``; so do wishes about a figure ("pays more").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from careerbot.careers.credentials import EDUCATION_ORDER
from careerbot.careers.traits import by_name

#: a schooling limit of no more than they hold ("no more school"), where they said no
#: credential: the entry education of the job they do, or a high school diploma
AS_HELD = "No more than held"


@dataclass(frozen=True, slots=True)
class Person:
    #: the slug of the career they do now (or did last)
    current: str | None = None
    likes: tuple[str, ...] = ()
    dislikes: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    #: what they asked for that no source rates ("night shifts")
    not_judged: tuple[str, ...] = ()
    #: they asked for careers that use the skills of their current job
    same_skills: bool = False
    #: they want out of the kind of work they do now ("burned out", "what else")
    leaving: bool = False
    #: careers they ruled out ("but not a teacher"): with the kinds beside them a word named
    excluded: tuple[str, ...] = ()
    #: careers taken off a list shown ("drop the last two", "take teachers out"): each alone
    dropped: tuple[str, ...] = ()
    #: careers of the lists shown before, asked past ("more", "what else"): left off the
    #: next list, and kept only while the next is asked for
    seen: tuple[str, ...] = ()
    #: the highest typical entry education (BLS category) they have or will take on
    schooling: str | None = None
    #: asked what a credential opens: careers entered with at least this
    schooling_least: str | None = None
    #: the highest credential they hold (BLS category): a move needs no more of it
    schooling_held: str | None = None
    #: ``current`` is the career on screen they asked from ("something in food that pays
    #: better" after chefs' card), not a job they said they do
    from_shown: bool = False
    #: likings said again of a list that lacked them ("none of these have kids tho??"):
    #: careers with them come first
    insisted: tuple[str, ...] = ()
    #: what they said they earn now, a year's pay in dollars ("i make around 70k"): a move's
    #: pay change is from it, not from what the job pays in the survey
    paid: int | None = None

    def __bool__(self) -> bool:
        return bool(self.current or self.likes or self.dislikes or self.values or self.schooling)

    @property
    def wishes(self) -> tuple[str, ...]:
        """The traits that score a career: what they like and what they value."""
        return (*self.likes, *self.values)

    def merged(self, newer: Person) -> Person:
        """``self`` refined by ``newer``: a trait said again takes the newer side."""
        said = {*newer.likes, *newer.dislikes, *newer.values}

        def keep(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys((*(t for t in old if t not in said), *new)))

        return Person(
            current=newer.current or self.current,
            # (a liking said again leads: "anything with kids" after a list without them)
            likes=tuple(dict.fromkeys((*newer.likes, *keep(self.likes, ())))),
            dislikes=keep(self.dislikes, newer.dislikes),
            values=keep(self.values, newer.values),
            not_judged=tuple(dict.fromkeys((*self.not_judged, *newer.not_judged))),
            same_skills=newer.same_skills or self.same_skills,
            leaving=newer.leaving or self.leaving,
            excluded=tuple(dict.fromkeys((*self.excluded, *newer.excluded))),
            dropped=tuple(dict.fromkeys((*self.dropped, *newer.dropped)))[-12:],
            seen=tuple(dict.fromkeys((*self.seen, *newer.seen)))[-SEEN:] if newer.seen else (),
            schooling=newer.schooling or self.schooling,
            schooling_least=newer.schooling_least or self.schooling_least,
            schooling_held=newer.schooling_held or self.schooling_held,
            from_shown=newer.from_shown if newer.current else self.from_shown,
            paid=newer.paid
            or (self.paid if not newer.current or newer.current == self.current else None),
            insisted=tuple(
                t
                for t in dict.fromkeys((*newer.insisted, *self.insisted))
                if t not in said or t in newer.likes
            ),
        )

    def without_current(self) -> Person:
        return replace(self, current=None, same_skills=False, from_shown=False)

    # A compact text form for the chat context: "c=cashiers;l=animals,math;d=blood".
    def encode(self) -> str:
        parts = []
        for key, name in _KEYS.items():
            value = getattr(self, name)
            if isinstance(value, tuple) and value:
                parts.append(f"{key}={','.join(value)}")
            elif isinstance(value, str):
                parts.append(f"{key}={value}")
            elif value is True:
                parts.append(f"{key}=1")
            elif isinstance(value, int) and not isinstance(value, bool):
                parts.append(f"{key}={value}")
        return ";".join(parts)

    @classmethod
    def decode(cls, text: object) -> Person:
        """Tolerant: unknown traits and damaged parts are dropped."""
        if not isinstance(text, str):
            return cls()
        known = by_name()
        found: dict[str, object] = {}
        for part in text.split(";")[: len(_KEYS)]:
            key, _, value = part.partition("=")
            name = _KEYS.get(key)
            if name is None or not value:
                continue
            if name == "current":
                found[name] = value if _SLUG.fullmatch(value) else None
            elif name in ("same_skills", "leaving", "from_shown"):
                found[name] = value == "1"
            elif name == "paid":
                found[name] = int(value) if value.isdigit() and len(value) <= 7 else None
            elif name == "not_judged":
                found[name] = tuple(v for v in value.split(",") if _WORDS.fullmatch(v))[:5]
            elif name in ("excluded", "dropped", "seen"):
                most = SEEN if name == "seen" else 12
                found[name] = tuple(v for v in value.split(",") if _SLUG.fullmatch(v))[:most]
            elif name in ("schooling", "schooling_least", "schooling_held"):
                found[name] = value if value in (*EDUCATION_ORDER, AS_HELD) else None
            else:
                found[name] = tuple(dict.fromkeys(v for v in value.split(",") if v in known))
        return cls(**found)  # type: ignore[arg-type]


_KEYS = {
    "c": "current",
    "l": "likes",
    "d": "dislikes",
    "v": "values",
    "n": "not_judged",
    "s": "same_skills",
    "o": "leaving",
    "x": "excluded",
    "y": "dropped",
    "z": "seen",
    "e": "schooling",
    "f": "schooling_least",
    "h": "schooling_held",
    "r": "from_shown",
    "i": "insisted",
    "p": "paid",
}
#: the most careers asked past that are remembered: eight lists of five
SEEN = 40
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){0,20}")
_WORDS = re.compile(r"[a-z0-9 '-]{1,40}")
assert set(_KEYS.values()) == {f.name for f in fields(Person)}
