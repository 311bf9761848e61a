"""Number mentions in running Dutch text: the number with its unit, range and qualifier.

A mention is what a reader would underline: "ruim 500 – 600 slachtoffers",
"€ 4,9 miljoen", "12x per jaar", "1 op de 5", "de helft", "52%".  What is
counted (the label) and the period are added later by ``figures``.

>>> [(m.raw, m.value, m.unit, m.qualifier) for m in mentions("zo'n 170 personen en 52% meer")]
[("zo'n 170", 170.0, 'count', 'approx'), ('52%', 52.0, 'percent', 'exact')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lowercase import folded
from .mention_cues import ends_with_van_met, may_have_suffix, may_qualify
from .nonfigures import MaskIndex, NonFigure, covered, non_figures
from .numbers import NUMERAL, SCALE_WORDS, SCALES, parse_numeral
from .numwords import elided_value, phrase_value, word_value
from .scanning import digit_led


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    raw: str
    value: float
    low: float | None = None
    high: float | None = None
    unit: str = "count"
    qualifier: str = "exact"
    period: str = ""
    kind: str = "figure"  # "figure" or "change"
    direction: str = ""  # "up" or "down" for changes
    base_year: int | None = None  # "ten opzichte van 2023"
    spelled: bool = False  # written in words ("vier")


# "13.5%", "2.5 miljoen euro": a decimal point the English way, read only where a percent sign, a scale word or
# euro follows (one or two digits after the point are never Dutch thousands; "3.2 Aanpak" is a section number)
_POINT_DECIMAL = r"\d+\.\d{1,2}(?=\s?(?:%|procent\b|pct\b|" + SCALE_WORDS + r"|euro\b))"
_POINT = re.compile(r"\d+\.\d{1,2}")


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    value: float
    spelled: bool


_DIGITS = digit_led(
    re.compile(
        r"(?<![\w.,/])(?:" + _POINT_DECIMAL + "|" + NUMERAL + r")(?!(?!x\b)[^\W¹²³⁴⁵⁶⁷⁸⁹⁰]|[.,]\d)", re.IGNORECASE
    )
)
# "\b(?<!-)" is "(?<![\w-])" before a letter, but ``re`` rejects most positions faster with it
_WORD = re.compile(
    r"\b(?<!-)(?:een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien"
    r"|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig"
    r"|zestig|zeventig|tachtig|negentig|honderd|duizend|en|ën)+(?![\w-])",
    re.IGNORECASE,
)
_WORD_LOWER = re.compile(_WORD.pattern)  # the same, case-sensitive: for lower-case text (_number_words)
# The same words for lower-case text, without the leading "\b(?<!-)" and with "(...)+" written "(...)(...)*": a
# pattern that starts with a choice of literals lets ``re`` jump to the next candidate letter instead of trying
# every position; the start of a word is then checked in Python (:func:`_number_words`)
_WORDS = _WORD.pattern[len(r"\b(?<!-)") : -len(r"+(?![\w-])")]
_WORD_SCAN = re.compile(_WORDS + _WORDS + r"*(?![\w-])")
QUALIFIERS = (
    ("approx", r"zo['’]n|ongeveer|circa|ca\.|rond|rondom|naar schatting|pakweg|grofweg|nagenoeg|om en nabij"),
    (
        "upper_bound",
        r"niet meer dan|nooit meer dan|bijna|(?<!niet\s)minder dan|maximaal|max\.|hooguit|ten hoogste|tot maximaal"
        r"|onder de|nog geen",
    ),  # before "meer dan": "niet meer dan 350 watt" is at most 350
    (
        "lower_bound",
        r"niet minder dan|ruim|meer dan|minimaal|ten minste|tenminste|minstens|boven de|bovende|vanaf"
        r"|op zijn minst|al",
    ),
)
_QUALIFIER = [
    (name, re.compile(r"(?:^|(?<=[\s(]))(?:" + words.replace(" ", r"\s+") + r")\s+(?:de\s+|het\s+)?$", re.IGNORECASE))
    for name, words in QUALIFIERS
]
_CHANGE_BEFORE = re.compile(
    r"(?P<noun>stijging|toename|daling|afname|groei|verhoging|verlaging|vermindering|"
    r"toegenomen|afgenomen|gestegen|gedaald)\s+(?:van|met)\s+(?:\w+\s+)?$"
    r"|\b(?P<verb>nam|namen|neemt|nemen|steeg|stegen|stijgt|daalde|daalden|daalt|groeide|groeiden|groeit)"
    r"\s+(?:(?P<particle>toe|af)\s+)?met\s+$",
    re.IGNORECASE,
)
_TAKE_WITH = re.compile(r"\b(?:nam|namen|neemt|nemen)\s+met\s+$", re.IGNORECASE)
_CHANGE_PARTICLE_AFTER = re.compile(r"^\s*(?P<particle>toe|af)\b", re.IGNORECASE)
_DOWN = re.compile(r"daling|afname|verlaging|vermindering|afgenomen|gedaald|daal|af$", re.IGNORECASE)
_BASE = re.compile(
    r"^[^.;]{0,40}?\b(?:ten opzichte van|t\.o\.v\.|vergeleken met|sinds|dan in)\s+(?:\w+\s+)?"
    r"(?P<year>19[5-9]\d|20[0-4]\d)",
    re.IGNORECASE,
)
_RANGE_SEP = re.compile(r"^\s*(?:–|—|-|tot|t/m|à)\s*|^\s+a\s+")  # "500 – 600", "2 a 3"
_BETWEEN_BEFORE = re.compile(r"\btussen\s+(?:de\s+)?$", re.IGNORECASE)
_AND = re.compile(r"^\s+en\s+")
_RATIO = re.compile(r"^\s+op\s+(?:de\s+|elke\s+)?")
_EURO_BEFORE = re.compile(r"(?:€|\bEUR|\beuro)\s?$")
_SUFFIXES = (
    ("scale", re.compile(r"^\s?(?:" + SCALE_WORDS + r")", re.IGNORECASE)),
    ("percent", re.compile(r"^\s?(?:%|procent\b|pct\.?)")),
    ("percentage_points", re.compile(r"^\s?procentpunt(?:en)?\b")),
    ("eur", re.compile(r"^\s?(?:euro\b|€)")),
    ("times", re.compile(r"^\s?(?:x|keer|maal)(?![a-zA-Z])")),
    ("km_per_hour", re.compile(r"^\s?(?:km/u(?:ur)?|(?:km|kilometer)\s+per\s+(?:uur|vur))\b")),  # OCR: "vur"
    ("m2", re.compile(r"^\s?(?:m2|m²|vierkante meter)(?![\w])")),
    ("km", re.compile(r"^\s?(?:km|kilometer)\b")),
    ("m", re.compile(r"^\s?(?:m|meter)\b")),
    ("cm", re.compile(r"^\s?cm\b")),
    ("mm", re.compile(r"^\s?mm\b")),
    ("kg", re.compile(r"^\s?(?:kg|kilo)\b")),
    ("years_of_age", re.compile(r"^-jarige?n?\b")),
)
_PERIOD = re.compile(r"^\s+per\s+(?P<per>jaar|maand|week|dag|kwartaal|uur|etmaal)\b")
_AGE_BEFORE = re.compile(
    r"(?:jonger|ouder)\s+dan\s+$|leeftijd\s+(?:van\s+)?$|tussen\s+(?:de\s+)?$|\btot\s+$", re.IGNORECASE
)
_YEARS_AFTER = re.compile(r"^\s?jaar\b")
_DURATION = re.compile(
    r"^\s?(?P<unit>(?:werk|kalender)?dagen|dag|weken|week|maanden|maand|kwartalen|kwartaal"
    r"|uur|uren|minuten|jaren)\b"
)
_WORD_MULTIPLE = re.compile(r"\b(?P<word>[a-zëé]+?)maal\b", re.IGNORECASE)  # "tweemaal", "elfmaal"
# The part words of a fraction ("twee derde", "een kwart", "de helft", "driekwart"), with their share
FRACTIONS = {
    "helft": 1 / 2,
    "kwart": 1 / 4,
    "derde": 1 / 3,
    "vierde": 1 / 4,
    "vijfde": 1 / 5,
    "zesde": 1 / 6,
    "zevende": 1 / 7,
    "achtste": 1 / 8,
    "negende": 1 / 9,
    "tiende": 1 / 10,
}
_COUNTS = {
    "een": 1,
    "één": 1,
    "eén": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "de": 1,
}
_FRACTION = re.compile(
    r"\b(?P<count>de|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen)(?P<gap>\s+|)"
    r"(?P<part>helft|kwart|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\b",
    re.IGNORECASE,
)
_FRACTION_LOWER = re.compile(_FRACTION.pattern)  # for the lower-case text: three times faster than IGNORECASE
# After "een derde" (and "een vijfde", ...) a share goes on with "van", a verb or a stop; "een derde termijn" is an ordinal
_SHARE_AFTER = re.compile(
    r"\s*(?:[.,;:!?()]|$)|\s+(?:van|der|deel|daarvan|hiervan|ervan|procent|was|is|waren|zijn|werd"
    r"|werden|wordt|worden|heeft|hebben|had|hadden|bleek|blijkt|kwam|komt|kwamen|komen|ging|gaat"
    r"|zou|zal|kan|kon|moet|bestond|bestaat|viel|valt|woont|woonde|had|minder|meer|tot)\b",
    re.IGNORECASE,
)
_IDIOMS = re.compile(r"^\s+van\s+(?:de|het|onze|hun|die|deze)\b", re.IGNORECASE)
_ONCE = re.compile(r"\b(?:in|ineens)\s+$", re.IGNORECASE)  # "niet in één keer": all at once, no count
_DIGITS_BEFORE = re.compile(r"(\d[\d.,]*)\s*\($")
_ACHT_QUESTION = re.compile(r"^\s+(?:de|het|u)\s")
_KEER = re.compile(r"^\s+keer\b", re.IGNORECASE)
_ACHTEN = re.compile(r"^\s+(?:het|deze|dit|dat|hem|haar|zich)\b", re.IGNORECASE)  # "acht deze locatie kwetsbaar"


def _spelled_idiom(text: str, start: int, end: int) -> bool:
    """A number word that counts nothing: "een van de", "in één keer", the verb "acht(en)".

    >>> [_spelled_idiom(t, 0, 4) for t in ("acht deze locatie kwetsbaar", "acht locaties")]
    [True, False]
    >>> _spelled_idiom("een van de slachtoffers", 0, 3), _spelled_idiom("vijf van de slachtoffers", 0, 4)
    (True, False)
    >>> t = "artikel 6 (zes) en in 2020 (duizend)"
    >>> _spelled_idiom(t, 11, 14), _spelled_idiom(t, 28, 35)
    (True, False)
    """
    after = text[end : end + 20]
    word = text[start:end].lower()
    if word in ("een", "één", "eén") and _IDIOMS.match(after):
        return True  # "een van de": one of them, no count ("drie van de slachtoffers" is one)
    given = _DIGITS_BEFORE.search(text[max(0, start - 12) : start])
    if given and word_value(word) == parse_numeral(given.group(1)):
        return True  # the words of a number just given in digits: "artikel 6 (zes)", not "In 2020 (duizend...)"
    if word in ("één", "eén", "1") and _KEER.match(after) and _ONCE.search(text[max(0, start - 12) : start]):
        return True
    if text[start:end] == "Acht" and _ACHT_QUESTION.match(after):
        return True  # "Acht de burgemeester het nuttig ...?"
    return word == "acht" and bool(_ACHTEN.match(after))


_DURATION_UNITS = {
    "dagen": "days",
    "werkdagen": "days",
    "kalenderdagen": "days",
    "dag": "days",
    "kwartalen": "quarters",
    "kwartaal": "quarters",
    "minuten": "minutes",
    "weken": "weeks",
    "week": "weeks",
    "maanden": "months",
    "maand": "months",
    "uur": "hours",
    "uren": "hours",
    "jaren": "years",
}


def mentions(text: str, masks: list[NonFigure] | None = None) -> list[Mention]:
    """Every number mention of ``text`` that is not a phone number, date, code, ...

    >>> [(m.raw, m.low, m.high) for m in mentions("ongeveer 500 – 600 slachtoffers per jaar")]
    [('ongeveer 500 – 600', 500.0, 600.0)]
    """
    masks = non_figures(text) if masks is None else masks
    low = folded(text.lower())  # for the cues and the lower-case twins (same positions unless its length differs)
    special = _word_multiples(text, masks, low) + _fractions(text, masks, low) + _elided_ranges(text, masks)
    atoms = _atoms(text, masks, low)
    if special:  # "Twee derde", "vijf- tot zesduizend": their number words are no counts of their own
        atoms = [a for a in atoms if not any(m.start <= a.start < m.end for m in special)]
    out: list[Mention] = []
    used = -1
    for i, atom in enumerate(atoms):
        if atom.start < used:
            continue
        mention = _mention(text, atom, atoms[i + 1] if i + 1 < len(atoms) else None)
        if mention is not None:
            out.append(mention)
            used = mention.end
    out.extend(special)
    return _units_carried(text, sorted(out, key=lambda m: m.start))


# Units a bare decimal takes over from the number before it in its sentence
_CARRIED_UNITS = frozenset({"km_per_hour", "km", "m", "cm", "mm", "kg", "m2", "percent", "eur"})
_NO_SENTENCE_END = re.compile(r"^[^.!?;]{1,60}$")


def _units_carried(text: str, found: list[Mention]) -> list[Mention]:
    """ "24,2 kilometer per uur, gewone fietsen 12,1": a bare decimal after a measured number in the same
    sentence is measured in its unit (a count is never 12,1).

    >>> [(m.raw, m.unit) for m in mentions("E-bikes reden 24,2 km/u, gewone fietsen 12,1.")]
    [('24,2 km/u', 'km_per_hour'), ('12,1', 'km_per_hour')]
    """
    out = list(found)
    for i in range(1, len(out)):
        before, mention = out[i - 1], out[i]
        if (
            mention.unit == "count"
            and before.unit in _CARRIED_UNITS
            and mention.value != int(mention.value)
            and not mention.spelled
            and _NO_SENTENCE_END.match(text[before.end : mention.start])
        ):
            out[i] = replace(mention, unit=before.unit)
    return out


def _atoms(text: str, masks: list[NonFigure], low: str | None = None) -> list[_Atom]:
    atoms = []
    index = MaskIndex(masks) if len(masks) > 8 else None  # a binary search pays off on a page with many masks
    for match in _DIGITS.finditer(text):
        if index.covered(match.start(), match.end()) if index else covered(masks, match.start(), match.end()):
            continue
        raw = match.group(0)
        value = float(raw) if _POINT.fullmatch(raw) else parse_numeral(raw)
        if value is not None:
            atoms.append(_Atom(match.start(), match.end(), value, False))
    for start, end, value in _word_numbers(text, low):
        if text[start:end].lower() == "een" and not (
            _KEER.match(text[end : end + 10]) or _ONE_IN.match(text[end : end + 30])
        ):
            continue  # the article, except in "een keer" and "een op de vijf"
        if not _spelled_idiom(text, start, end):
            atoms.append(_Atom(start, end, float(value), True))
    return sorted(atoms, key=lambda a: a.start)


_ONE_IN = re.compile(
    r"\s+op\s+(?:de\s+|elke\s+)?(?:\d|" + _WORDS[3:].replace("|en|ën)", ")"), re.IGNORECASE
)  # "een op de vijf", "een op de eenenzeventig"
_GAP = re.compile(r"[^\S\n]+")  # words of one number stay on one line
_EXTRA_WORDS = re.compile(r"\b(?<!-)(?:miljoen|miljard|anderhalf|half|nul)(?![\w-])")


def _word_numbers(text: str, low: str | None = None) -> list[tuple[int, int, float]]:
    """Numbers written in words, with the words of one number joined: "een miljoen vijfhonderdduizend",
    "twee en vijftig", "tweeduizend vierentwintig", "anderhalf miljoen".

    >>> _word_numbers("ruim twee en vijftig of duizend tweehonderd")
    [(5, 20, 52), (24, 43, 1200)]
    """
    low = folded(text.lower()) if low is None else low
    spans = _number_words(text, low)
    if "milj" in low or "half" in low or "nul" in low:
        if len(low) == len(text):
            spans = sorted(spans + [m.span() for m in _EXTRA_WORDS.finditer(low)])
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and _GAP.fullmatch(text, runs[-1][-1][1], span[0]):
            runs[-1].append(span)
        else:
            runs.append([span])
    out = []
    for run in runs:
        if len(run) == 1 and _lone_word_skipped(text, low, *run[0]):
            continue  # the commonest case by far: a lone "en" or the article "een"
        i = 0
        while i < len(run):
            # the longest run of words from ``i`` that is one number, and not one whose last word a scale
            # word follows ("vier miljoen | twee miljard"), unless nothing else is
            ends = [
                j
                for j in range(len(run), i, -1)
                if j == len(run) or text[run[j][0] : run[j][1]].lower() not in ("miljoen", "miljard")
            ]
            for j in ends + [j for j in range(len(run), i, -1) if j not in ends]:
                words = [text[s:e] for s, e in run[i:j]]
                value = phrase_value(words)
                before = text[max(0, run[i][0] - 20) : run[i][0]]
                if value is not None and words[1:2] in (["en"], ["ën"]) and _BETWEEN_BEFORE.search(before):
                    value = None  # "tussen de drie en twintig": a range, read by _mention
                if value is not None:
                    out.append((run[i][0], run[j - 1][1], value))
                    i = j
                    break
            else:
                i += 1
    return out


def _lone_word_skipped(text: str, low: str, start: int, end: int) -> bool:
    """A number word standing alone that :func:`_atoms` would drop anyway: "en", or "een" as an article
    (not "een keer", "een op de vijf").  Spares the phrase reading of the two commonest words.

    >>> t = "een huis en een keer"
    >>> [_lone_word_skipped(t, t, *span) for span in ((0, 3), (9, 11), (12, 15))]
    [True, True, False]
    """
    word = low[start:end] if len(low) == len(text) else text[start:end].lower()
    if word in ("en", "ën"):
        return True
    return word == "een" and not (_KEER.match(text[end : end + 10]) or _ONE_IN.match(text[end : end + 30]))


def _number_words(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Where :data:`_WORD` matches in ``text``.  Found with its case-sensitive twin in the :func:`folded`
    lower-case text, which is three times faster than ``re.IGNORECASE``; the positions are the same
    unless lower-casing changed the length (a stray combining dot), and then ``_WORD`` itself is used.

    >>> _number_words("Drie of VIJFTIG, tweeën-twintig")
    [(0, 4), (8, 15)]
    """
    low = folded(text.lower()) if low is None else low
    if len(low) != len(text):
        return [match.span() for match in _WORD.finditer(text)]
    out = []
    for match in _WORD_SCAN.finditer(low):
        at = match.start()
        before = low[at - 1] if at else " "
        if not (before.isalnum() or before in "_-"):  # "\b(?<!-)": a word starts here
            out.append(match.span())
    return out


