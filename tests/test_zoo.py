"""A zoo of bad files in one batch: each is reported by name with a reason, the rest is ingested.

Every file is made here (reportlab, pikepdf, hand-built PDFs); nothing binary is committed.
"""

import os
import shutil

import pytest
from conftest import CORPUS, shared
from pdfgen import bomb_pdf, deep_pdf, text_pdf
from storecheck import assert_consistent

from ingest import discover
from search import Archive, ingest_paths
from search.ingestion.workers import Limits

LATIN1_NAME = os.fsdecode("caf\xe9-latin1.pdf".encode("latin-1"))  # not valid UTF-8 on disk


@pytest.fixture(scope="module")
def zoo(tmp_path_factory):
    pikepdf = pytest.importorskip("pikepdf")
    folder = tmp_path_factory.mktemp("zoo")
    good = text_pdf(folder / "goed.pdf", 20, "Goedbestand")
    shutil.copy(good, folder / "kopie van goed.pdf")
    data = good.read_bytes()
    for percent in (10, 50, 90):
        (folder / f"afgekapt-{percent}.pdf").write_bytes(data[: len(data) * percent // 100])
    (folder / "leeg.pdf").write_bytes(b"")
    pikepdf.new().save(folder / "zonder-paginas.pdf")
    (folder / "nep.pdf").write_text("Dit is een tekstbestand met een .pdf-naam.", encoding="utf-8")
    with pikepdf.open(CORPUS / "regionaal-beleidskader-mensenhandel.pdf") as source:
        source.save(folder / "geheim.pdf", encryption=pikepdf.Encryption(user="geheim", owner="eigenaar"))
        source.save(folder / "open-slot.pdf", encryption=pikepdf.Encryption(user="", owner="eigenaar"))
    bomb_pdf(folder / "bom.pdf", 1024)
    deep_pdf(folder / "diep.pdf")
    text_pdf(folder / "duizend.pdf", 1000, "Duizendpagina", lines=3)
    odd = folder / "Dossier: Wob-besluit Café 07-06-2019"
    odd.mkdir()
    text_pdf(odd / "vragen: één.pdf", 2, "Vreemdenaam")
    text_pdf(folder / LATIN1_NAME, 1, "Latijnsenaam")
    amsterdam = shared("amsterdam", "open.amsterdam")
    real = next(p for p in sorted(amsterdam.rglob("*.ocr")) if ":" in p.parent.name)
    shutil.copytree(real.parent, odd / real.parent.name)
    return folder


@pytest.fixture(scope="module")
def zoo_run(zoo, tmp_path_factory):
    data = tmp_path_factory.mktemp("zoo-data")
    archive = Archive.open(data)
    done = []
    report = ingest_paths(archive, [str(zoo)], limits=Limits(seconds=120, memory_mb=256), on_file=done.append)
    archive.close()
    assert sorted(done) == discover([str(zoo)])  # progress: every file once, bad ones included
    return data, report


def names(pairs):
    return {os.path.basename(p): r for p, r in pairs}


def test_every_bad_file_is_reported_by_name_with_a_dutch_reason(zoo_run):
    _, report = zoo_run
    failed = names(report.failed)
    assert "leeg bestand" in failed.pop("leeg.pdf")
    assert "geen PDF" in failed.pop("nep.pdf")
    assert "geen pagina's" in failed.pop("zonder-paginas.pdf")
    assert "versleutelde PDF" in failed.pop("geheim.pdf")
    assert "meer dan 256 MB geheugen" in failed.pop("bom.pdf")
    for percent in (10, 50, 90):
        assert "afgekapt" in failed.pop(f"afgekapt-{percent}.pdf")
    failed.pop("diep.pdf", None)  # the recursion trap may be read (pdfium copes) or refused, never a crash
    assert failed == {}


def test_duplicates_under_two_names_are_stored_once(zoo_run):
    _, report = zoo_run
    assert [(os.path.basename(a), os.path.basename(b)) for a, b in report.duplicates] == [
        ("kopie van goed.pdf", "goed.pdf")
    ]  # the first in file order is kept, the copy is not even read


def test_the_rest_of_the_batch_is_ingested(zoo_run):
    data, report = zoo_run
    added = {os.path.basename(p) for p in report.added}
    assert {"goed.pdf", "open-slot.pdf", "duizend.pdf", "vragen: één.pdf"} <= added
    assert any(name.endswith(".pdf.ocr") for name in added)
    assert names(report.warnings).keys() == {"café-latin1.pdf"}
    archive = Archive.open(data)
    try:
        hit = archive.search('"Duizendpagina pagina 1000"').hits[0]
        assert (hit.file, hit.page) == ("duizend.pdf", 1000)
        assert {h.file for h in archive.search('"Regionaal Beleid Mensenhandel"').hits} == {"open-slot.pdf"}
        assert archive.search("Vreemdenaam").hits[0].file == "vragen: één.pdf"
        assert archive.search("Latijnsenaam").hits[0].file == "café-latin1.pdf"
    finally:
        archive.close()


def test_store_and_index_stay_consistent_and_a_rerun_changes_nothing(zoo, zoo_run):
    data, report = zoo_run
    ids = assert_consistent(data)
    assert len(ids) == len(report.added)
    archive = Archive.open(data)
    again = ingest_paths(archive, [str(zoo)], limits=Limits(seconds=120, memory_mb=256))
    archive.close()
    assert again.added == [] and len(again.unchanged) == len(report.added)
    assert assert_consistent(data) == ids


def test_a_document_over_the_time_limit_is_killed_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bomb_pdf(folder / "traag.pdf", 2048)  # inflating 2 GB takes pdfium well over 10 s
    text_pdf(folder / "snel.pdf", 2, "Snelbestand")
    archive = Archive.open(tmp_path / "data")
    report = ingest_paths(archive, [str(folder)], limits=Limits(seconds=2, memory_mb=4096))
    archive.close()
    assert list(names(report.failed)) == ["traag.pdf"]
    assert "duurde langer dan 2 s" in names(report.failed)["traag.pdf"]
    assert [os.path.basename(p) for p in report.added] == ["snel.pdf"]
    assert_consistent(tmp_path / "data")


def test_reasons_do_not_leak_from_the_previous_file_in_a_worker(zoo):
    """pdfium's last error is per process: after an encrypted file, a file without pages is still itself."""
    from ingest import IngestError, read_document

    for name, reason in [
        ("geheim.pdf", "versleutelde PDF"),
        ("zonder-paginas.pdf", "geen pagina's"),
        ("geheim.pdf", "versleutelde PDF"),
        ("afgekapt-50.pdf", "afgekapt"),
    ]:
        with pytest.raises(IngestError, match=reason):
            read_document(zoo / name)
