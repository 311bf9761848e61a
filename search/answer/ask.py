"""Ask the archive: a Dutch question answered with the figure or sentence, its sources, or honestly none.

The order of the channels is fixed: a question that asks for a figure is
answered from the stored figures (:mod:`.figures`); failing that (and for
every other question) an earlier council question like it gives its
linked answer (:mod:`.council`); failing that, the sentence of a passage
that answers (:mod:`.passages`).  When none holds what is asked the answer
is "Geen antwoord gevonden in het archief" with the nearest passages.

>>> from search.store.db import Store
>>> class Empty:  # an archive with nothing in it
...     store = Store(":memory:")
...     def search(self, *a, **k):
...         from search.archive import SearchResults
...         return SearchResults("", 0, ())
>>> ask(Empty(), "Hoeveel meldingen waren er in 2024?").reason
'Geen antwoord gevonden in het archief'
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from search.answer.council import council_answer
from search.answer.evidence import says_not_known, year_answered
from search.answer.figures import figure_answer, unknown_answer
from search.answer.model import NOT_FOUND, Answer
from search.answer.passages import nearest, passage_answer
from search.answer.question import Asked, analyse


def ask(archive, text: str) -> Answer:
    """The answer to ``text`` (see the module docstring)."""
    archive = _OneQuestion(archive)
    asked = analyse(text)
    if not asked.subject.strip():
        return _none(archive, asked, "De vraag noemt niet waarover; stel de vraag met meer woorden.")
    for channel in _channels(asked):
        found = channel(archive, asked)
        if found is not None:
            return found
    return _none(archive, asked, NOT_FOUND)


class _OneQuestion:
    """The archive as the channels of one question see it: a search asked twice (the figure pages,
    the passages, the nearest passages) runs once; ``limit`` below an earlier one is a slice."""

    def __init__(self, archive):
        self.archive = archive
        self.store = archive.store
        self.engine = getattr(archive, "engine", None)
        self.found: dict[tuple, tuple[int, Any]] = {}

    def search(self, text: str, *, kinds: tuple[str, ...] = (), limit: int = 10, **filters):
        key = (text, kinds, tuple(sorted(filters.items())))
        known = self.found.get(key)
        if known is None or known[0] < limit:
            known = (
                max(limit, SEARCH_DEPTH),
                self.archive.search(text, kinds=kinds, limit=max(limit, SEARCH_DEPTH), **filters),
            )
            self.found[key] = known
        results = known[1]
        return replace(results, hits=results.hits[:limit])


SEARCH_DEPTH = 30


def _channels(asked: Asked):
    if asked.wants_figure:
        return (_figures, _unknown, _council_for_figures, _passage_for_figures)
    return (_council, passage_answer)


def _figures(archive, asked: Asked) -> Answer | None:
    return figure_answer(archive, asked)


def _unknown(archive, asked: Asked) -> Answer | None:
    return unknown_answer(archive, asked)


def _council(archive, asked: Asked) -> Answer | None:
    return council_answer(archive, asked)


def _council_for_figures(archive, asked: Asked) -> Answer | None:
    """A council answer to a "hoeveel" question counts only when it holds a number, and for a
    question with a year only when it answers for that year (:func:`evidence.year_answered`)."""
    found = council_answer(archive, asked)
    if not found or not found.answer or not any(ch.isdigit() for ch in found.answer.text):
        return None
    question = next((s.text for s in found.sources if s.kind == "question"), "")
    return found if year_answered(asked, found.answer.text, question) else None


def _passage_for_figures(archive, asked: Asked) -> Answer | None:
    """A sentence answers a "hoeveel" question only by saying the figure is not known; not when what
    is counted is itself the unknown ("bij hoeveel meldingen was niet bekend uit welke gemeente")."""
    if says_not_known(asked.text):
        return None
    found = passage_answer(archive, asked)
    if found is None or found.answer is None:
        return None
    return found if says_not_known(found.answer.text) else None


def _none(archive, asked: Asked, reason: str) -> Answer:
    try:
        near = nearest(archive, asked)
    except Exception:  # the nearest passages are a courtesy; no index, no courtesy
        near = ()
    return Answer(asked.text, asked.kind, None, near, None, reason, "none")
