"""How readable a page's text is: a score from character classes and word shapes, 0 (garbage) to 1.

A text layer can be garbage while looking like text to a character count:
a font without a Unicode map gives shifted glyph codes ("3HQČåQtSURVW"),
a file's own bad OCR reads Cyrillic as Latin ("npVIMeHeHVIeM"), a broken
font gives control characters, a damaged content stream leaks operators
("(and)Tj").  And OCR of a page in a script tesseract does not know gives
confident-looking nonsense.  The score is the share of the text's
characters that sit in plausible words:

- a word is letters of one script (Latin, Cyrillic, Greek, Arabic, Hebrew,
  CJK/kana/hangul, ...), optionally with digits, and ``-'’./&`` inside;
- Latin, Cyrillic and Greek words are lower case, Capitalised, ALL CAPS, or
  have at most one capital inside (``TraceMonkey``); one of four or more
  letters has a vowel; none is longer than 25 letters (words run together);
- numbers, dates, amounts and punctuation count as plausible;
- web and e-mail addresses count as plausible; control characters and U+FFFD
  count against (private-use glyphs are judged by ``cleanup.map_private_use``).

No lexicon is used (the system packages do not bring a Dutch word list), so
the score judges form, not spelling: OCR with a few misread letters still
scores high; ``OcrResult.confidence`` covers that side.

>>> score("Het college heeft in 2024 ruim 1.200 meldingen ontvangen.") > 0.9
True
>>> score("Hanorosas:t AeKnapai...IVIs:t no Hanory, ynnal.IVIBaeMoMy B CBS'I3VI C npVIMeHeHVIeM") < 0.5
True
>>> score("")
1.0
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

GARBLED = 0.6  # a text scoring below this is not trusted: the page is marked low quality
MAX_WORD = 40  # letters: a longer Latin word is words run together (Dutch compounds reach 35)
VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœаеёиоуыэюяіїєαεηιουωάέήίόύώ")
_TOKEN = re.compile(r"\S+")
_EDGE = "\"'“”‘’„«»()[]{}<>.,;:!?*•·–—-_/\\|%§#+=~^`@…"
_SPLIT_WORD = re.compile(r"[^\W_][^\w\s\-'’./&@:]+[^\W_]|[^\W\d_]{2}:[^\W\d_]")
_ADDRESS = re.compile(r"^(?:\W*)(?:https?://|www\.)|^[\w.+-]+@[\w-]+\.[\w.]+\W*$")
_PARTS = re.compile(r"[^\w]+|_")
_CASED = {"LATIN", "CYRILLIC", "GREEK"}


def score(text: str) -> float:
    """The share (0–1) of the non-space characters of ``text`` that sit in plausible words; 1.0 for no text."""
    good = bad = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        weight = len(token)
        if plausible(token):
            good += weight
        else:
            bad += weight
    total = good + bad
    return 1.0 if total == 0 else round(good / total, 3)


def garbled(text: str) -> bool:
    """True when the text scores below ``GARBLED``.

    >>> garbled("3HQČåQtSURVWĜHGN\\\\QD~þWHFK"), garbled("Test Vertical Layout"), garbled("日本語 あいうえお")
    (True, False, False)
    """
    return score(text) < GARBLED


def plausible(token: str) -> bool:
    """Whether one whitespace-separated token looks like a word, a number or punctuation.

    >>> [plausible(t) for t in ("gemeente,", "TraceMonkey", "2.500", "(and)Tj", "npVIMeHeHVIeM", "\\x04\\x05")]
    [True, True, True, False, False, False]
    """
    if any(_bad_char(c) for c in token):
        return False
    if _ADDRESS.search(token):
        return True  # web and e-mail addresses are not words
    core = token.strip(_EDGE)
    if not core or not any(c.isalpha() for c in core):
        return True  # a number, an amount, punctuation
    if any(_script(c) == "CJK" for c in core if c.isalpha()):
        return True  # CJK runs without spaces, punctuation and Latin inside: judged by character classes only
    if _SPLIT_WORD.search(core):
        return False  # "Cl>opMa", "PaJ,Qen", "(and)Tj": punctuation that splits a word
    return all(_word_ok(part) for part in _PARTS.split(core) if part)


def _word_ok(part: str) -> bool:
    letters = "".join(c for c in part if c.isalpha())
    if not letters:
        return True
    scripts = {_script(c) for c in letters}
    if len(scripts) > 1:
        return False
    script = scripts.pop()
    if script not in _CASED:
        return True
    if len(letters) > MAX_WORD:
        return False
    if len(letters) >= 4 and not any(c.lower() in VOWELS for c in letters):
        return _acronym(letters)
    return _case_ok(letters)


def _acronym(letters: str) -> bool:
    return letters.isupper() and len(letters) <= 6


def _case_ok(letters: str) -> bool:
    """lower, Capitalised, ALL CAPS, or CamelCase of real parts (``TraceMonkey``, ``DCTDecode``, ``iPhone``).

    >>> [_case_ok(w) for w in ("gemeente", "RIEC", "NetworkLinearFlow", "DeviceRGB", "IVIBaeMoMy", "PaJ", "CyMMa")]
    [True, True, True, True, False, False, False]
    """
    if letters.islower() or letters.isupper() or letters[1:].islower():
        return True
    segments = _segments(letters)
    if len(segments) > 5:
        return False
    for segment in segments[1:]:
        if segment.isupper():
            if len(segment) < 2:
                return False
        elif len(segment) < 3 or not segment[1:].islower():
            return False
    return True


def _segments(letters: str) -> list[str]:
    """CamelCase parts: "DCTDecode" → DCT, Decode; "iPhone" → i, Phone."""
    out: list[str] = []
    start = 0
    for i in range(1, len(letters)):
        prev, cur = letters[i - 1], letters[i]
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        if (prev.islower() and cur.isupper()) or (prev.isupper() and cur.isupper() and nxt.islower()):
            out.append(letters[start:i])
            start = i
    out.append(letters[start:])
    return out


def _bad_char(c: str) -> bool:
    category = unicodedata.category(c)
    return category in ("Cc", "Cs", "Cn") or c == "\ufffd"  # private-use glyphs: ingest/cleanup.py maps them


@lru_cache(maxsize=4096)
def _script(c: str) -> str:
    """The script of a letter, from its Unicode name: LATIN, CYRILLIC, CJK (ideographs, kana, hangul), ..."""
    if c < "\x80":
        return "LATIN"
    name = unicodedata.name(c, "")
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "BOPOMOFO", "HALFWIDTH", "FULLWIDTH"):
        return "CJK"
    return first or "OTHER"
