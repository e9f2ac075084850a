"""A picture drawn as a PNG with matplotlib's Agg backend (no display needed). matplotlib is
imported only when the first picture is drawn, so start-up and memory stay as they are for
every process that never draws one. Large type, a light background and the Okabe–Ito
colours, which stay apart for colour-blind readers.

Everything is drawn on one set of axes in figure coordinates (0–1 both ways): one axes,
no tick machinery, is most of what keeps a picture's CPU low (bench/chart.py)."""

from __future__ import annotations

import io
import threading
from typing import Any

from careerbot.render.chart import HEIGHT, WIDTH, Measure, PayBar, Picture

DPI = 100
#: Okabe & Ito's colour-blind-safe palette
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
REFERENCE = "#999999"
INK = "#222222"
MUTED = "#555555"
BETTER = "★"
#: where the pay scale runs, left to right
PAY_LEFT, PAY_RIGHT = 0.04, 0.66
TICKS = 5

_canvas: Any = None
#: one figure is drawn at a time: the bot draws in worker threads
_drawing = threading.Lock()


def _figure() -> Any:
    """The one figure, cleared, on its Agg canvas (matplotlib loaded the first time). Reusing
    it keeps the canvas's renderer and caches: a new figure per picture costs a third more
    CPU and grows memory with every picture."""
    global _canvas  # noqa: PLW0603 - made once, on first use
    if _canvas is None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415
        from matplotlib.figure import Figure  # noqa: PLC0415

        figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, facecolor="white")
        _canvas = FigureCanvasAgg(figure)
    figure = _canvas.figure
    figure.clear()
    return figure


def colour_of(bar: PayBar, position: int) -> str:
    return REFERENCE if bar.reference else COLOURS[position % len(COLOURS)]


def draw(picture: Picture) -> bytes:
    """The picture as PNG bytes, ``WIDTH`` × ``HEIGHT`` pixels."""
    with _drawing:
        return _draw(picture)


def _draw(picture: Picture) -> bytes:
    figure = _figure()
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.set_axis_off()
    _text(axes, 0.5, 0.95, picture.title[:80], ha="center", fontsize=22, weight="bold", color=INK)
    _pay(axes, picture.pay, picture.pay_title)
    for column, measure in enumerate(picture.measures[:3]):
        _measure(axes, measure, picture.pay, 0.04 + column * 0.33)
    _text(axes, 0.01, 0.015, picture.footer[:160], fontsize=10, color=MUTED)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, pil_kwargs={"compress_level": 1})
    return out.getvalue()


def _text(axes: Any, x: float, y: float, text: str, **style: Any) -> None:
    # "$135k–$210k" is money, not mathematics between dollar signs
    axes.text(x, y, text, parse_math=False, **style)


def _x(value: float, top: float) -> float:
    return PAY_LEFT + (PAY_RIGHT - PAY_LEFT) * value / top


def _pay(axes: Any, bars: tuple[PayBar, ...], title: str) -> None:
    _text(axes, PAY_LEFT, 0.86, title, fontsize=16, color=INK)
    highest = max((b.high or b.median or 0) for b in bars) or 1
    step = _step(highest)
    top = step * TICKS
    base = 0.47
    axes.plot([PAY_LEFT, PAY_RIGHT], [base, base], color="#bbbbbb", linewidth=1)
    for i in range(TICKS + 1):
        _text(
            axes,
            _x(i * step, top),
            base - 0.045,
            f"${i * step // 1000}k",
            ha="center",
            fontsize=12,
            color=MUTED,
        )
    for position, bar in enumerate(bars):
        y = 0.76 - position * (0.24 / max(len(bars) - 1, 1)) if len(bars) > 1 else 0.66
        colour = colour_of(bar, position)
        mark = f"  {BETTER}" if bar.better else ""
        _text(
            axes,
            PAY_LEFT,
            y + 0.035,
            f"{bar.name[:60]}{mark}",
            fontsize=14,
            color=colour,
            weight="bold",
        )
        # the 10th–90th percentile (or a page's range) thin and pale, the 25th–75th thick
        for low, high, style in (
            (bar.low, bar.high, {"linewidth": 7, "alpha": 0.4}),
            (bar.p25, bar.p75, {"linewidth": 15}),
        ):
            if low is not None and high is not None:
                axes.plot(
                    [_x(low, top), _x(high, top)],
                    [y, y],
                    color=colour,
                    solid_capstyle="butt",
                    **style,
                )
        if bar.median is not None:
            x = _x(bar.median, top)
            axes.plot([x, x], [y - 0.03, y + 0.03], color=INK, linewidth=3)
        _text(axes, PAY_RIGHT + 0.02, y - 0.01, bar.text, fontsize=13, color=INK)


def _step(highest: float) -> int:
    """A round tick step that puts the highest pay inside ``TICKS`` steps."""
    for step in (10_000, 20_000, 25_000, 30_000, 40_000, 50_000, 100_000, 200_000, 250_000):
        if step * TICKS >= highest:
            return step
    return 1_000_000


def _measure(axes: Any, measure: Measure, bars: tuple[PayBar, ...], left: float) -> None:
    _text(axes, left, 0.36, measure.label, fontsize=14, color=INK)
    width = 0.16
    for i, (value, text) in enumerate(zip(measure.values, measure.texts, strict=True)):
        y = 0.27 - i * 0.1
        colour = colour_of(bars[i], i) if i < len(bars) else COLOURS[i % len(COLOURS)]
        length = width * (value or 0) / measure.top
        if value is not None:
            axes.fill_between([left, left + max(length, 0.002)], y - 0.03, y + 0.03, color=colour)
        mark = f" {BETTER}" if measure.better == i else ""
        _text(axes, left + length + 0.006, y - 0.012, f"{text}{mark}", fontsize=13, color=INK)
