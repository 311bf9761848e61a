"""Search units for council letters: one per question (with its answer) and one for the header.

Question units carry facets ``portefeuillehouder=``, ``party=`` and
``asker=`` (lower case, commas removed) so that searches can be narrowed to
them; the header unit holds the kenmerken, so "25bb002418" finds the letter.
"""

from __future__ import annotations

import re
from typing import Iterator

from search.index.engine import SearchUnit
from search.read.letters import letter, stored_question
from search.store.db import Store


def facet(name: str, value: str) -> str:
    """A facet term: ``facet("party", "PvdA") == "party=pvda"``.

    >>> facet("asker", "Van Weyenberg, Romke de Jong en Kat")
    'asker=van weyenberg romke de jong en kat'
    """
    cleaned = re.sub(r"[,\s]+", " ", value).strip().lower()
    return f"{name}={cleaned}"


def letter_units(store: Store, doc) -> Iterator[SearchUnit]:
    found = letter(store, doc["id"])
    if found is None:
        return
    from search.index.units import years_in  # units imports this module

    asked_year = found.year
    facets = [f"file={doc['file']}"] + [
        facet(name, value)
        for name, value in (
            ("portefeuillehouder", found.portefeuillehouder),
            ("party", found.party),
            ("asker", found.asker),
        )
        if value
    ]
    header = "\n".join(
        [found.title] + [f"{k}: {v}" for k, v in found.fields] + [found.asker, found.party, found.signature]
    )
    yield SearchUnit(
        id=f"l{doc['id']}",
        doc_id=doc["id"],
        kind="letter",
        page=1,
        text=header,
        doctype=doc["doctype"],
        years=years_in("", asked_year or doc["year"]),
        facets=tuple(facets),
    )
    for question in found.questions:
        text = f"{question.text}\n{question.answer}"
        years = years_in(text, doc["year"]) + ((asked_year,) if asked_year else ())
        yield SearchUnit(
            id=f"q{question.id}",
            doc_id=doc["id"],
            kind="question",
            page=question.page or 1,
            text=text,
            doctype=doc["doctype"],
            years=tuple(sorted(set(years))),
            facets=tuple(facets),
        )


def letter_unit_text(store: Store, unit_id: str) -> tuple[str, str] | None:
    """The text and kind of a question or letter unit, looked up in the store."""
    if unit_id.startswith("q"):
        question = stored_question(store, int(unit_id[1:]))
        return (
            (f"Vraag {question.number}: {question.text}\nAntwoord: {question.answer}", "question") if question else None
        )
    if unit_id.startswith("l"):
        found = letter(store, int(unit_id[1:]))
        return ("; ".join(f"{k}: {v}" for k, v in found.fields) or found.title, "letter") if found else None
    return None
