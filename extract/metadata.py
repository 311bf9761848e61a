"""Title, document type (with confidence and the evidence for it), date, covered year, organisation.

The type is scored from the table of ``extract/doctypes.py`` (cues in the
top lines, the first pages, the title and the file name); the confidence
says how clearly one type won, and ``doctype_evidence`` says in Dutch which
words decided it, so a weak guess is never silent.  The title is the
document's own subject line or heading (``extract/titles.py``; the file name
for phone screens, drawings and forms; the dossier's subject for a
Woo-besluit), the date its own date (``extract/docdates.py``).

>>> from ingest import Document, Page
>>> meta = metadata(Document("brief.txt", "0" * 64, "text", (Page(1, "Gemeente Rotterdam\\nDatum: 21 mei 2025\\n"
...     "Vraag 1:\\nHoeveel?\\nAntwoord:\\nTwaalf.\\nVraag 2:\\nWaarom?\\nAntwoord:\\nDaarom."),)))
>>> meta.doctype, meta.date, meta.municipality, meta.year
('beantwoording schriftelijke vragen', '2025-05-21', 'Rotterdam', 2025)
>>> mail = metadata(Document("3.FW_Locatieonderzoek.pdf.ocr", "0" * 64, "text", (Page(1, "From: Jan\\n"
...     "Sent: Fri, 11 Mar 2022 10:48:23 +0200\\nTo: Piet\\nSubject: FW: Locatieonderzoek Erotisch Centrum\\n\\nHoi,"),)))
>>> mail.title, mail.doctype, mail.date, mail.title_source
('Locatieonderzoek Erotisch Centrum', 'e-mail', '2022-03-11', 'onderwerp van de e-mail')
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ingest import Document

from .dates import parse_date
from .docdates import own_date
from .doctype import classify, start_of
from .doctypes import TYPE_NAMES
from .model import DocumentMeta
from .titles import from_file, hash_like, readable_name, title_of

# types whose first lines are a phone screen, a drawing, a form or the writer's name: the file name names them better
TITLE_FROM_FILE = frozenset({"chatbericht", "foto", "melding", "tekening", "raadsadres", "inspreekbijdrage"})
DOCTYPES = tuple(TYPE_NAMES)  # every type key, in the order of extract/doctypes.py
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_DOSSIER = re.compile(
    r"^(?:Dossier:\s*)?((?:Woo|Wob|WOB|WOO)[- ]?(?:deel)?besluit\b.*?)"
    r"\s*(?:\(?(\d{1,2}-\d{1,2}-\d{4})\)?)?\s*$",
    re.IGNORECASE,
)
_MUNICIPALITY = re.compile(
    r"\b(?:[Gg]emeente(?:raad)?|college van burgemeester en wethouders van)\s+"
    r"((?:Den |De |'s-|’s-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
)
_NOT_PLACES = {"Raad", "Heeft", "Ligt", "Is", "De", "Het", "Een", "Regio"}
_ORGANISATIONS = (
    r"Tweede Kamer der Staten-Generaal",
    r"Eerste Kamer der Staten-Generaal",
    r"Ministerie van [A-Z][\w ,-]+?(?=\n|$| Retouradres)",
    r"Rijksinstituut voor Volksgezondheid en Milieu",
    r"Kiesraad",
    r"Adviescollege ICT-toetsing",
    r"Politie",
    r"Regionaal Informatie- en Expertise Centrum[\w ]*",
)


def metadata(document: Document) -> DocumentMeta:
    """Title, type (with a confidence and evidence), date, covered year, organisation and municipality."""
    head = "\n".join(page.text for page in document.pages[:2])
    body = "\n".join(page.text for page in document.pages[:10])[:40000]
    start = start_of(head)
    title, title_source = title_of(head, document.file, document.pdf_title, start)
    doctype, confidence, evidence = classify(head, body, title, document.path)
    date, _ = own_date(head, document.file, start)
    if doctype in TITLE_FROM_FILE and not hash_like(from_file(document.file)):
        title, title_source = from_file(document.file), "de bestandsnaam"
    dossier = woo_dossier(document.path) if doctype == "woo-besluit" else None
    if dossier:
        title, title_source, date = dossier[0], "het Woo-dossier", date or dossier[1]
    elif doctype == "woo-besluit" and _besluit_heading(start):
        title, title_source = _besluit_heading(start), "de kop van het besluit"
    municipality = guess_municipality(body)
    return DocumentMeta(
        title=title,
        doctype=doctype,
        doctype_confidence=confidence,
        doctype_evidence=evidence,
        date=date,
        year=guess_year(title, head, document.file, doctype, date),
        organisation=guess_organisation(head, municipality),
        municipality=municipality,
        title_source=title_source,
    )


def _besluit_heading(start: str) -> str:
    """A Woo-besluit's own heading ("Woo-deelbesluit 'Digitale middelen' februari 2021")."""
    match = re.search(r"^\W{0,3}((?:Woo|Wob|WOB|WOO)[- ]?(?:deel)?besluit\b.{6,150})$", start, re.MULTILINE)
    return match.group(1).strip() if match else ""


def woo_dossier(path: str) -> tuple[str, str] | None:
    """The subject and date of the Woo dossier a besluit was published in, from its folder name.

    >>> woo_dossier("open.amsterdam/Dossier: Woo-besluit inzake kosten Erotisch Centrum (12-09-2023)/besluit.pdf")
    ('Woo-besluit inzake kosten Erotisch Centrum', '2023-09-12')
    >>> woo_dossier("raadsinformatie/brief.pdf") is None
    True
    """
    parts = readable_name(path).replace("\\", "/").split("/")
    match = _DOSSIER.match(parts[-2]) if len(parts) >= 2 else None
    if not match:
        return None
    return match.group(1).strip(" :-"), parse_date(match.group(2)) if match.group(2) else ""


def guess_doctype(text: str) -> tuple[str, float]:
    """The type and confidence from text alone (kept for callers of the first version).

    >>> guess_doctype("Vraag 1: Hoeveel?\\nAntwoord: 12.\\nVraag 2: Waarom?\\nAntwoord: Daarom.")[0]
    'beantwoording schriftelijke vragen'
    """
    doctype, confidence, _ = classify(text, text, "", "")
    return doctype, confidence


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
    """The municipality named most often as "gemeente X" / "gemeenteraad X", X one of the Dutch municipalities
    (an OCR'd letterhead reads "Gemeente Geprint door ...": the logo's "Amsterdam" was an image).

    >>> guess_municipality("Gemeente Geprint door de gemeente Amsterdam"), guess_municipality("Gemeente Geprint")
    ('Amsterdam', '')
    """
    known = _known_municipalities()
    names = [m for m in _MUNICIPALITY.findall(text) if m not in _NOT_PLACES and m in known]
    if not names:
        regio = re.search(r"\b(?i:regio|eenheid)\s+([A-Z][a-z]+)", text)
        return regio.group(1) if regio else ""
    return Counter(names).most_common(1)[0][0]


@lru_cache(maxsize=1)
def _known_municipalities() -> frozenset[str]:
    from .nlp import municipalities  # a data table (no spaCy import)

    names, aliases, _, _ = municipalities()
    return frozenset(names) | frozenset(aliases)


def guess_organisation(head: str, municipality: str) -> str:
    """The issuing body: a ministry, the Kamer, a named institute, else the municipality."""
    for pattern in _ORGANISATIONS:
        match = re.search(pattern, head[:800])
        if match:
            return re.sub(r"\s+", " ", match.group(0)).strip()
    return f"Gemeente {municipality}" if municipality else ""
