"""The PostgreSQL store on a real server: migrations from the one list, ingest, and export/import both ways."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pgserver import fresh_url

from search import Archive, export_store, ingest_paths, refresh_figure_index
from search.store import connect, store_kind
from search.store.db import DB_FILE, Store
from search.store.migrations import MIGRATIONS, POSTGRES
from search.store.transfer import TABLES
from web.cli import main

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ['"Koffer Verkeerd"', "seksuele uitbuiting", "mensenhandl", "meldingen 2025", "Tosca opvang"]


def run(*args, data, db: str | None = None):
    env = {"RAADSLENS_DB": db} if db else {}
    return CliRunner().invoke(main, ["--data", str(data), *args], env=env, catch_exceptions=False)


def every_row(store: Store, table: str, drop: tuple[str, ...] = ()) -> list[tuple]:
    columns = [c for c in store.columns(table) if c not in drop]
    return list(store.dump_rows(table, columns, TABLES[table]))


def test_every_migration_has_a_postgresql_text_and_both_give_the_same_columns(pg_server):
    assert [name for name, _ in MIGRATIONS] == list(POSTGRES)
    url = fresh_url(pg_server)
    assert store_kind(url) == "postgresql"
    pg, lite = connect(url), Store(":memory:")
    try:
        assert pg.applied_migrations() == lite.applied_migrations() == [name for name, _ in MIGRATIONS]
        assert pg.table_names() == lite.table_names()
        for table in lite.table_names():
            assert pg.columns(table) == lite.columns(table), table
        assert pg.generation() == 0
    finally:
        pg.close()
        lite.close()
    again = connect(url)  # a second open applies nothing and keeps the schema
    assert again.applied_migrations() == [name for name, _ in MIGRATIONS]
    again.close()


@pytest.fixture(scope="module")
def sqlite_export(corpus_archive_dir, tmp_path_factory) -> tuple[Path, Path]:
    """A copy of the corpus archive (figure index built) and its export."""
    base = tmp_path_factory.mktemp("pgstore")
    source = base / "sqlite"
    shutil.copytree(corpus_archive_dir, source)
    archive = Archive.open(source)
    refresh_figure_index(archive.store)
    export_store(archive.store, base / "export")
    archive.close()
    return source, base / "export"


def test_sqlite_to_postgresql_and_back_keeps_every_row_and_hit(pg_server, sqlite_export, tmp_path):
    source, export = sqlite_export
    url = fresh_url(pg_server)
    result = run("import", str(export), data=tmp_path / "pg-data", db=url)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("geïmporteerd uit ")
    lite, pg = Store(source / DB_FILE), connect(url)
    try:
        for table in TABLES:
            assert every_row(lite, table) == every_row(pg, table), table
        assert not pg.unindexed()
        # a new document after the import gets a fresh id (the identity continues after the imported ones)
        top = max(pg.doc_ids())
        new_id = pg._insert_id(
            "INSERT INTO documents (path, file, sha256, kind) VALUES (?, ?, ?, ?)",
            ("/x/n.txt", "n.txt", "n" * 64, "txt"),
        )
        assert new_id == top + 1
        pg.remove(new_id)
    finally:
        lite.close()
        pg.close()
    # the same export again, from PostgreSQL: byte for byte the files of the SQLite export
    back = tmp_path / "export-from-pg"
    result = run("export", str(back), data=tmp_path / "pg-data", db=url)
    assert result.exit_code == 0, result.output
    for table in TABLES:
        assert (back / f"{table}.jsonl").read_bytes() == (export / f"{table}.jsonl").read_bytes(), table
    # and into SQLite again
    result = run("import", str(back), data=tmp_path / "sqlite-again")
    assert result.exit_code == 0, result.output
    lite, again = Store(source / DB_FILE), Store(tmp_path / "sqlite-again" / DB_FILE)
    try:
        for table in TABLES:
            assert every_row(lite, table) == every_row(again, table), table
    finally:
        lite.close()
        again.close()
    # search through the PostgreSQL store: the index is built from its rows, the hits are the SQLite archive's
    old = Archive.open(source)
    new = archive_on(url, tmp_path / "pg-data")
    try:
        for query in QUERIES:
            a, b = old.search(query, limit=20, group=True), new.search(query, limit=20, group=True)
            assert a.total == b.total, query
            assert [(h.file, h.page, h.unit, h.snippet) for h in a.hits] == [
                (h.file, h.page, h.unit, h.snippet) for h in b.hits
            ], query
        assert old.search("seksuele uitbuiting").total > 0
    finally:
        old.close()
        new.close()
    again_import = run("import", str(export), data=tmp_path / "pg-data", db=url)
    assert again_import.exit_code == 1 and "niet leeg" in again_import.output


def archive_on(url: str, data: Path) -> Archive:
    import os

    old = os.environ.get("RAADSLENS_DB")
    os.environ["RAADSLENS_DB"] = url
    try:
        return Archive.open(data)
    finally:
        if old is None:
            del os.environ["RAADSLENS_DB"]
        else:
            os.environ["RAADSLENS_DB"] = old


def test_a_bad_row_rolls_the_postgresql_import_back(pg_server, sqlite_export, tmp_path):
    import hashlib
    import json

    _, export = sqlite_export
    copy = tmp_path / "export"
    shutil.copytree(export, copy)
    path = copy / "questions.jsonl" if (copy / "questions.jsonl").stat().st_size else copy / "figure_context.jsonl"
    path.write_bytes(path.read_bytes() + b"{kapot\n")
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["tables"][path.stem]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    url = fresh_url(pg_server)
    result = run("import", str(copy), data=tmp_path / "pg-data", db=url)
    assert result.exit_code == 1 and "is onleesbaar" in result.output and "niets geïmporteerd" in result.output
    pg = connect(url)
    try:
        assert all(pg.count_rows(table) == 0 for table in TABLES)
    finally:
        pg.close()


def test_ingest_into_postgresql_writes_what_sqlite_writes(pg_server, tmp_path):
    """The same files ingested one by one into each back end: every table alike (but the time of ingest)."""
    files = sorted((ROOT / "corpus").iterdir())[:3]
    url = fresh_url(pg_server)
    lite_archive, pg_archive = Archive.open(tmp_path / "lite"), archive_on(url, tmp_path / "pg")
    try:
        assert pg_archive.store.kind == "postgresql" and lite_archive.store.kind == "sqlite"
        for path in files:
            for archive in (lite_archive, pg_archive):
                report = ingest_paths(archive, [str(path)])
                assert report.ok, report.failed
        for archive in (lite_archive, pg_archive):
            refresh_figure_index(archive.store)
        for table in TABLES:
            a = every_row(lite_archive.store, table, drop=("ingested_at",))
            b = every_row(pg_archive.store, table, drop=("ingested_at",))
            assert a == b, table
        assert pg_archive.store.count_documents() == len(files)
        for query in QUERIES:
            a, b = lite_archive.search(query, limit=20), pg_archive.search(query, limit=20)
            assert a.total == b.total and [h.unit for h in a.hits] == [h.unit for h in b.hits], query
        gen = pg_archive.store.generation()
        pg_archive.remove_document(max(pg_archive.store.doc_ids()))
        assert pg_archive.store.generation() != gen and pg_archive.store.count_documents() == len(files) - 1
    finally:
        lite_archive.close()
        pg_archive.close()
