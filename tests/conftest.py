"""Shared fixtures: the real corpus ingested once per session into a temp data dir."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_archive_dir(tmp_path_factory) -> Path:
    """A data dir holding the ingested corpus (built once; treat as read-only)."""
    return ingested(tmp_path_factory.mktemp("corpus-data"), [str(CORPUS)])


def ingested(directory: Path, paths: list[str]) -> Path:
    """``directory`` as a data dir holding ``paths`` ingested (every file must succeed)."""
    from search import Archive, ingest_paths

    archive = Archive.open(directory)
    report = ingest_paths(archive, paths)
    archive.close()
    assert report.ok, report.failed
    return directory


def opened_archive(directory: Path):
    """An archive on ``directory``, closed when the test is done (use with ``yield from``)."""
    from search import Archive

    archive = Archive.open(directory)
    yield archive
    archive.close()


@pytest.fixture
def corpus_archive(store_archive):
    yield store_archive


@pytest.fixture(scope="session")
def pg_corpus(corpus_archive_dir, pg_server, tmp_path_factory) -> tuple[str, Path]:
    """The corpus archive moved into a PostgreSQL store (export, import): its URL and a data folder for the index."""
    from pgserver import fresh_url

    from search import export_store, import_store
    from search.store import connect
    from search.store.db import DB_FILE, Store

    export = tmp_path_factory.mktemp("pg-corpus-export") / "export"
    lite = Store(corpus_archive_dir / DB_FILE)
    export_store(lite, export)
    lite.close()
    url = fresh_url(pg_server)
    pg = connect(url)
    import_store(pg, export)
    pg.close()
    return url, tmp_path_factory.mktemp("pg-corpus-data")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_archive(request, corpus_archive_dir, monkeypatch):
    """The corpus archive on each store back end (``RAADSLENS_DB`` set for the test on PostgreSQL).

    For tests of what reads the store through SQL (``Store.rows`` callers): the same assertions on both.
    """
    if request.param == "sqlite":
        yield from opened_archive(corpus_archive_dir)
        return
    url, data = request.getfixturevalue("pg_corpus")
    monkeypatch.setenv("RAADSLENS_DB", url)
    yield from opened_archive(data)


@pytest.fixture
def fresh_archive(tmp_path):
    yield from opened_archive(tmp_path / "data")


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole session (tests/pgserver.py); its libpq DSN."""
    from pgserver import PostgresServer, find_bindir

    if find_bindir() is None:
        pytest.skip("PostgreSQL-binaries ontbreken; 'make test' installeert ze (apt-get install postgresql)")
    with PostgresServer() as dsn:
        yield dsn


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} ontbreekt: shared/ hoort naast de checkout te staan")
    return path


@pytest.fixture(scope="session", autouse=True)
def shared_ocr_cache(tmp_path_factory) -> Path:
    """One OCR cache for the whole session: every scanned page is OCR'd once.

    A ``RAADSLENS_OCR_CACHE`` set before pytest starts is kept (faster local re-runs).
    """
    import os

    if os.environ.get("RAADSLENS_OCR_CACHE"):
        yield Path(os.environ["RAADSLENS_OCR_CACHE"])
        return
    os.environ["RAADSLENS_OCR_CACHE"] = str(tmp_path_factory.mktemp("ocr-cache"))
    yield Path(os.environ["RAADSLENS_OCR_CACHE"])
    os.environ.pop("RAADSLENS_OCR_CACHE", None)
