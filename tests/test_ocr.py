"""OCR of scanned pages: searchable text, flags and confidence, word boxes, the cache, no tesseract."""

import json
import os
import sqlite3
import stat

import pytest
from click.testing import CliRunner
from conftest import CORPUS
from pdfgen import scan_pdf

from ingest import OcrConfig, read_document
from ingest.ocr import tesseract_version, unavailable_reason
from search import Archive, ingest_paths
from web.app import create_app
from web.cli import main

SCAN = "mensenhandelmonitor-2024-regio-rotterdam.pdf"
HAS_TESSERACT = tesseract_version(os.environ.get("RAADSLENS_TESSERACT") or "tesseract") is not None
needs_tesseract = pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract is niet geïnstalleerd")
LINES = ["Gemeente Voorbeeldstad", "In 2024 is 179 keer het meldpunt benaderd.", "Dit is een proefscan."]


@needs_tesseract
def test_scanned_monitor_is_searchable_on_its_page(corpus_archive):
    results = corpus_archive.search('"179 keer het meldpunt benaderd"')
    assert (SCAN, 3) in {(h.file, h.page) for h in results.hits}


@needs_tesseract
def test_ocr_pages_carry_flag_and_confidence(corpus_archive):
    doc = corpus_archive.store.document_by_file(SCAN)
    pages = corpus_archive.store.pages(doc["id"])
    assert len(pages) == 15
    assert all(p["ocr"] and not p["needs_ocr"] for p in pages)
    assert all(80 <= p["ocr_confidence"] <= 100 for p in pages)


@needs_tesseract
def test_ocr_words_have_boxes_in_pdf_points(shared_ocr_cache):
    doc = read_document(CORPUS / SCAN, ocr=OcrConfig(cache_dir=shared_ocr_cache))
    page = doc.pages[2]
    assert page.ocr and "179 keer het meldpunt benaderd" in page.text
    word = next(w for w in page.words if w.text == "179")
    assert 0 <= word.x0 < word.x1 <= page.width and 0 <= word.top < word.bottom <= page.height
    assert word.bottom - word.top < 40  # a line of text, not a pixel-sized box
    meldpunt = next(w for w in page.words if w.text == "meldpunt")
    assert abs(meldpunt.top - word.top) < 5 and meldpunt.x0 > word.x1


