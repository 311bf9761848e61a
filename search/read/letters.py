"""Council letters as stored: the list with filters, one letter with its questions, JSON shapes.

>>> from search.store.db import Store
>>> letters(Store(":memory:"))
[]
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace

from extract.doctypes import ANSWER, QUESTIONS
from extract.fuzzy import sorted_words_ratio
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
class LetterLink:
    """The other half of a written question: the questions letter of an answer, or the answer to questions."""

    doc_id: int
    title: str
    doctype: str
    date: str
    reason: str  # Dutch: why they belong together ("zelfde onderwerp", "zelfde kenmerk", ...)

    def to_json(self) -> dict:
        return {"document": self.doc_id, "title": self.title, "type": self.doctype, "date": self.date,
                "reason": self.reason}


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
    subject: str = ""
    links: tuple[LetterLink, ...] = ()  # the answer to these questions, or the questions this answers

    def field_value(self, name: str) -> str:
        """A header field by name ("Volgnummer"), or ""."""
        return next((value for key, value in self.fields if key.lower() == name.lower()), "")

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
                "anomalies": list(self.anomalies), "linked": [link.to_json() for link in self.links]}
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
    found = with_links([_letter(store, row) for row in store.rows(_LETTER_SQL + " ORDER BY l.asked DESC, l.date DESC, d.file")])
    wanted = ((portefeuillehouder, "portefeuillehouder"), (party, "party"), (asker, "asker"))
    return [letter for letter in found
            if all(value.lower() in getattr(letter, name).lower() for value, name in wanted if value)
            and (not year or letter.year == year) and (not doctype or letter.doctype == doctype)]


def letter(store: Store, doc_id: int) -> StoredLetter | None:
    """One letter with its questions and the letters it is linked to."""
    rows = list(store.rows(_LETTER_SQL + " WHERE l.doc_id = ?", (doc_id,)))
    if not rows:
        return None
    found = _letter(store, rows[0])
    if found.doctype not in (ANSWER, QUESTIONS):
        return found
    others = [_letter(store, row, with_questions=False) for row in store.rows(_LETTER_SQL + " WHERE l.doc_id != ?", (doc_id,))]
    return replace(found, links=tuple(_links(found, _sign_index(others))))


# "Beantwoording schriftelijke vragen van het lid X inzake Y" and "Schriftelijke vragen van het lid X inzake Y"
# are about the same thing: the subject without the words that say which half it is
_HALF_WORDS = re.compile(r"^\W*(?:beantwoording|antwoord(?:en)?|reactie)?\s*(?:op\s+)?(?:van\s+)?(?:de\s+)?(?:aanvullende\s+)?"
                         r"(?:schriftelijke\s+)?(?:raads)?vragen\s*(?:van|over)?\s*", re.IGNORECASE)
SAME_SUBJECT = 88  # sorted-words likeness (0-100) of two subjects that name the same questions


def subject_key(text: str) -> str:
    """A subject without "Beantwoording schriftelijke vragen van", for comparing a question letter with its answer.

    >>> subject_key("Beantwoording schriftelijke vragen van het lid IJmker inzake Groeiende populariteit fatbikes")
    'het lid ijmker inzake groeiende populariteit fatbikes'
    >>> subject_key("Schriftelijke vragen van het lid IJmker inzake Groeiende populariteit fatbikes")
    'het lid ijmker inzake groeiende populariteit fatbikes'
    """
    return " ".join(re.findall(r"[^\W_]+", _HALF_WORDS.sub("", text.strip()).lower()))


def with_links(found: list[StoredLetter]) -> list[StoredLetter]:
    """Every questions letter linked to its answer and every answer to its questions, where both are stored."""
    index = _sign_index(found)
    return [replace(one, links=tuple(_links(one, index))) if one.doctype in (ANSWER, QUESTIONS) else one
            for one in found]


def _signs(one: StoredLetter) -> set[str]:
    """What two halves of one written question can share: a kenmerk, a date, a long word of the subject.

    Only letters sharing a sign are compared, so linking stays cheap on an archive of thousands of letters.
    """
    signs = {f"k:{k}" for k in (one.ons_kenmerk, one.uw_kenmerk, one.field_value("Volgnummer")) if k}
    signs |= {f"d:{d}" for d in (one.asked, one.date) if d}
    for text in (one.subject, one.title):
        signs |= {f"w:{w}" for w in subject_key(text).split() if len(w) >= 5 and w not in _COMMON}
    return signs


_COMMON = frozenset({"inzake", "college", "gemeente", "burgemeester", "wethouders", "raadslid", "fractie"})
_BUCKET = 200  # a sign shared by more letters than this says nothing


def _sign_index(letters_: list[StoredLetter]) -> dict[tuple[str, str], list[StoredLetter]]:
    index: dict[tuple[str, str], list[StoredLetter]] = {}
    for one in letters_:
        if one.doctype in (ANSWER, QUESTIONS):
            for sign in _signs(one):
                index.setdefault((one.doctype, sign), []).append(one)
    return index


def _links(one: StoredLetter, index: dict[tuple[str, str], list[StoredLetter]]) -> list[LetterLink]:
    wanted = QUESTIONS if one.doctype == ANSWER else ANSWER
    buckets = [index.get((wanted, sign), []) for sign in _signs(one)]
    candidates = {other.doc_id: other for bucket in buckets if len(bucket) <= _BUCKET for other in bucket
                  if other.doc_id != one.doc_id}
    links = []
    for other in sorted(candidates.values(), key=lambda letter: letter.doc_id):
        questions, answer = (one, other) if one.doctype == QUESTIONS else (other, one)
        reason = _same_questions(questions, answer)
        if reason:
            links.append(LetterLink(other.doc_id, other.title, other.doctype, other.date, reason))
    return links


def _same_questions(questions: StoredLetter, answer: StoredLetter) -> str:
    """Why an answer answers these questions (in Dutch), or "" when nothing says so."""
    kenmerken = {k for k in (questions.ons_kenmerk, questions.field_value("Volgnummer"), questions.uw_kenmerk) if k}
    if kenmerken & {k for k in (answer.uw_kenmerk, answer.field_value("Volgnummer")) if k}:
        return "zelfde kenmerk"
    keys = [(subject_key(q), subject_key(a)) for q in (questions.subject, questions.title)
            for a in (answer.subject, answer.title) if subject_key(q) and subject_key(a)]
    if any(len(q.split()) >= 3 and sorted_words_ratio(q, a) >= SAME_SUBJECT for q, a in keys):
        return "zelfde onderwerp"
    asked = questions.asked or questions.date
    if asked and answer.asked == asked and questions.asker and questions.asker.lower() in answer.asker.lower():
        return "zelfde vragensteller en datum"
    return ""


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


def _letter(store: Store, row, with_questions: bool = True) -> StoredLetter:
    return StoredLetter(
        doc_id=row["doc_id"], file=row["file"], title=row["title"], doctype=row["doctype"],
        doctype_confidence=row["doctype_confidence"], date=row["date"] or row["doc_date"], asked=row["asked"],
        asker=row["asker"], party=row["party"], portefeuillehouder=row["portefeuillehouder"],
        uw_kenmerk=row["uw_kenmerk"], ons_kenmerk=row["ons_kenmerk"],
        fields=tuple(tuple(f) for f in json.loads(row["fields"])), introduction=row["introduction"],
        signature=row["signature"], footnotes=tuple(tuple(f) for f in json.loads(row["footnotes"])),
        footnote_places=tuple(tuple(f) for f in json.loads(row["footnote_places"])),
        anomalies=tuple(json.loads(row["anomalies"])), subject=row["subject"],
        questions=questions(store, row["doc_id"]) if with_questions else ())


def _question(row) -> StoredQuestion:
    return StoredQuestion(id=row["id"], doc_id=row["doc_id"], number=row["number"], text=row["text"],
                          answer=row["answer"], page=row["page"], answer_page=row["answer_page"],
                          shared_with=tuple(json.loads(row["shared_with"])),
                          footnotes=tuple(json.loads(row["footnotes"])), context=row["context"])
