"""Text repair: hyphens, soft hyphens, private-use glyphs, inline footnotes, quality.

Pure functions over strings.  They run on every page (PDF, OCR or text
file) after the layout, see ``ingest/finish.py``.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .model import Page

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
CONJUNCTIONS = {"en", "of", "tot", "en/of", "noch", "als", "dan", "t/m", "enz", "resp"}
FUNCTION_WORDS = {"niet", "de", "het", "een", "in", "op", "te", "van", "voor", "met", "die", "dat", "is", "zijn",
                  "wordt", "aan", "bij", "om", "naar", "door", "ook", "maar", "want", "dus", "wel", "geen", "er"}
HYPHEN_PREFIXES = {"niet", "oud", "ex", "anti", "non", "vice", "pro", "pre", "post", "semi", "co"}
VOWELS = set("aeiouyáéíóúàèëïöüâêîôû")
LIGATURES = ("f", "fi", "fl", "ff", "ffi", "ffl", "ft", "tt", "t")
SYMBOL_BULLETS = {0xF0B7, 0xF0A7, 0xF0A8, 0xF0D8, 0xF0FC, 0xF076, 0xF06C, 0xF06E, 0xF0E0, 0xF0F0, 0xF09F}

_HYPHEN_AT_LINE_END = re.compile(r"-[ \t]*\r?\n")  # what the next two patterns need: a quick test first
# _LINE_END_HYPHEN and _SOFT_HYPHEN match from the start of a word, which (?<!\S) says outright: the regex
# engine then skips the positions inside words instead of scanning on from each (same matches, 4x faster).
_LINE_END_HYPHEN = re.compile(r"(?<!\S)(\S*[^\W\d_])-[ \t]*\r?\n[ \t]*([^\W\d_]\S*)([ \t]?)")
_NUMBER_RANGE_BREAK = re.compile(r"(\d)-[ \t]*\r?\n[ \t]*(\d\S*)([ \t]?)")
_MID_LINE_HYPHEN = re.compile(r"(?<![\w-])([^\W\d_]{3,})- ([^\W\d_][\w/]*)")
_SOFT_HYPHEN = re.compile(r"(?<!\S)(\S*?)[\ufffe\u00ad][ \t]*(?:\r?\n[ \t]*)?(\S*)([ \t]?)")
_PRIVATE = re.compile(r"[\ue000-\uf8ff]")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_FILLER = re.compile(r"[.…_·-]{3,}")  # dot leaders, lines to write on
_SUPERSCRIPT = re.compile(f"[{SUPERSCRIPTS}]")
_FOOTNOTE_START = re.compile(r"(?:^|(?<=\n)|(?<=[.!?:;)]\s))([¹²³⁴⁵⁶⁷⁸⁹⁰]+)[ \t]+(?=\S)")
_NUMBERED_HEADING = re.compile(r"[.!?](?=\s+\d{1,2}\.\s+[A-Z])")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")
MAX_INLINE_NOTE = 450  # characters: a longer run after a marker is body text going on


def hyphen(prev: str, nxt: str) -> str:
    """How a word broken by a hyphen continues: "" (join), "-" (keep) or "- " (coordination).

    >>> hyphen("versnip", "perd"), hyphen("zorg", "en"), hyphen("RIEC", "samenwerking"), hyphen("2024", "2026")
    ('', '- ', '-', '-')
    """
    if nxt.lower() in CONJUNCTIONS:
        return "- "
    if not prev or not nxt or "/" in prev or "/" in nxt or "." in prev:
        return "-"
    if prev[-1].isupper() or prev[-1].isdigit() or nxt[0].isupper() or nxt[0].isdigit():
        return "-"
    if prev.lower() in HYPHEN_PREFIXES or (prev[-1].lower() in VOWELS and nxt[0].lower() in VOWELS):
        return "-"
    return ""


def join_hyphens(text: str) -> str:
    """Mend words broken at a line end (or left broken mid-line by a reflow).

    >>> join_hyphens("versnip-\\nperd, waardoor zorg- en\\nveiligheidshuizen in 2024-2026 veran- deren")
    'versnipperd,\\nwaardoor zorg- en\\nveiligheidshuizen in 2024-2026 veranderen'
    >>> join_hyphens("Adviescollege ICT- toetsing in Zuid- Limburg")
    'Adviescollege ICT-toetsing in Zuid-Limburg'
    """
    if "\ufffe" in text or "\u00ad" in text:
        text = _SOFT_HYPHEN.sub(lambda m: _joined(m.group(1), m.group(2), "\n" if "\n" in m.group() else "",
                                                  space=m.group(3)), text)
    if "-" not in text:
        return text
    if _HYPHEN_AT_LINE_END.search(text):
        text = _NUMBER_RANGE_BREAK.sub(lambda m: f"{m.group(1)}-{m.group(2)}\n", text)
        text = _LINE_END_HYPHEN.sub(lambda m: _joined(m.group(1), m.group(2), "\n", keep="-\n", space=m.group(3)),
                                    text)
    return _MID_LINE_HYPHEN.sub(_mid_line, text) if "- " in text else text


def _mid_line(match: re.Match) -> str:
    """ "veran- deren" was one word broken before a reflow; "voorstellen- niet" is a dash."""
    prev, nxt = match.groups()
    if nxt.lower() in FUNCTION_WORDS:
        return match.group()
    return prev + hyphen(prev, nxt) + nxt


_WORD_START = re.compile(r"[\w/]*")


def _joined(prev: str, nxt: str, newline: str, keep: str = "- ", space: str = "") -> str:
    tail = _WORD_START.match(nxt).group()  # type: ignore[union-attr]  # matches every string
    how = hyphen(prev.rsplit("-", 1)[-1], tail)
    if how == "- ":
        return prev + keep + nxt + space
    rest = nxt[len(tail):]
    return prev + how + tail + rest + (newline or space)


def private_use_table(texts: list[str]) -> dict[int, str | None]:
    """What each private-use glyph of a document stands for (None: not understood).

    Symbol-font bullets become "•".  Ligature glyphs inside words are guessed
    from the document's own vocabulary: the ligature that turns the most
    broken words into words the document also spells normally wins.

    >>> table = private_use_table(["\uf0b7 Signaleren en o\ue01e melden", "of zo, of niet"])
    >>> table[0xf0b7], table[0xe01e]
    ('•', 'f')
    """
    codes = {ord(c) for text in texts for c in _PRIVATE.findall(text)}
    if not codes:
        return {}
    table = _guesses(codes, texts)
    unknown = [code for code, value in table.items() if value is None]
    if unknown and len(unknown) < len(table):  # words mended by the glyphs we know may reveal the others
        known = {code: value for code, value in table.items() if value is not None}
        mended = [text.translate(known) for text in texts]
        table.update(_guesses(unknown, mended))
    return table


def map_private_use(text: str, table: dict[int, str | None]) -> tuple[str, bool]:
    """Replace private-use glyphs by ``table``; returns the text and whether some were not understood."""
    if not _PRIVATE.search(text):
        return text, False
    unknown = any(table.get(ord(c)) is None for c in _PRIVATE.findall(text))
    return _PRIVATE.sub(lambda m: table.get(ord(m.group())) or "", text), unknown


def _guesses(codes, texts: list[str]) -> dict[int, str | None]:
    """What each glyph stands for; the texts' vocabulary is built once, and only when a glyph needs it."""
    table = {code: _symbol(code) for code in codes}
    ligatures = [code for code, value in table.items() if value is None]
    if ligatures:
        words = vocabulary(texts)
        table.update({code: _guess(code, texts, words) for code in ligatures})
    return table


