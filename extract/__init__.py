"""Pages → passages, tables, figures, Q&A and metadata.  Pure functions, no I/O.

>>> from ingest import Document, Page
>>> result = extract(Document("a.txt", "0" * 64, "text", (Page(1, "Monitor 2025.\\n\\nIn 2024 waren er 115 meldingen."),)))
>>> result.meta.doctype
'monitor'
"""

from __future__ import annotations

from dataclasses import replace

from ingest import Document

from .figures import read_figures
from .gc_pause import without_gc
from .letters import parse_letter
from .metadata import metadata
from .model import DocumentMeta, Dropped, Extraction, Figure, Letter, Passage, Question, Table, TableCell
from .passages import passages
from .tables import tables

# Bump when a change to extraction changes what a stored document would hold:
# `raadslens ingest` then extracts unchanged files again.
EXTRACTOR_VERSION = "15"

__all__ = [
    "DocumentMeta",
    "Dropped",
    "Extraction",
    "Figure",
    "Letter",
    "Passage",
    "Question",
    "Table",
    "TableCell",
    "DROPPED_NOTE",
    "EXTRACTOR_VERSION",
    "dropped_count",
    "extract",
    "prepare",
]


def prepare() -> None:
    """Load the language data extraction uses (tokenizer rules, phrase patterns, lookups, place names)
    now, so that a worker's first document is not charged for it (time limits per document)."""
    from . import nlp

    nlp.entities(["Rotterdam"])
    nlp.lexicon()


@without_gc  # allocation-heavy and free of reference cycles (extract/gc_pause.py)
def extract(document: Document, *, typed: bool = False) -> Extraction:
    """Everything raadslens knows how to extract from one document.

    ``typed``: the document is a draft someone wrote (``raadslens verify``), not an archive page
    that may be OCR noise: every number of its text is a figure (:func:`extract.figures.text_figures`).
    """
    meta = metadata(document)
    letter = letter_of(document, meta)
    if letter is not None:
        weak = meta.title_source in ("de eerste kop", "de bestandsnaam")  # no subject line of its own
        title = letter.field("Onderwerp") or (letter_title(letter) if weak else "") or meta.title
        meta = replace(meta, title=title, date=letter.date or meta.date)
    result = Extraction(meta=meta, passages=passages(document.pages), tables=tables(document), letter=letter)
    # figures last: they read the tables (and their row/column labels) of ``result``
    figures, dropped = read_figures(document.pages, result.meta, result.tables, typed=typed)
    warnings = (dropped_warning(dropped),) if dropped else ()
    return replace(result, figures=figures, dropped=dropped, warnings=result.warnings + warnings)


DROPPED_NOTE = "niet als cijfer gelezen"  # the words that mark a document's warning about dropped numbers


def dropped_count(warning: str) -> int:
    """How many numbers a warning of :func:`dropped_warning` says were left out (0 for other warnings).

    >>> dropped_count(dropped_warning((Dropped(3, "12", 0, "ocr_block"),))), dropped_count("iets anders")
    (1, 0)
    """
    head = warning.split(" ", 1)[0]
    return int(head) if DROPPED_NOTE in warning and head.isdigit() else 0


def dropped_warning(dropped: tuple[Dropped, ...]) -> str:
    """The Dutch line a document's report shows for the numbers the OCR-noise guard left out.

    >>> dropped_warning((Dropped(3, "12", 0, "ocr_block"), Dropped(5, "7", 9, "noise_near")))
    '2 getallen niet als cijfer gelezen (OCR-ruis of tabelregel) op pagina 3, 5'
    """
    pages = ", ".join(str(n) for n in sorted({d.page for d in dropped}))
    noun = "getal" if len(dropped) == 1 else "getallen"
    return f"{len(dropped)} {noun} {DROPPED_NOTE} (OCR-ruis of tabelregel) op pagina {pages}"


def letter_of(document: Document, meta: DocumentMeta) -> Letter | None:
    """The questions (and answers) of a council letter; None for other document types."""
    if meta.doctype not in ("beantwoording schriftelijke vragen", "schriftelijke vragen"):
        return None
    return parse_letter(document.pages, answers_expected=meta.doctype == "beantwoording schriftelijke vragen")


def letter_title(letter: Letter) -> str:
    """ "Onderwerp" of the letter, else "Schriftelijke vragen over <subject>"."""
    if letter.field("Onderwerp"):
        return letter.field("Onderwerp")
    return f"Schriftelijke vragen over {letter.subject}" if letter.subject else ""
