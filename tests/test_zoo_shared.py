"""The real zoo: 163 broken and odd PDFs from other projects' test suites (../shared/zoo/, see SOURCES.md).

One batch ingests every file (the two files of 3,000 and 20,000 pages only
with ``RAADSLENS_ZOO_HUGE=1``); each file must be stored with the page
count and flags of ``zoo_expected.py`` (written by reading the files) or
refused with a Dutch reason.  A second test reads a set of files in two
orders and compares every stored figure.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import shared
from storecheck import assert_consistent
from zoo_expected import EXPECTED, HUGE, Refused, Stored

from ingest.ocr import OcrConfig, unavailable_reason
from search import Archive, ingest_paths
from search.ingestion.workers import Limits
from web.app import create_app

# What may not reach a user: English words of library errors, library names, a traceback.
ENGLISH = re.compile(
    r"\b(?:Error|error|Failed|failed|load|page|password|Traceback|pdfium|PDFium|pypdfium2|pdfplumber|"
    r"tesseract error|Exception|segment|None)\b"
)
WARNING_FLAGS = {
    "onvolledig": "onvolledig:",
    "beschadigd": "het bestand is beschadigd",
    "xfa": "XFA-formulier",
    "bijlagen": "ingesloten ",
    "leeg": "geen tekst gevonden",
    "onleesbaar": "grotendeels onleesbaar",
}
PICTURE_TEXT = 20  # letters and digits of confident text a picture may yield
_ALNUM = re.compile(r"[^\W_]")


def zoo_files() -> list[Path]:
    root = shared("zoo")
    huge = os.environ.get("RAADSLENS_ZOO_HUGE") == "1"
    return [root / name for name in sorted(EXPECTED) if huge or name not in HUGE]


@pytest.fixture(scope="module")
def zoo_batch(tmp_path_factory):
    if unavailable_reason(OcrConfig()):
        pytest.skip("tesseract met nld ontbreekt (make system): de verwachtingen gaan uit van OCR")
    data = tmp_path_factory.mktemp("zoo-shared-data")
    archive = Archive.open(data)
    report = ingest_paths(archive, [str(p) for p in zoo_files()], limits=Limits(seconds=300, memory_mb=2048))
    archive.close()
    return data, report


def test_the_table_names_every_file_of_the_zoo():
    root = shared("zoo")
    assert sorted(str(p.relative_to(root)) for p in root.glob("*/*.pdf")) == sorted(EXPECTED)


def flags_of(archive: Archive, doc) -> set[str]:
    pages = archive.store.pages(doc["id"])
    warnings = json.loads(doc["warnings"])
    flags = {flag for flag, words in WARNING_FLAGS.items() if any(words in w for w in warnings)}
    if any(p["quality"] == "low" for p in pages):
        flags.add("laag")
    if any(p["ocr"] for p in pages):
        flags.add("ocr")
    return flags


def check_stored(archive: Archive, name: str, want: Stored, doc) -> list[str]:
    problems = []
    pages = archive.store.pages(doc["id"])
    if doc["n_pages"] != want.pages or len(pages) != want.pages:
        problems.append(f"{name}: {doc['n_pages']} pagina's, verwacht {want.pages}")
    got = flags_of(archive, doc)
    required, allowed = set(want.flags.split()), set(want.flags.split()) | set(want.maybe.split())
    if "beeld" in required:
        required, allowed = {"ocr"}, allowed | {"ocr", "leeg", "laag", "onleesbaar"}
        confident = sum(len(_ALNUM.findall(p["text"])) for p in pages if p["quality"] == "ok")
        if confident > PICTURE_TEXT:
            problems.append(f"{name}: een afbeelding leverde {confident} tekens zekere tekst op")
    if not required <= got <= allowed:
        problems.append(f"{name}: kenmerken {sorted(got)}, verwacht {sorted(required)} (mag: {sorted(allowed)})")
    text = "\n".join("\n".join((p["header"], p["text"], p["footnotes"], p["footer"])) for p in pages)
    problems += [f"{name}: tekst {k!r} ontbreekt" for k in want.keeps if k not in text]
    return problems


def test_every_file_is_stored_as_expected_or_refused_with_a_dutch_reason(zoo_batch):
    data, report = zoo_batch
    root = shared("zoo").resolve()  # the store holds resolved paths (../shared may be a link)
    failed = {str(Path(p).resolve().relative_to(root)): reason for p, reason in report.failed}
    archive = Archive.open(data)
    problems = []
    try:
        stored = {str(Path(d["path"]).resolve().relative_to(root)): d for d in archive.store.documents()}
        for path in zoo_files():
            name = str(path.resolve().relative_to(root))
            want = EXPECTED[name]
            if isinstance(want, Refused):
                if name in stored:
                    problems.append(f"{name}: opgeslagen, verwacht geweigerd ({want.words})")
                elif want.words not in failed.get(name, ""):
                    problems.append(f"{name}: reden {failed.get(name)!r}, verwacht {want.words!r}")
            elif name not in stored:
                problems.append(f"{name}: geweigerd ({failed.get(name)}), verwacht opgeslagen")
            else:
                problems += check_stored(archive, name, want, stored[name])
    finally:
        archive.close()
    assert problems == []


def test_no_english_and_no_library_names_reach_the_user(zoo_batch):
    _, report = zoo_batch
    said = [reason for _, reason in report.failed] + [warning for _, warning in report.warnings]
    said.append(report.summary())
    assert [s for s in said if ENGLISH.search(s)] == []


def test_the_zoo_leaves_store_and_index_consistent(zoo_batch):
    data, report = zoo_batch
    assert len(assert_consistent(data)) == len(report.added)


ORDERED = [
    "font/plumber__pr-136-example.pdf",
    "font/pdfjs__bug866395.pdf",
    "script/pdfjs__ThuluthFeatures.pdf",
    "font/miner__issue-791-non-unicode-cmap.pdf",
    "scan/pdfjs__cmykjpeg.pdf",
    "font/pdfjs__issue6605.pdf",
    "good/plumber__senate-expenditures.pdf",
    "scan/derived__PV-scan-page-1.pdf",
    "good/plumber__nics-background-checks-2015-11.pdf",
    "stream/miner__issue-1062-filters.pdf",
    "script/pdfjs__vertical.pdf",
    "size/pdfjs__bigboundingbox.pdf",
    "font/plumber__issue-71-duplicate-chars.pdf",
]


def _stored(data: Path) -> dict[str, list[tuple]]:
    """Every figure, table and page of an archive, by file, without the ids (they differ per archive)."""
    archive = Archive.open(data)
    queries = {
        "figures": "SELECT d.file, f.* FROM figures f JOIN documents d ON d.id = f.doc_id",
        "tables": "SELECT d.file, t.* FROM tables t JOIN documents d ON d.id = t.doc_id",
        "pages": "SELECT d.file, p.* FROM pages p JOIN documents d ON d.id = p.doc_id",
    }
    try:
        out = {}
        for kind, sql in queries.items():
            rows = [dict(row) for row in archive.store.rows(sql)]
            out[kind] = sorted(tuple((k, v) for k, v in row.items() if k not in ("id", "doc_id")) for row in rows)
        return out
    finally:
        archive.close()


def test_what_a_worker_read_before_does_not_change_what_it_reads_next(tmp_path):
    """One worker reads the same files forwards and backwards (rendering for OCR in between): same figures."""
    root = shared("zoo")
    folders = {}
    for order, names in (("voor", ORDERED), ("achter", ORDERED[::-1])):
        folder = tmp_path / order
        folder.mkdir()
        for n, name in enumerate(names):  # the name's number sets the order in which the batch reads the files
            shutil.copy(root / name, folder / f"{n:02d}-{Path(name).name}")
        folders[order] = folder
    stored = {}
    for order, folder in folders.items():
        data = tmp_path / f"data-{order}"
        report = ingest_paths(Archive.open(data), [str(folder)], limits=Limits(workers=1))
        assert report.failed == []
        stored[order] = {kind: sorted(_renamed(rows)) for kind, rows in _stored(data).items()}
    assert len(stored["voor"]["figures"]) > 20, "the files must hold figures to compare"
    for kind in ("figures", "tables", "pages"):
        assert stored["voor"][kind] == stored["achter"][kind], kind


def _renamed(rows: list[tuple]) -> list[tuple]:
    """Rows with the order number taken off the file name ("03-x.pdf" → "x.pdf")."""
    return [tuple((k, v.split("-", 1)[1] if k == "file" else v) for k, v in row) for row in rows]


def test_rendering_one_pdf_does_not_move_the_word_boxes_of_the_next():
    """pdfium's font caches outlive a document: a fresh library per file keeps the boxes of a later file the same."""
    from ingest import read_document
    from ingest.pdf import open_pdf, render_page

    root = shared("zoo")
    target = root / "font/plumber__pr-136-example.pdf"  # a CID font without ToUnicode
    before = [page.words for page in read_document(target).pages]
    other = open_pdf((root / "font/pdfjs__bug866395.pdf").read_bytes())  # a font with an empty font file
    try:
        render_page(other, 0)
    finally:
        other.close()
    assert [page.words for page in read_document(target).pages] == before


