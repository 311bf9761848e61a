"""Dutch numbers written with digits, both ways.  Pure functions.

Dutch texts group thousands with dots and write decimals with a comma:
"5.000" is five thousand, "8,5" is eight and a half, "1.250.000" is one
and a quarter million.  Scale words multiply ("€ 4,9 miljoen", "1,2
duizend").  :func:`parse_amount` reads all of those, :func:`render` writes a
value back the way a Dutch text would (the round trip is property-tested).

>>> parse_numeral("32.951"), parse_numeral("8,5"), parse_amount("€ 4,9 miljoen")
(32951.0, 8.5, 4900000.0)
"""
from __future__ import annotations

import re

from .numwords import to_words, words_value

NUMERAL = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")

SCALES = {
    "duizend": 1e3, "dzd": 1e3, "dzd.": 1e3,
    "miljoen": 1e6, "mln": 1e6, "mln.": 1e6, "mio": 1e6,
    "miljard": 1e9, "mld": 1e9, "mld.": 1e9, "mrd": 1e9, "mrd.": 1e9,
}
SCALE_WORDS = r"(?:miljoen|miljard|duizend|mln\.?|mld\.?|mrd\.?|dzd\.?|mio)(?![\w])"
_AMOUNT = re.compile(
    r"\s*(?P<euro>€|eur\b|euro\b)?\s*(?P<num>" + NUMERAL + r")\s*(?P<scale>" + SCALE_WORDS + r")?"
    r"\s*(?P<euro_after>euro\b|€)?\s*", re.IGNORECASE)


def parse_numeral(raw: str) -> float | None:
    """A numeral written the Dutch way, or None.

    >>> parse_numeral("1.250.000"), parse_numeral("165,41"), parse_numeral("12"), parse_numeral("1.5")
    (1250000.0, 165.41, 12.0, None)
    """
    raw = raw.strip()
    if _THOUSANDS.fullmatch(raw):
        return float(raw.replace(".", "").replace(",", "."))
    if _PLAIN.fullmatch(raw):
        return float(raw.replace(",", "."))
    return None


def parse_amount(text: str) -> float | None:
    """A whole amount: numeral (or number words) with an optional scale word and euro sign.

    >>> parse_amount("1,2 duizend"), parse_amount("tweeënvijftig"), parse_amount("4,9 mln euro")
    (1200.0, 52.0, 4900000.0)
    """
    match = _AMOUNT.fullmatch(text)
    if match:
        value = parse_numeral(match.group("num"))
        scale = match.group("scale")
        return value * SCALES[scale.lower()] if scale and value is not None else value
    words = words_value(text.strip())
    return float(words) if words is not None else None


def format_numeral(value: float, decimals: int | None = None) -> str:
    """Digits the Dutch way: thousands dots, decimal comma.

    >>> format_numeral(32951), format_numeral(8.5), format_numeral(1250000), format_numeral(0.25)
    ('32.951', '8,5', '1.250.000', '0,25')
    """
    if decimals is None:
        text = repr(float(value))
        if "e" in text:
            text = f"{value:.10f}"
        decimals = 0 if float(value).is_integer() else len(text.split(".")[1].rstrip("0"))
    whole = f"{abs(value):,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if value < 0 else "") + whole


def render(value: float, style: str = "digits") -> str:
    """A value as a Dutch text would write it.

    ``style`` is "digits" ("1.250.000"), "scaled" ("1,25 miljoen", "€ 4,9
    miljoen" with ``euro``), "words" ("tweeënvijftig"), "euro" ("€ 4.900").

    >>> render(1_250_000, "scaled"), render(52, "words"), render(4_900_000, "euro_scaled")
    ('1,25 miljoen', 'tweeënvijftig', '€ 4,9 miljoen')
    """
    if style == "digits":
        return format_numeral(value)
    if style == "words":
        return to_words(int(value))
    if style == "euro":
        return "€ " + format_numeral(value)
    if style in ("scaled", "euro_scaled"):
        text = _scaled(value)
        return ("€ " + text) if style == "euro_scaled" else text
    raise ValueError(f"onbekende stijl {style!r}")


def _scaled(value: float) -> str:
    for word, size in (("miljard", 1e9), ("miljoen", 1e6), ("duizend", 1e3)):
        if abs(value) >= size:
            return f"{format_numeral(round(value / size, 6))} {word}"
    return format_numeral(value)
