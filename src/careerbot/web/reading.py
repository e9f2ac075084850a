"""Reading a request's parameters strictly: the query string is decoded as UTF-8 or refused,
every parameter is known and given once, and each value is checked against what it may be.
Anything else is a ``BadInputError``, which the server answers with a 400 and a JSON error."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast
from urllib.parse import parse_qsl

from careerbot.careers.fields import BY_NAME as FIELDS
from careerbot.careers.model import Direction
from careerbot.recommend.explore import EDUCATION_KEYS, MOST_SHOWN, Exploration, Filters
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.weighing import WEIGHED, Criterion

#: a query string longer than this is no question the tool asks
MOST_QUERY_BYTES = 2048
#: a typed name longer than this is no career's name
MOST_TEXT = 100
MOST_WEIGHT = 3
MOST_PAY = 10_000_000
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){0,20}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
SLUG_KEYS = ("a", "b", "c", "d")


class BadInputError(Exception):
    def __init__(self, error: str, detail: str) -> None:
        super().__init__(detail)
        self.error, self.detail = error, detail


@dataclass(frozen=True, slots=True)
class Query:
    params: dict[str, str]

    @classmethod
    def parse(cls, raw: str, known: frozenset[str]) -> Query:
        if len(raw) > MOST_QUERY_BYTES:
            raise BadInputError("too_long", f"the query string is over {MOST_QUERY_BYTES} bytes")
        try:
            pairs = parse_qsl(raw, keep_blank_values=True, errors="strict", max_num_fields=40)
        except UnicodeDecodeError:
            raise BadInputError("not_utf8", "the query string is not UTF-8") from None
        except ValueError:
            raise BadInputError("too_many", "too many parameters") from None
        params: dict[str, str] = {}
        for key, value in pairs:
            if key not in known:
                raise BadInputError("unknown_parameter", f"unknown parameter {key[:40]!r}")
            if key in params:
                raise BadInputError("repeated_parameter", f"{key!r} is given twice")
            params[key] = value
        return cls(params)

    def text(self, key: str) -> str:
        value = self.params.get(key, "").strip()
        if not value:
            raise BadInputError("missing_parameter", f"{key!r} is required")
        if len(value) > MOST_TEXT:
            raise BadInputError("too_long", f"{key!r} is over {MOST_TEXT} characters")
        if _CONTROL.search(value):
            raise BadInputError("bad_value", f"{key!r} holds control characters")
        return value

    def slug(self, key: str) -> str | None:
        value = self.params.get(key)
        return None if value is None else slug(value, key)

    def slugs(self, least: int) -> tuple[str, ...]:
        given = [s for key in SLUG_KEYS if (s := self.slug(key)) is not None]
        if len(given) < least or any(key not in self.params for key in SLUG_KEYS[: len(given)]):
            raise BadInputError("missing_parameter", f"name {least} to 4 careers as a, b, c, d")
        return tuple(given)

    def number(self, key: str, low: int, high: int) -> int | None:
        value = self.params.get(key)
        if value is None or value == "":
            return None
        if not re.fullmatch(r"\d{1,9}", value) or not low <= int(value) <= high:
            raise BadInputError("bad_value", f"{key!r} must be a whole number from {low} to {high}")
        return int(value)

    def choice(self, key: str, allowed: frozenset[str] | dict[str, str]) -> str | None:
        value = self.params.get(key)
        if value is None or value == "":
            return None
        if value not in allowed:
            listed = ", ".join(sorted(allowed))
            raise BadInputError("bad_value", f"{key!r} must be one of: {listed}")
        return value

    def flag(self, key: str) -> bool:
        return self.choice(key, frozenset({"0", "1", "false", "true"})) in {"1", "true"}


def slug(value: str, key: str = "slug") -> str:
    if not _SLUG.fullmatch(value) or len(value) > 120:
        raise BadInputError("bad_slug", f"{key!r} is not a career's slug (a-z, 0-9 and -)")
    return value


DIRECTIONS = frozenset({"high", "low"})
CRITERIA = frozenset(WEIGHED)
RANK_KEYS = frozenset(
    {"field", "education", "remote", "pay_min", "sort", "order", "limit"}
    | {f"w_{name}" for name in WEIGHED}
    | {f"dir_{name}" for name in WEIGHED}
)


def exploration(query: Query) -> Exploration:
    filters = Filters(
        field=query.choice("field", frozenset(FIELDS)),
        education=EDUCATION_KEYS.get(query.choice("education", EDUCATION_KEYS) or ""),
        remote=query.flag("remote"),
        pay_floor=query.number("pay_min", 0, MOST_PAY),
    )
    priorities = []
    for name, attribute in WEIGHED.items():
        weight = query.number(f"w_{name}", 0, MOST_WEIGHT)
        want = cast(Direction | None, query.choice(f"dir_{name}", DIRECTIONS))
        if weight:
            priorities.append(Preference(name, want or attribute.bare, float(weight)))
    found = Exploration(
        filters,
        Preferences(tuple(priorities)),
        sort=cast(Criterion | None, query.choice("sort", CRITERIA)),
        order=cast(Direction | None, query.choice("order", DIRECTIONS)),
        shown=query.number("limit", 1, MOST_SHOWN) or 20,
    )
    if not found.asks:
        asked = "set a priority (w_…=1 to 3) or a figure to sort by"
        raise BadInputError("missing_parameter", asked)
    return found
