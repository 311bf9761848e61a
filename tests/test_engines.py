"""Every engine gives the same answers as whoosh (the engine is swappable).

whoosh is the reference; tantivy and PostgreSQL run the same queries on a
copy of the corpus store, and every engine runs the analyzer's word table
(``tests/test_analysis.py``) through its own index.  PostgreSQL runs twice:
``postgres`` with the RUM extension (top-N from the index) and
``postgres-gin`` as a role that may not create it (the GIN fallback).
"""

import shutil

import pytest
from pgserver import fresh_database, plain_database, rum_available
from test_analysis import DIFFERENT, SAME

from search import Archive
from search.index.engine import ENGINES, Filters, SearchUnit, engine_names, open_engine
from search.index.query import parse
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
    ('"van de gemeente"', {}),  # a phrase of common words
    ('"in het kader van"', {}),
    ('"van de"', {}),
    ("gemeente", {}),  # tantivy's own Dutch stemmer would also find "menen"
    ("5.000", {}),
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
    # nine optional words, five needed: too many 5-word ANDs for one tsquery, PostgreSQL checks the rows
    ("slachtoffers mensenhandel gemeente politie regio opvang meldingen zorg hulp", {}),
]
OTHERS = ("tantivy", "postgres", "postgres-gin")  # compared with whoosh
VARIANTS = engine_names() + ("postgres-gin",)  # every engine, PostgreSQL on both its ranking paths


def engine_options(name: str, request) -> dict:
    """What ``Archive.open``/``open_engine`` need besides the name (a database for PostgreSQL)."""
    if name == "postgres":
        server = request.getfixturevalue("pg_server")
        if not rum_available(server):
            pytest.skip("de RUM-extensie ontbreekt; 'make test' installeert haar (apt-get install postgresql-15-rum)")
        return {"dsn": fresh_database(server)}
    if name == "postgres-gin":  # a role that may not create the RUM extension, as on a managed server
        return {"dsn": plain_database(request.getfixturevalue("pg_server"))}
    return {}


def engine_name(variant: str) -> str:
    """The engine a test variant opens.

    >>> engine_name("postgres-gin")
    'postgres'
    """
    return variant.split("-")[0]


def on_its_path(engine, variant: str):
    """``engine``, after checking that a PostgreSQL variant took the ranking path it stands for."""
    if variant.startswith("postgres"):
        assert engine.rum == (variant == "postgres"), variant
    return engine


@pytest.fixture(scope="module", params=OTHERS)
def pair(request, corpus_archive_dir, tmp_path_factory):
    """whoosh on the corpus, and another engine on a copy of its store."""
    options = engine_options(request.param, request)
    copy = tmp_path_factory.mktemp(f"{request.param}-archive")
    shutil.copy(corpus_archive_dir / DB_FILE, copy / DB_FILE)
    whoosh = Archive.open(corpus_archive_dir)
    other = Archive.open(copy, engine=engine_name(request.param), **options)
    on_its_path(other.engine, request.param)
    yield whoosh, other
    whoosh.close()
    other.close()


@pytest.mark.parametrize("text,filters", QUERIES)
def test_same_hits_on_every_engine(pair, text, filters):
    whoosh, other = pair
    a = whoosh.search(text, limit=500, **filters)
    b = other.search(text, limit=500, **filters)
    assert a.total == b.total
    assert {h.unit for h in a.hits} == {h.unit for h in b.hits}
    assert all(h.snippet for h in b.hits)  # raadslens's own snippets, whatever the engine
    if text == "seksuele uitbuiting":
        assert a.total > 10
    if text == "seksuele uitbuiting minderjarigen regio":
        assert a.total < whoosh.search("seksuele uitbuiting").total + whoosh.search("regio").total
        assert whoosh.search("+seksuele +uitbuiting +minderjarigen +regio").total < a.total
    if text == "mensenhandl":
        assert a.suggestion == b.suggestion == "mensenhandel" and a.total > 10
    if text in ("25 bo 005539", "M2504-854"):
        assert a.total >= 1 and {h.file for h in a.hits} == {"raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf"}
    if text.startswith("slachtoffers mensenhandel gemeente"):
        from search.index._postgres import match_tsquery

        assert a.total > 0 and match_tsquery(parse(text))[1]  # the row-check path of PostgreSQL
    if text == '"Tosca opvang"':
        assert "table" in {h.kind for h in a.hits} and {h.kind for h in a.hits} == {h.kind for h in b.hits}


