"""Pages → passages, tables, figures, Q&A and metadata.  Pure functions, no I/O.

>>> from ingest import Document, Page
>>> result = extract(Document("a.txt", "0" * 64, "text", (Page(1, "Monitor 2025.\\n\\nIn 2024 waren er 115 meldingen."),)))
>>> result.meta.doctype
'monitor'
"""
from __future__ import annotations

from dataclasses import replace

from ingest import Document

from .figures import extract_figures
from .metadata import metadata
from .model import DocumentMeta, Extraction, Figure, Letter, Passage, Question, Table, TableCell
from .passages import passages

__all__ = [
    "DocumentMeta", "Extraction", "Figure", "Letter", "Passage", "Question", "Table", "TableCell",
    "extract",
]


def extract(document: Document) -> Extraction:
    """Everything raadslens knows how to extract from one document."""
    meta = metadata(document)
    result = Extraction(meta=meta, passages=passages(document.pages))
    # figures last: they read the tables (and their row/column labels) of ``result``
    return replace(result, figures=extract_figures(document.pages, result.meta, result.tables))
