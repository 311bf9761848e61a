"""raadslens export / import: the corpus archive round-trips table by table, and a damaged export is refused."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from search import Archive, refresh_figure_index
from search.store.db import DB_FILE
from search.store.transfer import MANIFEST, NOT_EXPORTED, TABLES
from web.cli import main

QUERIES = [
    '"Koffer Verkeerd"',
    "seksuele uitbuiting",
    "mensenhandl",
    "meldingen 2025",
    "+opvang -arbeid",
    "Tosca opvang",
]


def run(*args, data):
    return CliRunner().invoke(main, ["--data", str(data), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def source(corpus_archive_dir, tmp_path_factory) -> Path:
    """A copy of the corpus archive with its figure index built (so that every table holds rows)."""
    copy = tmp_path_factory.mktemp("transfer-source") / "data"
    shutil.copytree(corpus_archive_dir, copy)
    archive = Archive.open(copy)
    refresh_figure_index(archive.store)
    archive.close()
    return copy


@pytest.fixture(scope="module")
def exported(source, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("transfer-export") / "export"
    result = run("export", str(target), data=source)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("geëxporteerd naar ") and result.output.count("\n") == 1
    return target


def table_rows(data: Path, table: str) -> tuple[list[str], list[tuple]]:
    conn = sqlite3.connect(data / DB_FILE)
    try:
        cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY {", ".join(TABLES[table])}')
        return [c[0] for c in cursor.description], cursor.fetchall()
    finally:
        conn.close()


def store_is_empty(data: Path) -> bool:
    return all(not table_rows(data, table)[1] for table in TABLES)


def test_every_store_table_is_exported(source):
    conn = sqlite3.connect(source / DB_FILE)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert names - NOT_EXPORTED == set(TABLES)


def test_manifest_counts_and_checksums(source, exported):
    manifest = json.loads((exported / MANIFEST).read_text(encoding="utf-8"))
    conn = sqlite3.connect(source / DB_FILE)
    assert manifest["schema"] == [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]
    conn.close()
    assert manifest["raadslens"] and set(manifest["tables"]) == set(TABLES)
    for table, entry in manifest["tables"].items():
        data = (exported / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert data.count(b"\n") == entry["rows"] == len(table_rows(source, table)[1])
    for table in ("documents", "pages", "passages", "tables", "figures", "figure_terms", "figure_context"):
        assert manifest["tables"][table]["rows"] > 0, table
    # rows in primary-key order
    ids = [json.loads(line)["id"] for line in (exported / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == sorted(ids)


def test_round_trip_keeps_every_row_and_every_hit(source, exported, tmp_path):
    target = tmp_path / "new"
    result = run("import", str(exported), "--json", data=target)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["tables"]["documents"] == len(table_rows(source, "documents")[1])
    for table in TABLES:
        before, after = table_rows(source, table), table_rows(target, table)
        assert before[0] == after[0], table  # same columns
        assert len(before[1]) == len(after[1]), table
        for old, new in zip(before[1], after[1]):
            assert old == new, (table, old, new)
    old, new = Archive.open(source), Archive.open(target)
    try:
        assert not new.store.unindexed() and new.engine.doc_ids() == old.engine.doc_ids()
        for query in QUERIES:
            a, b = old.search(query, limit=20, group=True), new.search(query, limit=20, group=True)
            assert a.total == b.total and a.documents == b.documents, query
            assert [(h.file, h.page, h.unit, h.snippet) for h in a.hits] == [
                (h.file, h.page, h.unit, h.snippet) for h in b.hits
            ], query
            assert [h.score for h in a.hits] == pytest.approx([h.score for h in b.hits]), query
        assert any(old.search(q).total for q in QUERIES)
    finally:
        old.close()
        new.close()
    again = run("import", str(exported), data=target)
    assert again.exit_code == 1
    assert "niet leeg" in again.output and "lege map" in again.output


def damaged_copy(exported: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "export"
    shutil.copytree(exported, copy)
    return copy


def refused(export: Path, data: Path) -> str:
    result = run("import", str(export), data=data)
    assert result.exit_code == 1
    assert store_is_empty(data)
    return result.output


def test_a_changed_file_is_refused_and_nothing_is_imported(exported, tmp_path):
    export = damaged_copy(exported, tmp_path)
    path = export / "passages.jsonl"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    output = refused(export, tmp_path / "new")
    assert "passages.jsonl is beschadigd (controlegetal klopt niet" in output and "raadslens export" in output


def test_a_damaged_manifest_is_refused(exported, tmp_path):
    export = damaged_copy(exported, tmp_path)
    text = (export / MANIFEST).read_text(encoding="utf-8")
    (export / MANIFEST).write_text(text[: len(text) // 2], encoding="utf-8")
    assert "manifest.json is beschadigd" in refused(export, tmp_path / "new")
    (export / MANIFEST).unlink()
    assert "manifest.json ontbreekt" in refused(export, tmp_path / "new2")


def test_another_schema_is_refused(exported, tmp_path):
    export = damaged_copy(exported, tmp_path)
    manifest = json.loads((export / MANIFEST).read_text(encoding="utf-8"))
    manifest["schema"] = manifest["schema"][:-1]
    (export / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    output = refused(export, tmp_path / "new")
    assert "ander schema" in output and "exporteer opnieuw" in output


def test_a_bad_row_late_in_the_load_rolls_everything_back(exported, tmp_path):
    """Checksums right, but a row of a late table does not read: the tables loaded before it are undone."""
    export = damaged_copy(exported, tmp_path)
    manifest = json.loads((export / MANIFEST).read_text(encoding="utf-8"))
    path = export / "figure_context.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    lines[-1] = b'{"figure_id": \n'
    path.write_bytes(b"".join(lines))
    manifest["tables"]["figure_context"]["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    (export / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    output = refused(export, tmp_path / "new")
    assert f"regel {len(lines)} is onleesbaar" in output and "niets geïmporteerd" in output


def test_export_refuses_a_folder_in_use_and_a_missing_archive(source, exported, tmp_path):
    result = run("export", str(exported), data=source)
    assert result.exit_code == 1 and "niet leeg" in result.output
    result = run("export", str(tmp_path / "out"), data=tmp_path / "geen-archief")
    assert result.exit_code == 1 and "geen archief" in result.output
    assert not (tmp_path / "geen-archief").exists()
