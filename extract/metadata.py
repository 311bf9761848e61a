"""Title, document type (with confidence and the evidence for it), date, covered year, organisation.

The type is scored from cues in the text, the title and the file name; the
confidence says how clearly one type won, and ``doctype_evidence`` says in
Dutch why, so a weak guess is never silent.

>>> from ingest import Document, Page
>>> meta = metadata(Document("brief.txt", "0" * 64, "text", (Page(1, "Gemeente Rotterdam\\nDatum: 21 mei 2025\\n"
...     "Vraag 1:\\nHoeveel?\\nAntwoord:\\nTwaalf.\\nVraag 2:\\nWaarom?\\nAntwoord:\\nDaarom."),)))
>>> meta.doctype, meta.date, meta.municipality, meta.year
('beantwoording schriftelijke vragen', '2025-05-21', 'Rotterdam', 2025)
"""
from __future__ import annotations

import re
from collections import Counter

from ingest import Document

from .dates import find_dates, parse_date
from .doctype import classify
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

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_DATUM = re.compile(r"\b(?:Datum|Datun|Vergaderdatum)\s*:?\s*(.{6,30})")
_MUNICIPALITY = re.compile(r"\b(?:[Gg]emeente(?:raad)?|college van burgemeester en wethouders van)\s+"
                           r"((?:Den |De |'s-|’s-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_NOT_PLACES = {"Raad", "Heeft", "Ligt", "Is", "De", "Het", "Een", "Regio"}
_ORGANISATIONS = (
    r"Tweede Kamer der Staten-Generaal", r"Eerste Kamer der Staten-Generaal", r"Ministerie van [A-Z][\w ,-]+?(?=\n|$| Retouradres)",
    r"Rijksinstituut voor Volksgezondheid en Milieu", r"Kiesraad", r"Adviescollege ICT-toetsing", r"Politie",
    r"Regionaal Informatie- en Expertise Centrum[\w ]*",
)


def metadata(document: Document) -> DocumentMeta:
    """Title, type (with a confidence and evidence), date, covered year, organisation and municipality."""
    head = "\n".join(page.text for page in document.pages[:2])
    body = "\n".join(page.text for page in document.pages[:10])[:40000]
    title = guess_title(document, head)
    doctype, confidence, evidence = classify(head, body, title, document.path)
    date = guess_date(head)
    municipality = guess_municipality(body)
    return DocumentMeta(title=title, doctype=doctype, doctype_confidence=confidence, doctype_evidence=evidence,
                        date=date, year=guess_year(title, head, document.file, doctype, date),
                        organisation=guess_organisation(head, municipality), municipality=municipality)


def guess_doctype(text: str) -> tuple[str, float]:
    """The type and confidence from text alone (kept for callers of the first version).

    >>> guess_doctype("Vraag 1: Hoeveel?\\nAntwoord: 12.\\nVraag 2: Waarom?\\nAntwoord: Daarom.")[0]
    'beantwoording schriftelijke vragen'
    """
    doctype, confidence, _ = classify(text, text, "", "")
    return doctype, confidence


def guess_title(document: Document, head: str) -> str:
    """The PDF's own title when it says something, else the first title-like line, else the file name."""
    pdf_title = document.pdf_title.strip()
    if len(pdf_title) > 5 and not pdf_title.lower().startswith(("microsoft", "untitled")) and _told_by(pdf_title, head):
        return pdf_title
    subject = re.search(r"^\s*(?:Onderwerp|Betreft)\s*:?[ \t]+(\S.{8,}?)\s*$", head, re.MULTILINE)
    if subject:
        return subject.group(1)[:160]
    for line in head.split("\n")[:15]:
        line = re.sub(r"\s+", " ", line).strip(" >|<")
        if _title_like(line) and len(line) <= 120 \
                and not line.lower().startswith(("pagina", "datum", "retouradres", "gemeente")) \
                and not line.endswith((",", ";", ":")):
            return line[:160]
    return _from_file(document.file)


def _title_like(line: str) -> bool:
    """Two or more real words, starting with a capital: not "Amsterdam", not OCR debris."""
    words = re.findall(r"[^\W\d_]+", line)
    long_words = [w for w in words if len(w) >= 4]
    return line[:1].isupper() and len(words) >= 2 and "Gemeente" not in words[:3] and len(long_words) >= 2 and \
        sum(ch.isalpha() for ch in line) >= 8 and sum(len(w) for w in words) / len(words) >= 3.5


def _told_by(title: str, head: str) -> bool:
    """Does the text bear the PDF title out?  Stale titles of reused templates do not."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]{4,}", title)]
    text = head.lower()
    return bool(words) and sum(w in text for w in words) / len(words) >= 0.6


def _from_file(file: str) -> str:
    stem = re.sub(r"\.(pdf|txt|md|ocr)$", "", file, flags=re.IGNORECASE)
    stem = re.sub(r"\.(pdf|txt|ocr)$", "", stem, flags=re.IGNORECASE)
    stem = re.sub(r"^\d+\s*-\s*", "", stem)  # "4 - Raadsbesluit ..." (a number from an export)
    stem = re.sub(r"\s+", " ", re.sub(r"[-_]+", " ", stem)).strip()
    return stem[:1].upper() + stem[1:] if stem else file


def guess_date(head: str) -> str:
    """The document's own date: a "Datum" field, else the first date on the first pages."""
    for match in _DATUM.finditer(head):
        found = parse_date(match.group(1))
        if found:
            return found
    dates = find_dates(head[:3000])
    return dates[0].iso if dates else ""


def guess_year(title: str, text: str, file: str = "", doctype: str = "", date: str = "") -> int | None:
    """The year a document covers: the year in its title or edition ("Monitor 2025"), its file name,
    the year of a letter's date, else the most frequent early year (the latest of equally frequent ones,
    so the answer never depends on set order).

    >>> guess_year("Mensenhandelmonitor 2025", "In 2023 en 2024 ..."), guess_year("", "", "monitor-2020.pdf")
    (2025, 2020)
    >>> guess_year("", "In 2023 en 2024; sinds 2023 en 2024")
    2024
    """
    match = _YEAR.search(title)
    if match:
        return int(match.group(1))
    edition = re.search(r"editie\s+(20\d\d)", text, re.IGNORECASE)
    if edition:
        return int(edition.group(1))
    if date and doctype not in ("monitor", "beleidskader"):
        return int(date[:4])
    match = _YEAR.search(file)
    if match:
        return int(match.group(1))
    return most_frequent_year(_YEAR.findall(text[:3000]))


def most_frequent_year(years: list[str]) -> int | None:
    """The most frequent year; among equally frequent ones the latest (a report looks back on earlier years).

    >>> most_frequent_year(["2019", "2021", "2019", "2021", "2020"]), most_frequent_year([])
    (2021, None)
    """
    if not years:
        return None
    counts = Counter(int(y) for y in years)
    return max(counts, key=lambda year: (counts[year], year))


def guess_municipality(text: str) -> str:
    """The municipality named most often as "gemeente X" / "gemeenteraad X"."""
    names = [m for m in _MUNICIPALITY.findall(text) if m not in _NOT_PLACES]
    if not names:
        regio = re.search(r"\b(?i:regio|eenheid)\s+([A-Z][a-z]+)", text)
        return regio.group(1) if regio else ""
    return Counter(names).most_common(1)[0][0]


def guess_organisation(head: str, municipality: str) -> str:
    """The issuing body: a ministry, the Kamer, a named institute, else the municipality."""
    for pattern in _ORGANISATIONS:
        match = re.search(pattern, head[:800])
        if match:
            return re.sub(r"\s+", " ", match.group(0)).strip()
    return f"Gemeente {municipality}" if municipality else ""