def _mention(text: str, atom: _Atom, following: _Atom | None) -> Mention | None:
    start, end, value = atom.start, atom.end, atom.value
    before = text[max(0, start - 60) : start]
    low = high = None
    unit = "count"
    between = _BETWEEN_BEFORE.search(before) if "tussen" in folded(before.lower()) else None
    joiner = _AND if between else _RANGE_SEP
    after = text[end : end + 80]
    gap = joiner.match(after) if following else None
    if following and following.start != end + (gap.end() if gap else -1) and after[:1] in _UNIT_FIRST:
        gap = _repeated_unit_gap(before, after, following.start - end, between is not None) or gap
    ratio = _RATIO.match(after) if following else None
    if gap and following and following.start == end + gap.end() and following.value > value:
        low, high, end = value, following.value, following.end
        value = (low + high) / 2
        if between:
            start = start - len(between.group(0))
    elif ratio and following and following.start == end + ratio.end() and following.value:
        unit, end = "ratio", following.end
        value = value / following.value
    unit, end, value, low, high, period = _units(text, start, end, value, low, high, unit)
    euro = _EURO_BEFORE.search(before) if "€" in before or "EUR" in before or "euro" in before else None
    if euro:
        unit = "eur"
        start = start - len(euro.group(0))
    qualifier, start = _qualifier(text, start)
    return _with_change(
        text, Mention(start, end, text[start:end], value, low, high, unit, qualifier, period, spelled=atom.spelled)
    )


