"""Pages → paragraph-sized Passages that each know their page."""

from __future__ import annotations

import re

from ingest import Page
from ingest.cleanup import join_hyphens

from .model import Passage

MAX_CHARS = 1200
_BLANK = re.compile(r"\n[ \t\u00a0]*\n+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(])")
_SPACES = re.compile(r"\s+")
_NOTE_START = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3})\s", re.M)


def passages(pages: tuple[Page, ...]) -> tuple[Passage, ...]:
    """Split every page into passages, numbered in reading order; footnotes come last per page.

    A footnote passage has kind "footnote"; its ``start``/``end`` are offsets
    in ``Page.footnotes``, and its text begins with its marker ("² Niet …").

    >>> from ingest import Page
    >>> [(p.kind, p.text) for p in passages((Page(1, "Eerste alinea.\\n\\nTweede alinea.", footnotes="¹ Bron."),))]
    [('body', 'Eerste alinea.'), ('body', 'Tweede alinea.'), ('footnote', '¹ Bron.')]
    """
    out: list[Passage] = []
    for page in pages:
        for start, end, text in with_headings(_chunks(page.text)):
            out.append(Passage(page=page.number, seq=len(out), text=text, start=start, end=end))
        for start, end, text in footnote_chunks(page.footnotes):
            out.append(Passage(page=page.number, seq=len(out), text=text, kind="footnote", start=start, end=end))
    return tuple(out)


HEADING_CHARS = 60


def with_headings(chunks):
    """Join a heading (a short line that ends no sentence) to the paragraph after it.

    A heading alone is a poor search hit (and, being short, BM25 ranks it
    high); with its paragraph it says what the paragraph is about.  Runs of
    short lines (letter header fields, lists) stay as they are.

    >>> [t for _, _, t in with_headings([(0, 10, "Artikel 10"), (12, 80, "Het is verboden te parkeren op "
    ...                                  "een plaats voor vergunninghouders.")])]
    ['Artikel 10 Het is verboden te parkeren op een plaats voor vergunninghouders.']
    >>> [t for _, _, t in with_headings([(0, 5, "Datum 8 mei"), (7, 20, "Kenmerk 2025-1")])]
    ['Datum 8 mei', 'Kenmerk 2025-1']
    """
    chunks = list(chunks)
    skip = False
    for i, (start, end, text) in enumerate(chunks):
        if skip:
            skip = False
            continue
        following = chunks[i + 1] if i + 1 < len(chunks) else None
        if following and _is_heading(text) and len(following[2]) >= HEADING_CHARS:
            yield start, following[1], f"{text} {following[2]}"
            skip = True
        else:
            yield start, end, text


def _is_heading(text: str) -> bool:
    return len(text) < HEADING_CHARS and not text.endswith((".", "!", "?", ":", ";", ","))


def footnote_chunks(footnotes: str):
    """One chunk per footnote: a new one starts at each line that begins with a marker.

    >>> [t for _, _, t in footnote_chunks("1 Zie de monitor\\nvan 2024.\\n2 Bron: CBS.")]
    ['1 Zie de monitor van 2024.', '2 Bron: CBS.']
    """
    starts = [m.start() for m in _NOTE_START.finditer(footnotes)]
    if footnotes.strip() and (not starts or footnotes[: starts[0]].strip()):
        starts.insert(0, 0)
    for start, end in zip(starts, starts[1:] + [len(footnotes)]):
        text = clean(footnotes[start:end])
        if _meaningful(text):
            yield start, end, text


def clean(text: str) -> str:
    """Join a chunk's lines into one line of text, mending hyphenated line ends.

    >>> clean("versnip-\\nperd en zorg- en\\nveiligheid")
    'versnipperd en zorg- en veiligheid'
    """
    text = join_hyphens(text)
    return _SPACES.sub(" ", text).strip()


def _chunks(text: str):
    pos = 0
    for block in _BLANK.split(text):
        start = text.find(block, pos)
        pos = start + len(block)
        for offset, piece in _split_long(block):
            cleaned = clean(piece)
            if _meaningful(cleaned):
                yield start + offset, start + offset + len(piece), cleaned


def _split_long(block: str):
    """Cut a long block at paragraph-like line ends, then at sentences."""
    if len(block) <= MAX_CHARS:
        yield 0, block
        return
    lines = block.split("\n")
    width = max(len(line.rstrip()) for line in lines) or 1
    current, offset, pos = [], 0, 0
    for line in lines:
        current.append(line)
        pos += len(line) + 1
        size = sum(len(x) + 1 for x in current)
        ends_paragraph = line.rstrip().endswith((".", ":", "?", "!")) and len(line.rstrip()) < 0.8 * width
        if (ends_paragraph and size > 200) or size > MAX_CHARS:
            yield from _by_sentence(offset, "\n".join(current))
            current, offset = [], pos
    if current:
        yield from _by_sentence(offset, "\n".join(current))


def _by_sentence(offset: int, piece: str):
    if len(piece) <= MAX_CHARS * 1.5:
        yield offset, piece
        return
    start = 0
    for match in _SENTENCE_END.finditer(piece):
        if match.start() - start >= MAX_CHARS:
            yield offset + start, piece[start : match.start()]
            start = match.end()
    yield offset + start, piece[start:]


_THREE_ALNUM = re.compile(r"[^\W_](?:[\W_]*[^\W_]){2}")  # ``[^\W_]`` is exactly ``str.isalnum``


def _meaningful(text: str) -> bool:
    """At least three letters or digits.

    >>> _meaningful("- 1 -"), _meaningful("a, b & c")
    (False, True)
    """
    return _THREE_ALNUM.search(text) is not None
