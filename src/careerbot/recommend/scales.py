"""Where a figure stands among all careers' figures: the mid-rank percentile, so equal
figures stand exactly alike; and keeping what is worked out once per catalog."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from careerbot.careers.model import Career

Value = Callable[[Career], float | None]
T = TypeVar("T")


class Scale:
    def __init__(self, careers: Sequence[Career], value: Value) -> None:
        self.sorted = sorted(v for c in careers if (v := value(c)) is not None)

    def standing_of(self, figure: float, low_is_better: bool = False) -> float:
        """0 (the lowest) to 1 (the highest), turned round when less is better."""
        if len(self.sorted) <= 1:
            return 1.0
        below, equal = bisect_left(self.sorted, figure), bisect_right(self.sorted, figure)
        position = (below + (equal - below - 1) / 2) / (len(self.sorted) - 1)
        return 1.0 - position if low_is_better else position


_KEPT: dict[Hashable, tuple[Sequence[Career], Any]] = {}


def per_catalog(careers: Sequence[Career], kind: Hashable, build: Callable[[], T]) -> T:
    """What ``build`` works out from a catalog's careers, kept while that catalog answers
    (the newest few catalogs; a reload brings a new one)."""
    key = (kind, id(careers))
    found = _KEPT.get(key)
    if found is not None and found[0] is careers:
        kept: T = found[1]
        return kept
    if len(_KEPT) >= 8:
        _KEPT.clear()
    built = build()
    _KEPT[key] = (careers, built)
    return built
