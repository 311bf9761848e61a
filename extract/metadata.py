"""Title and a first guess of the document type."""
from __future__ import annotations

import re

from ingest import Document

from .model import DocumentMeta

DOCTYPES = (
    "beantwoording schriftelijke vragen",
    "schriftelijke vragen",
    "monitor",
    "beleidskader",
    "raadsinformatiebrief",
    "raadsvoorstel",
    "overig",
)

_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def metadata(document: Document) -> DocumentMeta:
    """Title, type (with a confidence) and covered year of a document."""
    head = "\n".join(page.text for page in document.pages[:2])
    doctype, confidence = guess_doctype(head)
    title = guess_title(document, head)
    return DocumentMeta(title=title, doctype=doctype, doctype_confidence=confidence,
                        year=guess_year(title, head))


def guess_doctype(text: str) -> tuple[str, float]:
    """Score the types by cue words in the first pages.

    >>> guess_doctype("Vraag 1: Hoeveel?\\nAntwoord: 12.")[0]
    'beantwoording schriftelijke vragen'
    """
    low = text.lower()
    has_questions = bool(re.search(r"\bvraag\s*1\b", low))
    has_answers = bool(re.search(r"\bantwoord\b", low))
    if has_questions and has_answers:
        return "beantwoording schriftelijke vragen", 0.8
    if "schriftelijke vragen" in low and has_questions:
        return "schriftelijke vragen", 0.6
    if "monitor" in low[:2000]:
        return "monitor", 0.7
    if re.search(r"beleids(kader|plan)|\bbeleid\b", low[:2000]):
        return "beleidskader", 0.6
    if "raadsinformatiebrief" in low:
        return "raadsinformatiebrief", 0.7
    if re.search(r"raadsvoorstel|besluitenlijst", low):
        return "raadsvoorstel", 0.6
    return "overig", 0.3


def guess_title(document: Document, head: str) -> str:
    """The PDF's own title when it says something, else the first real line."""
    if document.pdf_title and len(document.pdf_title) > 5 and not document.pdf_title.lower().startswith(("microsoft", "untitled")):
        return document.pdf_title
    for line in head.split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        if sum(ch.isalpha() for ch in line) >= 8 and not line.lower().startswith(("pagina", "datum")):
            return line[:160]
    return document.file


def guess_year(title: str, text: str) -> int | None:
    """The year a document covers: first a year in its title, else the most frequent early year."""
    match = _YEAR.search(title)
    if match:
        return int(match.group(1))
    edition = re.search(r"editie\s+(20\d\d)", text, re.IGNORECASE)
    if edition:
        return int(edition.group(1))
    years = _YEAR.findall(text[:3000])
    return int(max(set(years), key=years.count)) if years else None
