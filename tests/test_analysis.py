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
    ("gemeente", "menen"),  # the new Snowball Dutch stemmer conflates these
    ("geweld", "wel"),  # ... and these
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
    assert [c.phrase for c in query.must] == [True] and [c.terms for c in query.should] == [("melding",)]
    assert query.must_not[0].terms == tuple(terms("politie"))
    either = parse("ESSM OF AVIM")
    assert len(either.should) == 1 and len(either.should[0].alternatives) == 2 and either.min_should == 1
    assert parse("de het een").empty


def test_words_are_optional_unless_plus_or_en_and_enough_of_them_must_match():
    assert parse("seksuele uitbuiting").min_should == 1
    assert parse("seksuele uitbuiting minderjarigen regio").min_should == 2
    plus = parse("+uitbuiting minderjarigen")
    assert [c.terms for c in plus.must] == [("uitbuit",)] and plus.min_should == 0
    both = parse("uitbuiting EN minderjarigen")
    assert len(both.must) == 2 and not both.should
    assert parse("seksuele uitbuiting").strict().must == parse("+seksuele +uitbuiting").must


def test_question_words_are_dropped_when_content_words_remain():
    assert [c.terms for c in parse("hoeveel slachtoffers 2024").should] == [("slachtoffer",), ("2024",)]
    assert [c.typed for c in parse("waarom mag de wedstrijd niet doorgaan").should] == ["wedstrijd", "doorgaan"]
    assert [c.typed for c in parse("hoeveel").should] == ["hoeveel"]  # nothing else: the word stays


def test_underscores_and_ocr_glue_split_words():
    assert terms("Ons kenmerk __WOB23-01486") == ["kenmerk", "wob23", "1486"]
    assert terms("Woo-besluit_rotonde_Postjesweg") == ["woo", "besluit", "rotond", "postjesweg"]


def test_a_kenmerk_matches_however_it_is_punctuated():
    from search.index.query import matches

    text = "Ons kenmerk: M2504-854 - 25bo005539"
    for typed in ("25bo005539", "25 bo 005539", "25BO005539", "M2504-854", "m2504 854"):
        assert matches(parse(typed), text), typed
    assert matches(parse("25bo005539"), "kenmerk 25 BO 005539")
    assert not matches(parse("25bo005540"), text)
    assert [c.typed for c in parse("RIB 2023 slachtoffers 2024 2025").should] == [
        "RIB",
        "2023",
        "slachtoffers",
        "2024",
        "2025",
    ]
    assert [c.typed for c in parse("25 bo 005539 fatbikes").should] == ["25-bo-005539", "fatbikes"]


def test_the_c_stemmer_is_used_and_stems_exactly_like_snowballs_python_one():
    """PyStemmer (C) is installed for speed; the classic Dutch stems must not change with it."""
    import Stemmer
    from snowballstemmer.dutch_porter_stemmer import DutchPorterStemmer

    from search.index import analysis

    assert isinstance(analysis._stemmer, Stemmer.Stemmer)
    words = sorted(
        {w.lower() for path in shared("seeds").glob("*.txt") for w in re.findall(r"[^\W\d_]+", path.read_text())}
    )
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


def test_the_required_form_matches_exactly_what_the_query_matches():
    """An engine with plain AND/OR/NOT can implement min_should through Query.required_form."""
    from search.index.query import matches

    texts = [p.read_text() for p in sorted(shared("seeds").glob("*.txt"))][:40]
    passages = [chunk for text in texts for chunk in text.split("\n\n") if chunk.strip()][:400]
    queries = [
        "seksuele uitbuiting minderjarigen regio",
        "meldingen politie slachtoffers 2024 gemeente",
        "+uitbuiting minderjarigen",
        "hoeveel meldingen",
        'zorg "veiligheid" slachtoffers -politie',
    ]
    for text in queries:
        query = parse(text)
        folded = query.required_form()
        assert all(matches(query, p) == matches(folded, p) for p in passages), text
    assert any(matches(parse(queries[0]), p) for p in passages)
