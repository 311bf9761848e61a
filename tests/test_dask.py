"""`raadslens ingest --dask`: reading on a real Dask cluster (a LocalCluster of 2 worker processes).

The stored result must equal a local ingest; a Dask worker killed mid-file has its file read again
elsewhere, stored once; an unreachable scheduler is a Dutch error.
"""

from __future__ import annotations

import os
import signal
import socket
import threading
import time

import pytest
from click.testing import CliRunner
from conftest import CORPUS
from pdfgen import scan_pdf, text_pdf
from storecheck import assert_consistent

from ingest.ocr import tesseract_version
from web.cli import main

distributed = pytest.importorskip("distributed")

TEXT_PDFS = [
    "regionaal-beleidskader-mensenhandel.pdf",
    "mensenhandelmonitor-2020-regio-rotterdam.pdf",
    "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf",
]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, memory_limit="3GiB"
    ) as local:
        yield local


def _stored(data) -> dict:
    """What an archive holds, by file name: the document's card, its pages, its figures."""
    from search import Archive

    archive = Archive.open(data)
    try:
        docs = {}
        for doc in archive.store.documents():
            pages = list(
                archive.store.rows(
                    "SELECT number, text, ocr, quality FROM pages WHERE doc_id = ? ORDER BY number", (doc["id"],)
                )
            )
            figures = list(
                archive.store.rows(
                    "SELECT seq, page, value, raw, unit, label FROM figures WHERE doc_id = ? ORDER BY seq",
                    (doc["id"],),
                )
            )
            card = (doc["sha256"], doc["n_pages"], doc["title"], doc["doctype"], doc["version"])
            docs[doc["file"]] = (card, [tuple(p) for p in pages], [tuple(f) for f in figures])
        return docs
    finally:
        archive.close()


def _ingest(data, *args: str):
    return CliRunner().invoke(main, ["--data", str(data), "ingest", *args])


def test_ingest_on_a_dask_cluster_stores_what_a_local_ingest_stores(cluster, tmp_path):
    files = [str(CORPUS / name) for name in TEXT_PDFS]
    if tesseract_version(os.environ.get("RAADSLENS_TESSERACT") or "tesseract"):
        files.append(str(scan_pdf(tmp_path / "scan.pdf", ["De gemeente telde 42 meldingen in 2024."])))
    local = _ingest(tmp_path / "local", *files)
    assert local.exit_code == 0, local.output
    on_dask = _ingest(tmp_path / "dask", "--dask", cluster.scheduler_address, *files)
    assert on_dask.exit_code == 0, on_dask.output
    assert f"gelezen op het Dask-cluster {cluster.scheduler_address} (2 workers)" in on_dask.output
    assert f"{len(files)} ingelezen" in on_dask.output
    stored = _stored(tmp_path / "dask")
    assert stored == _stored(tmp_path / "local")
    assert sum(len(figures) for _, _, figures in stored.values()) >= 20
    assert_consistent(tmp_path / "dask")
    again = _ingest(tmp_path / "dask", "--dask", cluster.scheduler_address, *files)
    assert f"{len(files)} ongewijzigd" in again.output  # nothing sent to the cluster twice


def test_an_unreachable_scheduler_is_a_dutch_error(tmp_path, fresh_archive):
    with socket.socket() as free:  # a port nobody listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    result = _ingest(tmp_path / "data", "--dask", f"tcp://127.0.0.1:{port}", str(CORPUS / TEXT_PDFS[0]))
    assert result.exit_code == 1
    assert f"het Dask-cluster op tcp://127.0.0.1:{port} is niet bereikbaar" in result.output
    assert "verbinding geweigerd" in result.output and "dask scheduler" in result.output
    malformed = _ingest(tmp_path / "data", "--dask", "scheduler", str(CORPUS / TEXT_PDFS[0]))
    assert malformed.exit_code == 1 and "schrijf het als tcp://HOST:8786" in malformed.output
    assert fresh_archive.store.documents() == []


def _executing(dask_worker) -> tuple[int, list[str]]:
    return os.getpid(), [str(ts.key) for ts in dask_worker.state.executing]


def test_a_worker_killed_mid_file_is_retried_elsewhere_and_nothing_is_stored_twice(cluster, tmp_path):
    from search import Archive, ingest_paths

    pdf = text_pdf(tmp_path / "groot.pdf", 150, "Groot")
    archive = Archive.open(tmp_path / "data")
    done: dict = {}
    ingest = threading.Thread(
        target=lambda: done.update(report=ingest_paths(archive, [str(pdf)], dask=cluster.scheduler_address))
    )
    with distributed.Client(cluster, set_as_default=False) as client:
        ingest.start()
        killed = None
        deadline = time.monotonic() + 30
        while killed is None and time.monotonic() < deadline:
            for pid, keys in client.run(_executing).values():
                if any(key.startswith("raadslens-lees-groot.pdf") for key in keys):
                    os.kill(pid, signal.SIGKILL)  # mid-file: the task is running on this worker
                    killed = pid
            time.sleep(0.02)
        assert killed is not None, "the file was never seen running on a worker"
        ingest.join(timeout=60)
        assert not ingest.is_alive()
        client.wait_for_workers(2, timeout=30)  # the nanny restarts the killed worker
    report = done["report"]
    assert report.failed == [] and report.added == [str(pdf.resolve())]
    docs = archive.store.documents()
    assert [(d["file"], d["n_pages"]) for d in docs] == [("groot.pdf", 150)]
    assert next(archive.store.rows("SELECT count(*) FROM pages"))[0] == 150
    doubled = list(archive.store.rows("SELECT doc_id, seq FROM figures GROUP BY doc_id, seq HAVING count(*) > 1"))
    assert doubled == []
    archive.close()
    assert_consistent(tmp_path / "data")