_UNIT_FIRST = frozenset(" %\u00a0")
_UNIT_GAP = re.compile(
    r"\s?(?P<percent>%|procent)?(?P<joiner>\s*(?:–|—|-|tot|t/m|à)\s*|\s+a\s+|\s+en\s+)"
    r"(?P<euro>(?:€|EUR|euro)\s?)?"
)
_PERCENT_AFTER = re.compile(r"\s?(?:%|procent\b)")


def _repeated_unit_gap(before: str, after: str, distance: int, between: bool) -> re.Match | None:
    """The gap of a range whose unit is written at both ends ("10% tot 15%", "€ 10.000 tot € 15.000",
    "tussen 20% en 30%"), when ``distance`` characters after the first number the second one starts.

    >>> gap = _repeated_unit_gap("", "% tot 15%", 6, False)
    >>> gap.group(), _repeated_unit_gap("", "% tot 15 jaar", 6, False)
    ('% tot ', None)
    """
    gap = _UNIT_GAP.match(after)
    if not gap or gap.end() != distance or bool(gap.group("percent")) == bool(gap.group("euro")):
        return None  # exactly one unit repeated: a percent sign after both, or a euro sign before both
    if ("en" in gap.group("joiner")) != between:
        return None  # "en" joins a range only after "tussen"
    if gap.group("percent"):
        return gap if _PERCENT_AFTER.match(after[distance:].lstrip("0123456789.,")) else None
    return gap if _EURO_BEFORE.search(before) else None


