"""What ``extract`` produces from a Document.  Pure data, frozen.

Positions: ``page`` is 1-based; ``start``/``end`` are character offsets in
the page text the item was taken from.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Passage:
    """A paragraph-sized piece of text on one page.

    ``kind`` is "body", "heading", "footnote" or "table" (a table rendered as text).
    """

    page: int
    seq: int
    text: str
    kind: str = "body"
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class TableCell:
    """One cell with the labels that give it meaning."""

    row: int
    col: int
    text: str
    row_label: str = ""
    col_label: str = ""
    bbox: tuple[float, float, float, float] | None = None
    footnote: str = ""  # footnote marker that was glued to the value ("³" → "3")


@dataclass(frozen=True)
class Table:
    """A table with its header row(s) and row labels."""

    page: int
    seq: int
    header: tuple[tuple[str, ...], ...]
    row_labels: tuple[str, ...]
    cells: tuple[TableCell, ...]
    caption: str = ""
    bbox: tuple[float, float, float, float] | None = None

    @property
    def n_rows(self) -> int:
        return 1 + max((c.row for c in self.cells), default=-1)

    @property
    def n_cols(self) -> int:
        return 1 + max((c.col for c in self.cells), default=-1)


@dataclass(frozen=True)
class Figure:
    """A number with its meaning.

    >>> Figure(value=115.0, raw="115", unit="count", label="slachtoffers seksuele uitbuiting",
    ...        year=2024, page=3).value
    115.0
    """

    value: float
    raw: str
    unit: str = "count"  # count, percent, eur, times_per_period, years_of_age, km_per_hour, ...
    qualifier: str = "exact"  # exact, approx, lower_bound, upper_bound
    label: str = ""  # normalised: "slachtoffers seksuele uitbuiting"
    low: float | None = None  # ranges keep both ends
    high: float | None = None
    year: int | None = None
    year_end: int | None = None  # a period "2024-2026" → year=2024, year_end=2026
    period: str = ""  # "per jaar", "per week", ... for rates
    place: str = ""
    organisation: str = ""
    page: int = 0
    start: int = 0
    end: int = 0
    source: str = "text"  # "text" or "table"
    row: str = ""  # table row label
    column: str = ""  # table column label
    table_seq: int | None = None
    sentence: str = ""  # the sentence (or "row | column: cell") the figure stands in
    kind: str = "figure"  # "figure", or "change" for increases/decreases
    confidence: float = 1.0


@dataclass(frozen=True)
class Dropped:
    """A number the OCR-noise guard left out: where it stood and why (``extract.figures.DROP_REASONS``)."""

    page: int
    raw: str
    start: int
    reason: str


@dataclass(frozen=True)
class Question:
    """A council question with the answer that belongs to it."""

    number: int
    text: str
    answer: str = ""
    page: int = 0
    answer_page: int = 0
    answer_shared_with: tuple[int, ...] = ()
    footnotes: tuple[str, ...] = ()  # markers of the footnotes cited in the question or answer
    context: str = ""  # text the asker put before this question ("Vervolgens wordt gesteld: ...")


@dataclass(frozen=True)
class Letter:
    """The structure of an answer to written council questions."""

    fields: tuple[tuple[str, str], ...] = ()  # header fields in order: ("Onderwerp", "...")
    asker: str = ""
    party: str = ""
    asked: str = ""  # ISO date the questions were asked
    introduction: str = ""
    questions: tuple[Question, ...] = ()
    footnotes: tuple[tuple[str, str], ...] = ()  # (marker, text)
    signature: str = ""
    anomalies: tuple[str, ...] = ()  # Dutch messages: skipped numbers, unanswered questions, ...
    date: str = ""  # ISO date of the letter
    subject: str = ""  # Onderwerp, or the subject named in the asking sentence
    footnote_places: tuple[tuple[str, str], ...] = ()  # (marker, "inleiding" / "vraag 2" / "antwoord 2")

    def field(self, name: str) -> str:
        for key, value in self.fields:
            if key.lower() == name.lower():
                return value
        return ""


@dataclass(frozen=True)
class DocumentMeta:
    """Title, type and the metadata people filter by."""

    title: str
    doctype: str = "overig"
    doctype_confidence: float = 0.0
    date: str = ""  # ISO date
    year: int | None = None  # the year the document covers
    organisation: str = ""
    municipality: str = ""
    doctype_evidence: str = ""  # Dutch: why this type ("'Vraag 1' en 'Antwoord' gevonden")
    title_source: str = ""  # Dutch: where the title came from ("het veld 'Onderwerp'", "de bestandsnaam")


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    meta: DocumentMeta
    passages: tuple[Passage, ...] = ()
    tables: tuple[Table, ...] = ()
    figures: tuple[Figure, ...] = ()
    letter: Letter | None = None
    warnings: tuple[str, ...] = field(default=())
    dropped: tuple[Dropped, ...] = ()  # numbers of the text that are no figures (OCR noise), with their reason
