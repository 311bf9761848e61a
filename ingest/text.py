"""Plain-text documents (.txt, .md, OCR text): pages split on form feeds."""

from __future__ import annotations

from .errors import UnreadableText
from .model import Page

ENCODINGS = ("utf-8-sig", "cp1252")


def decode(data: bytes) -> str:
    """Decode text bytes: UTF-8 first, then Windows-1252 (old Dutch exports).

    >>> decode("cliënten".encode("cp1252"))
    'cliënten'
    """
    if b"\x00" in data[:4096]:
        raise UnreadableText()
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableText()


def text_pages(data: bytes) -> tuple[Page, ...]:
    """Split a text file into pages at form feeds (``\\f``), 1-based.

    >>> [p.number for p in text_pages(b"een\\ftwee")]
    [1, 2]
    """
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    chunks = text.split("\f")
    if len(chunks) > 1 and not chunks[-1].strip():
        chunks = chunks[:-1]
    return tuple(Page(number=i, text=chunk) for i, chunk in enumerate(chunks, start=1))