def test_the_pdfs_of_a_portfolio_are_read_as_documents_of_their_own(tmp_path):
    """A portfolio's cover is stored, and each PDF inside it under the portfolio's name + "/" + its own name."""
    from search import remove_path

    folder = tmp_path / "in"
    folder.mkdir()
    portfolio = folder / "portefeuille.pdf"
    shutil.copy(shared("zoo", "attach", "derived__portfolio-two-pdfs.pdf"), portfolio)
    archive = Archive.open(tmp_path / "data")
    try:
        report = ingest_paths(archive, [str(folder)])
        inside = [f"{portfolio.resolve()}/TAMReview.pdf", f"{portfolio.resolve()}/tracemonkey.pdf"]
        assert sorted(report.added) == sorted([str(portfolio)] + inside)
        assert [w for _, w in report.warnings if "ingesloten PDF" in w] == [
            "bevat 2 ingesloten PDF's, apart ingelezen als eigen documenten: portefeuille.pdf/TAMReview.pdf, "
            "portefeuille.pdf/tracemonkey.pdf"
        ]
        hits = archive.search('"Trace-based Just-in-Time"').hits
        assert {h.file for h in hits} == {"tracemonkey.pdf"}
        assert archive.store.document_by_path(inside[1]) is not None
        embedded = archive.store.document_by_path(inside[1])
        client = create_app({"DATA_DIR": str(tmp_path / "data"), "TESTING": True}).test_client()
        served = client.get(f"/document/{embedded['id']}/bestand")  # read again from the portfolio
        assert served.status_code == 200 and served.mimetype == "application/pdf"
        assert hashlib.sha256(served.data).hexdigest() == embedded["sha256"]
        again = ingest_paths(archive, [str(folder)])
        assert again.added == [] and again.unchanged == [str(portfolio)]
        assert sorted(remove_path(archive, str(portfolio))) == sorted([str(portfolio.resolve())] + inside)
    finally:
        archive.close()
