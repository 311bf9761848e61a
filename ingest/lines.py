"""pdfium text page → text lines with boxes, and boxes of the words that hold a number.

pdfium builds lines itself; we read two character boxes per line (first and
last visible character) and per number.  When two columns share their
baselines pdfium bridges the gutter and makes one line of two: the gutter is
found by probing a few x positions near the middle (no character there on
nearly every line crossing it), and such lines are split at it.

The functions take the text page they are handed (``pdf.TextPage`` or
pypdfium2's ``PdfTextPage``: ``get_charbox``, ``get_index``); ``ingest/pdf.py``
owns the pdfium import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from .model import Word

MIN_GUTTER = 8.0  # points between two columns that pdfium put on one line
GUTTER_CANDIDATES = (0.5, 0.47, 0.53, 0.44, 0.56, 0.41, 0.59)  # where a column gutter is looked for
_LINE = re.compile(r"[^\r\n\ufffe]+\ufffe?")  # pdfium joins lines at a soft hyphen (U+FFFE): split them
_NUMBER_WORD = re.compile(r"(?<!\S)\S*\d\S*")  # from a word's start: the engine skips positions inside words
_TRAILING = ".,;:)]»”’'\""
_LEADING = "([«„“‘'\""


@dataclass(frozen=True)
class Line:
    """One text line with its box (top-left origin, points)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    start: int = -1  # the line's character range in pdfium's text (-1: not from pdfium)
    end: int = -1

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _pair_box(textpage: Any, first: int, last: int, height: float, loose: bool) -> tuple[float, float, float, float]:
    """The box around characters ``first`` and ``last``, top-left origin: x0, top, x1, bottom."""
    left, bottom, right, top = textpage.get_charbox(first, loose=loose)
    left2, bottom2, right2, top2 = textpage.get_charbox(last, loose=loose)
    return min(left, left2), height - max(top, top2), max(right, right2), height - min(bottom, bottom2)


def pdfium_lines(textpage: Any, text: str, width: float, height: float) -> list[Line]:
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    lines = [_span_line(textpage, text, start, end, height) for start, end in spans]
    gutter = _gutter(textpage, text, lines, width, height)
    if gutter is None:
        return lines
    splits = [
        (_split_index(textpage, start, end, gutter) if line.x0 < gutter < line.x1 else None)
        for (start, end), line in zip(spans, lines)
    ]
    halves = [(text[start:cut], text[cut:end]) for (start, end), cut in zip(spans, splits) if cut is not None]
    if sum(_wordy(a) and _wordy(b) for a, b in halves) < 0.7 * max(len(halves), 1):
        return lines  # a table's columns, not two columns of text
    cuts = [(start, cut) for (start, _), cut in zip(spans, splits) if cut is not None]
    if sum(_gap_before(textpage, text, start, cut) >= MIN_GUTTER for start, cut in cuts) < 0.9 * len(cuts):
        return lines  # words cut in half (odd boxes, as in OCR text layers), not a gutter
    out: list[Line] = []
    for (start, end), line, cut in zip(spans, lines, splits):
        if cut is None or not text[start:cut].strip() or not text[cut:end].strip():
            out.append(line)
        else:
            out += [_span_line(textpage, text, start, cut, height), _span_line(textpage, text, cut, end, height)]
    return out


def _gap_before(textpage: Any, text: str, start: int, cut: int) -> float:
    """Empty space between the character at ``cut`` and the last visible one before it."""
    before = cut - 1
    while before > start and text[before].isspace():
        before -= 1
    if before < start or text[before].isspace():
        return 0.0
    return textpage.get_charbox(cut)[0] - textpage.get_charbox(before)[2]


def _wordy(text: str) -> bool:
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 3


def _span_line(textpage: Any, text: str, start: int, end: int, height: float) -> Line:
    raw = text[start:end]
    stripped = raw.strip()
    first = start + raw.index(stripped[0])
    last = start + raw.rindex(stripped[-1])
    return Line(stripped, *_pair_box(textpage, first, last, height, True), start, end)


def _gutter(textpage: Any, text: str, lines: list[Line], width: float, height: float) -> float | None:
    """An x near the middle where the lines crossing it have no character: a column gutter
    that pdfium's line building has bridged (two columns with the same baselines)."""
    for fraction in GUTTER_CANDIDATES:
        x = fraction * width
        rows = [ln for ln in lines if ln.x0 < x - 15 and ln.x1 > x + 15]
        if len(rows) < 6:
            continue
        allowed, hits = 0.1 * len(rows), 0
        for line in rows:
            index = textpage.get_index(x, height - (line.top + line.bottom) / 2, 1.5, 1.0)
            if index is not None and 0 <= index < len(text) and not text[index].isspace():
                hits += 1
                if hits > allowed:
                    break
        else:
            return x
    return None


def _split_index(textpage: Any, start: int, end: int, x: float) -> int | None:
    """The first character of a line that lies right of ``x`` (binary search on char boxes)."""
    low, high = start, end
    while low < high:
        middle = (low + high) // 2
        left, _, right, _ = textpage.get_charbox(middle)
        if right <= left or left < x:  # empty boxes (generated spaces) count as left of the gap
            low = middle + 1
        else:
            high = middle
    return low if start < low < end else None


def number_words(textpage: Any, text: str, height: float) -> Iterable[Word]:
    """Boxes of the words that hold a digit: what a figure is later cited by."""
    for match in _NUMBER_WORD.finditer(text):
        word = match.group()
        start = match.start() + len(word) - len(word.lstrip(_LEADING))
        end = match.end() - (len(word) - len(word.rstrip(_TRAILING)))
        if end <= start:
            continue
        x0, top, x1, bottom = _pair_box(textpage, start, end - 1, height, False)
        yield Word(text[start:end], round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1))
