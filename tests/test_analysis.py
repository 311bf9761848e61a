"""The Dutch analyzer, pinned by a table of real council words."""
import re

import pytest
from conftest import shared

from search.index.analysis import exact_terms, number_term, terms
from search.index.query import parse

SAME = [
    ("melding", "meldingen"),
    ("cliënten", "cliénten"),
    ("cliënten", "clienten"),
    ("cliénten", "clienten"),
    ("slachtoffer", "slachtoffers"),
    ("gemeenteraad", "Gemeenteraad"),
    ("uitbuiting", "uitbuitingen"),
    ("5.000", "5000"),
    ("1.250.000", "1250000"),
    ("165,41", "165,410"),
    ("controle", "controles"),  # -es plural, missed by the classic stemmer alone
    ("procedure", "procedures"),
    ("analyse", "analyses"),
]
DIFFERENT = [
    ("gemeente", "menen"),   # the new Snowball Dutch stemmer conflates these
    ("geweld", "wel"),       # ... and these
    ("melding", "meld"),
    ("165,41", "165"),
    ("5.000", "5"),
    ("congres", "congr"),
]


@pytest.mark.parametrize("a,b", SAME)
def test_words_that_must_match(a, b):
    assert terms(a) == terms(b)


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_words_that_must_not_match(a, b):
    assert terms(a) != terms(b)


def test_dutch_decimal_is_one_number():
    assert terms("165,41") == ["165.41"]
    assert number_term("8,5") == "8.5"


def test_stop_words_dropped_but_kept_for_phrases():
    assert terms("de meldingen van het meldpunt") == ["melding", "meldpunt"]
    assert exact_terms("Koffer Verkeerd") == ["koffer", "verkeerd"]


def test_query_parser_phrases_exclusions_and_or():
    query = parse('"Koffer Verkeerd" meldingen -politie')
    assert [c.phrase for c in query.must] == [True, False]
    assert query.must_not[0].terms == tuple(terms("politie"))
    either = parse("ESSM OF AVIM")
    assert len(either.must) == 1 and len(either.must[0].alternatives) == 2
    assert parse("de het een").empty


def test_the_c_stemmer_is_used_and_stems_exactly_like_snowballs_python_one():
    """PyStemmer (C) is installed for speed; the classic Dutch stems must not change with it."""
    import Stemmer
    from snowballstemmer.dutch_porter_stemmer import DutchPorterStemmer

    from search.index import analysis

    assert isinstance(analysis._stemmer, Stemmer.Stemmer)
    words = sorted({w.lower() for path in shared("seeds").glob("*.txt") for w in re.findall(r"[^\W\d_]+", path.read_text())})
    assert len(words) > 1000
    python = DutchPorterStemmer()
    assert [analysis._stemmer.stemWord(w) for w in words] == [python.stemWord(w) for w in words]


def _slow_pairs(text: str) -> list[tuple[str | None, str]]:
    """What :func:`analysed` gives, as (stem or None, exact) per position."""
    from search.index.analysis import analysed

    stemmed, exact = analysed(text)
    stems = {t.pos: t.term for t in stemmed}
    assert [t.pos for t in exact] == list(range(len(exact)))
    return [(stems.get(t.pos), t.term) for t in exact]


def _fast_path_texts(corpus_archive_dir) -> list[str]:
    """Every search unit text of the corpus and every 10th Amsterdam council text."""
    from search.index.units import units_for
    from search.store.db import DB_FILE, Store

    store = Store(corpus_archive_dir / DB_FILE)
    try:
        texts = [u.text for doc_id in sorted(store.doc_ids()) for u in units_for(store, doc_id)]
    finally:
        store.close()
    amsterdam = sorted(shared("amsterdam").rglob("*.ocr"))[::10]
    return texts + [p.read_text(encoding="utf-8", errors="replace") for p in amsterdam]


def test_indexing_fast_path_gives_exactly_the_analyzers_terms(corpus_archive_dir):
    from search.index import analysis

    texts = _fast_path_texts(corpus_archive_dir)
    assert len(texts) > 400 and sum(map(len, texts)) > 500_000, (len(texts), sum(map(len, texts)))
    analysis._PAIRS.clear()
    for text in texts:
        assert analysis.indexed(text) == _slow_pairs(text)
    # twice in a row (whoosh reads a text for two fields) and after the cache starts over
    assert analysis.indexed(texts[0]) == analysis.indexed(texts[0]) == _slow_pairs(texts[0])
    analysis._PAIRS.clear()
    assert analysis.indexed(texts[-1] + " ") == _slow_pairs(texts[-1])