def _symbol(code: int) -> str | None:
    """A Symbol-font glyph's meaning: a bullet or the ASCII character it stands for (None: not a symbol)."""
    if code in SYMBOL_BULLETS or (0xF080 <= code <= 0xF0FF):
        return "•"
    if 0xF020 <= code <= 0xF07E:
        return chr(code - 0xF000)
    return None


def _guess(code: int, texts: list[str], vocabulary: set[str]) -> str | None:
    """The ligature a glyph stands for, judged by the words it makes of the texts it occurs in."""
    glyph = chr(code)
    pattern = re.compile(rf"[^\W\d_]*{glyph}[^\W\d_]*")
    words = {w.lower() for text in texts if glyph in text for w in pattern.findall(text)}
    if not words:
        return " " if code in range(0xF000, 0xF100) else ""
    scores = Counter({lig: sum(w.replace(glyph, lig) in vocabulary for w in words) for lig in LIGATURES})
    (best, hits), *rest = scores.most_common() + [("", 0)]
    return best if hits >= 1 and hits > rest[0][1] else None


def vocabulary(texts) -> set[str]:
    """Lower-case words of texts without private-use glyphs (a document's own word list)."""
    return {w.lower() for text in texts for w in _WORD.findall(_PRIVATE.sub(" ", text))}


