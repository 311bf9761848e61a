"""Several ingest processes sharing one PostgreSQL archive (store and engine), as on several machines.

Real processes (``raadslens ingest`` started twice at once, each with its own
data folder, both on one new database, so the migrations and the engine's
tables race too).  What they leave is compared, table by table, with one
ingest of the same files into another database.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pgserver import fresh_url

from search import Archive, ingest_paths
from search.ingestion.pipeline import VERSION
from search.store import connect
from search.store.db import AlreadyStored, Store

ROOT = Path(__file__).resolve().parent.parent
RAADSLENS = Path(sys.executable).with_name("raadslens")
# the small files of the corpus (the 7 MB monitor would only make the run longer)
FILES = [
    ROOT / "corpus" / name
    for name in (
        "mensenhandelmonitor-2020-regio-rotterdam.pdf",
        "mensenhandelmonitor-2025-regio-rotterdam.pdf",
        "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf",
        "regionaal-beleidskader-mensenhandel.pdf",
    )
]
# every table ingest writes, with the column that ties a row to its document
PER_DOCUMENT = {"pages": "doc_id", "passages": "doc_id", "tables": "doc_id", "figures": "doc_id"}
PER_DOCUMENT |= {"letters": "doc_id", "questions": "doc_id"}
QUERIES = ["seksuele uitbuiting", '"Koffer Verkeerd"', "meldingen 2025", "mensenhandl"]


def env_for(url: str) -> dict[str, str]:
    """Store and engine in the one database, as every machine of a shared archive has it."""
    return {**os.environ, "RAADSLENS_DB": url, "RAADSLENS_ENGINE": "postgres", "RAADSLENS_PG_DSN": url}


def start_ingest(url: str, data: Path, files: list[Path]) -> subprocess.Popen:
    command = [str(RAADSLENS), "--data", str(data), "ingest", "--json", *map(str, files)]
    return subprocess.Popen(command, env=env_for(url), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> dict:
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    return json.loads(out)


def race(url: str, tmp_path: Path, files_a: list[Path], files_b: list[Path]) -> tuple[dict, dict]:
    a = start_ingest(url, tmp_path / "machine-a", files_a)
    b = start_ingest(url, tmp_path / "machine-b", files_b)
    return finish(a), finish(b)


def snapshot(store: Store) -> dict[str, list]:
    """Every row ingest wrote, ids replaced by what they stand for (the document's sha256), sorted."""
    sha = {r["id"]: r["sha256"] for r in store.rows("SELECT id, sha256 FROM documents")}
    out: dict[str, list] = {
        "documents": sorted(
            tuple(v for k, v in zip(r.keys(), r) if k not in ("id", "ingested_at"))
            for r in store.rows("SELECT * FROM documents")
        )
    }
    for table, key in PER_DOCUMENT.items():
        rows = store.rows(f"SELECT * FROM {table}")
        out[table] = sorted(tuple(sha[v] if k == key else v for k, v in zip(r.keys(), r) if k != "id") for r in rows)
    return out


def single_ingest(server: str, tmp_path: Path, files: list[Path]) -> dict[str, list]:
    url = fresh_url(server)
    archive = opened(url, tmp_path / "single")
    try:
        assert ingest_paths(archive, [str(f) for f in files]).ok
        return snapshot(archive.store)
    finally:
        archive.close()


def opened(url: str, data: Path) -> Archive:
    """An archive on the shared database (``RAADSLENS_DB`` set for this test only)."""
    os.environ["RAADSLENS_DB"] = url
    return Archive.open(data, engine="postgres", dsn=url)


@pytest.fixture(autouse=True)
def _restore_db():
    old = os.environ.get("RAADSLENS_DB")
    yield
    if old is None:
        os.environ.pop("RAADSLENS_DB", None)
    else:
        os.environ["RAADSLENS_DB"] = old


def check_engine(url: str, tmp_path: Path) -> None:
    """The shared engine holds every stored document's units, and search finds what one ingest finds."""
    archive = opened(url, tmp_path / "reader")
    try:
        assert archive.store.unindexed() == []
        assert archive.engine.doc_ids() == archive.store.doc_ids()
        for doc_id in archive.store.doc_ids():  # no unit twice, none missing: the units the store gives
            from search.index.units import units_for

            wanted = sorted(u.id for u in units_for(archive.store, doc_id))
            held = sorted(
                r[0]
                for r in archive.engine._conn.execute(  # type: ignore[attr-defined]
                    "SELECT id FROM raadslens_units WHERE doc_id = %s", (doc_id,)
                )
            )
            assert held == wanted, doc_id
    finally:
        archive.close()


def searched(url: str, data: Path) -> list[tuple]:
    archive = opened(url, data)
    try:
        return [(q, archive.search(q, limit=20).total) for q in QUERIES]
    finally:
        archive.close()


def test_two_ingests_racing_on_the_same_files_store_each_document_once(pg_server, tmp_path):
    url = fresh_url(pg_server)
    a, b = race(url, tmp_path, FILES, FILES)
    names = {str(f) for f in FILES}
    # each file was added by exactly one of the two, and the other saw it stored (or stored by the winner)
    assert set(a["added"]).isdisjoint(b["added"])
    assert set(a["added"]) | set(b["added"]) == names
    for report in (a, b):
        assert set(report["added"]) | set(report["unchanged"]) == names and not report["failed"]
    store = connect(url)
    try:
        raced = snapshot(store)
        assert len(raced["documents"]) == len(FILES)
        assert store.count_documents() == len({r["sha256"] for r in store.rows("SELECT sha256 FROM documents")})
    finally:
        store.close()
    assert raced == single_ingest(pg_server, tmp_path, FILES)
    check_engine(url, tmp_path)
    # a third run finds everything unchanged and writes nothing
    again = finish(start_ingest(url, tmp_path / "machine-c", FILES))
    assert set(again["unchanged"]) == names and not again["added"] and not again["replaced"]


def test_two_ingests_of_different_files_at_once_both_land(pg_server, tmp_path):
    url = fresh_url(pg_server)
    a, b = race(url, tmp_path, FILES[:2], FILES[2:])
    assert set(a["added"]) == {str(f) for f in FILES[:2]} and set(b["added"]) == {str(f) for f in FILES[2:]}
    store = connect(url)
    try:
        raced = snapshot(store)
    finally:
        store.close()
    assert raced == single_ingest(pg_server, tmp_path, FILES)
    check_engine(url, tmp_path)
    assert all(total > 0 for _, total in searched(url, tmp_path / "reader")[:3])


def test_the_loser_of_a_race_writes_nothing_and_names_the_winner(pg_server, tmp_path):
    """The race's last step without timing luck: the check found nothing, another writer stored the file since."""
    url = fresh_url(pg_server)
    winner = opened(url, tmp_path / "winner")
    try:
        assert ingest_paths(winner, [str(FILES[0])]).ok
        stored = winner.store.document_by_sha(winner.store.documents()[0]["sha256"])
        assert stored is not None
        document, extraction = _read_again(winner, stored["id"])
        before = snapshot(winner.store)
        generation = winner.store.generation()
        loser = connect(url)  # another process's connection
        try:
            with pytest.raises(AlreadyStored) as raised:
                loser.save(document, extraction, replace_id=None, version=VERSION)
            assert raised.value.doc_id == stored["id"]
            # replacing an old version that the winner already replaced: the DELETE is rolled back as well
            with pytest.raises(AlreadyStored):
                loser.save(document, extraction, replace_id=stored["id"] + 1000, version=VERSION)
        finally:
            loser.close()
        assert snapshot(winner.store) == before and winner.store.document(stored["id"]) is not None
        assert winner.store.generation() >= generation
    finally:
        winner.close()


def _read_again(archive: Archive, doc_id: int):
    """The document and extraction the pipeline would store for a stored file (read in a worker, as ingest does)."""
    from search.ingestion.pipeline import ocr_config
    from search.ingestion.workers import WorkerPool

    path = Path(archive.store.document(doc_id)["path"])
    with WorkerPool(None, ocr_config(archive)) as pool:
        (outcome,) = list(pool.map([path]))
    assert not outcome.error, outcome.error
    return outcome.document, outcome.extraction
