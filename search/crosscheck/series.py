"""Indicators over time: the same indicator across yearly editions, each point with its source.

Figures are matched across years (blocked on unit only); only figures whose
year is written where they stand take part.  When a later edition gives a
different value for an earlier year, that is a *revision*: the point shows
the newest edition's value and keeps the older one.

>>> from extract.model import Figure
>>> from .matching import ref
>>> refs = [ref(Figure(v, str(v), label="meldingen meldpunt", year=y, sentence=f"In {y} {v} meldingen"), id=y,
...             file=f"m{y}.pdf", doc_year=y) for y, v in [(2024, 179), (2025, 191)]]
>>> [(p.year, p.value) for p in build_series(refs)[0].points]
[(2024, 179), (2025, 191)]
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from search.crosscheck.figure_index import load_refs
from search.crosscheck.labels import same_terms
from search.crosscheck.matching import STRONG, FigureRef, LabelIndex
from search.store.db import Store

MIN_YEARS = 2
MIN_CONFIDENCE = 0.7  # as for conflicts: a series is a claim that figures belong together


@dataclass(frozen=True)
class Point:
    year: int
    value: float
    source: FigureRef
    others: tuple[FigureRef, ...] = ()  # the same year in other places (same value, or revised)
    revised: tuple[FigureRef, ...] = ()  # older editions with another value

    def to_json(self) -> dict:
        return {"year": self.year, "value": self.value, "source": self.source.to_json(),
                "also": [o.to_json() for o in self.others],
                "revisions": [{"value": r.value, **r.to_json()} for r in self.revised]}


@dataclass(frozen=True)
class Series:
    id: str
    label: str
    unit: str
    organisation: str
    points: tuple[Point, ...]

    @property
    def revisions(self) -> int:
        return sum(1 for p in self.points if p.revised)

    def to_json(self) -> dict:
        return {"id": self.id, "label": self.label, "unit": self.unit, "organisation": self.organisation,
                "revisions": self.revisions, "points": [p.to_json() for p in self.points]}


def series_of(store: Store) -> list[Series]:
    """All indicators of the archive that have values for at least two years."""
    return build_series(load_refs(store))


def build_series(refs: list[FigureRef]) -> list[Series]:
    dated = [r for r in refs if r.dated and r.kind == "figure" and r.year_end in (None, r.year)
             and r.confidence >= MIN_CONFIDENCE]
    out = []
    for group in LabelIndex(dated, by_year=False).groups(STRONG, specific=True):
        if len({r.year for r in group}) >= MIN_YEARS:
            out.append(_series(group))
    return sorted(out, key=lambda s: (s.label, s.id))


def _series(group: list[FigureRef]) -> Series:
    by_year: dict[int, list[FigureRef]] = defaultdict(list)
    for r in group:
        if r.year is not None:  # series are built of dated figures only
            by_year[r.year].append(r)
    points = tuple(_point(year, members) for year, members in sorted(by_year.items()))
    label = min(Counter(r.name for r in group if r.name).most_common(2) or [("", 0)], key=lambda c: (-c[1], len(c[0])))[0]
    organisation = Counter(r.organisation for r in group if r.organisation).most_common(1)
    terms = sorted({t for r in group for t in r.terms})
    key = hashlib.sha1(f"{group[0].family}|{'|'.join(terms)}|{label}".encode()).hexdigest()[:10]
    return Series(key, label, group[0].unit, organisation[0][0] if organisation else "", points)


def _point(year: int, members: list[FigureRef]) -> Point:
    """The newest edition's value for a year; other editions' different values are revisions."""
    members = sorted(members, key=lambda r: (-(r.doc_year or 0), r.file, r.page))
    source = members[0]
    same = tuple(r for r in members[1:] if r.value == source.value)
    revised = tuple(r for r in members[1:] if r.value != source.value and (r.doc_year or 0) < (source.doc_year or 0)
                    and same_terms(r.terms, source.terms))
    return Point(year, source.value, source, same, revised)


def find_series(store: Store, series_id: str) -> Series | None:
    return next((s for s in series_of(store) if s.id == series_id), None)
