"""Where a career stands among all careers on one number: the mid-rank percentile, so equal
figures stand exactly alike, computed once per catalog and number."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Sequence

from careerbot.careers.model import Career

Value = Callable[[Career], float | None]


class Scale:
    def __init__(self, careers: Sequence[Career], value: Value) -> None:
        self.value = value
        self.sorted = sorted(v for c in careers if (v := value(c)) is not None)

    def standing(self, career: Career, low_is_better: bool = False) -> float | None:
        """0 (the lowest) to 1 (the highest), turned round when less is better; None where
        the career's figure is not published."""
        figure = self.value(career)
        if figure is None or not self.sorted:
            return None
        if len(self.sorted) == 1:
            return 1.0
        below, equal = bisect_left(self.sorted, figure), bisect_right(self.sorted, figure)
        position = (below + (equal - below - 1) / 2) / (len(self.sorted) - 1)
        return 1.0 - position if low_is_better else position


_CACHE: dict[tuple[int, Hashable], tuple[Sequence[Career], Scale]] = {}
_CACHE_SIZE = 256


def scale(careers: Sequence[Career], key: Hashable, value: Value) -> Scale:
    """The scale of ``value`` over ``careers``, kept while the same careers are asked about
    (a catalog answers many messages)."""
    found = _CACHE.get((id(careers), key))
    if found is not None and found[0] is careers:
        return found[1]
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()
    built = Scale(careers, value)
    _CACHE[(id(careers), key)] = (careers, built)
    return built