def _units(text, start, end, value, low, high, unit):
    """Apply scale words, %, euro, x/keer, km/uur, ages and "per jaar" after a number."""
    period = ""
    after = text[end : end + 80]  # the text after the number, cut again whenever ``end`` moves
    for name, pattern in _SUFFIXES if may_have_suffix(after) else ():
        match = pattern.match(after)
        if not match:
            continue
        if name == "scale":
            factor = SCALES[match.group(0).strip().lower()]
            value, low, high = value * factor, low and low * factor, high and high * factor
        else:
            unit = name if unit == "count" else unit
        end += match.end()
        after = text[end : end + 80]
    before = text[max(0, start - 30) : start]
    if unit == "count" and (years := _YEARS_AFTER.match(after)):
        unit = "years_of_age" if _AGE_BEFORE.search(before) or low is not None else "years"
        end += years.end()
        after = text[end : end + 80]
    elif unit == "count" and (duration := _DURATION.match(after)):  # "7 dagen", "twee weken"
        unit = _DURATION_UNITS[duration.group("unit").lower()]
        end += duration.end()
        after = text[end : end + 80]
    per = _PERIOD.match(after)
    if per:
        period = "per " + per.group("per").lower()
        if unit == "times":
            unit = "times_per_period"
            end += per.end()
    return unit, end, value, low, high, period


