"""What values a figure allows, and whether a claim's value agrees with the evidence.

Qualifiers matter: "zo'n 170" allows a small margin, "ruim 100" means more
than 100, "minder dan 20" less than 20; "34%" covers 33.5-34.5 by rounding.

>>> from extract.model import Figure
>>> from .matching import ref
>>> agreement(ref(Figure(170, "zo'n 170", qualifier="approx")), ref(Figure(167, "167")))
'agree'
>>> agreement(ref(Figure(100, "ruim 100", qualifier="lower_bound")), ref(Figure(100, "100")))
'disagree'
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from search.crosscheck.matching import FigureRef

_OPEN_LOWER = re.compile(r"\b(ruim|meer dan|boven|ruimschoots)\b", re.I)
_OPEN_UPPER = re.compile(r"\b(bijna|minder dan|onder|nog geen)\b", re.I)
_DECIMALS = re.compile(r"\d+,(\d+)")


def tolerance(r: FigureRef) -> float:
    """Rounding slack of a value as written: "34%" covers 33.5-34.5, "115" only 115."""
    match = _DECIMALS.search(r.raw)
    if match:
        written = float(match.group(0).replace(",", "."))
        scale = abs(r.value / written) if written else 1.0  # "€ 4,9 miljoen" is 4.9 million
        return 0.5 * 10 ** -len(match.group(1)) * (scale or 1.0)
    if r.unit in ("percent", "eur"):
        return 0.5 if r.unit == "percent" else abs(r.value) * 0.005
    return 0.0


def approx_margin(value: float) -> float:
    """Margin of an approximate value: 5%, or a quarter of its rounding step ("zo'n 170" → ±8.5;
    "zo'n 5.000" → ±250; "zo'n 3000" does not cover 3300, which one would write "ruim 3000" or "zo'n 3300").

    >>> approx_margin(170), approx_margin(5000), approx_margin(3000), approx_margin(100)
    (8.5, 250.0, 250.0, 25.0)
    """
    step = 1.0
    number = abs(int(value)) if value == int(value) else 0
    while number and number % 10 == 0:
        step *= 10
        number //= 10
    return max(0.05 * abs(value), step / ROUNDING_SHARE if step > 1 else 0.5)


ROUNDING_SHARE = 4  # an approximate round value lies within a quarter of its rounding step of the truth


def interval(r: FigureRef) -> tuple[float, float, bool, bool]:
    """(low, high, low_open, high_open): the values a figure allows."""
    if r.low is not None and r.high is not None:
        return r.low, r.high, False, False
    if r.qualifier == "approx":
        margin = approx_margin(r.value)
        return r.value - margin, r.value + margin, False, False
    if r.qualifier == "lower_bound":
        return r.value, math.inf, bool(_OPEN_LOWER.search(r.raw)), False
    if r.qualifier == "upper_bound":
        return -math.inf, r.value, False, bool(_OPEN_UPPER.search(r.raw))
    slack = tolerance(r)
    return r.value - slack, r.value + slack, False, False


def _inside(a, b) -> bool:
    """Interval a lies within interval b."""
    lo_ok = a[0] > b[0] or (a[0] == b[0] and (a[2] or not b[2]))
    hi_ok = a[1] < b[1] or (a[1] == b[1] and (a[3] or not b[3]))
    return lo_ok and hi_ok


def _disjoint(a, b) -> bool:
    return a[1] < b[0] or b[1] < a[0] or (a[1] == b[0] and (a[3] or b[2])) or (b[1] == a[0] and (b[3] or a[2]))


def agreement(claim: FigureRef, evidence: FigureRef) -> str:
    """'agree', 'disagree' or 'vague' (the evidence neither backs nor contradicts the claim)."""
    if abs(claim.value - evidence.value) <= max(tolerance(claim), 1e-9) and claim.qualifier in (
        "exact",
        evidence.qualifier,
    ):
        return "agree"
    if claim.qualifier in ("upper_bound", "lower_bound") and is_limit(evidence):
        same = abs(claim.value - evidence.value) <= max(tolerance(claim), tolerance(evidence), 1e-9)
        return "agree" if same else "vague"  # "maximaal 300 watt" is another limit than "max. 250 watt", not within it
    c, e = interval(claim), interval(evidence)
    if claim.qualifier == evidence.qualifier == "approx":  # "naar schatting 6.000" against "naar schatting 5.000"
        gap, margins = (
            abs(claim.value - evidence.value),
            sorted((approx_margin(claim.value), approx_margin(evidence.value))),
        )
        return "agree" if gap <= margins[0] else "disagree" if gap >= margins[1] else "vague"
    if _inside(e, c):
        return "agree"
    if _disjoint(c, e):
        return "disagree"
    return "vague"


def is_limit(r: FigureRef) -> bool:
    """The figure is a limit (a norm, a maximum), not a count: "(max. 250 watt)", "hoger vermogen dan 250 Watt",
    "minimaal 12x per jaar".  A claim's bound ("maximaal 300 watt") then names another limit, not a count
    within it.

    >>> from extract.model import Figure
    >>> from .matching import ref
    >>> is_limit(ref(Figure(250, "250 Watt", sentence="een hoger vermogen dan 250 Watt"))), is_limit(ref(Figure(9, "9")))
    (True, False)
    """
    if r.qualifier in ("upper_bound", "lower_bound") and _LIMIT_WORD.search(r.raw):
        return True
    at = r.sentence.find(r.raw) if r.sentence and r.raw else -1
    return at >= 0 and bool(_LIMIT_BEFORE.search(r.sentence[max(0, at - 40) : at]))


_LIMIT_WORD = re.compile(
    r"\b(?:max\.?|maximaal|maximum|minimaal|minimum|ten hoogste|ten minste|hooguit|niet (?:meer|minder) dan)", re.I
)
_LIMIT_BEFORE = re.compile(
    r"(?:\bmax\.?|\bmaximaal|\bmaximum|\bminimaal|\bminimum|\bten hoogste|\bten minste|\bhooguit|"
    r"\b(?:hoger|lager|harder|groter|kleiner)\s+(?:\w+\s+){0,2}dan|\bniet meer dan|\bmag\s+(?:\w+\s+){0,3})\s*$",
    re.I,
)
