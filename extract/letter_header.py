"""The parts of a letter around its questions: header fields, who asked when, introduction, signature.

>>> from extract.letter_text import Line
>>> fields, rest = header_fields([Line(1, "Onderwerp: Mensenhandel en veiligheid voor vrouwen -"),
...     Line(1, "hoe staat Rotterdam ervoor"), Line(1, "Uw kenmerk: 25bb002418"), Line(1, "Geachte raad,")])
>>> fields, [l.text for l in rest]
((('Onderwerp', 'Mensenhandel en veiligheid voor vrouwen - hoe staat Rotterdam ervoor'), ('Uw kenmerk', '25bb002418')), ['Geachte raad,'])
>>> asker_party_date("Op 3 april 2025 stelde S. Reitema (PvdA) het college schriftelijke vragen over Veiligheid?")
('S. Reitema', 'PvdA', '2025-04-03', 'Veiligheid?')
"""

from __future__ import annotations

import re

from .dates import find_dates, parse_date
from .letter_qa import join
from .letter_text import Line

# (canonical name, pattern of the printed key, colon required)
_KEYS = (
    ("Onderwerp", r"Onderwerp|Betreft", False),
    ("Cluster", r"Cluster", False),
    ("Portefeuillehouder", r"Portefeuillehouder(?:\(s\)|s)?", False),
    ("Portefeuille", r"Portefeuille(?:\(s\)|s)?", False),
    ("Behandeld door", r"Behandeld door", False),
    ("Van", r"Van", True),
    ("Aan", r"Aan", True),
    ("Telefoon", r"Telefoon(?:nummer)?", False),
    ("Uw kenmerk", r"Uw kenmerk", False),
    ("Ons kenmerk", r"Ons kenmerk", False),
    ("Kenmerk", r"Kenmerk", False),
    ("Volgnummer", r"Volgnummer", False),
    ("Datum", r"Datum|Datun", False),
)
_FIELD = [(name, re.compile(rf"^\s*(?:{pattern})\s*(:)?\s*(.*)$")) for name, pattern, _ in _KEYS]
_COLON_REQUIRED = {name for name, _, needed in _KEYS if needed}

_NAME_PARTY = re.compile(
    r"(?:stelde|raadslid|raadsleden|het lid|de leden|door|gesteld door)\s+"
    r"(?P<name>[A-Z][^()]{0,60}?)\s*\((?:allen\s+|beiden\s+)?(?!ingezonden|ontvangen|\d+\))(?P<party>[^()]{2,30})\)"
)
_NAME_ONLY = re.compile(
    r"(?:het lid|de leden|raadslid|raadsleden)(?:\s+van\s+de\s+[a-z]+)?\s+(?P<name>[A-Z][\w.'’ -]*?)(?=\s+(?:inzake|over|van)\b|[,.(]|$)"
)
_FRACTION = re.compile(r"(?:namens de fractie van|de fractie van)\s+(?:de\s+)?(?P<party>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)")
_SUBJECT = re.compile(
    r"\b(?:over|inzake)\s+(?:het onderwerp\s+)?(?P<subject>.+?)(?:\s+\((?:ingezonden|ontvangen)|(?<=\?)|\.\s|\.$|$)"
)
_ANSWERED_BY = re.compile(r"Antwoord van\s+(?P<who>[^()]+(?:\([^()]*\))?)")
_RECEIVED = re.compile(r"\((?:ingezonden)\s+([^)]*)\)")
_INTRO_CUES = re.compile(
    r"^\s*(Inleidend wordt gesteld|Toelichting|Inleiding)\b[^:]*:?\s*|^.*\btoelichting:\s*$", re.IGNORECASE
)
_BOILERPLATE = re.compile(
    r"^\s*(Hieronder volgen|Aan de gemeenteraad|Aan het college|Geachte|Het college kan de gestelde vragen|"
    r"Onderstaand treft|Gemeente\b|>\s*<?\s*Gemeente|Raadsinformatiebrief|"
    r"Beantwoording schriftelijke vragen|Schriftelijke vragen\s*$|Amsterdam\s*$)",
    re.IGNORECASE,
)


def header_fields(lines: list[Line]) -> tuple[tuple[tuple[str, str], ...], list[Line]]:
    """Header fields ("Uw kenmerk: 25bb002418") and the other lines, in order."""
    fields: list[list[str]] = []
    rest: list[Line] = []
    last_was_field = False
    for line in lines:
        found = _field(line.text)
        if found:
            fields.append(list(found))
            last_was_field = True
        elif last_was_field and line.text.strip()[:1].islower():
            fields[-1][1] = join([fields[-1][1], line.text])
        else:
            rest.append(line)
            last_was_field = False
    return tuple((k, v) for k, v in fields if v), rest


