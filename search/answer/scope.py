"""Where a figure holds: its place and organisation against the question's.

A figure answers for the place asked when it is that place's own figure, or
stands on a page naming the place while naming no other; for the
organisation asked when it is the figure's, or its sentence, paragraph or
section names it (the ESSM's table of clients counts for the ESSM, CoMensha's
one mention on that page does not make its figures CoMensha's).

>>> _regional("regio Rotterdam"), _regional("Rotterdam")
(True, False)
"""

from __future__ import annotations

import re
from collections import defaultdict

from search.answer.question import Asked, _organisations, _places, organisation_in
from search.crosscheck.labels import same_place
from search.crosscheck.matching import FigureRef
from search.index.analysis import fold
from search.store.db import Store


class PageTexts:
    """Folded page texts, read once per question."""

    def __init__(self, store: Store):
        self.store = store
        self.cache: dict[tuple[int, int], str] = {}

    def __call__(self, doc_id: int, page: int) -> str:
        key = (doc_id, page)
        if key not in self.cache:
            rows = list(self.store.rows("SELECT text FROM pages WHERE doc_id = ? AND number = ?", key))
            doc = self.store.document(doc_id)
            title = f"{doc['title']} {doc['file']} {doc['municipality']}" if doc else ""
            self.cache[key] = re.sub(r"\s+", " ", fold(f"{rows[0][0] if rows else ''} {title}"))
        return self.cache[key]


UNPLACED_BAND = 0.03


def place_first(asked: Asked, candidates: list) -> list:
    """When the question names a place, figures of that very place outrank the ones that only
    stand on a page naming it (the Rotterdam row, not the region's total).  A question naming none
    prefers the figures of no municipality (the region's total over the Rotterdam row) as long as
    they answer about as well (:data:`UNPLACED_BAND`): "Er zijn 45 documenten gevonden" in a letter
    that named Amsterdam the sentence before is not outranked by a weaker "één document"."""
    if not asked.place:
        unplaced = [c for c in candidates if not c.figure.place or _regional(c.figure.place)]
        if unplaced and max(c.score for c in unplaced) >= max(c.score for c in candidates) - UNPLACED_BAND:
            return unplaced
        return candidates
    own = [
        c
        for c in candidates
        if c.figure.place and same_place(c.figure.place, asked.place) and not _regional(c.figure.place)
    ]
    return own or candidates


def place_fits(asked: Asked, figure: FigureRef, pages: PageTexts) -> bool:
    """The place asked is the figure's, or the figure naming none: its sentence names the place, or
    its page names it and no other municipality.  A page of figures per municipality names them
    all; its total ("Totaal | 2024: 115") is not Schiedam's.

    >>> from extract.model import Figure
    >>> from search.answer.question import analyse
    >>> from search.crosscheck.matching import ref
    >>> class Page(PageTexts):
    ...     def __init__(self, text): self.cache, self.text = {}, text
    ...     def __call__(self, doc_id, page): return self.text
    >>> total = ref(Figure(115, "115", label="Totaal", year=2024))
    >>> asked = analyse("hoeveel slachtoffers uit schiedam in 2024")
    >>> place_fits(asked, total, Page("schiedam 2 dordrecht 4 totaal 115")), place_fits(asked, total, Page("schiedam totaal 115"))
    (False, True)
    """
    if not asked.place:
        return True
    if figure.place:
        return same_place(figure.place, asked.place)
    if _place_named(asked.place, fold(figure.sentence or "")):
        return True
    page = pages(figure.doc_id, figure.page)
    if not _place_named(asked.place, page):
        return False
    return _regional(asked.place) or not _other_municipalities(asked.place, page)


def _place_named(place: str, folded_text: str) -> bool:
    core = re.sub(r"^(?:regio|gemeente|eenheid) ", "", fold(place))
    return bool(re.search(rf"(?<![\w-]){re.escape(core)}(?![\w-])", folded_text))


