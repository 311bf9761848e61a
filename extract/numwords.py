"""Dutch number words, both ways: "tweeënvijftig" ↔ 52.

text2num reads Dutch number words but not every spelling that councils
print (it refuses "tweeenvijftig" without the diaeresis and does not know
"één" with grave accents from OCR); :func:`word_value` tries text2num first
and falls back to our own small grammar.  :func:`to_words` writes an integer
the way a Dutch text would, for the round-trip property test.
"""
from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

UNITS = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
         "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
         "negentien")
TENS = ("", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_UNIT_VALUE = {word: i for i, word in enumerate(UNITS)}
_TENS_VALUE = {word: i * 10 for i, word in enumerate(TENS) if word}
_SPELLINGS = {"één": "een", "eén": "een", "èèn": "een", "ééne": "een"}

# Quick pre-check so that ordinary words never reach the parsers.
_MORPHEMES = re.compile(
    r"(?:nul|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
    r"|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig"
    r"|tachtig|negentig|honderd|duizend|en|ën)+"
)


def to_words(n: int) -> str:
    """An integer (0 ≤ n < 10**12) in Dutch words.

    >>> to_words(52), to_words(1), to_words(1250), to_words(2_000_000)
    ('tweeënvijftig', 'een', 'duizendtweehonderdvijftig', 'twee miljoen')
    """
    if n < 0 or n >= 10**12:
        raise ValueError(f"{n} valt buiten het bereik van Nederlandse getalwoorden")
    if n == 0:
        return "nul"
    billions, rest = divmod(n, 10**9)
    millions, rest = divmod(rest, 10**6)
    parts = [f"{_below_million(billions)} miljard"] if billions else []
    if millions:
        parts.append(f"{_below_million(millions)} miljoen")
    if rest:
        parts.append(_below_million(rest))
    return " ".join(parts)


def _below_million(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    head = "" if not thousands else ("duizend" if thousands == 1 else _below_thousand(thousands) + "duizend")
    return head + (_below_thousand(rest) if rest else "")


def _below_thousand(n: int) -> str:
    """1..999: "honderd", "tweehonderdvijftig"."""
    hundreds, rest = divmod(n, 100)
    head = "" if hundreds == 0 else ("honderd" if hundreds == 1 else _below_hundred(hundreds) + "honderd")
    return head + (_below_hundred(rest) if rest else "")


def _below_hundred(n: int) -> str:
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return TENS[tens]
    joint = "ën" if UNITS[unit].endswith("e") else "en"
    return UNITS[unit] + joint + TENS[tens]


@lru_cache(maxsize=8192)
def word_value(word: str) -> int | None:
    """The value of one Dutch number word, or None when it is not one.

    >>> word_value("tweeënvijftig"), word_value("tweeenvijftig"), word_value("één"), word_value("tafel")
    (52, 52, 1, None)
    """
    low = word.lower()
    if not low or not _MORPHEMES.fullmatch(low) or low in ("en", "ën"):
        return None
    low = _SPELLINGS.get(low, low)
    try:
        return int(text2num(low, "nl"))
    except ValueError:
        return _own_value(low.replace("ë", "e").replace("é", "e"))


def _own_value(word: str) -> int | None:
    """Our fallback grammar: [X]duizend[Y], [X]honderd[Y], [unit]en[tens]."""
    if not word:
        return 0
    for scale, size in (("duizend", 1000), ("honderd", 100)):
        if scale in word:
            head, _, tail = word.partition(scale)
            multiplier = _own_value(head) if head else 1
            rest = _own_value(tail) if tail else 0
            if multiplier is None or rest is None or rest >= size:
                return None
            return multiplier * size + rest
    if word in _UNIT_VALUE:
        return _UNIT_VALUE[word]
    if word in _TENS_VALUE:
        return _TENS_VALUE[word]
    for tens_word, tens in _TENS_VALUE.items():
        if word.endswith("en" + tens_word):
            unit = _UNIT_VALUE.get(word[: -len(tens_word) - 2])
            return tens + unit if unit and unit < 10 else None
    return None


def words_value(text: str) -> int | None:
    """Value of number words with separate scale words: "twee miljoen vijfhonderd".

    >>> words_value("twee miljoen vijfhonderd"), words_value("vier")
    (2000500, 4)
    """
    total, current = 0, 0
    for part in text.lower().split():
        if part in ("miljoen", "miljard"):
            total += max(current, 1) * (10**6 if part == "miljoen" else 10**9)
            current = 0
            continue
        value = word_value(part)
        if value is None:
            return None
        current += value
    return total + current


_BIG_SCALES = {"miljoen": 10**6, "miljard": 10**9}
_HALVES = {"half": 0.5, "anderhalf": 1.5}


def phrase_value(words: list[str]) -> float | None:
    """The value of number words written apart, or None unless they make one number.

    Stricter than :func:`words_value`: each part must follow the Dutch order ("een miljoen
    vijfhonderdduizend", "tweeduizend vierentwintig", "twee en vijftig", "een half miljoen"), so
    that two numbers side by side ("twee drie") are not added up.

    >>> phrase_value(["een", "miljoen", "vijfhonderdduizend"]), phrase_value(["twee", "en", "vijftig"])
    (1500000, 52)
    >>> phrase_value(["anderhalf", "miljoen"]), phrase_value(["twee", "drie"]), phrase_value(["een", "half"])
    (1500000, None, None)
    """
    words = [word.lower() for word in words]
    if "en" in words or "ën" in words:  # "twee en vijftig": a unit, "en", a tens word, nothing else
        if len(words) != 3 or words[1] not in ("en", "ën"):
            return None
        unit, tens = word_value(words[0]), _TENS_VALUE.get(words[2])
        return unit + tens if unit is not None and 0 < unit < 10 and tens else None
    total, current, last_scale, previous = 0, None, 10**12, ""
    for word in words:
        if word in _BIG_SCALES:
            scale = _BIG_SCALES[word]
            if current is None or not 0 < current < 1000 or scale >= last_scale:
                return None
            total, current, last_scale = total + round(current * scale), None, scale
        elif word in _HALVES:
            if current not in (None, 1) or (current == 1 and word != "half") or (current is None and word == "half"):
                return None  # "een half", "anderhalf"; a bare "half" is no number
            current = _HALVES[word]
        else:
            value = word_value(word)
            if value is None or value >= last_scale:
                return None
            if current is None:
                current = value
            elif previous.endswith("duizend") and current % 1000 == 0 and value < 1000:
                current += value  # "tweeduizend vierentwintig", "duizend tweehonderd"
            else:
                return None
        previous = word
    if current is not None and (current != int(current) or (total and current >= last_scale)):
        return None
    return total + int(current or 0)


_ORDINAL_IRREGULAR = {"eerste": 1, "derde": 3, "achtste": 8}


def ordinal_value(word: str) -> int | None:
    """The number of a Dutch ordinal word ("derde" 3, "tiende" 10, "eenentwintigste" 21), or None.

    >>> ordinal_value("derde"), ordinal_value("vierde"), ordinal_value("twintigste"), ordinal_value("honderdste")
    (3, 4, 20, 100)
    >>> ordinal_value("eenentwintigste"), ordinal_value("tafel"), ordinal_value("tweede")
    (21, None, 2)
    """
    low = word.lower()
    if low in _ORDINAL_IRREGULAR:
        return _ORDINAL_IRREGULAR[low]
    for ending in ("ste", "de"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            value = word_value(low[: -len(ending)])
            if value:
                return value
    return None


def elided_value(head: str, full: str) -> int | None:
    """The value of ``head`` with the scale that an elided compound shares with ``full``:
    "vijf- tot zesduizend" → ("vijf", "zesduizend") → 5000.

    >>> elided_value("vijf", "zevenduizend"), elided_value("twee", "driehonderdduizend"), elided_value("tien", "twaalf")
    (5000, 200000, 10)
    """
    low = full.lower()
    cuts = [at for at in (low.find("honderd"), low.find("duizend")) if at > 0]
    tail = low[min(cuts):] if cuts else ""
    if tail and word_value(low[: min(cuts)]) is None:
        return None
    return word_value(head.lower() + tail) if head else None
