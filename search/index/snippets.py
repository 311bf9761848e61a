"""Snippets with the matched words marked, independent of the engine."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from search.index.analysis import tokens
from search.index.query import Query, parse

WINDOW = 240


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...]  # offsets in ``text`` of the marked words

    def html(self) -> str:
        """The snippet as HTML with ``<mark>`` around matched words."""
        out, pos = [], 0
        for start, end in self.spans:
            out.append(escape(self.text[pos:start]))
            out.append(f"<mark>{escape(self.text[start:end])}</mark>")
            pos = end
        out.append(escape(self.text[pos:]))
        return "".join(out)


def match_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Character spans in ``text`` of words that match the query."""
    stems, phrases = query.highlight_terms()
    spans = [(t.start, t.end) for t in tokens(text) if t.term in stems]
    exact = tokens(text, stemmed=False)
    words = [t.term for t in exact]
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == phrase:
                spans.append((exact[i].start, exact[i + n - 1].end))
    return _merge(sorted(spans))


def snippet(text: str, query: Query, width: int = WINDOW) -> Snippet:
    """The window of ``text`` around the first match, with matches marked.

    >>> from search.index.query import parse
    >>> snippet("Er waren 191 meldingen bij het meldpunt.", parse("melding")).html()
    'Er waren 191 <mark>meldingen</mark> bij het meldpunt.'
    """
    spans = match_spans(text, query)
    if len(text) <= width:
        return Snippet(text, tuple(spans))
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    piece = prefix + text[start:end] + suffix
    shift = len(prefix) - start
    inside = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    return Snippet(piece, inside)


def highlight(text: str, query: Query | str) -> str:
    """The whole of ``text`` as HTML, matches of ``query`` marked (for document pages).

    >>> highlight("De Koffer Verkeerd & co", '"koffer verkeerd"')
    'De <mark>Koffer Verkeerd</mark> &amp; co'
    """
    if isinstance(query, str):
        query = parse(query)
    return Snippet(text, tuple(match_spans(text, query))).html()


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
