"""The title a person would write: the document's own subject line or heading, never a header or a body sentence.

Sources, tried in the order of ``SOURCES``: an e-mail's subject, a printed
web page's title, the subject field of a letter ("Onderwerp", "Betreft",
"Inzake"), the PDF's own title when the text bears it out, the first
heading on the first page, and last the file name.  A candidate is refused
when it is an e-mail or letterhead line, OCR debris, a hash or a sentence
running on into the next line.

>>> title_of("Van: Jan\\nVerzonden: vrijdag 20 april 2018\\nAan: Piet\\nOnderwerp: RE: Uitkomst BT\\n\\nDank.", "x.pdf")
('Uitkomst BT', 'onderwerp van de e-mail')
>>> title_of("Bezoekadres\\nPostbus 202\\nDatum 18 mei 2021\\nOnderwerp Beslissing op uw verzoek d.d. 29 maart\\n2021.\\n"
...          "Geachte heer,", "besluit.pdf")
('Beslissing op uw verzoek d.d. 29 maart 2021.', "het veld 'Onderwerp'")
>>> title_of("Deze monitor geeft een gedeeltelijk beeld van de aard en omvang van mensenhandel in de regio\\n"
...          "in 2024. Het betreft een gedeeltelijk beeld omdat", "mensenhandelmonitor-2024-regio-rotterdam.pdf")
('Mensenhandelmonitor 2024 regio rotterdam', 'de bestandsnaam')
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_TITLE = 200
_EMAIL_TOP = re.compile(r"^\W{0,3}(?:from|van)\s*:", re.IGNORECASE)
_HEADER_FIELD = re.compile(
    r"^\W{0,3}(?:from|van|to|aan|cc|bcc|sent|verzonden|datum|date|subject|onderwerp|bijlagen?"
    r"|attachments|importance|urgentie|categories|opvolgingsvlag|vlagstatus|kopie)\s*:",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"^\W{0,3}(?:subject|onderwerp)\s*:\s*(.*)$", re.IGNORECASE)
_REPLY = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|antw|tr|doorst)\s*:\s*|\s*[_\-–]+\s+)+", re.IGNORECASE)
_WEB_PRINT = re.compile(
    r"^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?:\s*[AP]M)?\s+(.+?)\s+[-–]\s+"
    r"(?:Gemeente|Kalender)\s+\w+\s*$"
)
_FIELD = re.compile(r"^\W{0,3}(?:Onderwerp|Betreft|Inzake|ONDERWERP|BETREFT|INZAKE)\b\s*:?[ \t]*(.*)$")
_LETTERHEAD = re.compile(
    r"\b(?:postbus|bezoekadres|retouradres|postadres|telefoon|tel\.|fax|e-?mail|www\.|http|kvk|iban|btw|b\.v\.|n\.v\."
    r"|behandeld door|ons kenmerk|uw kenmerk|kenmerk|bijlage\(n\)|contactpersoon|pagina \d|page \d|geprint door"
    r"|datum|aan de leden|portefeuille|inhoudsopgave|inhoud|geachte|beste|dear|met vriendelijke groet|groeten|hoogachtend"
    r"|printdatum|vergaderdatum|adres|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|@|\.nl\b|\bhome\s*>|>>|\d:\d\d|\b(?:ministerie van|directoraat|rijksinstituut)\b"
    r"|^\W*(?:gemeente|directie|afdeling|stadsdeel|tweede kamer|eerste kamer|aan|van|cc|opgesteld door)\b",
    re.IGNORECASE,
)
_OPEN_END = re.compile(
    r"\b(?:de|het|een|en|van|in|op|voor|te|met|aan|die|dat|als|of|om|tot|bij|door|naar|nog|we|wij|"
    r"er|niet|ook|zijn|is|onze|ons|uw|hun|deze|dit|ik|je|jij|u|over|tegen|onder|zoals|omdat|waarin|wordt|the|of|"
    r"and|to|for|a|da)\W*$",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"\b(?:is|zijn|wordt|worden|werd|werden|heeft|hebben|had|kan|kunnen|zal|zullen|moet|moeten|"
    r"was|waren|geeft|gaat|komt)\b",
    re.IGNORECASE,
)
_PLACE_LINE = re.compile(
    r"^(?:Amsterdam|Rotterdam|Den Haag|'s-Gravenhage|Utrecht|Heerlen|Den Helder)\b,?"
    r"(?:\s+\S+){0,3}$|^[A-Z][\w'’-]+,\s+\d|^[A-Z][\w'’-]+\s+\S{0,2}\d{1,2}\s*[a-z]{3,10}\.?\s+\S*\d{2,4}$"
)  # "Amsterdam 5 oktober 2021": a place and a date
_HASH = re.compile(r"^[0-9a-f]{12,}$", re.IGNORECASE)
_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*[._\s-]+(?:space\s*-\s*|[A-Z]\s*-\s*\d+\s+)?)+", re.IGNORECASE)


def _lines(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in text.split("\n") if line.strip()]


@lru_cache(maxsize=1)
def _known():
    from .nlp import known_word  # the lemma lookups: loaded once per worker (extract.prepare)

    return known_word


def readable(line: str) -> bool:
    """Real words, mostly: not OCR debris ("Peat ette eene [8"), not a row of initials.

    >>> readable("Uitkomsten locatieonderzoek Erotisch Centrum"), readable("EN EE ernsterdlarm nl> AN")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+", line)
    if not words or sum(ch.isalpha() for ch in line) < 0.55 * len(line):
        return False
    long_words = [w for w in words if len(w) >= 3]
    if len(long_words) < max(1, len(words) // 2):
        return False
    known = _known()
    return sum(1 for w in long_words if known(w)) >= max(1, 0.5 * len(long_words))


def says_something(subject: str) -> bool:
    """A subject line with at least one real word ("Inzage in dossier 24415, SIA-877182"), not debris ("rn,").

    >>> says_something("Inzage in dossier 24415, SIA-877182"), says_something("rn,"), says_something("Diversen")
    (True, False, True)
    """
    words = [w for w in re.findall(r"[^\W\d_]{2,}", subject) if not (len(w) <= 3 and w.isupper())]  # redactions
    known = _known()
    return sum(1 for w in words if len(w) >= 4 and known(w)) >= 1 and sum(len(w) >= 3 for w in words) >= len(words) / 2


def good_title(line: str) -> bool:
    """A heading a person would accept as a title: two real words or more, no header or letterhead line.

    >>> good_title("Locatie Erotisch Centrum"), good_title("From: “'atze"), good_title("Versie 1, juli 2021")
    (True, False, False)
    """
    line = line.strip()
    words = re.findall(r"[^\W\d_]{2,}", line)
    return (
        2 <= len(words)
        and len(line) <= MAX_TITLE
        and sum(len(w) >= 4 for w in words) >= 2
        and not _HEADER_FIELD.match(line)
        and not _LETTERHEAD.search(line)
        and not _HASH.match(line)
        and not re.match(r"^(?:versie|version|concept|pagina|page|datum)\b", line, re.IGNORECASE)
        and readable(line)
    )


def _clean(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip(" \t|>_-–—:;,")
    return title[:MAX_TITLE]


def email_subject(start: str, head: str) -> str:
    """The subject of an e-mail that starts the document (the first readable one of a forwarded chain)."""
    lines = _lines(start)
    if not any(_EMAIL_TOP.match(line) for line in lines[:5]):
        return ""
    all_lines = _lines(head)
    for i, line in enumerate(all_lines[:120]):
        match = _SUBJECT.match(line)
        if not match:
            continue
        subject = match.group(1)
        follow = all_lines[i + 1] if i + 1 < len(all_lines) else ""
        if _continues(subject, follow) and len(subject) >= 50 and len(follow.split()) >= 2:
            subject = f"{subject} {follow}"
        subject = _clean(_REPLY.sub("", subject))
        if says_something(subject):
            return subject
    return ""


def web_title(start: str) -> str:
    """The title in a printed web page's header ("3/4/24, 11:16 PM Titel - Gemeente Amsterdam")."""
    for line in _lines(start)[:2]:
        match = _WEB_PRINT.match(line)
        if match:
            return _clean(match.group(1))
    return ""


def subject_field(head: str) -> str:
    """A letter's "Onderwerp"/"Betreft"/"Inzake" (the value may wrap onto one more line or stand below the label)."""
    lines = _lines(head)[:80]
    for i, line in enumerate(lines):
        match = _FIELD.match(line)
        if not match or _SUBJECT.match(line) and i < 8 and any(_EMAIL_TOP.match(x) for x in lines[:5]):
            continue
        value = match.group(1)
        rest = lines[i + 1 : i + 3]
        if not value.strip() and rest:  # "Onderwerp" on a line of its own, the subject below it
            value, rest = rest[0], rest[1:]
            if _LETTERHEAD.search(value) or _FIELD.match(value) or _HEADER_FIELD.match(value):
                continue
        if rest and _continues(value, rest[0]):
            value = f"{value} {rest[0]}"
        value = _clean(value)
        if says_something(value) and not _HEADER_FIELD.match(value):
            return value
    return ""


def _continues(value: str, follow: str) -> bool:
    """Does ``follow`` finish the subject line ``value`` ("... d.d. 29 maart" + "2021.")?"""
    if not follow or _FIELD.match(follow) or _HEADER_FIELD.match(follow) or len(follow) > 90:
        return False
    if re.match(r"^(?:geachte|beste|dear|bijlage|datum|ons|uw|kenmerk)\b", follow, re.IGNORECASE):
        return False
    return (
        len(value) >= 30 and not value.rstrip().endswith((".", "?", "!")) and bool(re.match(r"^[a-z0-9(“\"'‘]", follow))
    )


def pdf_title(title: str, head: str) -> str:
    """The PDF's own title when it says something and the text bears it out (stale template titles do not)."""
    title = title.strip()
    if len(title) <= 5 or title.lower().startswith(("microsoft", "untitled", "toelichting invullen")):
        return ""
    words = [w.lower() for w in re.findall(r"[^\W\d_]{4,}", title)]
    text = head.lower()
    return _clean(title) if words and sum(w in text for w in words) / len(words) >= 0.6 else ""


def heading(start: str) -> str:
    """The first heading on the first page: a title-like line that does not run on as a sentence
    (a heading wrapped onto a second line is joined)."""
    lines = [line.strip(" |<>") for line in _lines(start)]
    for i, line in enumerate(lines):
        follow = lines[i + 1] if i + 1 < len(lines) else ""
        after = lines[i + 2] if i + 2 < len(lines) else ""
        previous = lines[i - 1] if i else ""
        if (
            not good_title(line)
            or not line[:1].isupper()
            or re.match(r"^\d+\s", line)
            or _PLACE_LINE.match(line)
            or line.count("|") >= 1
            or re.search(r"\w!\S|[a-z][A-Z]", line)
        ):
            continue
        if (
            len(previous) >= 60
            and not previous.endswith((".", ":", "?", "!"))
            or re.search(r"\b(?:door|by)\s*:?$", previous, re.IGNORECASE)
        ):
            continue  # the rest of a sentence from the line above, or the author under "Opgesteld door"
        wrapped = f"{line} {follow}"
        if (
            len(line) >= 45
            and follow[:1].islower()
            and (follow.endswith(")") or after[:1].isupper())
            and len(wrapped) <= MAX_TITLE
            and not _VERB.search(wrapped)
            and not _OPEN_END.search(follow)
            and not _OPEN_END.search(line)
            and wrapped.count(",") <= 1
        ):
            return _clean(wrapped)
        if _sentence(line, follow):
            continue
        return _clean(line)
    return ""


def _sentence(line: str, follow: str) -> bool:
    """A line of running text: long and carried on by the next line, or a full sentence."""
    words = line.split()
    if len(line) >= 45 and follow and (follow[:1].islower() or follow[:1].isdigit()) and len(follow) >= 30:
        return True
    if (
        len(words) > 14
        or _OPEN_END.search(line)
        or re.search(r"\w[.?!] [A-Z]", line)
        or line.count(",") >= 2
        and len(words) >= 8
    ):
        return True
    if len(words) >= 8 and _VERB.search(line):
        return True
    return line.endswith((".", ",", ";")) and len(words) > 6


def from_file(file: str) -> str:
    """The file name as a title: extensions, export numbering and separators gone.

    >>> from_file("14._ECWOV_presentatie.pdf.ocr"), from_file("Nieuws uit B en W - Gemeente Amsterdam.pdf.ocr")
    ('ECWOV presentatie', 'Nieuws uit B en W')
    >>> from_file("2 - Beantwoording_sv_IJmker_inzake_Groeiende_populariteit_fatbikes.pdf.ocr")
    'Beantwoording sv IJmker inzake Groeiende populariteit fatbikes'
    """
    stem = readable_name(file)
    for _ in range(3):
        stem = re.sub(r"\.(?:pdf|txt|md|ocr|docx?|extracted)$", "", stem, flags=re.IGNORECASE)
    stem = re.sub(r"\s+[-–]\s+(?:Gemeente|Kalender)\s+\w+$", "", stem)
    stem = re.sub(r"\.pdf(?=[_ ])|[_ ]D\d{4}-\d+$", "", _NUMBERING.sub("", stem), flags=re.IGNORECASE)
    stem = re.sub(r"\s+", " ", re.sub(r"_+|(?<=\w)-(?=\w{2,}-)|(?<=[a-z])-(?=[a-z]+$)", " ", stem)).strip(" -._")
    stem = re.sub(r"\s+", " ", re.sub(r"[-_]+(?=\s)|(?<=\s)[-_]+", " ", stem)).strip()
    return stem[:1].upper() + stem[1:] if stem else file


def readable_name(name: str) -> str:
    """A file or folder name as text: a part that was not UTF-8 (kept as surrogates) read as Windows-1252.

    >>> readable_name("caf" + chr(0xDCE9) + "-latin1.pdf"), readable_name("café.pdf")
    ('café-latin1.pdf', 'café.pdf')
    """
    raw = name.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def hash_like(title: str) -> bool:
    """A file name that is only an id ("09012f9780d86aac")."""
    return bool(_HASH.match(title.replace(" ", "")))


def title_of(head: str, file: str, pdf: str = "", start: str | None = None) -> tuple[str, str]:
    """(title, where it came from in Dutch)."""
    if start is None:
        start = "\n".join(_lines(head)[:15])
    for why, source in SOURCES:
        found = source(start, head, pdf)
        if found:
            return found, why
    named = from_file(file)
    return named, "de bestandsnaam"


# (where the title comes from, in Dutch; the function of (top lines, first pages, PDF title))
SOURCES = (
    ("onderwerp van de e-mail", lambda start, head, pdf: email_subject(start, head)),
    ("titel van de webpagina", lambda start, head, pdf: web_title(start)),
    ("het veld 'Onderwerp'", lambda start, head, pdf: subject_field(head)),
    ("de titel van de PDF", lambda start, head, pdf: pdf_title(pdf, head)),
    ("de eerste kop", lambda start, head, pdf: heading(start)),
)
