"""Verifying one-paragraph drafts in tests: an archive of the corpus plus documents written for a test
module, and the judged claim of a draft."""

from __future__ import annotations

import shutil

from search import Archive, ingest_paths
from search.crosscheck.verify import read_draft, verify_document


def archive_with(corpus_archive_dir, folder, documents: dict[str, str]):
    """The corpus archive (copied) plus ``documents`` (file name: text) ingested for real, opened."""
    paths = []
    for name, text in documents.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    shutil.copytree(corpus_archive_dir, folder / "data")
    opened = Archive.open(folder / "data")
    report = ingest_paths(opened, paths)
    assert report.ok, report.failed
    return opened


def judged(archive, text: str, value: float) -> dict:
    """The JSON of the draft's claim with ``value`` (the first one), verified against ``archive``."""
    report = verify_document(archive.store, read_draft("concept.txt", text.encode("utf-8"))).to_json()
    found = [c for c in report["claims"] if c["kind"] == "figure" and abs(c["value"] - value) < 1e-6 * value]
    assert found, f"{value:g} is missing from the report of {text!r}"
    return found[0]
