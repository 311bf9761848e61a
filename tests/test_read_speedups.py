"""The faster reading paths give what the plain ones gave (bench/read_oracle.py checks whole documents)."""

import re

from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import cleanup, lines, pdf

# the characters the patterns care about, so that random text often holds a match
TEXTISH = st.lists(
    st.sampled_from(
        [
            "a",
            "é",
            "Z",
            "1",
            "²",
            "_",
            "-",
            ".",
            "/",
            " ",
            "\t",
            "\n",
            "\r",
            "\u00a0",
            "\ufffe",
            "\u00ad",
            "en",
            "ver",
            "snip",
        ]
    ),
    max_size=20,
).map("".join)
ANCHOR = "(?<!\\S)"


def _unanchored(pattern: re.Pattern) -> re.Pattern:
    assert pattern.pattern.startswith(ANCHOR)
    return re.compile(pattern.pattern[len(ANCHOR) :])


@settings(max_examples=3000, deadline=None)
@given(TEXTISH)
def test_word_start_anchors_change_no_match(text):
    for pattern in (cleanup._LINE_END_HYPHEN, cleanup._SOFT_HYPHEN, lines._NUMBER_WORD):
        plain = _unanchored(pattern)
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


@given(st.text(max_size=300), st.integers(min_value=0, max_value=120))
def test_alnum_count_is_the_isalnum_count_up_to_the_limit(text, limit):
    assert pdf._alnum_count(text, limit) == min(limit, sum(ch.isalnum() for ch in text))


def test_text_page_boxes_are_pypdfium2s_boxes():
    document = pdf.open_pdf((CORPUS / "mensenhandelmonitor-2025-regio-rotterdam.pdf").read_bytes())
    try:
        page = document[2]
        textpage = page.get_textpage()
        fast = pdf.TextPage(textpage)
        for index in range(textpage.count_chars()):
            assert fast.get_charbox(index) == textpage.get_charbox(index)
            assert fast.get_charbox(index, loose=True) == textpage.get_charbox(index, loose=True)
    finally:
        document.close()