def _qualifier(text: str, start: int) -> tuple[str, int]:
    before = text[max(0, start - 40) : start]
    if not may_qualify(before):
        return "exact", start
    for name, pattern in _QUALIFIER:
        match = pattern.search(before)
        if match:
            return name, start - len(match.group(0))
    return "exact", start


def _with_change(text: str, mention: Mention) -> Mention:
    """Mark "een stijging van 76 ten opzichte van 2023" and "nam toe met 52%" as changes."""
    before = text[max(0, mention.start - 60) : mention.start]
    match = _CHANGE_BEFORE.search(before) if ends_with_van_met(before) else None
    after = _CHANGE_PARTICLE_AFTER.match(text[mention.end : mention.end + 80])
    if not match and not (after and _TAKE_WITH.search(before)):
        return mention
    cue = (match.group(0) if match else "") + " " + (after.group("particle") if after else "")
    direction = "down" if _DOWN.search(cue.strip()) or (match and match.group("particle") == "af") else "up"
    base = _BASE.match(text[mention.end : mention.end + 80])
    return replace(mention, kind="change", direction=direction, base_year=int(base.group("year")) if base else None)


_ONCE_IDIOM = re.compile(r"\bnu\s+eenmaal$|^Eenmaal$|(?<![\w\s])\s*Eenmaal$|\bals\s+eenmaal$")


