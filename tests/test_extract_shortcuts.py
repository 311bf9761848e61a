"""The shortcuts that make extraction fast must never change what it finds.

Each shortcut skips work when a cheap test proves the work would find
nothing: a non-figure pattern is not run when its needles are absent
(:mod:`extract.nonfigures`), a digit-led pattern is tried only where a
number starts, a look-behind search only when its cue word is there.  These
properties are checked on generated texts made of the pieces those patterns
care about, and on every page of the corpus and the seeds.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import figure_page, lowercase, mention_cues, mentions, nonfigures, scanning
from extract.figure_page import PageText
from extract.passages import _meaningful as meaningful_passage
from ingest import discover, read_document

PIECES = (
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    ".",
    ",",
    ":",
    ";",
    "-",
    "–",
    "/",
    "(",
    ")",
    "+",
    "%",
    "°",
    "€",
    "@",
    "…",
    "'",
    "’",
    "0",
    "1",
    "2",
    "5",
    "7",
    "9",
    "06",
    "14",
    "19",
    "20",
    "31",
    "2023",
    "1850",
    "0800",
    "010",
    "５",
    "²",
    "a",
    "e",
    "x",
    "A",
    "EN",
    "ISO",
    "nr",
    "nr.",
    "Nr",
    "no",
    "art.",
    "Art",
    "vraag",
    "Vraag",
    "figuur",
    "FIGUUR",
    "bijlage",
    "pagina",
    "p.",
    "in",
    "In",
    "tot",
    "maart",
    "jan.",
    "Maandag",
    "nummer",
    "huisnummer",
    "kenmerk",
    "straat",
    "Kalverstraat",
    "van",
    "met",
    "Van",
    "MET",
    "stijging",
    "nam",
    "toe",
    "euro",
    "EUR",
    "de",
    "het",
    "ste",
    "jarige",
    "ſtap",
    "ıtem",
    "İtem",
    "Kaart",
    "ongeveer",
    "ruim",
    "bijna",
    "tussen",
    "www.",
    "e+",
    "_",
)
# Small texts each non-figure pattern (or one alternative of it) finds a number in; a test checks that every
# pattern has one.  Each holds as little as possible besides, so that a missing needle shows.
EXAMPLES = (
    "www.amsterdam.nl/2024",
    "info2@gemeente.nl",
    "NL91 ABNA 0417 1643 00",
    "tel. 020-5551234",
    "010 – 236 52 56",
    "06-12345678",
    "0800-1234",
    "14 020",
    "3 t/m 5 maart 2024",
    "Maandag 12",
    "12-3-2024",
    "20240312",
    "1, 2 en 3 ",
    "jan. 2024",
    "12:30:15",
    "+0100",
    "8.30 uur tot 10.00 uur",
    "24/7",
    "2023-2024",
    "Q3",
    "kenmerk: 2024/12",
    "AB12-3",
    "1.2.3",
    "123-456",
    "1,5e+3",
    "1/2/3",
    "Postbus 1234",
    "Kalverstraat 12a",
    "NEN 1010",
    "ISO 9001",
    "volgnummer: 5",
    "007",
    "3:4",
    "5°",
    "Figuur (3)",
    "art. 12 lid 3",
    "Vraag 4 en 5",
    "\n 12. Tekst",
    "\n3) tekst",
    "zaak. 12 Tekst",
    "\n 4 Tekst",
    "in 1850",
    "ABC 12.",
    "3 www.x",
    "12e ronde",
    "pagina 3 van 12",
    ".. 12",
    "1234 AB",
    "a²",
    "tekst12 ",
    "’12",
    "woning 12 is verbouwd",
    "18+",
    "51,2,e",
    "ref: 12",
    "RAL 9010",
    "[ 42",
    "1) een",
    "… 22",
    "168/2013",
    "brug 12",
)
texts = st.lists(st.sampled_from(PIECES + EXAMPLES), max_size=30).map("".join)


def corpus_pages() -> list[str]:
    """Every page text of corpus/ and ../shared/seeds (read once)."""
    from conftest import shared

    paths = discover([Path(__file__).resolve().parent.parent / "corpus"]) + discover([shared("seeds")])
    return [page.text for path in paths for page in read_document(path).pages]


@pytest.fixture(scope="module")
def pages() -> list[str]:
    return corpus_pages()


def _has_digit_match(pattern, text: str, start: int, end: int) -> bool:
    raw = pattern.pattern if isinstance(pattern, scanning.DigitLed) else pattern
    return any(m.end() > m.start() and nonfigures._HAS_DIGIT.search(m.group(0)) for m in raw.finditer(text, start, end))


def _check_cues(text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    cues = scanning.Cues(text, start, end)
    for kind, pattern, _, probes in nonfigures.PATTERNS:  # needles are as old as the patterns; probes are new
        if not cues.allow((), probes):
            assert not _has_digit_match(pattern, text, start, end), (kind, text[start:end])


def _check_twins(text: str) -> None:
    low = lowercase.folded(text.lower())
    if len(low) != len(text):
        return  # non_figures uses the patterns themselves then
    for kind, pattern, _, _ in nonfigures.PATTERNS:
        twin = nonfigures._TWINS.get(id(pattern))
        if twin is not None:
            raw, raw_twin = (p.pattern if isinstance(p, scanning.DigitLed) else p for p in (pattern, twin))
            assert [m.span() for m in raw_twin.finditer(low)] == [m.span() for m in raw.finditer(text)], kind


def _check_digit_led(text: str, start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    numbers = scanning.number_starts(text, start, end)
    for pattern in [p for _, p, _, _ in nonfigures.PATTERNS if isinstance(p, scanning.DigitLed)] + [
        mentions._DIGITS,
        nonfigures._DAY_MONTH,
    ]:
        expected = [m.span() for m in pattern.pattern.finditer(text, start, end)]
        assert [m.span() for m in pattern.finditer(text, start, end)] == expected
        assert [m.span() for m in pattern.finditer(text, start, end, numbers)] == expected


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 5))
def test_a_pattern_skipped_for_its_absent_cues_would_have_found_nothing(text, cut):
    _check_cues(text)
    _check_cues(text, min(cut, len(text)), max(len(text) - cut, min(cut, len(text))))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_lower_case_twin_finds_what_its_case_insensitive_pattern_finds(text):
    _check_twins(text)
    _check_twins(text.upper())
    _check_twins(text.title())


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 5))
def test_a_digit_led_pattern_finds_what_finditer_finds(text, cut):
    _check_digit_led(text)
    _check_digit_led(text, min(cut, len(text)), max(len(text) - cut, min(cut, len(text))))


def test_needles_and_digit_led_patterns_on_real_pages(pages):
    for text in pages:
        for start, end in nonfigures._digit_lines(text):
            _check_cues(text, start, end)
            _check_digit_led(text, start, end)
        _check_twins(text)


SUFFIX_PIECES = (
    " ",
    "\t",
    "-",
    "jarige",
    "%",
    "procent",
    "Procent",
    "procentpunten",
    "pct.",
    "euro",
    "€",
    "x",
    "keer",
    "maal",
    "km/u",
    "m2",
    "m²",
    "vierkante meter",
    "km",
    "kilometer",
    "m",
    "meter",
    "cm",
    "mm",
    "kg",
    "kilo",
    "miljoen",
    "MILJOEN",
    "Mln.",
    "duizend",
    "Dzd",
    "mio",
    "opvang",
    "tussen",
    "TUSSEN",
    "tuſſen",
    "de",
)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_the_change_cue_test_never_hides_a_change(before):
    if mentions._CHANGE_BEFORE.search(before):
        assert mention_cues.ends_with_van_met(before)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SUFFIX_PIECES + PIECES), max_size=8).map("".join))
def test_the_suffix_and_between_cue_tests_never_hide_a_match(text):
    if any(pattern.match(text) for _, pattern in mentions._SUFFIXES):
        assert mention_cues.may_have_suffix(text)
    if mentions._BETWEEN_BEFORE.search(text):
        assert "tussen" in lowercase.folded(text.lower())


@settings(max_examples=500, deadline=None)
@given(texts, st.sampled_from(mentions.QUALIFIERS), st.data())
def test_the_qualifier_cue_test_never_hides_a_qualifier(before, qualifier, data):
    name, words = qualifier
    phrase = data.draw(
        st.from_regex(
            "(?:" + words.replace(" ", r"\s+") + r")\s+(?:de\s+|het\s+)?",
            fullmatch=True,
            alphabet=st.characters(codec="utf-8"),
        )
    )
    for text in (before, before + " " + phrase, before + "(" + phrase, phrase.upper()):
        if any(pattern.search(text[-40:]) for _, pattern in mentions._QUALIFIER):
            assert mention_cues.may_qualify(text[-40:]), text


WORDS = (
    "een",
    "één",
    "twee",
    "drie",
    "en",
    "ën",
    "maal",
    "tweemaal",
    "helft",
    "kwart",
    "driekwart",
    "ſ",
    "ı",
    "İ",
    "\u0307",
    "DRİE",
    "drıe",
    "zeſ",
    "ZES",
    "É",
    "Ën",
    "K",
    "vijfde",
    "tiende",
    "de",
    "van",
    "-",
    " ",
    "x",
    "_",
    "5",
    "Twee",
    "DRIE",
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS + PIECES), max_size=20).map("".join))
def test_number_words_multiples_and_fractions_are_found_as_before(text):
    old_word = re.compile(r"(?<![\w-])" + mentions._WORD.pattern[len(r"\b(?<!-)") :], re.IGNORECASE)
    assert [m.span() for m in mentions._WORD.finditer(text)] == [m.span() for m in old_word.finditer(text)]
    assert mentions._number_words(text) == [m.span() for m in old_word.finditer(text)]
    if mentions._WORD_MULTIPLE.search(text):  # the cue tests of _word_multiples and _fractions hold
        assert "maal" in text.lower()
    if mentions._FRACTION.search(text):
        assert any(part in lowercase.folded(text.lower()) for part in mentions.FRACTIONS)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_three_letters_or_digits_is_what_isalnum_counts(text):
    assert meaningful_passage(text) == (sum(ch.isalnum() for ch in text) >= 3)


def test_every_non_figure_pattern_is_exercised_by_an_example():
    for kind, pattern, _, _ in nonfigures.PATTERNS:
        assert any(_has_digit_match(pattern, text, 0, len(text)) for text in EXAMPLES), (kind, pattern)


def test_cues_hold_for_every_example():
    for text in EXAMPLES:
        _check_twins(text)
        _check_twins(text.upper())
        _check_cues(text)
        _check_digit_led(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES + ("12", "3,5", "4.000", "7%", "¹", " ", "-", "–", "Totaal")), max_size=12).map(
        "".join
    )
)
def test_a_line_that_does_not_end_in_a_number_is_never_a_table_row(line):
    line = line.replace("\n", " ")
    if figure_page._TABLE_LINE.fullmatch(line):
        assert figure_page._ends_in_number(line)


def _digit_lines_one_digit_at_a_time(text: str) -> list[tuple[int, int]]:
    """The stretches as first written: every digit visited, those inside the last stretch skipped."""
    reach, spans = nonfigures.LINE_REACH, []
    for match in nonfigures._HAS_DIGIT.finditer(text):
        pos = match.start()
        if spans and pos < spans[-1][1]:
            continue
        start = max(text.rfind("\n", max(0, pos - reach), pos) + 1, pos - reach, 0)
        newline = text.find("\n", pos, pos + reach)
        end = newline + 1 if newline >= 0 else min(len(text), pos + reach)
        if spans and start <= spans[-1][1] + reach:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(("a", "b c ", "\n", "1", "23", "²", "x" * 100, "\n\n")), max_size=60).map("".join))
def test_digit_stretches_are_found_as_before(text):
    assert nonfigures._digit_lines(text) == _digit_lines_one_digit_at_a_time(text)


def test_sentence_index_is_the_sentence_that_holds_the_position(pages):
    for text in pages[:20]:
        page = PageText(text)
        for pos in range(0, len(text), 7):
            held = [i for i, s in enumerate(page.sentences) if s.start <= pos < s.end]
            assert page.sentence_index(pos) == (held[0] if held else len(page.sentences) - 1)


def test_lower_case_twins_read_every_cased_character_as_re_ignorecase_does():
    """Character by character: a twin's elements on the folded lower case match what the case-insensitive
    elements match in the text (all cased characters of Unicode, where lower-casing changes anything)."""
    import sys

    elements = [
        *"abcdefghijklmnopqrstuvwxyz",
        "[a-z]",
        "[^a-z]",
        r"\w",
        r"\W",
        r"\s",
        r"\S",
        r"\d",
        r"\D",
        ".",
        "é",
        "ë",
    ]
    pairs = [(re.compile(e, re.IGNORECASE), re.compile(e)) for e in elements]
    for char in map(chr, range(sys.maxunicode + 1)):
        if char.lower() == char and char.upper() == char and char not in "ıſ":
            continue  # not cased: lower-casing leaves it alone
        low = lowercase.folded(char.lower())
        if len(low) == 1:
            for ignoring, exact in pairs:
                assert bool(ignoring.fullmatch(char)) == bool(exact.fullmatch(low)), (char, ignoring.pattern)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_document_type_cues_find_what_they_found_case_insensitively(text):
    from extract import doctype

    for sample in (text, text.upper(), "Beantwoording Schriftelijke Vragen\n" + text, "ANTWOORD 3:\n" + text):
        low = lowercase.lower_text(sample)
        for pattern, twin in doctype._COMPILED:
            if twin is not None and low is not None:
                assert [m.span() for m in twin.finditer(low)] == [m.span() for m in pattern.finditer(sample)]


def test_folded_reads_letters_as_the_case_insensitive_patterns_do():
    for word, plain in (("ſtap", "stap"), ("İtem", "item"), ("ıtem", "item"), ("Kaart", "kaart")):
        assert lowercase.folded(word.lower()) == plain
        assert re.fullmatch(plain, word, re.IGNORECASE)
    assert lowercase.folded("gewoon") == "gewoon"
