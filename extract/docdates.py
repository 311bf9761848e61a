"""The document's own date: an e-mail's send date, a letter's "Datum", "Amsterdam, 12 maart 2024", a stamp.

Dates mentioned in the body are not the document's date; so the sources are
tried in the order of this module's ``SOURCES`` table and each only looks
where a document states its own date (the header fields, the top of the
first page, the file name).

>>> own_date("Van: Jan\\nVerzonden: vrijdag 20 april 2018 14:53\\nAan: Piet\\nOnderwerp: Diversen\\n")
('2018-04-20', 'verzenddatum van de e-mail')
>>> own_date("Retouradres: Postbus 202\\nDatum g augustus 2023\\nOnderwerp Advies\\nOp 15 februari 2023 ...")
('2023-08-09', "het veld 'Datum'")
>>> own_date("Sent: Fri, 11 Mar 2022 10:48:23 +0200")[0], own_date("", "15_20180709_verslag.pdf")[0]
('2022-03-11', '2018-07-09')
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import MONTHS, find_dates, parse_date

ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december")
_EN = {name[:3]: i + 1 for i, name in enumerate(ENGLISH_MONTHS)} | {name: i + 1 for i, name in enumerate(ENGLISH_MONTHS)}
_EN_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d\d)\b")
_EN_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b")
_SENT = re.compile(r"^\W{0,3}(?:sent|verzonden|date|datum)\s*:\s*(.{6,60})$", re.IGNORECASE | re.MULTILINE)
_FIELD = re.compile(r"^\W{0,3}(?:datum|datun|vergaderdatum|gemeld op|factuurdatum|voorgesteld|vastgesteld(?: op)?"
                    r"|datum/\s*(?:tijd|jd))\b[\s:\-_]*(.{1,40})$", re.IGNORECASE | re.MULTILINE)
_PLACE_DATE = re.compile(r"^\W{0,3}(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}),\s+(?:de\s+)?"
                         r"(\d{1,2}\s+[A-Za-zé]{3,10}\.?\s+(?:19|20)\d\d|\d{1,2}-\d{1,2}-(?:19|20)\d\d)", re.MULTILINE)
_STAMP = re.compile(r"(?<![\d])(\d\s?\d|\d)\s*(JAN|FEB|MRT|MAA|MAR|APR|MEI|MAY|JUN|JUL|AUG|SEP|OKT|OCT|NOV|DEC)[A-Z]*\.?,?"
                    r"\s+((?:19|20)\d\d)\b")
_STAMP_MONTHS = {"JAN": 1, "FEB": 2, "MRT": 3, "MAA": 3, "MAR": 3, "APR": 4, "MEI": 5, "MAY": 5, "JUN": 6, "JUL": 7,
                 "AUG": 8, "SEP": 9, "OKT": 10, "OCT": 10, "NOV": 11, "DEC": 12}
_OCR_DAY = re.compile(r"(?<![A-Za-z0-9])([0-9gOolIS]{1,2})\s*(?=(?:" + "|".join(MONTHS) + r")\b)", re.IGNORECASE)
_OCR_DIGITS = str.maketrans({"g": "9", "O": "0", "o": "0", "l": "1", "I": "1", "S": "5"})
_FILE_DATES = (re.compile(r"(?<!\d)((?:19|20)\d\d)[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])(?!\d)"),
               re.compile(r"(?<!\d)(0?[1-9]|[12]\d|3[01])[-_.](0?[1-9]|1[0-2])[-_.]((?:19|20)\d\d)(?!\d)"))
_DATE_LINE = re.compile(r"^\W{0,3}\d{1,2}\s+[A-Za-z]{3,10}\.?\s+(?:19|20)\d\d\W{0,3}$")
_EMAIL_TOP = re.compile(r"^\W{0,3}(?:from|van)\s*:", re.IGNORECASE)


def english_date(text: str) -> str:
    """An English date ("Fri, 11 Mar 2022", "Thursday, March 3, 2022") as ISO, or "".

    >>> english_date("Fri, 11 Mar 2022 10:48:23"), english_date("Thursday, March 3, 2022 4:30 PM")
    ('2022-03-11', '2022-03-03')
    """
    match = _EN_DAY_MONTH.search(text)
    if match and match.group(2).lower() in _EN:
        return _iso(int(match.group(3)), _EN[match.group(2).lower()], int(match.group(1)))
    match = _EN_MONTH_DAY.search(text)
    if match and match.group(1).lower() in _EN:
        return _iso(int(match.group(3)), _EN[match.group(1).lower()], int(match.group(2)))
    return ""


def repaired(value: str) -> str:
    """A field value with the OCR-misread day before a month name repaired ("g augustus" → "9 augustus").

    >>> repaired("g augustus 2023"), repaired("_gjuli 2018")
    ('9 augustus 2023', '_9 juli 2018')
    """
    return _OCR_DAY.sub(lambda m: m.group(1).translate(_OCR_DIGITS) + " ", value)


def _email(start: str, file: str) -> str:
    lines = [line for line in start.split("\n") if line.strip()]
    if not any(_EMAIL_TOP.match(line) for line in lines[:5]):
        return ""
    for match in _SENT.finditer(start):
        found = parse_date(match.group(1)) or english_date(match.group(1))
        if found:
            return found
    return ""


def _field(head: str, file: str) -> str:
    for match in _FIELD.finditer(head[:6000]):
        found = parse_date(repaired(match.group(1))) or english_date(match.group(1))
        if found:
            return found
    return ""


def _place_date(head: str, file: str) -> str:
    match = _PLACE_DATE.search(head[:4000])
    return parse_date(match.group(1)) if match else ""


def _stamp(start: str, file: str) -> str:
    for match in _STAMP.finditer(start):
        found = _iso(int(match.group(3)), _STAMP_MONTHS[match.group(2)], int(match.group(1).replace(" ", "")))
        if found:
            return found
    return ""


def _date_line(head: str, file: str) -> str:
    for line in head.split("\n")[:80]:
        if _DATE_LINE.match(line):
            return parse_date(line)
    return ""


def _top(start: str, file: str) -> str:
    dates = find_dates(start)
    return dates[0].iso if dates else english_date(start)


def file_date(file: str) -> str:
    """A date in a file name ("15_20180709_verslag.pdf", "Klacht_22_11_2019.pdf"), or "".

    >>> file_date("15_20180709_0_verslag.pdf"), file_date("Bijlage_2._Klacht_22_11_2019.pdf"), file_date("nota 2021.pdf")
    ('2018-07-09', '2019-11-22', '')
    """
    match = _FILE_DATES[0].search(file)
    if match:
        return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _FILE_DATES[1].search(file)
    return _iso(int(match.group(3)), int(match.group(2)), int(match.group(1))) if match else ""


def _file(start: str, file: str) -> str:
    return file_date(file)


# (where the date comes from, in Dutch; the function; which text it reads: "start" = the top lines, "head" = first pages)
SOURCES = (
    ("verzenddatum van de e-mail", _email, "start"),
    ("het veld 'Datum'", _field, "head"),
    ("plaats en datum ('Amsterdam, 12 maart 2024')", _place_date, "head"),
    ("een datumstempel", _stamp, "start"),
    ("een datum bovenaan de eerste pagina", _top, "start"),
    ("een datum op een eigen regel", _date_line, "head"),
    ("de datum in de bestandsnaam", _file, "start"),
)


def own_date(head: str, file: str = "", start: str | None = None) -> tuple[str, str]:
    """(ISO date, where it came from in Dutch) of the document itself; ("", "") when it states none."""
    if start is None:
        start = "\n".join([line for line in head.split("\n") if line.strip()][:15])
    texts = {"start": start, "head": head}
    for why, source, where in SOURCES:
        found = source(texts[where], file)
        if found:
            return found, why
    return "", ""


def _iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""
