"""Numbers that are not figures, found with their true kind.

Phone numbers, dates and times, years used as dates, reference codes,
article numbers, footnote markers, the numbering of lists, questions and
headings, page numbers, URLs, e-mail addresses, postcodes and IBANs.  The
figure finder skips every number inside one of these spans.

>>> [(m.kind, "Telefoon: 14 010"[m.start:m.end]) for m in non_figures("Telefoon: 14 010") if m.kind == "phone"]
[('phone', 'Telefoon: 14 010'), ('phone', '14 010')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .dates import MONTH_ABBREVIATIONS, MONTH_MISREADINGS
from .dates import MONTHS as MONTH_NAMES
from .lowercase import lower_text, lower_twin
from .scanning import Cues, DigitLed, Numbered, Probe, digit_led

_MONTH_FORMS = (*MONTH_NAMES, *MONTH_MISREADINGS, *MONTH_ABBREVIATIONS)  # full names before their abbreviations
MONTHS = "(?:" + "|".join(_MONTH_FORMS) + r")\.?"
WEEKDAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
YEAR = r"(?:19[5-9]\d|20[0-4]\d)"


@dataclass(frozen=True)
class NonFigure:
    start: int
    end: int
    kind: str  # url, email, phone, date, time, year, code, article, footnote, numbering, page, postcode, iban


_LEADING_ZERO = Probe(leading_zero=True)  # "010", "06"
MONTH_WORDS = " ".join(_MONTH_FORMS)
MONTH_NEEDLES = tuple(sorted({form[:3] for form in _MONTH_FORMS}))
_I = re.IGNORECASE
_M = re.MULTILINE
# (kind, pattern, needles, probes): a pattern runs only where one of its needles (if any) occurs in the lower-cased
# text and one of its probes (if any) holds (:class:`extract.scanning.Cues`)
_LIST_MARK = re.compile(r"\[\s*\d{1,4}|(?<![\w(])\d{1,2}\)(?=\s)")
BRACKET_REACH = 60  # characters before a list mark in which an open bracket makes it a closing one
PATTERNS: tuple[tuple[str, re.Pattern | DigitLed, tuple[str, ...], tuple[Numbered | Probe, ...]], ...] = (
    (
        "url",
        re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|eu|net)(?:/\S*)?\b", _I),
        ("http", "www", ".nl", ".com", ".org", ".eu", ".net"),
        (),
    ),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"), ("@",), ()),
    (
        "iban",
        re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d{2,4}){2,5}\b"),
        (),
        (Probe(re.compile(r"[A-Z][A-Z]\d\d")),),
    ),
    (
        "phone",
        re.compile(r"\b(?:telefoon(?:nummer)?|tel\.?|fax|bel)\s*:?\s*(?:\+?\d[\d\s()–-]{3,16}\d)", _I),
        ("tel", "fax", "bel"),
        (),
    ),
    (
        "phone",
        re.compile(r"(?<![\d.,])(?:\+31\s?|0031\s?|0)\d{1,3}\s?[–-]?\s?\d{2,3}[\s-]?\d{2}[\s-]?\d{2,3}(?!\d|[.,]\d)"),
        (),
        (Probe(written=("+31",)), _LEADING_ZERO),
    ),
    ("phone", digit_led(re.compile(r"(?<![\d.,])06[\s-]?\d{8}(?!\d|[.,]\d)")), (), (Probe(written=("06",)),)),
    (
        "phone",
        digit_led(re.compile(r"(?<![\d.,])0[89]00[\s-]?\d{4,7}(?!\d|[.,]\d)")),
        (),
        (Probe(written=("0800", "0900")),),
    ),
    ("phone", digit_led(re.compile(r"(?<![\d.,])14\s?0\d{2,3}(?!\d|[.,]\d)")), (), (Probe(written=("14",)),)),
    (
        "date",
        digit_led(
            re.compile(
                r"\b\d{1,2}(?:\s*(?:t/m|tot en met|–|-|en)\s*\d{1,2})?\s+" + MONTHS + r"(?:\s+" + YEAR + r")?\b", _I
            )
        ),
        MONTH_NEEDLES,
        (),
    ),
    (
        "date",
        re.compile(r"\b" + WEEKDAYS + r"\s+\d{1,2}\b", _I),
        ("dag",),
        (Numbered("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),),
    ),
    ("date", digit_led(re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b")), (), (Probe(after="-/."),)),
    (
        "date",
        digit_led(re.compile(r"\b(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b")),
        (),
        (Probe(re.compile(r"\d\d{7}")),),
    ),
    (
        "numbering",
        digit_led(
            re.compile(
                r"(?<![\d.,])\d{1,2}(?:\s*,\s*\d{1,2})+\s+en\s+\d{1,2}\b"
                r"(?![.,]\d|\s*(?:%|procent|mm|cm|m\b))"
            )
        ),
        (),
        (Probe(written=(",",)),),
    ),
    ("date", re.compile(r"\b" + MONTHS + r"\s+" + YEAR + r"\b", _I), MONTH_NEEDLES, (Numbered(MONTH_WORDS),)),
    ("time", re.compile(r"\b\d{1,2}:\d{2}:\d{2}\b|[+-][01]\d00\b"), (), (Probe(written=(":", "+", "-")),)),
    (
        "time",
        digit_led(re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*uur)?(?:\s*(?:tot|–|-)\s*\d{1,2}[:.]\d{2}(?:\s*uur)?)?\b", _I)),
        (),
        (Probe(after=":."),),
    ),
    ("time", digit_led(re.compile(r"\b24/7\b")), ("24/7",), ()),
    (
        "year",
        digit_led(
            re.compile(
                r"(?<![\d.,])"
                + YEAR
                + r"(?:\s*(?:[–/-]|en|t/m|tot(?: en met)?)\s*"
                + YEAR
                + r"|\s*[–/-]\s*\d{2}(?![\d.,]\d))?(?![\d.,]\d)"  # "2019-20", but "13 in 2024 en 21 in 2025"
            )
        ),
        (),
        (),
    ),
    ("year", re.compile(r"\b[Qq][1-4]\b|\bkwartaal\s+[1-4]\b", _I), ("q", "kwartaal"), ()),
    ("code", re.compile(r"\b(?:uw|ons)?\s*kenmerk\s*:?\s*[^\n]*", _I), ("kenmerk",), ()),
    (
        "code",
        re.compile(
            r"\b(?!\d+x\b)(?!\d+-jarige?n?\b)(?=[\w/-]*\d)(?=[\w/-]*[A-Za-z])[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*\b"
        ),
        (),
        (Probe(after_word=True), Probe(before=re.compile(r"[^\W\d]|[/-]"))),
    ),
    (  # "3.2", "1.2.4": section and version numbers; not "13.5%" or "2.5 miljoen" (extract.mentions._POINT_DECIMAL)
        "code",
        digit_led(
            re.compile(
                r"(?<![\d.,])\d+\.\d(?:\.\d+)*(?![\d,])(?!\.\d)"
                r"(?!\d?\s?(?:%|procent\b|pct\b|miljoen\b|miljard\b|mln\b|mld\b|euro\b))",
                re.IGNORECASE,
            )
        ),
        (),
        (Probe(after="."),),
    ),
    (
        "code",
        digit_led(re.compile(r"(?<![\d.,])\d{3,}(?:-\d{3,})+(?![\d,])|\b\d+(?:,\d+)?e[+-]\d+\b|\b\d+(?:/\d+){2,}\b")),
        (),
        (Probe(written=("-", "/", "e+")),),
    ),
    (
        "address",
        re.compile(r"\b(?:postbus|antwoordnummer|huisnummer)\s*\d+", _I),
        ("postbus", "antwoordnummer", "huisnummer"),
        (),
    ),
    (
        "address",
        re.compile(
            r"\b[A-Z][a-zà-ÿ]+(?:straat|weg|laan|gracht|kade|plein|pad|dijk|singel|dreef|steeg|markt"
            r"|burgwal|kanaal|hof|park)\s+\d+(?:\s?[a-zA-Z]\b|-\d+)?"
        ),
        (),
        (
            Probe(
                written=(
                    "straat",
                    "weg",
                    "laan",
                    "gracht",
                    "kade",
                    "plein",
                    "pad",
                    "dijk",
                    "singel",
                    "dreef",
                    "steeg",
                    "markt",
                    "burgwal",
                    "kanaal",
                    "hof",
                    "park",
                )
            ),
        ),
    ),
    (
        "code",
        re.compile(
            r"\b(?:NEN-EN|NEN|EN|ISO|NTA|NPR)\s*\d+(?:[-:]\d+)*|\b\w*nummers?\s*:?\s*\d+(?:\s*[-–]\s*\d+)?"
            r"|(?<![\d.,])0\d+(?![\d,.])|\b\d+:\d\b|\b\d+°"
        ),
        (),
        (Probe(written=("EN", "ISO", "NTA", "NPR", "nummer", ":", "°")), _LEADING_ZERO),
    ),
    (
        "numbering",
        re.compile(
            r"\b(?:figuur|tabel|formule|foto|kaart|staaf|paal|nummer|nr\.?|no\.?|punt|kavel|blok|"
            r"locatie|scenario|variant|optie|bijlagen?|lijn|lijnen|buslijn|tramlijn|metro|tram|bus|koppel|project|"
            r"klacht|zaak|dossier|kamer|zaal|halte|route|fase|stap|week|weeknummer|afbeelding|paragrafen|hoofdstukken|"
            r"artikelen|figuren|tabellen)"
            r"\s*\(?\d+(?:[.,]\d+)*\)?[a-z]?(?:(?:\s*,\s*|\s+en\s+)\d+)*",
            _I,
        ),
        (
            "figuur",
            "tabel",
            "formule",
            "foto",
            "kaart",
            "staaf",
            "paal",
            "nummer",
            "nr",
            "no",
            "punt",
            "kavel",
            "blok",
            "locatie",
            "scenario",
            "variant",
            "optie",
            "bijlage",
            "lijn",
            "metro",
            "tram",
            "bus",
            "koppel",
            "project",
            "klacht",
            "zaak",
            "dossier",
            "kamer",
            "zaal",
            "halte",
            "route",
            "fase",
            "stap",
            "week",
            "afbeelding",
            "paragrafen",
            "hoofdstukken",
            "artikelen",
            "figuren",
            "tabellen",
        ),
        (
            Numbered(
                "figuur tabel formule foto kaart staaf paal nummer nr no punt kavel blok locatie scenario variant optie"
                " bijlage bijlagen lijn lijnen buslijn tramlijn metro tram bus koppel project klacht zaak dossier kamer"
                " zaal halte route fase stap week weeknummer afbeelding paragrafen hoofdstukken artikelen figuren"
                " tabellen"
            ),
        ),
    ),
    (
        "article",
        re.compile(
            r"\b(?:artikel|artikelen|art\.|lid|hoofdstuk|paragraaf|bijlage|sub|§)\s*\d+(?:[.:]\d+)*[a-z]?"
            r"(?:\s*(?:lid|sub|en|,)\s*\d+[a-z]?)*",
            _I,
        ),
        ("artikel", "art.", "lid", "hoofdstuk", "paragraaf", "bijlage", "sub", "§"),
        (Numbered("artikel artikelen art lid hoofdstuk paragraaf bijlage sub"), Probe(written=("§",))),
    ),
    (
        "numbering",
        re.compile(
            r"\b(?:vraag|vragen|antwoord|stap|fase|opgave|actie|thema|programma)\s+"
            r"\d+(?:\s*(?:en|t/m|,|-|–)\s*(?:vraag\s+)?\d+)*\b",
            _I,
        ),
        ("vraag", "vragen", "antwoord", "stap", "fase", "opgave", "actie", "thema", "programma"),
        (Numbered("vraag vragen antwoord stap fase opgave actie thema programma"),),
    ),
    ("numbering", re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2})*(?:[.)][ \t]+|[ \t]{2,})(?=[A-Z])", _M), (), ()),
    ("numbering", re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+(?=[a-z])", _M), (), ()),
    ("numbering", re.compile(r"(?<=[.:;])\s+\d{1,2}[.)]?\s+(?=[A-Z])"), (), ()),
    ("numbering", re.compile(r"^[ \t]*\d{1,2}[ \t]+(?=[A-Z][a-z])", _M), (), ()),
    (
        "year",
        re.compile(r"\b(?:in|sinds|uit|tot)\s+(?:1[0-8]\d\d|19[0-4]\d)\b", _I),
        ("in ", "sinds", "uit", "tot"),
        (Numbered("in sinds uit tot"),),
    ),
    ("code", re.compile(r"\b[A-Z]{2,6} \d{1,2}(?=[,.;)]|[ \t]*$)", _M), (), (Probe(re.compile(r"[A-Z] \d")),)),
    (
        "footnote",
        digit_led(re.compile(r"(?<!\S)\d{1,2}(?=\s+(?:www\.|https?://|[A-Z][^|\n]{3,80}\|))")),
        ("www", "http", "|"),
        (),
    ),
    ("numbering", digit_led(re.compile(r"\b\d{1,2}(?:e|ste|de)\b")), (), (Probe(after="esd"),)),
    (
        "page",
        re.compile(r"\b(?:pagina|blz\.?|blad|p\.)\s*\d+(?:\s*(?:van|/)\s*\d+)?\b", _I),
        ("pagina", "blz", "blad", "p."),
        (Numbered("pagina blz blad p"),),
    ),
    ("page", re.compile(r"\.{2,}\s*\d{1,3}\b"), ("..",), ()),
    (
        "postcode",
        digit_led(re.compile(r"\b[1-9]\d{3}\s?(?!SS|SA|SD)[A-Z]{2}\b")),
        (),
        (Probe(re.compile(r"\d\d{3}\s?[A-Z][A-Z]")),),
    ),
    ("footnote", re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+"), ("¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"), ()),
    (
        "footnote",
        digit_led(re.compile(r"(?<=[a-zà-ÿ)])\d{1,2}\b(?![.,]\d)")),
        (),
        (Probe(before=re.compile("[a-zà-ÿ)]")),),
    ),
    ("footnote", re.compile(r"(?<=[’'”\"])\s?\d{1,2}\b(?![.,]\d)"), ("’", "'", "”", '"'), ()),
    (
        "footnote",
        re.compile(r"(?<=[a-z])\s\d{1,2}(?=\s+(?:is|kunnen|wordt|werd)\s+[a-z]+(?:d|t|en)\b)"),
        (" is ", "kunnen", "wordt", "werd"),
        (Probe(digit_led(re.compile(r"(?<!\d)\d{1,2}(?=\s+(?:is|kunnen|wordt|werd)\s+[a-z]+(?:d|t|en)\b)"))),),
    ),
    ("age_group", digit_led(re.compile(r"(?<![\d.,])\d{1,2}[+-](?![\d\w])")), (), (Probe(written=("+", "-")),)),
    # found on the Amsterdam archive (noisy OCR of Woo decisions, reports, tables of contents):
    (
        "code",
        digit_led(
            re.compile(
                r"(?<![\d.,])5[.,]?\s?1[.,]\s?\d[.,]?\s?[a-z](?![a-z])"
                r"|(?<![\d.,])5\.2[.,]\s?1(?![\d,]|\.\d)"
            )
        ),
        (),
        (Probe(written=("1.", "1,", "5.2")),),
    ),  # Woo grounds "5.1.2.e" (OCR'd "51,2,e") and "5.2,1"
    (
        "code",
        re.compile(
            r"\b(?:referentiecode|referentienummer|referentie|ref|par|helling|\w+scenario)\.?\s*:?\s*\d+[a-z]?\b", _I
        ),
        ("ref", "par", "helling", "scenario"),
        (),
    ),
    ("code", re.compile(r"\bRAL\s*\d{4}\b|\b[A-Za-z]+\s*\.{3,}\s*:\s*\d+"), ("ral", "..."), ()),  # colours, form fields
    (
        "numbering",
        _LIST_MARK,
        ("[", ")"),
        (),
    ),  # "[ 42] Waarschuwing", "om 1) een" (not "ten opzichte van 2023 (toen 4)": see _closes_bracket)
    ("page", re.compile(r"…[\s…]*\d{1,3}\b"), ("…",), ()),  # a table of contents' dot leader: "BSQ 2022 … 22"
    ("code", digit_led(re.compile(r"(?<![\d.,])\d{1,4}/(?:19|20)\d\d\b")), ("/",), ()),  # "verordening 168/2013"
    (
        "numbering",
        re.compile(
            r"\b(?:brug|verbalisant|volgnummer|shortlistgebied|zoekgebied|deelgebied|monster|"
            r"motie|amendement|agendapunt)\s*\d+[a-z]?\b",
            _I,
        ),
        ("brug", "verbalisant", "volgnummer", "gebied", "monster", "motie", "amendement", "agendapunt"),
        (
            Numbered(
                "brug verbalisant volgnummer shortlistgebied zoekgebied deelgebied monster motie amendement agendapunt"
            ),
        ),
    ),
)


def _twin(pattern: re.Pattern | DigitLed) -> re.Pattern | DigitLed | None:
    """The :func:`lower_twin` of a pattern (digit-led or not), or None."""
    if isinstance(pattern, DigitLed):
        twin = lower_twin(pattern.pattern)
        return digit_led(twin) if twin is not None else None
    return lower_twin(pattern)


_TWINS = {id(pattern): twin for _, pattern, _, _ in PATTERNS if (twin := _twin(pattern)) is not None}


def _closes_bracket(text: str, match: re.Match[str]) -> bool:
    """A list mark "4)" that closes a bracket opened just before it ("2023 (toen 4)") is a number, no mark.

    >>> t = "ten opzichte van 2023 (toen 4) en"
    >>> _closes_bracket(t, _LIST_MARK.search(t)), _closes_bracket("om 1) een", _LIST_MARK.search("om 1) een"))
    (True, False)
    """
    if not match.group(0).rstrip().endswith(")"):
        return False
    before = text[max(0, match.start() - BRACKET_REACH) : match.start()]
    return before.rfind("(") > before.rfind(")")


def non_figures(text: str) -> list[NonFigure]:
    """Every span of ``text`` that holds a number which is not a figure.

    >>> text = "op telefoonnummer 010 – 236 52 56 van 8:30 uur tot 22:00 uur; Vraag 3; artikel 273f Sr"
    >>> sorted({m.kind for m in non_figures(text)})
    ['article', 'code', 'numbering', 'phone', 'time']
    """
    found = []
    lower = lower_text(text)  # same positions as ``text``: lower-case twins (extract/lowercase.py) run on it
    for start, end in _digit_lines(text):
        cues = Cues(text, start, end, lower)
        for kind, pattern, needles, probes in PATTERNS:
            if not cues.allow(needles, probes):
                continue  # cheap check: the pattern cannot match here
            for match in cues.finditer(pattern, _TWINS.get(id(pattern))):
                if match.end() > match.start() and _HAS_DIGIT.search(match.group(0)):
                    if kind == "numbering" and _closes_bracket(text, match):
                        continue
                    found.append(NonFigure(match.start(), match.end(), kind))
    found.extend(_lone_page_numbers(text))
    found.extend(_day_months(text))
    return found


_DAY_MONTH = digit_led(re.compile(r"(?<![\d.,/-])(\d{1,2})-(\d{1,2})(?![\d/-]|[.,]\d)"))
_DIGIT_DASH = re.compile(r"\d-")


def _day_months(text: str) -> list[NonFigure]:
    """Day-month dates ("18-9", "13-5"): the day is larger than the month, so no range (low-high) can be meant.

    >>> [("18-9 en 2-3 jaar"[m.start:m.end]) for m in _day_months("18-9 en 2-3 jaar")]
    ['18-9']
    """
    if not _DIGIT_DASH.search(text):
        return []
    return [
        NonFigure(m.start(), m.end(), "date")
        for m in _DAY_MONTH.finditer(text)
        if 1 <= int(m.group(2)) <= 12 < int(m.group(1)) <= 31 or 1 <= int(m.group(2)) < int(m.group(1)) <= 12
    ]


_HAS_DIGIT = re.compile(r"[\d¹²³⁴⁵⁶⁷⁸⁹⁰]")
LINE_REACH = 240


def _digit_lines(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` (whole lines, at most ``LINE_REACH`` either side) that hold a digit.

    Only these are scanned: prose without digits cannot hold a non-figure.
    """
    spans: list[tuple[int, int]] = []
    match = _HAS_DIGIT.search(text)
    while match:
        pos = match.start()
        start = max(text.rfind("\n", max(0, pos - LINE_REACH), pos) + 1, pos - LINE_REACH, 0)
        newline = text.find("\n", pos, pos + LINE_REACH)
        end = newline + 1 if newline >= 0 else min(len(text), pos + LINE_REACH)
        if spans and start <= spans[-1][1] + LINE_REACH:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        match = _HAS_DIGIT.search(text, spans[-1][1])  # the first digit after this stretch
    return spans


