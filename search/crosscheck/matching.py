"""Indicator matching: which figures measure the same thing in the same period.

Two figures measure the same indicator when their normalised labels match
(:mod:`search.crosscheck.labels`), their units and periods agree, and their
organisation and place agree where both are known.  Matching never compares
all pairs: figures are blocked on (unit, year) and an inverted index from
label keys (term sets) to figures yields the candidates, see
:func:`label_keys`.

>>> a = ref(Figure(115, "115", label="slachtoffers seksuele uitbuiting", year=2024))
>>> b = ref(Figure(115, "115", label="cliënten seksuele uitbuiting", year=2024), id=2)
>>> same_indicator(a, b) >= STRONG
True
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from extract.gc_pause import no_gc  # bulk matching allocates millions of objects and no cycles
from extract.model import Figure
from search.crosscheck.labels import (
    SOFT,
    classes,
    organisation_of,
    same_organisation,
    same_place,
    similarity,
    terms_of,
    without_dangling,
)

STRONG = 0.75  # label similarity needed to call two figures the same indicator
UNIT_FAMILY = {"times": "count", "keer": "count", "persons": "count"}
FRACTION_UNITS = ("fraction", "ratio", "share")
_AGE_TERM = re.compile(r"(jonger|ouder)\d+|18min|18plus")


@dataclass(frozen=True, slots=True)
class FigureRef:
    """A figure with where it stands, ready for matching (a claim has ``id`` -1)."""

    id: int
    value: float
    raw: str = ""
    unit: str = "count"
    qualifier: str = "exact"
    label: str = ""
    low: float | None = None
    high: float | None = None
    year: int | None = None
    year_end: int | None = None
    period: str = ""
    place: str = ""
    organisation: str = ""
    kind: str = "figure"
    doc_id: int = 0
    file: str = ""
    doc_year: int | None = None
    doctype: str = ""
    page: int = 0
    start: int = 0
    end: int = 0
    sentence: str = ""
    source: str = "text"
    row: str = ""
    column: str = ""
    table_seq: int | None = None
    context: str = ""  # what a bare "Totaal" row totals (see :func:`ref`)
    confidence: float = 1.0
    terms: tuple[str, ...] = field(default=(), compare=False)

    @property
    def family(self) -> str:
        return UNIT_FAMILY.get(self.unit, self.unit)

    @property
    def dated(self) -> bool:
        """True when the year comes from the text, not from the document's own year.

        A year written in the sentence or the table's labels counts (not one inside a
        date such as 23-04-2020), and so does a year other than the document's (it
        can only have come from the text).
        """
        if self.year is None:
            return False
        written = re.search(rf"(?<![-/\d]){self.year}(?!\d)", f"{self.sentence} {self.row} {self.column}")
        return bool(written) or (self.doc_year is not None and self.year != self.doc_year)

    @property
    def name(self) -> str:
        """What the figure counts, for people to read (a table row when its columns are years)."""
        if self.context:
            return self.context
        if self.source == "table" and self.row and self.column.strip().isdigit():
            return self.row
        return self.label or self.row

    def where(self) -> str:
        """The sentence, or for a table cell "row | column"."""
        if self.source == "table" and (self.row or self.column):
            row = f"{self.row} ({self.context})" if self.context else self.row
            return f"{row} | {self.column}: {self.raw}"
        return self.sentence

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "page": self.page,
            "value": self.value,
            "raw": self.raw,
            "unit": self.unit,
            "label": self.name,
            "year": self.year,
            "source": self.source,
            "row": self.row,
            "column": self.column,
            "text": self.where(),
        }


def percent_of(unit: str, value: float | None) -> tuple[str, float | None]:
    """Fractions and ratios become percentages, so "een kwart" compares with "34%".

    >>> percent_of("fraction", 0.25)
    ('percent', 25.0)
    """
    if unit in FRACTION_UNITS and value is not None and abs(value) <= 1:
        return "percent", round(value * 100, 6)
    return unit, value


def ref(figure: Figure, id: int = -1, context: str = "", **where) -> FigureRef:
    """A FigureRef from an extracted Figure (``where``: doc_id, file, doc_year, doctype).

    ``context``: what a table's bare "Totaal" row totals ("criminele uitbuiting"); it
    replaces the figure's own label, which for such rows can only echo the caption.
    """
    parts = (context, figure.column) if context else (without_dangling(figure.label), figure.row, figure.column)
    label_text = " ".join(p for p in parts if p)
    organisation = organisation_of(figure.organisation) or figure.organisation or organisation_of(figure.label)
    unit, percent = percent_of(figure.unit, figure.value)
    value = figure.value if percent is None else percent
    low, high = percent_of(figure.unit, figure.low)[1], percent_of(figure.unit, figure.high)[1]
    return FigureRef(
        id=id,
        value=value,
        raw=figure.raw,
        unit=unit,
        qualifier=figure.qualifier,
        label=figure.label,
        low=low,
        high=high,
        year=figure.year,
        year_end=figure.year_end,
        period=figure.period,
        place=figure.place,
        organisation=organisation,
        kind=figure.kind,
        page=figure.page,
        start=figure.start,
        end=figure.end,
        sentence=figure.sentence,
        source=figure.source,
        row=figure.row,
        column=figure.column,
        table_seq=figure.table_seq,
        context=context,
        confidence=figure.confidence,
        terms=terms_of(label_text),
        **where,
    )


# -- indicators ----------------------------------------------------------------
def comparable(a: FigureRef, b: FigureRef, same_year: bool = True, strict: bool = False) -> bool:
    """Unit, kind, period, organisation and place agree (labels are scored apart).

    ``strict``: a place known on one side only does not agree (a municipality's
    figure is not the region's); drafts are judged leniently, archives strictly.
    """
    if a.family != b.family or a.kind != b.kind or (a.period or "") != (b.period or ""):
        return False
    if same_year and (a.year != b.year or (a.year_end or a.year) != (b.year_end or b.year)):
        return False
    if strict and bool(a.place) != bool(b.place) and not _national(a.place or b.place):
        return False
    return same_organisation(a.organisation, b.organisation) and same_place(a.place, b.place)


def _national(place: str) -> bool:
    """ "Nederland" names the level of a national figure, not a place that a figure without one lacks."""
    return place.strip().lower() in ("nederland", "heel nederland")


def specific_pair(a: FigureRef, b: FigureRef) -> bool:
    """Labels specific enough to say "the same indicator" with confidence.

    Both need a term besides "slachtoffer".  A label of one term says little
    ("locaties", "uur", "controles"): it counts only when that term tells
    groups apart (a gender, a form of exploitation, an age: "jonger dan 23")
    or when both figures name the same organisation.
    """
    na = [t for t in a.terms if t not in SOFT]
    nb = [t for t in b.terms if t not in SOFT]
    if not na or not nb:
        return not na and not nb and _same_known_organisation(a, b)
    if min(len(na), len(nb)) >= 2:
        return True
    return all(_telling(t) for t in na + nb) or _same_known_organisation(a, b)


def _telling(term: str) -> bool:
    return bool(classes((term,))) or bool(_AGE_TERM.fullmatch(term))


def _same_known_organisation(a: FigureRef, b: FigureRef) -> bool:
    return bool(a.organisation) and a.organisation == b.organisation


def same_indicator(a: FigureRef, b: FigureRef, same_year: bool = True, strict: bool = False) -> float:
    """Label similarity when the figures are comparable, else 0."""
    if not comparable(a, b, same_year, strict):
        return 0.0
    return similarity(a.terms, b.terms)


def label_keys(terms: tuple[str, ...]) -> tuple[str, ...]:
    """Blocking keys of a label: its term set, and for three or more terms each set with one term left out.

    Two labels with a Dice overlap of 0.75 or more differ by at most one term
    on each side (for labels of up to four terms), so they share a key; each
    key is specific, so a key's figures stay few however large the archive.

    >>> label_keys(("slachtoffer", "seksuel", "uitbuit"))
    ('seksuel slachtoffer uitbuit', 'slachtoffer uitbuit', 'seksuel uitbuit', 'seksuel slachtoffer')
    """
    core = sorted(set(terms))
    keys = [" ".join(core)]
    if len(core) >= 3:
        keys += [" ".join(t for t in core if t != left) for left in core]
    return tuple(dict.fromkeys(keys))


class LabelIndex:
    """Figures blocked on (unit family, year), indexed by their label keys (:func:`label_keys`).

    >>> refs = [ref(Figure(v, str(v), label=l, year=2024), id=i) for i, (v, l) in
    ...         enumerate([(115, "slachtoffers seksuele uitbuiting"), (13, "slachtoffers criminele uitbuiting")])]
    >>> [m.id for m, _ in LabelIndex(refs).matches(ref(Figure(120, "120", label="seksuele uitbuiting slachtoffers", year=2024)))]
    [0]
    """

    def __init__(self, refs: Iterable[FigureRef], by_year: bool = True, strict: bool = True):
        self.by_year = by_year
        self.strict = strict
        self.refs: list[FigureRef] = []
        self.postings: dict[tuple, list[int]] = defaultdict(list)
        with no_gc():
            for r in refs:
                self.add(r)

    def _block(self, r: FigureRef) -> tuple:
        return (r.family, r.year if self.by_year else None)

    def add(self, r: FigureRef) -> None:
        number = len(self.refs)
        self.refs.append(r)
        block = self._block(r)
        for key in label_keys(r.terms) if r.terms else ():
            self.postings[(block, key)].append(number)

    def candidates(self, r: FigureRef) -> set[int]:
        """Figures of ``r``'s block that share a label key with it."""
        block = self._block(r)
        found: set[int] = set()
        for key in label_keys(r.terms) if r.terms else ():
            found.update(self.postings.get((block, key), ()))
        return found

    def matches(self, r: FigureRef, threshold: float = STRONG) -> list[tuple[FigureRef, float]]:
        """Figures of the same indicator as ``r``, best first."""
        out = []
        for number in self.candidates(r):
            other = self.refs[number]
            if other.id == r.id and r.id != -1:
                continue
            score = same_indicator(r, other, self.by_year, self.strict)
            if score >= threshold:
                out.append((other, score))
        out.sort(key=lambda pair: (-pair[1], pair[0].file, pair[0].page))
        return out

    def groups(self, threshold: float = STRONG, specific: bool = False) -> Iterator[list[FigureRef]]:
        """Indicators: connected groups of matching figures (single figures left out).

        ``specific``: only join figures whose labels pass :func:`specific_pair`.
        """
        parent = list(range(len(self.refs)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        with no_gc():
            self._join(parent, root, threshold, specific)
        members: dict[int, list[FigureRef]] = defaultdict(list)
        for i, r in enumerate(self.refs):
            members[root(i)].append(r)
        for group in members.values():
            if len(group) > 1:
                yield group

    def _join(self, parent, root, threshold, specific) -> None:
        for i, r in enumerate(self.refs):
            for j in self.candidates(r):
                if j <= i or root(i) == root(j) or (specific and not specific_pair(r, self.refs[j])):
                    continue
                if same_indicator(r, self.refs[j], self.by_year, self.strict) >= threshold:
                    parent[root(j)] = root(i)
