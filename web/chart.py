"""The line chart of an indicator (/indicator/<id>): coordinates for an inline SVG, no script.

A y-axis with round ticks (from 0, or from a round value below the lowest point when
the values lie close together), gridlines, year labels along x, axis titles, and a
dot per point (revised points marked).  The SVG scales by its viewBox, so the same
drawing is read at 1280 and at 390 px; labels are thinned when points lie too close.

>>> nice_ticks(0, 191)
[0, 50, 100, 150, 200]
"""

from __future__ import annotations

import math

WIDTH, HEIGHT = 480, 270  # viewBox units
SHOWN = 1.25  # drawn at 600 x 338 px on a wide screen, narrower windows scale it down (raadslens.css)
LEFT, RIGHT, TOP, BOTTOM = 66, 18, 24, 50  # room for tick labels and the y title, value labels, years and "Jaar"
X_PAD = 24  # the first and last point stand off the axis ends, their labels inside the drawing
LABEL_GAP = 46  # viewBox units a year or value label needs beside the next one
STEPS = (1, 2, 2.5, 5, 10)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering ``low``..``high``, about ``count`` of them.

    >>> nice_ticks(0, 1372), nice_ticks(0, 12.5), nice_ticks(-3, 8), nice_ticks(0, 0.8)
    ([0, 500, 1000, 1500], [0, 5, 10, 15], [-5, 0, 5, 10], [0, 0.2, 0.4, 0.6, 0.8])
    """
    span = (high - low) or abs(high) or 1
    raw = span / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in STEPS if m * magnitude >= raw * (1 - 1e-9))
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [_tidy(i * step) for i in range(first, max(last, first + 1) + 1)]


def axis_range(values: list[float]) -> tuple[float, float]:
    """Where the y-axis runs: from 0 unless the values lie close together far from it.

    >>> axis_range([130, 179, 191]), axis_range([950, 980, 1000]), axis_range([-2, 5])
    ((0, 191), (950, 1000), (-2, 5))
    """
    low, high = min(values), max(values)
    if low >= 0 and (high - low) < 0.2 * high:
        return low, high
    return min(low, 0), max(high, 0)


def chart(points: list[tuple[int, float, bool]], unit_title: str) -> dict:
    """The chart of ``(year, value, revised)`` points; ``unit_title`` names the y-axis ("aantal").

    >>> c = chart([(2023, 130, False), (2024, 179, True), (2025, 191, False)], "aantal")
    >>> [t["value"] for t in c["ticks"]], c["dots"][0]["year"], c["y_title"]
    ([0, 50, 100, 150, 200], 2023, 'aantal')
    """
    ticks = nice_ticks(*axis_range([v for _, v, _ in points]))
    years = [year for year, _, _ in points]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    first, last = min(years), max(years)

    def x(year: int) -> float:
        return round(LEFT + X_PAD + (year - first) / ((last - first) or 1) * (plot_w - 2 * X_PAD), 1)

    def y(value: float) -> float:
        return round(TOP + (ticks[-1] - value) / (ticks[-1] - ticks[0]) * plot_h, 1)

    every = _label_every(years, plot_w - 2 * X_PAD)
    dots = [
        {
            "x": x(year),
            "y": y(value),
            "label_y": round(y(value) - 9, 1),
            "year": year,
            "value": value,
            "revised": revised,
            "label": i % every == 0,
        }
        for i, (year, value, revised) in enumerate(points)
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "shown_width": round(WIDTH * SHOWN),
        "shown_height": round(HEIGHT * SHOWN),
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "base": TOP + plot_h,
        "ticks": [{"value": t, "y": y(t), "label_y": round(y(t) + 4, 1)} for t in ticks],
        "dots": dots,
        "line": " ".join(f"{d['x']},{d['y']}" for d in dots),
        "x_title": "Jaar",
        "x_title_y": HEIGHT - 8,
        "y_title": unit_title,
        "y_title_at": round(TOP + plot_h / 2, 1),
        "middle": round(LEFT + plot_w / 2, 1),
        "from_zero": ticks[0] <= 0 <= ticks[-1],
    }


def _label_every(years: list[int], plot_w: float) -> int:
    """Label every n-th point so that year and value labels do not run into each other."""
    if len(years) < 2:
        return 1
    gap = plot_w / ((max(years) - min(years)) or 1) * min(b - a for a, b in zip(years, years[1:]))
    return max(1, math.ceil(LABEL_GAP / gap)) if gap > 0 else 1


def _tidy(value: float) -> float:
    """10.000000001 → 10, 2.5 stays: ticks print without float noise."""
    value = round(float(value), 9)
    return int(value) if value.is_integer() else value