def test_the_first_hits_carry_marked_snippets(pair):
    _, other = pair
    found = other.search("seksuele uitbuiting", limit=5)
    assert len(found.hits) == 5 and all("<mark>" in h.snippet_html for h in found.hits)
    page_two = other.search("seksuele uitbuiting", limit=5, offset=5)
    assert not {h.unit for h in found.hits} & {h.unit for h in page_two.hits}


@pytest.mark.parametrize("name", VARIANTS)
def test_analyzer_word_table_on_every_engine(name, request, tmp_path):
    """Words that must (not) find each other do so in every engine's own index."""
    engine = on_its_path(open_engine(tmp_path / "index", engine_name(name), **engine_options(name, request)), name)
    pairs = SAME + DIFFERENT
    try:
        with engine.writer() as writer:
            writer.add(SearchUnit(f"w{i}", i, "passage", 1, f"Hier staat {b}.") for i, (_, b) in enumerate(pairs))
        for i, (a, b) in enumerate(pairs):
            found = {h.unit_id for h in engine.search(parse(a), Filters(), 100).hits}
            assert (f"w{i}" in found) == ((a, b) in SAME), (name, a, b, found)
    finally:
        engine.close()


def test_more_matched_words_rank_higher_on_every_engine(pair):
    for archive in pair:
        hits = archive.search("seksuele uitbuiting minderjarigen", limit=5).hits
        first = unit_text(archive.store, hits[0].unit)[0].lower()
        assert "seksuele uitbuiting" in first and "minderjarig" in first, first
        grouped = archive.search("seksuele uitbuiting minderjarigen", limit=5, group=True)
        assert len({h.document for h in grouped.hits}) == len(grouped.hits) > 1
        assert grouped.hits[0].more > 0 and grouped.hits[0].page not in grouped.hits[0].more_pages


@pytest.mark.parametrize("name", VARIANTS)
def test_every_engine_follows_store_changes(name, request, tmp_path):
    from search import ingest_paths, remove_path

    archive = Archive.open(tmp_path / "d", engine=engine_name(name), **engine_options(name, request))
    on_its_path(archive.engine, name)
    doc = tmp_path / "a.txt"
    doc.write_text("Er waren 5.000 controles in de haven van de gemeente.", encoding="utf-8")
    ingest_paths(archive, [str(doc)])
    assert archive.search("controle").total == 1 and archive.search("5000").total == 1
    assert archive.search('"van de gemeente"').total == 1 and archive.search('"de van gemeente"').total == 0
    assert archive.engine.doc_ids() == archive.store.doc_ids()
    remove_path(archive, str(doc))
    assert archive.search("controle").total == 0
    if name != "whoosh":  # whoosh's lexicon keeps a deleted document's tag until segments merge
        assert archive.engine.doc_ids() == set()
    archive.close()


def test_tantivy_index_is_rebuilt_when_its_signature_changes(tmp_path):
    from search.index import _tantivy

    engine = open_engine(tmp_path / "index", "tantivy")
    with engine.writer() as writer:
        writer.add([SearchUnit("u1", 1, "passage", 1, "meldingen")])
    engine.close()
    assert not open_engine(tmp_path / "index", "tantivy").stale
    (tmp_path / "index" / _tantivy.META_FILE).write_text('{"schema": 0}')
    reopened = open_engine(tmp_path / "index", "tantivy")
    assert reopened.stale and reopened.doc_ids() == set()


def test_unknown_engine_says_what_to_choose(tmp_path):
    with pytest.raises(ValueError, match="onbekende zoekmachine 'elastic'; kies ") as error:
        Archive.open(tmp_path, engine="elastic")
    for name in engine_names():
        assert f"'{name}'" in str(error.value)
    assert str(error.value).endswith(f"of '{engine_names()[-1]}'")


def test_every_engine_in_the_table_has_a_dutch_description():
    assert {"whoosh", "tantivy", "postgres"} <= set(engine_names())
    for kind in ENGINES:
        assert kind.description and kind.name.isidentifier()


@pytest.mark.parametrize("name", VARIANTS)
def test_similar_finds_a_text_s_own_unit_first(name, request, corpus_archive_dir, tmp_path):
    from search.index.units import units_for
    from search.store.db import Store

    store = Store(corpus_archive_dir / DB_FILE)
    units = [u for doc_id in sorted(store.doc_ids()) for u in units_for(store, doc_id) if u.kind == "passage"]
    store.close()
    engine = on_its_path(open_engine(tmp_path / "index", engine_name(name), **engine_options(name, request)), name)
    try:
        with engine.writer() as writer:
            writer.add(units)
        probes = [u for u in units if len(u.text) > 300][::10]
        assert len(probes) >= 5
        for unit in probes:
            found = engine.similar(unit.text, Filters(), 5)
            assert found.hits and found.hits[0].unit_id == unit.id, (name, unit.id, found.hits[:2])
            assert found.total > 5
    finally:
        engine.close()


