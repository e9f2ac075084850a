"""A picture drawn as a PNG with matplotlib's Agg backend (no display needed). matplotlib is
imported only when the first picture is drawn, so start-up and memory stay as they are for
every process that never draws one. Large type, a light background and the Okabe–Ito
colours, which stay apart for colour-blind readers.

Every panel is an axes of its own with an axis, a scale and a label saying what it counts;
the pay bands are named in a legend; under each small panel stand its source and, for LLM
exposure, what the figure is not. ``compose`` draws into the one reused figure and returns
it, so a test can read the drawn elements (legend entries, axis labels); ``draw`` saves it.
"""

from __future__ import annotations

import io
import threading
from typing import Any

from careerbot.render.chart import HEIGHT, MEDIAN, P10_90, P25_75, RANGE, WIDTH, PayBar, Picture
from careerbot.render.panels import Measure

DPI = 100
#: Okabe & Ito's colour-blind-safe palette
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
REFERENCE = "#999999"
INK = "#222222"
MUTED = "#555555"
LEGEND_GREY = "#777777"
BETTER = "★"
#: figure coordinates: the pay panel, and the small panels' row
PAY_RECT = (0.05, 0.6, 0.56, 0.25)
PANEL_BOTTOM, PANEL_HEIGHT, PANEL_WIDTH = 0.235, 0.16, 0.19
PANEL_LEFTS = (0.05, 0.29, 0.53, 0.77)
RANGE_DASHES = (0, (4, 2))

_canvas: Any = None
#: one figure is drawn at a time: the bot draws in worker threads
_drawing = threading.Lock()


def _figure() -> Any:
    """The one figure on its Agg canvas, with its axes, emptied of the last picture
    (matplotlib loaded the first time). Reusing the figure and its axes keeps the renderer,
    the axes' tick machinery and the caches: making them anew costs several times the CPU
    of drawing and grows memory with every picture (bench/chart.py)."""
    global _canvas  # noqa: PLW0603 - made once, on first use
    if _canvas is None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415
        from matplotlib.figure import Figure  # noqa: PLC0415

        figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, facecolor="white")
        _canvas = FigureCanvasAgg(figure)
        for rect in (
            PAY_RECT,
            *((x, PANEL_BOTTOM, PANEL_WIDTH, PANEL_HEIGHT) for x in PANEL_LEFTS),
        ):
            _plain(figure.add_axes(rect))
    figure = _canvas.figure
    for text in list(figure.texts):
        text.remove()
    for axes in figure.axes:
        for artist in (*axes.lines, *axes.patches, *axes.texts, *axes.collections):
            artist.remove()
        if (legend := axes.get_legend()) is not None:
            legend.remove()
    return figure


def colour_of(bar: PayBar, position: int) -> str:
    return REFERENCE if bar.reference else COLOURS[position % len(COLOURS)]


def draw(picture: Picture) -> bytes:
    """The picture as PNG bytes, ``WIDTH`` × ``HEIGHT`` pixels."""
    with _drawing:
        figure = _compose(picture)
        out = io.BytesIO()
        figure.savefig(out, format="png", dpi=DPI, pil_kwargs={"compress_level": 1})
        return out.getvalue()


def compose(picture: Picture) -> Any:
    """The drawn figure (for reading its elements; ``draw`` for the PNG)."""
    with _drawing:
        return _compose(picture)


def _compose(picture: Picture) -> Any:
    figure = _figure()
    _text(figure, 0.5, 0.95, picture.title[:80], ha="center", fontsize=22, weight="bold")
    _pay(figure, picture)
    for axes, left, measure in zip(figure.axes[1:], PANEL_LEFTS, picture.measures, strict=False):
        _measure(figure, axes, measure, picture.pay, left)
    _text(figure, 0.01, 0.012, picture.footer[:170], fontsize=9, color=MUTED)
    return figure


def _text(target: Any, x: float, y: float, text: str, **style: Any) -> None:
    # "$135k–$210k" is money, not mathematics between dollar signs
    style.setdefault("color", INK)
    target.text(x, y, text, parse_math=False, **style)


def _plain(axes: Any) -> None:
    axes.set_yticks([])
    for side in ("left", "right", "top"):
        axes.spines[side].set_visible(False)
    axes.tick_params(axis="x", labelsize=11, colors=MUTED)


