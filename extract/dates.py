"""Dutch dates in text: "21 mei 2025", "22 AUYUStUs 2023" (OCR), "28-9-2020".

Month names are matched fuzzily so that OCR noise still gives a date.

>>> parse_date("21 mei 2025"), parse_date("22 AUYUStUs 2023"), parse_date("28-9-2020")
('2025-05-21', '2023-08-22', '2020-09-28')
>>> parse_date("op 3 april 2025 stelde"), parse_date("32 mei 2025")
('2025-04-03', '')
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .fuzzy import best_match

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "okt": 10, "nov": 11, "dec": 12}
MONTH_MISREADINGS = {"janvari": 1}  # OCR's u/v confusion, seen in the archive
# MONTHS, MONTH_ABBREVIATIONS and MONTH_MISREADINGS are the project's one list of month names: the date
# parser below, the non-figure patterns (extract/nonfigures.py) and the web's date display read them.

_WRITTEN = re.compile(r"\b(\d{1,2})\s+([A-Za-zéë]{3,11})\.?\s+((?:19|20)\d\d)\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: ISO value and where it stood."""

    iso: str
    start: int
    end: int
    exact: bool = True  # False when the month name was repaired (OCR)


def month_number(word: str) -> tuple[int, bool] | None:
    """The month of a (possibly OCR-damaged) Dutch month name, and whether it was exact.

    >>> month_number("Oktober"), month_number("AUYUStUs"), month_number("Datum")
    ((10, True), (8, False), None)
    """
    low = word.lower().rstrip(".")
    if low in MONTHS:
        return MONTHS.index(low) + 1, True
    if low in MONTH_ABBREVIATIONS:
        return MONTH_ABBREVIATIONS[low], True
    if len(low) < 4:
        return None
    match = best_match(low, MONTHS, cutoff=75)
    return (MONTHS.index(match[0]) + 1, False) if match else None


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order of appearance."""
    found = []
    for match in _WRITTEN.finditer(text):
        month = month_number(match.group(2))
        if month:
            iso = _iso(int(match.group(3)), month[0], int(match.group(1)))
            if iso:
                found.append(FoundDate(iso, match.start(), match.end(), month[1]))
    for match in _NUMERIC.finditer(text):
        iso = _iso(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if iso:
            found.append(FoundDate(iso, match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> str:
    """The first date in ``text`` as ISO, or ""."""
    dates = find_dates(text)
    return dates[0].iso if dates else ""


def _iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""
