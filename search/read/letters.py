"""Council letters as stored: the list with filters, one letter with its questions, JSON shapes.

>>> from search.store.db import Store
>>> letters(Store(":memory:"))
[]
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from search.store.db import Store

_LETTER_SQL = """
SELECT d.id AS doc_id, d.file, d.title, d.doctype, d.doctype_confidence, d.year, d.date AS doc_date,
       l.fields, l.asker, l.party, l.asked, l.portefeuillehouder, l.uw_kenmerk, l.ons_kenmerk,
       l.introduction, l.signature, l.footnotes, l.anomalies, l.date, l.subject, l.footnote_places
FROM letters l JOIN documents d ON d.id = l.doc_id
"""


@dataclass(frozen=True)
class StoredQuestion:
    id: int
    doc_id: int
    number: int
    text: str
    answer: str
    page: int
    answer_page: int
    shared_with: tuple[int, ...] = ()
    footnotes: tuple[str, ...] = ()
    context: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "number": self.number, "text": self.text, "answer": self.answer,
                "answer_shared_with": list(self.shared_with), "page": self.page, "answer_page": self.answer_page,
                "footnotes": list(self.footnotes), "context": self.context}


@dataclass(frozen=True)
class StoredLetter:
    doc_id: int
    file: str
    title: str
    doctype: str
    doctype_confidence: float
    date: str
    asked: str
    asker: str
    party: str
    portefeuillehouder: str
    uw_kenmerk: str
    ons_kenmerk: str
    fields: tuple[tuple[str, str], ...] = ()
    introduction: str = ""
    signature: str = ""
    footnotes: tuple[tuple[str, str], ...] = ()
    footnote_places: tuple[tuple[str, str], ...] = ()
    anomalies: tuple[str, ...] = ()
    questions: tuple[StoredQuestion, ...] = field(default=())

    @property
    def year(self) -> int | None:
        when = self.asked or self.date
        return int(when[:4]) if when else None

    def to_json(self, full: bool = False) -> dict:
        data = {"document": self.doc_id, "file": self.file, "title": self.title, "type": self.doctype,
                "date": self.date, "asked": self.asked, "vragensteller": self.asker, "partij": self.party,
                "portefeuillehouder": self.portefeuillehouder, "uw_kenmerk": self.uw_kenmerk,
                "ons_kenmerk": self.ons_kenmerk,
                "questions": [_brief(q) for q in self.questions] if not full else [q.to_json() for q in self.questions],
                "anomalies": list(self.anomalies)}
        if full:
            data.update(fields=[list(f) for f in self.fields], introduction=self.introduction,
                        signature=self.signature, footnotes=[{"marker": m, "text": t} for m, t in self.footnotes],
                        footnote_places=[{"marker": m, "place": p} for m, p in self.footnote_places],
                        type_confidence=self.doctype_confidence)
        return data


def _brief(question: StoredQuestion) -> dict:
    return {"number": question.number, "text": question.text, "answer": question.answer,
            "answer_shared_with": list(question.shared_with), "id": question.id, "page": question.page,
            "answer_page": question.answer_page}


def letters(store: Store, *, portefeuillehouder: str = "", party: str = "", asker: str = "",
            year: int | None = None, doctype: str = "") -> list[StoredLetter]:
    """All letters (newest first), filtered by case-insensitive parts of names and by year/type."""
    found = [_letter(store, row) for row in store.rows(_LETTER_SQL + " ORDER BY l.asked DESC, l.date DESC, d.file")]
    wanted = ((portefeuillehouder, "portefeuillehouder"), (party, "party"), (asker, "asker"))
    return [letter for letter in found
            if all(value.lower() in getattr(letter, name).lower() for value, name in wanted if value)
            and (not year or letter.year == year) and (not doctype or letter.doctype == doctype)]


def letter(store: Store, doc_id: int) -> StoredLetter | None:
    rows = list(store.rows(_LETTER_SQL + " WHERE l.doc_id = ?", (doc_id,)))
    return _letter(store, rows[0]) if rows else None


def stored_question(store: Store, question_id: int) -> StoredQuestion | None:
    rows = list(store.rows("SELECT * FROM questions WHERE id = ?", (question_id,)))
    return _question(rows[0]) if rows else None


def questions(store: Store, doc_id: int) -> tuple[StoredQuestion, ...]:
    return tuple(_question(r) for r in store.rows("SELECT * FROM questions WHERE doc_id = ? ORDER BY id", (doc_id,)))


def facet_values(store: Store) -> dict[str, list]:
    """The distinct portefeuillehouders, parties, askers and years, for filter menus."""
    found = letters(store)
    return {"portefeuillehouder": sorted({l.portefeuillehouder for l in found if l.portefeuillehouder}),
            "partij": sorted({l.party for l in found if l.party}),
            "vragensteller": sorted({l.asker for l in found if l.asker}),
            "jaar": sorted({l.year for l in found if l.year}, reverse=True)}


def _letter(store: Store, row) -> StoredLetter:
    return StoredLetter(
        doc_id=row["doc_id"], file=row["file"], title=row["title"], doctype=row["doctype"],
        doctype_confidence=row["doctype_confidence"], date=row["date"] or row["doc_date"], asked=row["asked"],
        asker=row["asker"], party=row["party"], portefeuillehouder=row["portefeuillehouder"],
        uw_kenmerk=row["uw_kenmerk"], ons_kenmerk=row["ons_kenmerk"],
        fields=tuple(tuple(f) for f in json.loads(row["fields"])), introduction=row["introduction"],
        signature=row["signature"], footnotes=tuple(tuple(f) for f in json.loads(row["footnotes"])),
        footnote_places=tuple(tuple(f) for f in json.loads(row["footnote_places"])),
        anomalies=tuple(json.loads(row["anomalies"])), questions=questions(store, row["doc_id"]))


def _question(row) -> StoredQuestion:
    return StoredQuestion(id=row["id"], doc_id=row["doc_id"], number=row["number"], text=row["text"],
                          answer=row["answer"], page=row["page"], answer_page=row["answer_page"],
                          shared_with=tuple(json.loads(row["shared_with"])),
                          footnotes=tuple(json.loads(row["footnotes"])), context=row["context"])