def _pay(figure: Any, picture: Picture) -> None:
    from matplotlib.lines import Line2D  # noqa: PLC0415

    bars = picture.pay
    axes = figure.axes[0]
    highest = max((b.high or b.median or 0) for b in bars) or 1
    step = _step(highest)
    axes.set_xlim(0, step * 5)
    axes.set_xticks([i * step for i in range(6)])
    axes.set_xticklabels([f"${i * step // 1000}k" for i in range(6)])
    axes.set_xlabel(picture.pay_title, fontsize=13, color=INK)
    axes.set_ylim(-0.8, len(bars) - 0.2)
    for position, bar in enumerate(bars):
        y = len(bars) - 1 - position
        colour = colour_of(bar, position)
        mark = f"  {BETTER}" if bar.better else ""
        _text(axes, 0, y + 0.3, f"{bar.name[:60]}{mark}", fontsize=13, color=colour, weight="bold")
        if bar.low is not None and bar.high is not None:
            dashes = RANGE_DASHES if bar.ranged else "solid"
            axes.plot(
                [bar.low, bar.high],
                [y, y],
                color=colour,
                linewidth=7,
                alpha=0.4,
                solid_capstyle="butt",
                linestyle=dashes,
            )
        if bar.p25 is not None and bar.p75 is not None:
            axes.plot([bar.p25, bar.p75], [y, y], color=colour, linewidth=15, solid_capstyle="butt")
        if bar.median is not None:
            axes.plot([bar.median], [y], marker="|", markersize=26, markeredgewidth=3, color=INK)
        _text(
            figure,
            PAY_RECT[0] + PAY_RECT[2] + 0.02,
            PAY_RECT[1] + PAY_RECT[3] * (y + 0.8) / (len(bars) + 0.6),
            bar.text,
            fontsize=12,
        )
    styles = {
        P10_90: Line2D([], [], color=LEGEND_GREY, linewidth=7, alpha=0.4),
        P25_75: Line2D([], [], color=LEGEND_GREY, linewidth=15),
        MEDIAN: Line2D(
            [], [], color=INK, marker="|", markersize=16, markeredgewidth=3, linestyle="none"
        ),
        RANGE: Line2D([], [], color=LEGEND_GREY, linewidth=7, alpha=0.4, linestyle=RANGE_DASHES),
    }
    if picture.legend:
        axes.legend(
            [styles[e] for e in picture.legend],
            list(picture.legend),
            loc="upper center",
            bbox_to_anchor=(0.5, -0.32),
            ncol=len(picture.legend),
            fontsize=11,
            frameon=False,
        )


def ticks(low: float, top: float) -> list[float]:
    """Round marks from ``low`` to ``top``, three or four of them, zero among them: few,
    since every label drawn costs as much as a bar."""
    span = top - low
    step = next(
        s * 10**power
        for power in range(-2, 8)
        for s in (1, 2, 2.5, 5)
        if span / (s * 10**power) <= 3
    )
    first = -(-low // step) * step
    return [round(first + i * step, 6) for i in range(int((top - first) / step + 1e-9) + 1)]


def _step(highest: float) -> int:
    """A round tick step that puts the highest pay inside five steps."""
    for step in (10_000, 20_000, 25_000, 30_000, 40_000, 50_000, 100_000, 200_000, 250_000):
        if step * 5 >= highest:
            return step
    return 1_000_000


def _measure(
    figure: Any, axes: Any, measure: Measure, bars: tuple[PayBar, ...], left: float
) -> None:
    axes.set_title(measure.label, fontsize=13, color=INK, loc="left")
    axes.set_xlabel(measure.axis, fontsize=10, color=MUTED)
    axes.set_xlim(measure.low, measure.top)
    marks = ticks(measure.low, measure.top)
    axes.set_xticks(marks)
    axes.set_xticklabels([f"{m:g}" for m in marks])
    count = len(measure.spans)
    axes.set_ylim(-0.9, count - 0.1)
    if measure.low < 0:
        axes.axvline(0, color=MUTED, linewidth=1)
    for i, (span, text) in enumerate(zip(measure.spans, measure.texts, strict=True)):
        y = count - 1 - i
        colour = colour_of(bars[i], i) if i < len(bars) else COLOURS[i % len(COLOURS)]
        if span is not None:
            _span(axes, span, y, colour, measure)
        mark = f" {BETTER}" if measure.better == i else ""
        _text(axes, measure.low, y + 0.28, f"{text}{mark}", fontsize=11)
    note = f"\n{measure.note}" if measure.note else ""
    _text(
        figure,
        left,
        PANEL_BOTTOM - 0.1,
        f"{measure.source}{note}",
        fontsize=9,
        color=MUTED,
        va="top",
    )


def _span(axes: Any, span: tuple[float, float | None], y: float, colour: str, m: Measure) -> None:
    """A single figure as a bar from zero. A range as a block from its low end to its high
    end (a thin line leads to it from zero); an open-ended one runs to the scale's end, with
    an arrow."""
    low, high = span
    least = (m.top - m.low) * 0.025
    if not m.ranges:
        start, end = (0.0, low) if low >= 0 else (low, 0.0)
        axes.barh(y, max(end - start, least / 3), left=start, height=0.35, color=colour)
        return
    end = m.top if high is None else high
    if end - low < least:
        low, end = (low + end) / 2 - least / 2, (low + end) / 2 + least / 2
    axes.plot([0, low], [y, y], color=colour, linewidth=2, alpha=0.5)
    axes.barh(y, end - low, left=low, height=0.35, color=colour)
    if high is None:
        axes.plot([m.top], [y], marker=">", markersize=9, color=colour)
