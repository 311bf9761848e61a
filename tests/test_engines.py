"""whoosh and PostgreSQL full-text search give the same answers (the engine is swappable)."""
import shutil

import pytest
from pgserver import PostgresServer, find_bindir

from search import Archive
from search.index.units import unit_text
from search.store.db import DB_FILE

QUERIES = [
    ("seksuele uitbuiting", {}),
    ("melding", {}),
    ('"Koffer Verkeerd"', {}),
    ("ESSM OF AVIM", {}),
    ("uitbuiting -arbeidsuitbuiting", {}),
    ("cliénten", {}),
    ("slachtoffers", {"doctype": "monitor"}),
    ("meldingen", {"year": 2024}),
    ('"Tosca opvang"', {}),  # a table's row label: the table is a search unit
    # optional words with a minimum that grows with the query; + and EN require; kenmerken however written
    ("hoeveel slachtoffers 2024", {}),
    ("seksuele uitbuiting minderjarigen regio", {}),
    ("+uitbuiting minderjarigen", {}),
    ("uitbuiting EN minderjarigen -arbeidsuitbuiting", {}),
    ('"seksuele uitbuiting" minderjarigen', {}),
    ("25 bo 005539", {}),
    ("M2504-854", {}),
    ("mensenhandelmonitor", {}),  # a word of the file names
    ("mensenhandl", {}),  # typo: both engines' vocabularies give the same near words
    ("mensenhandelzaken", {}),  # compound: its parts apart too
    ("raadsvragen", {}),  # synonym: "schriftelijke vragen"
]


@pytest.fixture(scope="module")
def pg_dsn():
    if find_bindir() is None:
        pytest.skip("PostgreSQL-binaries ontbreken; 'make test' installeert ze (apt-get install postgresql)")
    with PostgresServer() as dsn:
        yield dsn


@pytest.fixture(scope="module")
def both(corpus_archive_dir, pg_dsn, tmp_path_factory):
    copy = tmp_path_factory.mktemp("pg-archive")
    shutil.copy(corpus_archive_dir / DB_FILE, copy / DB_FILE)
    whoosh = Archive.open(corpus_archive_dir)
    postgres = Archive.open(copy, engine="postgres", dsn=pg_dsn)
    yield whoosh, postgres
    whoosh.close()
    postgres.close()


@pytest.mark.parametrize("text,filters", QUERIES)
def test_same_hits_on_both_engines(both, text, filters):
    whoosh, postgres = both
    a = whoosh.search(text, limit=500, **filters)
    b = postgres.search(text, limit=500, **filters)
    assert a.total == b.total
    assert {h.unit for h in a.hits} == {h.unit for h in b.hits}
    if text == "seksuele uitbuiting":
        assert a.total > 10
    if text == "seksuele uitbuiting minderjarigen regio":
        assert a.total < whoosh.search("seksuele uitbuiting").total + whoosh.search("regio").total
        assert whoosh.search("+seksuele +uitbuiting +minderjarigen +regio").total < a.total
    if text == "mensenhandl":
        assert a.suggestion == b.suggestion == "mensenhandel" and a.total > 10
    if text in ("25 bo 005539", "M2504-854"):
        assert a.total >= 1 and {h.file for h in a.hits} == {"raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf"}
    if text == '"Tosca opvang"':
        assert "table" in {h.kind for h in a.hits} and {h.kind for h in a.hits} == {h.kind for h in b.hits}


def test_more_matched_words_rank_higher_on_both_engines(both):
    for archive in both:
        hits = archive.search("seksuele uitbuiting minderjarigen", limit=5).hits
        first = unit_text(archive.store, hits[0].unit)[0].lower()
        assert "seksuele uitbuiting" in first and "minderjarig" in first, first
        grouped = archive.search("seksuele uitbuiting minderjarigen", limit=5, group=True)
        assert len({h.document for h in grouped.hits}) == len(grouped.hits) > 1
        assert grouped.hits[0].more > 0 and grouped.hits[0].page not in grouped.hits[0].more_pages


def test_postgres_engine_follows_store_changes(pg_dsn, tmp_path):
    from search import ingest_paths, remove_path

    archive = Archive.open(tmp_path / "d", engine="postgres", dsn=pg_dsn)
    doc = tmp_path / "a.txt"
    doc.write_text("Er waren 5.000 controles in de haven.", encoding="utf-8")
    ingest_paths(archive, [str(doc)])
    assert archive.search("controle").total == 1 and archive.search("5000").total == 1
    remove_path(archive, str(doc))
    assert archive.search("controle").total == 0
    archive.close()


def test_unknown_engine_says_what_to_choose(tmp_path):
    with pytest.raises(ValueError, match="kies 'whoosh' of 'postgres'"):
        Archive.open(tmp_path, engine="elastic")
