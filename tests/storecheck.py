"""Checks that a data folder is consistent: SQLite intact, one row per file, index == store."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def assert_consistent(data_dir: Path) -> set[int]:
    """Assert the store is intact and the index holds exactly the store's searchable documents.

    Returns the store's document ids.
    """
    from search import Archive
    from search.index.units import units_for

    db = sqlite3.connect(Path(data_dir) / "raadslens.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("SELECT path FROM documents GROUP BY path HAVING count(*) > 1").fetchall() == []
        assert db.execute("SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1").fetchall() == []
        short = db.execute("""SELECT d.file FROM documents d LEFT JOIN pages p ON p.doc_id = d.id
                              GROUP BY d.id HAVING count(p.number) != d.n_pages""").fetchall()
        assert short == [], f"documents with missing pages: {short}"
    finally:
        db.close()
    archive = Archive.open(data_dir)
    try:
        ids = archive.store.doc_ids()
        assert archive.store.unindexed() == []
        searchable = {i for i in ids if next(iter(units_for(archive.store, i)), None) is not None}
        assert archive.engine.doc_ids() == searchable  # a scan without OCR has nothing to index
        return ids
    finally:
        archive.close()
