"""Council answers: an earlier council question like the one asked, and the answer linked to it.

Plain passage retrieval misses answers that sit under "Antwoord op de
vragen 6 en 7": the words of the question are in the question, not in the
answer.  So the question asked is matched against the earlier questions
(:func:`search.read.similar.similar_questions`) and the stored answer of
the best one is returned, shared answers included.

An earlier question counts as the same question only when most of the
words asked stand in it (or its answer), and its text is alike
(:data:`MIN_COVER`, :data:`MIN_FUZZY`); the facets asked must stand in the
question or answer (:func:`search.answer.evidence.holds`), and so must every noun asked about
(:func:`search.answer.subject.missing_words`).
"""

from __future__ import annotations

from search.answer.evidence import coverage, holds, wanted_terms
from search.answer.model import Answer, Source, Value
from search.answer.question import Asked
from search.answer.subject import missing_words
from search.read.letters import stored_question
from search.read.similar import similar_questions

MIN_COVER = 0.8  # share of the words asked that the earlier question must hold
MIN_FUZZY = 55  # fuzzy likeness (0-100) of the two question texts
MIN_SCORE = 0.6  # similar_questions' combined score
MIN_WORDS = 2  # a question of one word ("wie is de burgemeester") says too little to match another


def council_answer(archive, asked: Asked) -> Answer | None:
    """The answer of the most alike earlier council question, or None."""
    wanted = wanted_terms(asked)
    if len(wanted) < MIN_WORDS:
        return None
    for found in similar_questions(archive, asked.text, limit=3):
        if not found.answer or found.score < MIN_SCORE or found.fuzzy < MIN_FUZZY:
            continue
        if coverage(wanted, f"{found.text} {found.title}") < MIN_COVER:  # (a letter on "Mensenhandel en ...":
            continue  # its questions are about mensenhandel though they do not say it)
        if not holds(asked, f"{found.text} {found.answer}"):
            continue
        if missing_words(asked, f"{found.text} {found.title} {found.answer}"):
            continue  # "de positie van vrouwen" asked in other words is alike; "de kangoeroes van vrouwen" is not
        return _answer(archive, asked, found)
    return None


def _answer(archive, asked: Asked, found) -> Answer:
    question = stored_question(archive.store, found.question_id)
    shared = tuple(question.shared_with) if question else ()
    numbers = ", ".join(str(n) for n in sorted({found.number, *shared}))
    heading = f"Antwoord op vraag {numbers}" if not shared else f"Antwoord op de vragen {numbers}"
    when = f" ({found.date})" if found.date else ""
    sources = (
        Source(
            found.file,
            found.answer_page or found.page,
            found.answer,
            document=found.document,
            question=found.question_id,
            number=found.number,
            kind="answer",
        ),
        Source(
            found.file,
            found.page,
            found.text,
            document=found.document,
            question=found.question_id,
            number=found.number,
            kind="question",
        ),
    )
    label = f"{heading} in {found.title or found.file}{when}"
    return Answer(
        asked.text,
        asked.kind,
        Value(text=found.answer, label=label),
        sources,
        None,
        f"Eerder gestelde raadsvraag: vraag {found.number} ({found.title or found.file}).",
        "council",
    )