def test_a_second_tantivy_writer_waits_then_says_the_index_is_busy(tmp_path, monkeypatch):
    from search.index import _tantivy
    from search.index.engine import IndexBusy

    monkeypatch.setattr(_tantivy, "LOCK_TIMEOUT", 0.5)
    engine = open_engine(tmp_path / "index", "tantivy")
    with engine.writer():
        with pytest.raises(IndexBusy, match="andere raadslens-opdracht"):
            engine.writer()
    with engine.writer() as writer:  # the lock is released at the end of a batch
        writer.add([SearchUnit("u1", 1, "passage", 1, "meldingen")])
    assert engine.doc_ids() == {1}


def _indexes(dsn: str) -> set[str]:
    import psycopg

    with psycopg.connect(dsn) as conn:
        return {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'raadslens_units'")}


def test_postgres_builds_its_rum_index_after_a_big_batch(request, tmp_path):
    from search.index._postgres import BULK_DOCUMENTS

    dsn = engine_options("postgres", request)["dsn"]
    engine = on_its_path(open_engine(tmp_path / "index", "postgres", dsn=dsn), "postgres")
    try:
        with engine.bulk(BULK_DOCUMENTS):
            assert "raadslens_units_rum" not in _indexes(dsn)
            with engine.writer() as writer:
                writer.add(SearchUnit(f"u{i}", i, "passage", 1, f"Melding {i} van de gemeente.") for i in range(40))
        assert "raadslens_units_rum" in _indexes(dsn)
        with engine.bulk(1):  # one document into an index of 40: written through the index
            assert "raadslens_units_rum" in _indexes(dsn)
        found = engine.search(parse('"van de gemeente" melding'), Filters(), 10)
        assert found.total == 40 and len(found.hits) == 10
    finally:
        engine.close()


def test_an_older_postgres_layout_is_dropped_and_rebuilt_from_the_store(request, tmp_path):
    import psycopg

    dsn = engine_options("postgres", request)["dsn"]
    with psycopg.connect(dsn) as conn:  # the schema-3 layout: stems, exact and head vectors
        conn.execute("CREATE TABLE raadslens_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute(
            "CREATE TABLE raadslens_units (id TEXT PRIMARY KEY, doc_id INTEGER NOT NULL, kind TEXT NOT NULL, "
            "page INTEGER NOT NULL, doctype TEXT NOT NULL DEFAULT '', years INTEGER[] NOT NULL DEFAULT '{}', "
            "facets TEXT[] NOT NULL DEFAULT '{}', stems TSVECTOR NOT NULL, exact TSVECTOR NOT NULL, "
            "head TSVECTOR NOT NULL DEFAULT '')"
        )
        conn.execute("INSERT INTO raadslens_units VALUES ('u1', 1, 'passage', 1, '', '{}', '{}', 'melding', 'melding')")
        conn.execute(
            'INSERT INTO raadslens_meta VALUES (\'signature\', \'{"schema": 3, "analyzer": 0, "engine": "postgres"}\')'
        )
    archive = Archive.open(tmp_path / "d", engine="postgres", dsn=dsn)
    try:
        doc = tmp_path / "a.txt"
        doc.write_text("Er kwamen meldingen binnen bij de gemeente.", encoding="utf-8")
        from search import ingest_paths

        ingest_paths(archive, [str(doc)])
        assert archive.engine.doc_ids() == archive.store.doc_ids()  # the old row is gone with its layout
        assert archive.search("melding").total == 1
        with psycopg.connect(dsn) as conn:
            columns = {
                r[0]
                for r in conn.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = 'raadslens_units'"
                )
            }
        assert "terms" in columns and not columns & {"stems", "exact", "head"}
        again = open_engine(tmp_path / "index", "postgres", dsn=dsn)
        assert not again.stale  # once: the next open keeps it
        again.close()
    finally:
        archive.close()


