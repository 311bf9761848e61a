"""spaCy's Dutch tokenizer without its exceptions, in pure Python (no spaCy import).

``spacy.blank("nl")`` minus the tokenizer exceptions (what :func:`extract.nlp._blank_dutch`
builds) splits a text on whitespace, then strips prefixes and suffixes and splits
infixes with three regular expressions, and keeps URLs whole.  The expressions are
spaCy's own, stored in ``data/tokenizer-nl.json`` (written by
``python tests/test_dutch_tokens.py --write``; ``tests/test_dutch_tokens.py`` checks
they are still the installed spaCy's and that the tokens are the same), and the
algorithm below is ``Tokenizer._tokenize_affixes``/``_split_affixes``/``_attach_tokens``
of spaCy 3.8 with no special cases and no ``token_match``.

>>> [text[a:b] for text in ["In 's-Gravenhage (AVIM), Rotterdam-Rijnmond."] for a, b in spans(text)]
['In', "'", 's-Gravenhage', '(', 'AVIM', ')', ',', 'Rotterdam-Rijnmond', '.']
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RULES = Path(__file__).with_name("data") / "tokenizer-nl.json"
_RUNS = re.compile(r"\S+|\s+")


@dataclass(frozen=True)
class Rules:
    """The compiled expressions: ``prefix``/``suffix`` are searched, ``infix`` iterated, ``url`` matched."""

    prefix: re.Pattern
    suffix: re.Pattern
    infix: re.Pattern
    url: re.Pattern


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The expressions of ``data/tokenizer-nl.json``, compiled once (about 40 ms)."""
    stored = json.loads(RULES.read_text(encoding="utf-8"))
    return Rules(*(re.compile(stored[name]) for name in ("prefix", "suffix", "infix", "url")))


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of spaCy's tokens of ``text``, whitespace tokens included.

    >>> [("Capelle  a/d 3/4"[a:b]) for a, b in spans("Capelle  a/d 3/4")]
    ['Capelle', ' ', 'a/d', '3/4']
    """
    out: list[tuple[int, int]] = []
    for start, chunk in _chunks(text):
        for length in _split(chunk):
            out.append((start, start + length))
            start += length
    return out


def _chunks(text: str):
    """spaCy's whitespace split: runs of non-space and of space; one ' ' after a word is dropped."""
    for match in _RUNS.finditer(text):
        start, chunk = match.start(), match.group()
        if start and chunk[0] == " ":  # a space run after a word: its first ' ' is that word's trailing space
            start, chunk = start + 1, chunk[1:]
        if chunk:
            yield start, chunk


@lru_cache(maxsize=65536)
def _split(chunk: str) -> tuple[int, ...]:
    """The lengths of the tokens of one whitespace-free (or all-whitespace) chunk."""
    prefixes, middle, suffixes = _affixes(chunk)
    return (*prefixes, *_infixes(middle), *reversed(suffixes))


def _affixes(string: str) -> tuple[list[int], str, list[int]]:
    """Prefix and suffix lengths stripped off in spaCy's order (``_split_affixes``), and what is left."""
    r = rules()
    prefixes: list[int] = []
    suffixes: list[int] = []
    last_size = -1
    while string and len(string) != last_size:
        last_size = len(string)
        match = r.prefix.search(string)
        pre_len = match.end() - match.start() if match else 0
        match = r.suffix.search(string[pre_len:])
        suf_len = match.end() - match.start() if match else 0
        if pre_len and suf_len and pre_len + suf_len <= len(string):
            string = string[pre_len:-suf_len]
            prefixes.append(pre_len)
            suffixes.append(suf_len)
        elif pre_len:
            string = string[pre_len:]
            prefixes.append(pre_len)
        elif suf_len:
            string = string[:-suf_len]
            suffixes.append(suf_len)
    return prefixes, string, suffixes


def _infixes(string: str) -> list[int]:
    """The token lengths of what the affixes left: whole if a URL or without infixes (``_attach_tokens``)."""
    if not string:
        return []
    r = rules()
    if r.url.match(string):
        return [len(string)]
    out: list[int] = []
    start = 0
    for match in r.infix.finditer(string):
        infix_start, infix_end = match.start(), match.end()
        if infix_start == 0:  # spaCy's ``start_before_infixes``: an infix at the very start is skipped
            continue
        if infix_start != start:
            out.append(infix_start - start)
        if infix_start != infix_end:
            out.append(infix_end - infix_start)
        start = infix_end
    if start < len(string):
        out.append(len(string) - start)
    return out
