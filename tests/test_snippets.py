"""Snippets: the fast window (only the window analysed) marks exactly what marking the whole text did."""

from conftest import shared
from test_analysis import _fast_path_texts

from search.index.analysis import tokens
from search.index.query import parse
from search.index.snippets import WINDOW, Snippet, first_match, match_spans, snippet

QUERIES = (
    "melding",
    "slachtoffers politie",
    "gemeente OF raad",
    '"van de"',
    '"seksuele uitbuiting"',
    '"de gemeente" college',
    "5.000",
    '"in het kader van"',
    "uitbuiting -arbeidsuitbuiting",
)


def slow_spans(text: str, query) -> list[tuple[int, int]]:
    """The former ``match_spans``: through :func:`analysis.tokens` (Token tuples), merged."""
    stems, phrases = query.highlight_terms()
    spans = [(t.start, t.end) for t in tokens(text) if t.term in stems]
    exact = tokens(text, stemmed=False)
    words = [t.term for t in exact]
    for phrase in phrases:
        n = len(phrase)
        spans += [
            (exact[i].start, exact[i + n - 1].end)
            for i in range(len(words) - n + 1)
            if tuple(words[i : i + n]) == phrase
        ]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def whole_text_snippet(text: str, query, width: int = WINDOW) -> Snippet:
    """The former snippet: every match of the whole text found, those inside the window kept."""
    spans = slow_spans(text, query)
    if len(text) <= width:
        return Snippet(text, tuple(spans))
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    prefix, suffix = ("… " if start else ""), (" …" if end < len(text) else "")
    shift = len(prefix) - start
    return Snippet(
        prefix + text[start:end] + suffix, tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    )


def test_window_snippets_equal_whole_text_snippets(corpus_archive_dir):
    texts = [text[:3000] for text in _fast_path_texts(corpus_archive_dir)]  # passage-sized
    marked = 0
    for q in QUERIES:
        query = parse(q)
        for text in texts:
            fast = snippet(text, query)
            assert fast == whole_text_snippet(text, query), (q, text[:80])
            assert match_spans(text, query) == slow_spans(text, query)
            marked += bool(fast.spans)
    assert marked > 500


def test_first_match_is_the_first_marked_word():
    text = "In het kader van de aanpak: meldingen bij de gemeente, en nog meer meldingen."
    assert first_match(text, parse("melding")) == text.index("meldingen")
    assert first_match(text, parse('gemeente OF "het kader"')) == text.index("het kader")
    assert first_match(text, parse("politie")) is None


def test_a_word_longer_than_the_window_is_not_cut_into_a_mark():
    text = "melding " + "x" * 400 + " melding"
    found = snippet(text, parse("melding"))
    assert found.text.startswith("melding") and found.spans == ((0, 7),)
    amsterdam = sorted(shared("amsterdam").rglob("*.ocr"))[0].read_text(encoding="utf-8", errors="replace")
    assert snippet(amsterdam, parse("gemeente")) == whole_text_snippet(amsterdam, parse("gemeente"))