def test_a_gin_database_moves_to_rum_when_the_extension_arrives(request, tmp_path):
    import psycopg

    server = request.getfixturevalue("pg_server")
    if not rum_available(server):
        pytest.skip("de RUM-extensie ontbreekt")
    dsn = plain_database(server)
    engine = on_its_path(open_engine(tmp_path / "index", "postgres", dsn=dsn), "postgres-gin")
    with engine.writer() as writer:
        writer.add(SearchUnit(f"u{i}", i, "passage", 1, f"Melding {i} van de gemeente.") for i in range(5))
    before = engine.search(parse("melding"), Filters(), 10)
    engine.close()
    assert "raadslens_units_gin" in _indexes(dsn)
    with psycopg.connect(dsn.replace(dsn.split("user=")[1].split()[0], "raadslens"), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION rum")  # what a database administrator does once
    engine = on_its_path(open_engine(tmp_path / "index", "postgres", dsn=dsn), "postgres")
    try:
        assert not engine.stale and _indexes(dsn) >= {"raadslens_units_rum"}
        assert "raadslens_units_gin" not in _indexes(dsn)
        after = engine.search(parse("melding"), Filters(), 10)
        assert after.total == before.total == 5 and {h.unit_id for h in after.hits} == {h.unit_id for h in before.hits}
    finally:
        engine.close()


def test_postgres_counts_up_to_a_bound_and_says_more_than(request, corpus_archive_dir, tmp_path, monkeypatch):
    """Past ``COUNT_BOUND`` the RUM path stops counting: the CLI, the page and the JSON say "meer dan"."""
    from search.index import _postgres
    from web.app import create_app
    from web.cli import count_text

    dsn = engine_options("postgres", request)["dsn"]
    shutil.copy(corpus_archive_dir / DB_FILE, tmp_path / DB_FILE)
    archive = Archive.open(tmp_path, engine="postgres", dsn=dsn)
    try:
        full = archive.search("mensenhandel", limit=5)
        assert full.total_exact and full.total > 201 and count_text(full) == str(full.total)
        monkeypatch.setattr(_postgres, "COUNT_BOUND", 20)
        capped = archive.search("mensenhandel", limit=5)
        assert not capped.total_exact and 20 < capped.total < full.total and capped.hits == full.hits
        assert count_text(capped) == f"meer dan {capped.total - 1}" and capped.to_json()["total_exact"] is False
        wide = archive.engine.search(parse("mensenhandel"), Filters(), 25)  # more hits asked than the bound
        assert not wide.exact and wide.total == 26 and len(wide.hits) == 25
        every = archive.engine.search(parse("mensenhandel"), Filters(), 1000)
        assert every.exact and every.total == len(every.hits) == full.total
    finally:
        archive.close()
    monkeypatch.setenv("RAADSLENS_ENGINE", "postgres")
    monkeypatch.setenv("RAADSLENS_PG_DSN", dsn)
    client = create_app({"DATA_DIR": str(tmp_path)}).test_client()
    page = client.get("/zoeken?q=mensenhandel").get_data(as_text=True)
    assert f"({full.total} treffers)" in page  # five documents: the page widened its pool and counted all


def test_the_search_page_and_cli_say_more_than_when_postgres_stops_counting(request, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from search import ingest_paths
    from search.index import _postgres
    from web.app import create_app
    from web.cli import main

    dsn = engine_options("postgres", request)["dsn"]
    sources = tmp_path / "bronnen"
    sources.mkdir()
    for number in range(40):  # 40 documents of 6 passages: 240 units, more than the page's pool of 200
        paragraphs = [f"Melding {number}-{i} over mensenhandel in wijk {i}." for i in range(6)]
        (sources / f"brief-{number}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    archive = Archive.open(tmp_path / "d", engine="postgres", dsn=dsn)
    ingest_paths(archive, [str(sources)])
    units = archive.search("mensenhandel", limit=5).total
    archive.close()
    assert units > 201
    monkeypatch.setattr(_postgres, "COUNT_BOUND", 20)
    monkeypatch.setenv("RAADSLENS_ENGINE", "postgres")
    monkeypatch.setenv("RAADSLENS_PG_DSN", dsn)
    client = create_app({"DATA_DIR": str(tmp_path / "d")}).test_client()
    page = client.get("/zoeken?q=mensenhandel").get_data(as_text=True)
    assert "meer dan 200 treffers" in page  # a pool of 200 ranked (spanning 20 documents), counted to 201
    assert client.get("/api/zoeken?q=mensenhandel").get_json()["matches_exact"] is False
    said = CliRunner().invoke(main, ["--data", str(tmp_path / "d"), "search", "mensenhandel"])
    assert said.exit_code == 0 and said.output.startswith("meer dan 200 treffers in "), said.output