@pytest.fixture
def counting_tesseract(tmp_path):
    """A tesseract that logs every OCR run (not --version, --list-langs) and then runs the real one."""
    log = tmp_path / "runs.log"
    script = tmp_path / "tesseract-teller"
    script.write_text(f'#!/bin/sh\ncase "$1" in --*) ;; *) echo "$1" >> "{log}" ;; esac\nexec tesseract "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script, log


@needs_tesseract
def test_a_page_is_ocrd_only_once_across_archives_and_rebuilds(tmp_path, counting_tesseract):
    binary, log = counting_tesseract
    folder = tmp_path / "in"
    folder.mkdir()
    scan_pdf(folder / "scan.pdf", LINES)
    config = OcrConfig(cache_dir=tmp_path / "cache", binary=str(binary))
    runs = lambda: len(log.read_text().splitlines()) if log.exists() else 0  # noqa: E731
    for name in ("a", "b"):  # two data folders, one cache
        archive = Archive.open(tmp_path / name)
        report = ingest_paths(archive, [str(folder)], ocr=config)
        assert report.needs_ocr == []
        assert archive.search('"179 keer het meldpunt benaderd"').hits[0].page == 1
        archive.rebuild_index()
        archive.close()
    assert runs() == 1


def test_without_tesseract_ingest_works_and_reports_the_pages(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    scan_pdf(folder / "scan.pdf", LINES)
    (folder / "tekst.txt").write_text("Een gewoon tekstbestand.", encoding="utf-8")
    monkeypatch.setenv("RAADSLENS_TESSERACT", str(tmp_path / "geen-tesseract"))
    result = CliRunner().invoke(main, ["--data", str(tmp_path / "d"), "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert "scan.pdf: pagina's 1 hebben geen bruikbare tekstlaag" in result.output
    assert "geen-tesseract' niet gevonden; installeer tesseract-ocr" in result.output
    db = sqlite3.connect(tmp_path / "d" / "raadslens.sqlite3")
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert db.execute(
        "SELECT ocr, needs_ocr FROM pages JOIN documents ON id = doc_id WHERE file = 'scan.pdf'"
    ).fetchall() == [(0, 1)]
    if not HAS_TESSERACT:
        return
    monkeypatch.delenv("RAADSLENS_TESSERACT")  # tesseract is back: the same file is read again and OCR'd
    result = CliRunner().invoke(main, ["--data", str(tmp_path / "d"), "ingest", str(folder), "--json"])
    assert result.exit_code == 0
    assert [os.path.basename(p) for p in json.loads(result.stdout)["replaced"]] == ["scan.pdf"]
    assert db.execute(
        "SELECT ocr, needs_ocr FROM pages JOIN documents ON id = doc_id WHERE file = 'scan.pdf'"
    ).fetchall() == [(1, 0)]


@needs_tesseract
def test_document_page_shows_the_ocr_badge_with_confidence(corpus_archive_dir):
    client = create_app({"DATA_DIR": str(corpus_archive_dir), "TESTING": True}).test_client()
    doc = next(d for d in client.get("/api/documenten").get_json()["documents"] if d["file"] == SCAN)
    html = client.get(f"/document/{doc['id']}").get_data(as_text=True)
    assert html.count('<span class="badge">OCR · ') == 15
    page = client.get(f"/api/document/{doc['id']}").get_json()["page_list"][2]
    assert page["ocr"] and 80 <= page["ocr_confidence"] <= 100
    assert any("179 keer het meldpunt benaderd" in p["text"] for p in page["passages"])


@needs_tesseract
def test_a_missing_language_model_is_reported_and_the_page_left_for_later(tmp_path):
    scan = scan_pdf(tmp_path / "scan.pdf", LINES)
    config = OcrConfig(cache_dir=tmp_path / "cache", lang="xyz")
    assert "installeer tesseract-ocr-xyz" in unavailable_reason(config)
    page = read_document(scan, ocr=config).pages[0]
    assert page.needs_ocr and not page.ocr and page.text == ""


@needs_tesseract
def test_a_scan_with_stamped_text_is_still_ocrd(tmp_path, shared_ocr_cache):
    """Woo scans carry redaction codes as real text; that layer alone must not hide the scanned body."""
    scan = scan_pdf(tmp_path / "gestempeld.pdf", LINES, stamp="5.1.2e 5.1.2e 5.1.2e 5.1.2e 5.1.2e")
    assert read_document(scan).pages[0].needs_ocr
    page = read_document(scan, ocr=OcrConfig(cache_dir=shared_ocr_cache)).pages[0]
    assert page.ocr and "179 keer het meldpunt benaderd" in page.text


@needs_tesseract
def test_ocr_keeps_every_core_busy_instead_of_waiting_for_the_slowest_page(tmp_path):
    """Two processes, four pages, the first slow: pages 2-4 start and finish while page 1 still runs."""
    from ingest import ocr
    from ingest.pdf import open_pdf, render_page

    document = open_pdf(scan_pdf(tmp_path / "scan.pdf", LINES).read_bytes())
    try:
        base = render_page(document, 0)
    finally:
        document.close()
    # four images that differ in one pixel, so that each is a page of its own
    images = [ocr.PageImage(base.pixels[:-1] + bytes([n]), base.width, base.height, base.scale) for n in range(4)]
    log, script = tmp_path / "times.log", tmp_path / "tesseract-klok"
    config = OcrConfig(binary=str(script), workers=2)
    slow = ocr.cache_key(images[0], config)[:16]  # the queue names each image file after its cache key
    script.write_text(
        "#!/bin/sh\n"
        'case "$1" in --*) exec tesseract "$@" ;; esac\n'
        f'echo "start $(basename "$1") $(date +%s.%N)" >> "{log}"\n'
        f'case "$1" in *{slow}*) sleep 6 ;; esac\n'
        'tesseract "$@"; code=$?\n'
        f'echo "eind $(basename "$1") $(date +%s.%N)" >> "{log}"\n'
        "exit $code\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)

    done = [(key, result) for key, _image, result in ocr.recognise_each(range(4), images.__getitem__, config)]

    assert [key for key, _ in done][-1] == 0 and sorted(key for key, _ in done) == [0, 1, 2, 3]
    assert all(result is not None and "179 keer het meldpunt benaderd" in result.text() for _, result in done)
    events = sorted((float(t), kind, name) for kind, name, t in (line.split() for line in log.read_text().splitlines()))
    running, most = 0, 0
    for _t, kind, _name in events:
        running += 1 if kind == "start" else -1
        most = max(most, running)
    slow_end = next(t for t, kind, name in events if kind == "eind" and slow in name)
    assert most == 2  # never more processes than workers
    assert sum(1 for t, kind, _ in events if kind == "start" and t < slow_end) == 4  # no batch waited for page 1
