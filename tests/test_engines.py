"""whoosh and PostgreSQL full-text search give the same answers (the engine is swappable)."""
import shutil

import pytest
from pgserver import PostgresServer, find_bindir

from search import Archive
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
    if text == '"Tosca opvang"':
        assert "table" in {h.kind for h in a.hits} and {h.kind for h in a.hits} == {h.kind for h in b.hits}


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
