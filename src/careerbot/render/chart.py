"""What a picture shows, as data: drawn from the same figures and the same judgements as the
card, so a test can check the picture's content without looking at pixels.

A comparison: both careers' pay on one scale (the 10th to 90th percentile with the 25th–75th
and the median where the source publishes them, named in a legend; a page's range drawn as a
range), then growth, openings, LLM exposure and time to learn, each on an axis of its own
(``render.panels``), the better side marked exactly where the card marks one. One career: its
wage distribution against all occupations' (OEWS), then its key figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from careerbot.careers.comparison import Comparison, Unranked, compare
from careerbot.careers.criteria import AttributeName
from careerbot.careers.formatting import NOT_PUBLISHED, money
from careerbot.careers.model import Career, Salary, Source, WageReference
from careerbot.render.panels import Measure, panels
from careerbot.render.sources import source_line

#: the picture's size in pixels: readable on a 1280×720 screen and on a phone
WIDTH, HEIGHT = 1280, 720
#: the pay bands, as the legend names them
P10_90 = "10th–90th percentile"
P25_75 = "25th–75th percentile"
MEDIAN = "median"
RANGE = "published range"


@dataclass(frozen=True, slots=True)
class PayBar:
    name: str
    low: int | None
    p25: int | None
    median: int | None
    p75: int | None
    high: int | None
    #: a published range without percentiles (the comparison pages)
    ranged: bool
    #: marked better, as the card marks it
    better: bool = False
    #: drawn as the reference, not as a career
    reference: bool = False

    @property
    def text(self) -> str:
        if self.low is None and self.high is None and self.median is None:
            return NOT_PUBLISHED
        middle = f"median {money(self.median)} · " if self.median is not None else ""
        ends = f"{money(self.low)}–{money(self.high)}" if self.low and self.high else ""
        return middle + ("range " if self.ranged else "10th–90th ") + ends


@dataclass(frozen=True, slots=True)
class Picture:
    #: what the picture is of, for remembering it once uploaded ("cmp:a:b", "one:a")
    key: str
    title: str
    names: tuple[str, ...]
    pay: tuple[PayBar, ...]
    measures: tuple[Measure, ...]
    footer: str
    #: the figures in words, for a caption and for people who cannot see the picture
    caption: str
    #: the pay scale's title
    pay_title: str = "Annual pay (USD)"

    @property
    def legend(self) -> tuple[str, ...]:
        """What the pay bands are, as the picture's legend names them."""
        bars = [b for b in self.pay if b.low is not None or b.median is not None]
        entries = []
        if any(not b.ranged and b.low is not None for b in bars):
            entries.append(P10_90)
        if any(b.p25 is not None for b in bars):
            entries.append(P25_75)
        if any(b.median is not None for b in bars):
            entries.append(MEDIAN)
        if any(b.ranged for b in bars):
            entries.append(RANGE)
        return tuple(entries)


def _pay_bar(name: str, salary: Salary | None, better: bool) -> PayBar:
    if salary is None:
        return PayBar(name, None, None, None, None, None, ranged=False)
    ranged = salary.median is None and salary.p25 is None
    return PayBar(
        name, salary.low, salary.p25, salary.median, salary.p75, salary.high, ranged, better
    )


def _better_index(cmp: Comparison, name: AttributeName) -> int | None:
    side = cmp.attributes[name].better
    return {"a": 0, "b": 1}.get(side or "")


def comparison_picture(cmp: Comparison, sources: Mapping[str, Source]) -> Picture:
    a, b = cmp.a, cmp.b
    pay_better = _better_index(cmp, "salary")
    pay = (
        _pay_bar(a.title, a.salary, pay_better == 0),
        _pay_bar(b.title, b.salary, pay_better == 1),
    )
    measures = panels((a, b), cmp)
    unranked = cmp.attributes["salary"].unranked
    pay_title = "Annual pay (USD)" + (
        f" — {unranked.value}, not ranked"
        if unranked in (Unranked.DIFFERENT_SOURCES, Unranked.DIFFERENT_MEASURES)
        else ""
    )
    return Picture(
        key=f"cmp:{a.slug}:{b.slug}",
        title=f"{a.title} vs {b.title}",
        names=(a.title, b.title),
        pay=pay,
        measures=measures,
        footer=source_line(sources, a, b),
        caption=_caption(pay, measures),
        pay_title=pay_title,
    )


def career_picture(career: Career, sources: Mapping[str, Source]) -> Picture:
    """One career's pay against all occupations' (from its wage source), and its figures."""
    pay = [_pay_bar(career.title, career.salary, better=False)]
    reference = _reference(career, sources)
    if reference is not None:
        pay.append(
            PayBar(
                reference.label,
                reference.p10,
                reference.p25,
                reference.median,
                reference.p75,
                reference.p90,
                ranged=False,
                reference=True,
            )
        )
    measures = panels((career,), None)
    return Picture(
        key=f"one:{career.slug}",
        title=career.title,
        names=(career.title,),
        pay=tuple(pay),
        measures=measures,
        footer=source_line(sources, career),
        caption=_caption(tuple(pay), measures),
    )


def _reference(career: Career, sources: Mapping[str, Source]) -> WageReference | None:
    if career.salary is None:
        return None
    source = sources.get(career.salary.source)
    return source.all_occupations if source else None


def _caption(pay: tuple[PayBar, ...], measures: tuple[Measure, ...]) -> str:
    lines = [f"Pay — {bar.name}: {bar.text}{' ★' if bar.better else ''}" for bar in pay]
    for measure in measures:
        said = "; ".join(
            f"{text}{' ★' if measure.better == i else ''}" for i, text in enumerate(measure.texts)
        )
        note = f"; {measure.note}" if measure.note else ""
        lines.append(f"{measure.label} ({measure.source}{note}): {said}")
    return "\n".join(lines)


def several_picture(careers: tuple[Career, ...], sources: Mapping[str, Source]) -> Picture:
    """Three or four careers side by side: each one's pay and figures, none starred (which
    is better is the card's to say, pair by pair)."""
    pay = tuple(_pay_bar(c.title, c.salary, better=False) for c in careers)
    measures = panels(careers, None)
    return Picture(
        key="many:" + ":".join(c.slug for c in careers),
        title=_several_title(careers),
        names=tuple(c.title for c in careers),
        pay=pay,
        measures=measures,
        footer=source_line(sources, *careers),
        caption=_caption(pay, measures),
    )


def _several_title(careers: tuple[Career, ...]) -> str:
    # The picture is 1280 px wide: past about 60 characters the names would run off its
    # edges, and each name is written again beside its own bars.
    joined = " vs ".join(c.title for c in careers)
    return joined if len(joined) <= 60 else f"{len(careers)} careers compared"


def picture_of(careers: tuple[Career, ...], sources: Mapping[str, Source]) -> Picture:
    """The picture of one career, of a comparison of two, or of three or four."""
    if len(careers) == 2:
        return comparison_picture(compare(*careers), sources)
    if len(careers) > 2:
        return several_picture(careers, sources)
    return career_picture(careers[0], sources)