def _field(text: str) -> tuple[str, str] | None:
    for name, pattern in _FIELD:
        match = pattern.match(text)
        if not match:
            continue
        if name in _COLON_REQUIRED and not match.group(1):
            return None
        if not match.group(1) and (not match.group(2) or match.group(2)[:1].islower() and name != "Datum"):
            return None  # "Onderwerp van gesprek ..." is prose, not a field
        return name, match.group(2).strip().rstrip(",;")
    return None


def asker_party_date(text: str) -> tuple[str, str, str, str]:
    """Who asked (name, party), when (ISO) and about what, from the sentence that says so."""
    for pattern in (_NAME_PARTY, _NAME_ONLY):
        for found in pattern.finditer(text):
            window = text[max(0, found.start() - 120) : found.end() + 250]
            if re.search(r"\s(inzake|over)\s", found.group("name")) or not re.search(
                r"\bvragen\b|\bgesteld\b|\bstelde\b", window, re.IGNORECASE
            ):
                continue
            party = found.groupdict().get("party") or _fraction(text)
            return (
                _tidy_name(found.group("name")),
                (party or "").strip(),
                _asked_on(text, found),
                _subject(text[found.end() : found.end() + 300]),
            )
    return "", _fraction(text), "", ""


def _asked_on(text: str, found: re.Match) -> str:
    """The date next to the asking sentence: "(ingezonden 3 juni 2021)" or "Op 3 april 2025 stelde"."""
    after = text[found.end() : found.end() + 300]
    received = _RECEIVED.search(after)
    if received and parse_date(received.group(1)):
        return parse_date(received.group(1))
    before = find_dates(text[max(0, found.start() - 160) : found.start()])
    if before:
        return before[-1].iso
    dates = find_dates(after[:160])
    return dates[0].iso if dates else ""


def _subject(after: str) -> str:
    match = _SUBJECT.search(after)
    if not match:
        return ""
    return re.split(r"\s+(?:Aan (?:het|de)|Toelichting|Geachte|Inleiding)\b", match.group("subject"))[0].strip()[:200]


def _fraction(text: str) -> str:
    match = _FRACTION.search(text)
    return match.group("party") if match else ""


def _tidy_name(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^(?:het lid|de leden)\s+", "", name)).strip(" ,")


def answered_by(text: str) -> str:
    """The minister of a Kamervragen answer: "Antwoord van Minister Koolmees (...)"."""
    match = _ANSWERED_BY.search(text)
    return re.sub(r"\s+", " ", match.group("who")).strip() if match else ""


def introduction(lines: list[Line], asking: str) -> str:
    """The questioner's introduction: after "Inleidend wordt gesteld:" / "Toelichting", else the free text."""
    texts = [l.text for l in lines if not _BOILERPLATE.match(l.text)]
    start = next((i for i, t in enumerate(texts) if _INTRO_CUES.match(t)), None)
    if start is not None:
        texts = [_INTRO_CUES.sub("", texts[start])] + texts[start + 1 :]
    body = join(texts)
    key = asking[-60:]
    if key and key in body:
        body = body.split(key, 1)[1]
    body = re.sub(r"\s*(?:Hieronder volgen|Het college kan de gestelde vragen|Onderstaand treft)[^.:]*[.:]", "", body)
    body = re.sub(r"\s*Gezien de aard van de vragen[^.]*\.", "", body)
    body = re.sub(r"\s*Antwoord van [^()]*(?:\([^()]*\))?\s*(?:\(ontvangen[^)]*\))?\.?", "", body)
    return re.split(r"\s*Gezien het vorenstaande\b", body)[0].strip()


def signature(lines: list[Line]) -> tuple[str, str]:
    """The closing block as (signature, submitter): "De burgemeester, C.J. Schouten"."""
    texts = [l.text.strip() for l in lines if l.text.strip()]
    texts = [t for t in texts if not re.match(r"^(Wij verwachten|Ik verwacht|Met vriendelijke groet|Hoogachtend)", t)]
    if texts and texts[0].lower().startswith("indiener"):
        return "", ", ".join(t.rstrip(",") for t in texts[1:])
    return ", ".join(t.rstrip(",") for t in texts), ""