def _word_multiples(text: str, masks: list[NonFigure], low: str | None = None) -> list[Mention]:
    out: list[Mention] = []
    if "maal" not in (text.lower() if low is None else low):
        return out  # "tweemaal", "driemaal", ...
    for match in _WORD_MULTIPLE.finditer(text):
        value = word_value(match.group("word"))
        if value and not covered(masks, match.start(), match.end()):
            period = _PERIOD.match(text[match.end() : match.end() + 40])
            if value == 1 and not period and _ONCE_IDIOM.search(text, max(0, match.start() - 8), match.end()):
                continue  # "dat is nu eenmaal zo", "Eenmaal binnen ..."
            unit = "times_per_period" if period else "times"
            end = match.end() + (period.end() if period else 0)
            out.append(
                Mention(
                    match.start(),
                    end,
                    text[match.start() : end],
                    float(value),
                    unit=unit,
                    period=("per " + period.group("per").lower()) if period else "",
                    spelled=True,
                )
            )
    return out


def _fractions(text: str, masks: list[NonFigure], low: str | None = None) -> list[Mention]:
    """Shares written as fractions: "twee derde", "driekwart", "een kwart", "de helft", "een derde van".
    "de derde vergadering" and "een derde termijn" are ordinals: no share.

    >>> [(m.raw, round(m.value, 3)) for m in _fractions("Twee derde was minderjarig, de derde keer", [])]
    [('Twee derde', 0.667)]
    """
    out: list[Mention] = []
    low = folded(text.lower()) if low is None else low
    if not any(part in low for part in FRACTIONS):
        return out  # no "helft", "kwart", "derde", ...
    for match in _FRACTION_LOWER.finditer(low) if len(low) == len(text) else _FRACTION.finditer(text):
        count, part = match.group("count").lower(), match.group("part").lower()
        if (count == "de") != (part == "helft") or covered(masks, match.start(), match.end()):
            continue  # "de helft" is the only share with "de"; "de derde" is an ordinal
        if not match.group("gap") and (part == "tiende" or count == "de"):
            continue  # "vijftiende", "zestiende": the ordinals 15 and 16
        if (
            _COUNTS[count] == 1
            and part not in ("helft", "kwart")
            and not _SHARE_AFTER.match(text, match.end(), min(len(text), match.end() + 20))
        ):
            continue  # "een derde termijn"
        value = _COUNTS[count] * FRACTIONS[part]
        if value > 1:
            continue  # "vijf kwart": no share
        qualifier, start = _qualifier(text, match.start())
        out.append(
            Mention(
                start, match.end(), text[start : match.end()], value, unit="fraction", qualifier=qualifier, spelled=True
            )
        )
    return out


