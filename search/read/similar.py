"""Eerder gestelde vragen: the earlier questions most like a given one, with their answers.

Candidates come from the index (BM25 more-like-this over question units);
they are re-ranked by combining the normalised BM25 score with a fuzzy
comparison of the question texts (rapidfuzz, via ``extract.fuzzy``), so a
paraphrase of a question finds the original first.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.fuzzy import similarity
from search.archive import Archive
from search.index.analysis import terms
from search.index.engine import Filters
from search.read.letters import stored_question

CANDIDATES = 40
# weights of the three signals: BM25 over question+answer, fuzzy likeness and stem overlap of the questions
WEIGHTS = (0.4, 0.3, 0.3)


@dataclass(frozen=True)
class SimilarQuestion:
    question_id: int
    document: int
    file: str
    title: str
    date: str
    number: int
    text: str
    answer: str
    page: int
    answer_page: int
    score: float
    bm25: float
    fuzzy: float

    def to_json(self) -> dict:
        return {
            "question": self.question_id,
            "document": self.document,
            "file": self.file,
            "title": self.title,
            "date": self.date,
            "number": self.number,
            "text": self.text,
            "answer": self.answer,
            "page": self.page,
            "answer_page": self.answer_page,
            "score": round(self.score, 3),
            "bm25": round(self.bm25, 3),
            "fuzzy": round(self.fuzzy, 1),
        }


def similar_questions(
    archive: Archive,
    text: str,
    limit: int = 5,
    exclude: int | None = None,
    year: int | None = None,
    exclude_document: int | None = None,
) -> list[SimilarQuestion]:
    """The ``limit`` questions of the archive most like ``text``, best first."""
    found = archive.engine.similar(text, Filters(kinds=("question",), year=year), CANDIDATES)
    top = max((hit.score for hit in found.hits), default=0.0) or 1.0
    stems = set(terms(text))
    ranked: list[SimilarQuestion] = []
    for hit in found.hits:
        question_id = int(hit.unit_id[1:])
        if question_id == exclude or hit.doc_id == exclude_document:
            continue
        question = stored_question(archive.store, question_id)
        doc = archive.store.document(hit.doc_id)
        if question is None or doc is None:
            continue
        asked = question.text or question.answer
        fuzzy = similarity(_key(text), _key(asked))
        overlap = len(stems & set(terms(asked))) / len(stems) if stems else 0.0
        score = WEIGHTS[0] * hit.score / top + WEIGHTS[1] * fuzzy / 100 + WEIGHTS[2] * overlap
        ranked.append(
            SimilarQuestion(
                question_id,
                doc["id"],
                doc["file"],
                doc["title"],
                doc["date"],
                question.number,
                question.text,
                question.answer,
                question.page,
                question.answer_page,
                score,
                hit.score / top,
                fuzzy,
            )
        )
    ranked.sort(key=lambda s: (-s.score, not s.answer))
    return sorted(_without_repeats(ranked), key=lambda s: -s.score)[:limit]


def _without_repeats(ranked: list[SimilarQuestion]) -> list[SimilarQuestion]:
    """One entry per question text: the questions alone and the answer letter repeat them; keep the answered one."""
    kept: list[SimilarQuestion] = []
    for item in ranked:
        twin = next((k for k in kept if k.text and similarity(k.text, item.text) > 95), None)
        if twin is None:
            kept.append(item)
        elif item.answer and not twin.answer:
            kept[kept.index(twin)] = item
    return kept


def _key(text: str) -> str:
    """The distinct stems of a text, sorted: word order, inflection and stop words do not count."""
    return " ".join(sorted(set(terms(text))))


def similar_to_question(archive: Archive, question_id: int, limit: int = 5) -> list[SimilarQuestion]:
    """Questions of other letters like a question of the archive."""
    question = stored_question(archive.store, question_id)
    if question is None:
        return []
    return similar_questions(
        archive, question.text or question.answer, limit, exclude=question_id, exclude_document=question.doc_id
    )