def split_inline_footnotes(text: str) -> tuple[str, list[str]]:
    """Footnotes printed in the flow ("… uitbuitingsvorm. ² Niet alle …") set apart.

    A note runs to the next note, to a numbered heading, or to the end of its
    block when that is near; otherwise (the flow goes on) to its first sentence end.

    >>> split_inline_footnotes("In 2025 is 191 keer² gebeld. ² Niet alles telt. 2. Aard Tekst")
    ('In 2025 is 191 keer² gebeld.\\n\\n2. Aard Tekst', ['² Niet alles telt.'])
    >>> split_inline_footnotes("Tekst. ³ Samen gemeld. ⁴ Ook samen. Opvang " + "lange tekst " * 50)[1]
    ['³ Samen gemeld.', '⁴ Ook samen.']
    """
    if not _SUPERSCRIPT.search(text):  # no marker, no note (a quick scan before the slow pattern)
        return text, []
    notes, out, pos = [], [], 0
    starts = list(_FOOTNOTE_START.finditer(text))
    for index, start in enumerate(starts):
        if start.start() < pos:
            continue
        stop = _note_end(text, start.end(), starts[index + 1].start() if index + 1 < len(starts) else None)
        out.append(text[pos:start.start()].rstrip(" \t"))
        notes.append(re.sub(r"\s+", " ", text[start.start():stop]).strip())
        pos = stop
    if not notes:
        return text, []
    out.append(text[pos:].lstrip(" \t"))
    body = "\n\n".join(part.strip("\n") for part in out if part.strip())
    return body, notes


def _note_end(text: str, begin: int, next_note: int | None) -> int:
    block = text.find("\n\n", begin)
    block_end = block if block >= 0 else len(text)
    end = min(next_note, block_end) if next_note is not None else block_end
    heading = _NUMBERED_HEADING.search(text, begin, end)
    if heading:
        return heading.start() + 1
    if end == next_note or end - begin <= MAX_INLINE_NOTE:
        return end
    sentence = _SENTENCE_STOP.search(text, begin, end)
    return sentence.start() + 1 if sentence else end


def marker(note: str) -> str:
    """The marker a footnote starts with, as digits: "² Niet …" → "2"."""
    match = re.match(r"\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3})", note)
    return match.group(1).translate(_SUPER_TO_DIGIT) if match else ""


def looks_broken(text: str) -> bool:
    """Garbage or words run together: the page should not be trusted as is.

    >>> looks_broken("Ditiseentekstwaarindespatiesontbrekenenhetgaatmaardoorendoor " * 3)
    True
    >>> looks_broken("Een gewone zin met 12 woorden en een paar cijfers 2024.")
    False
    """
    text = _FILLER.sub("", text)
    visible = sum(map(len, text.split()))  # the characters that are not white space
    if visible < 40:
        return False
    lengths = [len(w) for w in _WORD.findall(text)]
    letters = sum(lengths)
    if letters + len(_DIGIT.findall(text)) < 0.5 * visible:  # letters and digits: what str.isalnum() accepts
        return True
    return sum(n for n in lengths if n >= 28) > 0.08 * letters


def repair(page: Page, glyphs: dict[int, str | None]) -> Page:
    """One page's text repaired; footnotes set apart; quality flagged."""
    text, unknown = map_private_use(page.text, glyphs)
    text = join_hyphens(text)
    body, inline = split_inline_footnotes(text)
    footnotes = "\n".join(x for x in [map_private_use(page.footnotes, glyphs)[0]] + inline if x)
    low = unknown or looks_broken(body) or page.quality == "low"
    return replace(page, text=body, footnotes=join_hyphens(footnotes), quality="low" if low else page.quality)