# "vijf- tot zesduizend", "tussen de vijf- en zevenduizend": the first number shares the second's scale
_ELIDED_JOIN = re.compile(r"-[^\S\n]+(?P<sep>tot|à|a|of|en)[^\S\n]+", re.IGNORECASE)
_HEAD_WORD = re.compile(r"(?:^|(?<=[^\w-]))(?P<word>[^\W\d_]+)$")
_FULL_WORD = re.compile(r"[^\W\d_]+(?![\w-])")
_BIG_AFTER = re.compile(r"[^\S\n]+(?P<scale>miljoen|miljard)(?![\w-])", re.IGNORECASE)


def _elided_ranges(text: str, masks: list[NonFigure]) -> list[Mention]:
    """Ranges of number words whose first part is elided: "vijf- tot zesduizend" is 5000 to 6000.

    >>> [(m.raw, m.low, m.high) for m in _elided_ranges("tussen de vijf- en zevenduizend slachtoffers", [])]
    [('tussen de vijf- en zevenduizend', 5000.0, 7000.0)]
    """
    out: list[Mention] = []
    if "- " not in text:
        return out
    for join in _ELIDED_JOIN.finditer(text):
        head = _HEAD_WORD.search(text, max(0, join.start() - 30), join.start())
        full = _FULL_WORD.match(text, join.end())
        if not head or not full:
            continue
        last, first = word_value(full.group()), elided_value(head.group("word"), full.group())
        if not last or first is None or first >= last:
            continue
        low, high = float(first), float(last)
        start, end = head.start(), full.end()
        between = _BETWEEN_BEFORE.search(text, max(0, start - 20), start)
        if join.group("sep").lower() == "en":
            if not between:
                continue  # "vijf- en zevenduizend" without "tussen": two numbers, not a range
        if between:
            start = between.start()
        big = _BIG_AFTER.match(text, end)
        if big:
            factor = SCALES[big.group("scale").lower()]
            low, high, end = low * factor, high * factor, big.end()
        if covered(masks, start, end):
            continue
        unit, end, value, low, high, period = _units(text, start, end, (low + high) / 2, low, high, "count")
        qualifier, start = _qualifier(text, start)
        out.append(Mention(start, end, text[start:end], value, low, high, unit, qualifier, period, spelled=True))
    return out
