"""What an answer is: a value or a sentence from the archive, its sources, and whether they agree.

>>> a = Answer("Hoeveel?", "hoeveel", None, (), None, NOT_FOUND)
>>> a.to_json()["answer"] is None, a.found
(True, False)
"""
from __future__ import annotations

from dataclasses import dataclass, field

NOT_FOUND = "Geen antwoord gevonden in het archief"


@dataclass(frozen=True)
class Source:
    """Where an answer stands: a file and page, the sentence (or table cell with row and column)."""

    file: str
    page: int
    text: str
    value: float | None = None
    row: str = ""
    column: str = ""
    document: int = 0
    figure: int | None = None  # the stored figure's id, for a link to /cijfer/<id>
    question: int | None = None  # the stored council question's id, for /raadsvragen/<doc>#vraag-N
    number: int | None = None  # the question's number in its letter
    year: int | None = None
    kind: str = "passage"  # figure, table, question, passage

    def to_json(self) -> dict:
        return {"file": self.file, "page": self.page, "text": self.text, "value": self.value,
                "row": self.row, "column": self.column, "document": self.document, "year": self.year,
                "kind": self.kind}


@dataclass(frozen=True)
class Value:
    """The answer itself: a figure (value, unit, label, year) or a text, or both."""

    value: float | None = None
    unit: str = ""
    label: str = ""
    year: int | None = None
    text: str = ""

    def to_json(self) -> dict:
        return {"value": self.value, "unit": self.unit, "label": self.label, "year": self.year, "text": self.text}


@dataclass(frozen=True)
class Answer:
    """An answer to one question; ``answer`` None means the archive holds none (see ``reason``)."""

    question: str
    kind: str
    answer: Value | None
    sources: tuple[Source, ...] = ()
    agree: bool | None = None
    reason: str = ""
    method: str = ""  # figures, council, passage, unknown (the archive says "nog niet bekend"), none
    series: tuple[tuple[int, float], ...] = field(default=())  # a trend: (year, value) per year

    @property
    def found(self) -> bool:
        return self.answer is not None

    def to_json(self) -> dict:
        out = {"question": self.question, "kind": self.kind,
               "answer": self.answer.to_json() if self.answer else None,
               "sources": [s.to_json() for s in self.sources], "agree": self.agree, "reason": self.reason,
               "method": self.method}
        if self.series:
            out["series"] = [{"year": y, "value": v} for y, v in self.series]
        return out