def _other_municipalities(place: str, folded_text: str) -> bool:
    """The text names a municipality other than ``place`` (regions and "Nederland" aside)."""
    for spelling, name in _places():
        if _regional(name) or same_place(name, place) or len(spelling) < 4:
            continue
        if spelling in folded_text and re.search(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", folded_text):
            return True
    return False


def _regional(place: str) -> bool:
    return bool(re.match(r"(?i)(regio|eenheid|nederland)", place))


def organisation_fits(asked: Asked, figure: FigureRef, pages: PageTexts) -> bool:
    """The organisation asked is the figure's; a figure naming none counts when its sentence names
    the organisation, or when the organisation is the one its page names most (the ESSM's table
    of clients, not CoMensha's one mention on that page)."""
    if not asked.organisation:
        return True
    if figure.organisation:
        if _named_for(asked.organisation, figure) is False:
            return False  # read from a later clause of its sentence ("4.845 door de RAV, 1.196 door de politie")
        return figure.organisation == asked.organisation or (
            asked.organisation == "ESSM" and figure.organisation == "Humanitas"
        )
    named = _named_for(asked.organisation, figure)
    if named is not None:
        return named
    if organisation_in(figure.sentence) not in ("", asked.organisation):
        return False  # the sentence names another organisation
    if _section_organisation(pages.store, figure) == asked.organisation or _named(
        asked.organisation, fold(_passage_of(pages.store, figure))
    ):
        return True
    counts = _organisation_counts(pages(figure.doc_id, figure.page))
    return bool(counts) and counts.get(asked.organisation, 0) == max(counts.values())


_NUMBERISH = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*%?(?![\w])")


def _named_for(organisation: str, figure: FigureRef) -> bool | None:
    """Whether the figure's sentence names the organisation for this figure: a mention after the
    figure counts when no other number stands between them (the words after it
    up to the next number; one before it is the sentence's subject).  None when the sentence does not name the organisation at all.

    >>> from extract.model import Figure
    >>> from search.crosscheck.matching import ref
    >>> s = "In 2022 zijn 4.845 slachtoffers behandeld door de ambulance, in vergelijking met 1.196 door de politie."
    >>> _named_for("Politie", ref(Figure(4845, "4.845", sentence=s))), _named_for("Politie", ref(Figure(1196, "1.196", sentence=s)))
    (False, True)
    """
    text = fold(figure.sentence)
    spellings = {fold(organisation)} | {sp for sp, key in _organisations() if key == organisation}
    mentions = [
        m.start() for sp in spellings for m in re.finditer(rf"(?<![\w-]){re.escape(sp)}(?!\w)", text) if len(sp) >= 2
    ]
    if not mentions:
        return None
    at = text.find(fold(figure.raw)) if figure.raw and figure.source != "table" else -1
    if at < 0:
        return True
    numbers = [m.start() for m in _NUMBERISH.finditer(text) if not re.fullmatch(r"(?:19[5-9]|20[0-4])\d", m.group())]
    if any(where < at for where in mentions):
        return True  # the sentence's subject ("Het ESSM begeleidde 115 slachtoffers, 13 ...")
    return any(not any(at < n < where for n in numbers) for where in mentions)


def _passage_of(store: Store, figure: FigureRef) -> str:
    """The text of the passage the figure stands in (its paragraph)."""
    rows = list(
        store.rows(
            'SELECT text FROM passages WHERE doc_id = ? AND page = ? AND start <= ? AND "end" >= ?',
            (figure.doc_id, figure.page, figure.start, figure.end),
        )
    )
    return rows[0][0] if rows else ""


def _section_organisation(store: Store, figure: FigureRef) -> str:
    """The organisation named last before the figure on its page ("Regionale cijfers AVIM ... 34
    onderzoeken"): the section the figure stands in."""
    rows = list(store.rows("SELECT text FROM pages WHERE doc_id = ? AND number = ?", (figure.doc_id, figure.page)))
    before = fold(rows[0][0][: figure.start]) if rows else ""
    last, where = "", -1
    for spelling, key in _organisations():
        if len(spelling) < 2:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(spelling)}(?!\w)", before):
            if match.start() > where:
                last, where = key, match.start()
    return "ESSM" if last == "Humanitas" else last


def _organisation_counts(folded_text: str) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for spelling, key in _organisations():
        if len(spelling) >= 2:
            counts[key] += len(re.findall(rf"(?<![\w-]){re.escape(spelling)}(?!\w)", folded_text))
    if counts.get("Humanitas"):
        counts["ESSM"] += counts.pop("Humanitas")
    return {k: v for k, v in counts.items() if v}


def _named(name: str, folded_text: str) -> bool:
    spellings = {fold(name)} | {s for s, key in _organisations() if key == name}
    return any(re.search(rf"(?<![\w-]){re.escape(s)}(?!\w)", folded_text) for s in spellings)
