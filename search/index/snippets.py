"""Snippets with the matched words marked, independent of the engine."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from search.index.analysis import located, pair, positions_of, raw_tokens, token_start
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
    pairs, places = located(text)
    spans = [places[i] for i, (stem, _) in enumerate(pairs) if stem in stems]
    if phrases:
        words = [exact for _, exact in pairs]
        for phrase in phrases:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if words[i] == phrase[0] and tuple(words[i : i + n]) == phrase:
                    spans.append((places[i][0], places[i + n - 1][1]))
    return _merge(sorted(spans))


def first_match(text: str, query: Query) -> int | None:
    """Character offset of the first word that matches the query (a word or a phrase's start), or None.

    Walks the raw tokens through the analyzer's fast-path cache
    (:func:`analysis.pair`) and stops at the first match, so a long passage
    costs one ``findall`` and a dict lookup per word before the match; only
    the matching token's offset is looked up.

    >>> first_match("Er waren 191 meldingen bij het meldpunt.", parse("meldpunt OF melding"))
    13
    >>> first_match("Er waren 191 meldingen bij het meldpunt.", parse('"bij het"'))
    23
    """
    stems, phrases = query.highlight_terms()
    starts = {phrase[0] for phrase in phrases}
    raws = raw_tokens(text)
    for i in positions_of(raws, stems, starts):
        if pair(raws[i])[0] in stems or any(_phrase_at(raws, i, p) for p in phrases if p[0] == pair(raws[i])[1]):
            return token_start(text, i)
    return None


def _phrase_at(raws: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return len(raws) - i >= len(phrase) and all(pair(raws[i + k])[1] == w for k, w in enumerate(phrase))


def snippet(text: str, query: Query, width: int = WINDOW) -> Snippet:
    """The window of ``text`` around the first match, with matches marked.

    Only the window is analysed for marks (a passage can be long; the
    window is 240 characters), after :func:`first_match` placed it.

    >>> from search.index.query import parse
    >>> snippet("Er waren 191 meldingen bij het meldpunt.", parse("melding")).html()
    'Er waren 191 <mark>meldingen</mark> bij het meldpunt.'
    """
    if len(text) <= width:
        return Snippet(text, tuple(match_spans(text, query)))
    first = first_match(text, query) or 0
    start = max(0, first - width // 3)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + width)
    if end < len(text):
        if " " not in text[start:end]:  # one endless token: the window would cut a word
            return _snippet_of_whole(text, query, start, end)
        end = text.rfind(" ", start, end)
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    spans = match_spans(text[start:end], query)
    shift = len(prefix)
    return Snippet(prefix + text[start:end] + suffix, tuple((s + shift, e + shift) for s, e in spans))


def _snippet_of_whole(text: str, query: Query, start: int, end: int) -> Snippet:
    """The window ``text[start:end]`` marked from the whole text's matches (the window cuts a word)."""
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - start
    spans = tuple((s + shift, e + shift) for s, e in match_spans(text, query) if s >= start and e <= end)
    return Snippet(prefix + text[start:end] + suffix, spans)


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