def _lone_page_numbers(text: str) -> list[NonFigure]:
    """A line holding only a small number in a table of contents, or as the page's last line."""
    out = []
    contents = bool(re.search(r"inhoud(?:sopgave)?\b", text[:1500], re.IGNORECASE))
    lines = list(re.finditer(r"^[ \t]*(\d{1,3})[ \t]*$", text, re.MULTILINE))
    tail = text.rstrip()
    for match in lines:
        last = match.end() >= len(tail) - 1 or match.start() <= 2
        ends_contents_line = contents and re.search(
            r"\w[ \t]+\d{1,3}[ \t]*$", text[max(0, match.start() - 80) : match.end()]
        )
        if last or contents or ends_contents_line:
            out.append(NonFigure(match.start(1), match.end(1), "page"))
    if contents:
        for match in re.finditer(r"(?<=[\w)])[ \t]+(\d{1,3})[ \t]*$", text[:4000], re.MULTILINE):
            out.append(NonFigure(match.start(1), match.end(1), "page"))
    return out


class MaskIndex:
    """The non-figure spans of a text, for many :func:`covered` questions: a binary search instead of a scan.

    >>> index = MaskIndex([NonFigure(10, 14, "year"), NonFigure(0, 3, "phone")])
    >>> bool(index.covered(2, 5)), bool(index.covered(4, 9)), bool(index.covered(13, 20))
    (True, False, True)
    """

    def __init__(self, spans: list[NonFigure]) -> None:
        self.spans = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in self.spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each index
        for span in self.spans:
            self.reach.append(max(span.end, self.reach[-1]) if self.reach else span.end)

    def covered(self, start: int, end: int) -> bool:
        """Does a span overlap ``start:end`` (the same answer as :func:`covered`)?"""
        last = bisect_left(self.starts, end) - 1  # the spans that start before ``end``
        return last >= 0 and self.reach[last] > start


def covered(spans: list[NonFigure], start: int, end: int) -> NonFigure | None:
    """The non-figure span that overlaps ``start:end``, if any."""
    for span in spans:
        if span.start < end and start < span.end:
            return span
    return None
